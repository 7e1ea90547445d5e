package encvfs_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fieldvault/backend/encvfs"
)

const plainMarker = "plain-marker-7f3a@example.test"

// sealedDB writes a database of a few hundred pages through a VFS for key
// and c (rollback journal, closed) and returns its path and a digest of its
// rows.
func sealedDB(t *testing.T, key []byte, c encvfs.Cipher) (path, sum string) {
	t.Helper()
	name := registerVFS(t, key, c)
	path = filepath.Join(t.TempDir(), "sealed.db")
	db := openDB(t, storeDSN(path, name, "delete"))
	mustExec(t, db, `CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT); CREATE INDEX t_v ON t(v)`)
	mustExec(t, db, `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM n WHERE i < 3000)
		INSERT INTO t(v) SELECT printf('row %d %s', i, hex(randomblob(100))) FROM n`)
	mustExec(t, db, `INSERT INTO t(v) VALUES (?)`, plainMarker)
	sum, err := digest(db, `SELECT * FROM t ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path, sum
}

// Sealed → plain → sealed under another key → resealed under a third: the
// plain file opens with SQLite's own VFS, every sealed one verifies, and
// the rows never change.
func TestPlainRoundTrip(t *testing.T) {
	for _, c := range []encvfs.Cipher{encvfs.AES256GCM, encvfs.XChaCha20Poly1305} {
		t.Run(c.String(), func(t *testing.T) {
			k1, k2, k3 := newKey(t), newKey(t), newKey(t)
			src, want := sealedDB(t, k1, c)
			dir := t.TempDir()

			var plain bytes.Buffer
			n, err := encvfs.PlainCopy(&plain, bytes.NewReader(readRaw(t, src)), k1, c)
			if err != nil || n*encvfs.PageSize != int64(plain.Len()) || n < 100 {
				t.Fatalf("PlainCopy: %d pages, %d bytes, %v", n, plain.Len(), err)
			}
			if !bytes.Contains(plain.Bytes(), []byte(plainMarker)) || !bytes.HasPrefix(plain.Bytes(), []byte("SQLite format 3\x00")) {
				t.Fatal("the plain copy is not plain")
			}
			if got := plain.Bytes()[20]; int(got) != c.Reserve() {
				t.Fatalf("reserve byte %d", got)
			}
			plainPath := filepath.Join(dir, "plain.db")
			if err := os.WriteFile(plainPath, plain.Bytes(), 0o600); err != nil {
				t.Fatal(err)
			}
			pdb := openDB(t, "file:"+plainPath+"?mode=ro")
			if ok, err := integrity(pdb); err != nil || ok != "ok" {
				t.Fatalf("plain integrity: %q %v", ok, err)
			}
			if got, err := digest(pdb, `SELECT * FROM t ORDER BY id`); err != nil || got != want {
				t.Fatalf("plain rows differ: %v", err)
			}
			pdb.Close()

			var sealed bytes.Buffer
			if m, err := encvfs.EncryptCopy(&sealed, bytes.NewReader(plain.Bytes()), k2, c); err != nil || m != n {
				t.Fatalf("EncryptCopy: %d %v", m, err)
			}
			assertCiphertext(t, "EncryptCopy output", sealed.Bytes(), plainMarker)
			sealedPath := filepath.Join(dir, "sealed2.db")
			if err := os.WriteFile(sealedPath, sealed.Bytes(), 0o600); err != nil {
				t.Fatal(err)
			}
			if got, err := encvfs.VerifyFile(sealedPath, k2, c); err != nil || int64(got) != n {
				t.Fatalf("VerifyFile after EncryptCopy: %d %v", got, err)
			}

			var resealed bytes.Buffer
			if m, err := encvfs.Reseal(&resealed, bytes.NewReader(sealed.Bytes()), k2, k3, c); err != nil || m != n {
				t.Fatalf("Reseal: %d %v", m, err)
			}
			assertCiphertext(t, "Reseal output", resealed.Bytes(), plainMarker)
			resealedPath := filepath.Join(dir, "sealed3.db")
			if err := os.WriteFile(resealedPath, resealed.Bytes(), 0o600); err != nil {
				t.Fatal(err)
			}
			if _, err := encvfs.VerifyFile(resealedPath, k2, c); !errors.Is(err, encvfs.ErrPage1) {
				t.Fatalf("the old key still opens the resealed file: %v", err)
			}
			name := registerVFS(t, k3, c)
			db := openDB(t, storeDSN(resealedPath, name, "delete"))
			if ok, err := integrity(db); err != nil || ok != "ok" {
				t.Fatalf("resealed integrity: %q %v", ok, err)
			}
			if got, err := digest(db, `SELECT * FROM t ORDER BY id`); err != nil || got != want {
				t.Fatalf("resealed rows differ: %v", err)
			}
		})
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestPlainCopyRefuses(t *testing.T) {
	key := newKey(t)
	src, _ := sealedDB(t, key, encvfs.AES256GCM)
	raw := readRaw(t, src)
	flip := func(off int) []byte {
		b := bytes.Clone(raw)
		b[off] ^= 1
		return b
	}
	tests := []struct {
		name  string
		in    []byte
		key   []byte
		check func(error) bool
	}{
		{"wrong key", raw, newKey(t), func(err error) bool { return errors.Is(err, encvfs.ErrPage1) }},
		{"flipped byte on page 5", flip(4*encvfs.PageSize + 100), key, func(err error) bool {
			var pe *encvfs.PageError
			return errors.As(err, &pe) && pe.Page == 5
		}},
		{"flipped nonce on page 2", flip(2*encvfs.PageSize - 10), key, func(err error) bool {
			var pe *encvfs.PageError
			return errors.As(err, &pe) && pe.Page == 2
		}},
		{"cut inside a page", raw[:len(raw)-100], key, func(err error) bool { return errors.Is(err, encvfs.ErrTruncated) }},
		{"whole pages missing", raw[:len(raw)-3*encvfs.PageSize], key, func(err error) bool { return errors.Is(err, encvfs.ErrTruncated) }},
		{"empty", nil, key, func(err error) bool { return errors.Is(err, encvfs.ErrTruncated) }},
		{"plain input", nil, key, nil}, // filled below
	}
	var plain bytes.Buffer
	if _, err := encvfs.PlainCopy(&plain, bytes.NewReader(raw), key, encvfs.AES256GCM); err != nil {
		t.Fatal(err)
	}
	tests[len(tests)-1].in = plain.Bytes()
	tests[len(tests)-1].check = func(err error) bool { return errors.Is(err, encvfs.ErrPage1) }
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := encvfs.PlainCopy(&bytes.Buffer{}, bytes.NewReader(tt.in), tt.key, encvfs.AES256GCM)
			if err == nil || !tt.check(err) {
				t.Fatalf("got %v", err)
			}
		})
	}
	t.Run("writer error", func(t *testing.T) {
		if _, err := encvfs.PlainCopy(failWriter{}, bytes.NewReader(raw), key, encvfs.AES256GCM); err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("bad key length", func(t *testing.T) {
		if _, err := encvfs.PlainCopy(&bytes.Buffer{}, bytes.NewReader(raw), key[:16], encvfs.AES256GCM); err == nil {
			t.Fatal("accepted a 16-byte key")
		}
	})
}

func TestPlainEncryptCopyRefuses(t *testing.T) {
	key := newKey(t)
	src, _ := sealedDB(t, key, encvfs.AES256GCM)
	var plain bytes.Buffer
	if _, err := encvfs.PlainCopy(&plain, bytes.NewReader(readRaw(t, src)), key, encvfs.AES256GCM); err != nil {
		t.Fatal(err)
	}
	// an ordinary SQLite file: no reserved bytes
	ordinary := filepath.Join(t.TempDir(), "ordinary.db")
	db := openDB(t, "file:"+ordinary+"?_pragma=journal_mode(delete)")
	mustExec(t, db, `CREATE TABLE t(v); INSERT INTO t VALUES('x')`)
	db.Close()
	p := plain.Bytes()
	tests := []struct {
		name   string
		in     []byte
		cipher encvfs.Cipher
		want   error
	}{
		{"no reserve", readRaw(t, ordinary), encvfs.AES256GCM, encvfs.ErrNotPlainDatabase},
		{"other cipher's reserve", p, encvfs.XChaCha20Poly1305, encvfs.ErrNotPlainDatabase},
		{"not SQLite", bytes.Repeat([]byte("junk"), encvfs.PageSize), encvfs.AES256GCM, encvfs.ErrNotPlainDatabase},
		{"cut inside a page", p[:len(p)-1], encvfs.AES256GCM, encvfs.ErrTruncated},
		{"whole pages missing", p[:len(p)-encvfs.PageSize], encvfs.AES256GCM, encvfs.ErrTruncated},
		{"empty", nil, encvfs.AES256GCM, encvfs.ErrTruncated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := encvfs.EncryptCopy(&bytes.Buffer{}, bytes.NewReader(tt.in), key, tt.cipher); !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
		})
	}
}
