package encvfs_test

import (
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fieldvault/backend/encvfs"
)

const fullRead = `SELECT 'c', id, v, NULL FROM c UNION ALL SELECT 'd', id, k, b FROM d ORDER BY 1, 2`

// buildDB creates a closed, checkpointed encrypted database of ~60 pages and
// returns its path and the digest of fullRead.
func buildDB(t *testing.T, key []byte, c encvfs.Cipher) (string, string) {
	t.Helper()
	name := registerVFS(t, key, c)
	path := filepath.Join(t.TempDir(), "orig.db")
	db := openDB(t, storeDSN(path, name, "wal"))
	mustExec(t, db, `CREATE TABLE c(id INTEGER PRIMARY KEY, v TEXT);
		CREATE TABLE d(id INTEGER PRIMARY KEY, k TEXT UNIQUE, b BLOB);
		WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM s WHERE i < 800)
		INSERT INTO c(v) SELECT 'row ' || i || printf('%.*c', 150, 'x') FROM s;
		WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM s WHERE i < 300)
		INSERT INTO d(k, b) SELECT 'key' || i, randomblob(300) FROM s;`)
	want, err := digest(db, fullRead)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	return path, want
}

// readAll runs fullRead and integrity_check on a fresh connection of a fresh
// VFS (so LastPageError is about this file only). It fails the test if any
// query returns data that differs from want, and returns the first error and
// the VFS's LastPageError.
func readAll(t *testing.T, path string, key []byte, c encvfs.Cipher, want string) (error, *encvfs.PageError) {
	t.Helper()
	name := registerVFS(t, key, c)
	db := openDB(t, storeDSN(path, name, "wal"))
	var first error
	got, err := digest(db, fullRead)
	if err == nil && got != want {
		t.Errorf("changed data returned without error")
	}
	first = err
	ic, err := integrity(db)
	if err == nil && ic != "ok" {
		err = errors.New("integrity_check: " + ic)
	}
	if first == nil {
		first = err
	}
	db.Close()
	return first, encvfs.LastPageError(name)
}

// TestWrongKey: another key or cipher yields SQLITE_NOTADB, LastPageError
// page 1 of the database, and VerifyFile's ErrPage1.
func TestWrongKey(t *testing.T) {
	key := newKey(t)
	path, want := buildDB(t, key, encvfs.AES256GCM)
	for _, tc := range []struct {
		name string
		key  []byte
		c    encvfs.Cipher
	}{
		{"other key", newKey(t), encvfs.AES256GCM},
		{"other cipher", key, encvfs.XChaCha20Poly1305},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err, pe := readAll(t, path, tc.key, tc.c, want)
			if err == nil || !strings.Contains(err.Error(), "not a database") {
				t.Fatalf("err = %v, want SQLITE_NOTADB", err)
			}
			if pe == nil || *pe != (encvfs.PageError{Page: 1, Kind: encvfs.KindDatabase}) {
				t.Fatalf("LastPageError = %v, want page 1 of the database", pe)
			}
			if _, err := encvfs.VerifyFile(path, tc.key, tc.c); !errors.Is(err, encvfs.ErrPage1) {
				t.Fatalf("VerifyFile = %v, want ErrPage1", err)
			}
		})
	}
}

// TestTamperedPage flips one byte of one page (ciphertext, tag, nonce or pad
// region): reading must fail, LastPageError and VerifyFile must name exactly
// that page, and no query may return changed data.
func TestTamperedPage(t *testing.T) {
	for _, c := range []encvfs.Cipher{encvfs.AES256GCM, encvfs.XChaCha20Poly1305} {
		key := newKey(t)
		path, want := buildDB(t, key, c)
		pages, err := encvfs.VerifyFile(path, key, c)
		if err != nil {
			t.Fatal(err)
		}
		r := c.Reserve()
		rng := rand.New(rand.NewPCG(uint64(pages), 7))
		for _, tc := range []struct {
			name string
			page int // 0: random non-first page
			off  int // offset within the page
		}{
			{"page1 ciphertext", 1, 50},
			{"ciphertext", 0, rng.IntN(encvfs.PageSize - r)},
			{"ciphertext again", 0, rng.IntN(encvfs.PageSize - r)},
			{"tag", 0, encvfs.PageSize - r + 3},
			{"nonce", 0, encvfs.PageSize - r + 17},
			{"last byte", 0, encvfs.PageSize - 1},
		} {
			t.Run(c.String()+"/"+tc.name, func(t *testing.T) {
				pg := tc.page
				if pg == 0 {
					pg = 2 + rng.IntN(pages-1)
				}
				bad := filepath.Join(t.TempDir(), "bad.db")
				b := readRaw(t, path)
				b[(pg-1)*encvfs.PageSize+tc.off] ^= 0x20
				if err := os.WriteFile(bad, b, 0o600); err != nil {
					t.Fatal(err)
				}
				err, pe := readAll(t, bad, key, c, want)
				if err == nil {
					t.Fatalf("page %d offset %d: tampering not detected", pg, tc.off)
				}
				wantPE := encvfs.PageError{Page: uint32(pg), Kind: encvfs.KindDatabase}
				if pe == nil || *pe != wantPE {
					t.Fatalf("LastPageError = %v, want %v (query error %v)", pe, &wantPE, err)
				}
				_, verr := encvfs.VerifyFile(bad, key, c)
				var vpe *encvfs.PageError
				if !errors.As(verr, &vpe) || *vpe != wantPE {
					t.Fatalf("VerifyFile = %v, want %v", verr, &wantPE)
				}
				if (pg == 1) != errors.Is(verr, encvfs.ErrPage1) {
					t.Fatalf("errors.Is(ErrPage1) wrong for page %d", pg)
				}
			})
		}
	}
}

// TestTruncated cuts the file mid-page and to half: reads fail (never wrong
// data) and VerifyFile reports ErrTruncated.
func TestTruncated(t *testing.T) {
	key := newKey(t)
	path, want := buildDB(t, key, encvfs.AES256GCM)
	size := int64(len(readRaw(t, path)))
	for _, tc := range []struct {
		name string
		size int64
	}{
		{"last page cut mid-page", size - 1000},
		{"last byte cut", size - 1},
		{"half, unaligned", size/2 + 123},
		{"half, page-aligned", size / 2 / encvfs.PageSize * encvfs.PageSize},
		{"page 1 cut", 2000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := filepath.Join(t.TempDir(), "cut.db")
			copyFile(t, path, bad)
			if err := os.Truncate(bad, tc.size); err != nil {
				t.Fatal(err)
			}
			if err, _ := readAll(t, bad, key, encvfs.AES256GCM, want); err == nil {
				t.Fatalf("truncated to %d of %d bytes: no error", tc.size, size)
			}
			if _, err := encvfs.VerifyFile(bad, key, encvfs.AES256GCM); !errors.Is(err, encvfs.ErrTruncated) {
				t.Fatalf("VerifyFile = %v, want ErrTruncated", err)
			}
		})
	}
}
