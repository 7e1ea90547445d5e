package encvfs_test

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"

	"fieldvault/backend/encvfs"

	_ "modernc.org/sqlite"
)

var vfsSeq atomic.Int64

// newKey returns a random 32-byte key.
func newKey(t testing.TB) []byte {
	t.Helper()
	k := make([]byte, 32)
	if _, err := rand.Read(k); err != nil {
		t.Fatal(err)
	}
	return k
}

// registerVFS registers a uniquely named VFS for key and unregisters it when
// the test ends (after databases opened later in the test are closed).
func registerVFS(t testing.TB, key []byte, c encvfs.Cipher) string {
	t.Helper()
	name := fmt.Sprintf("enctest%d", vfsSeq.Add(1))
	if err := encvfs.Register(name, key, c); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := encvfs.Unregister(name); err != nil {
			t.Errorf("cleanup: %v", err)
		}
	})
	return name
}

// storeDSN is the store's DSN with the journal mode replaced; extra
// parameters ("k=v") are appended. vfs "" means SQLite's default VFS.
func storeDSN(path, vfs, journalMode string, extra ...string) string {
	p := []string{"_pragma=busy_timeout(10000)", "_pragma=journal_mode(" + journalMode + ")",
		"_pragma=foreign_keys(ON)", "_pragma=synchronous(NORMAL)", "_pragma=temp_store(MEMORY)"}
	if vfs != "" {
		p = append([]string{"vfs=" + vfs}, p...)
	}
	return "file:" + path + "?" + strings.Join(append(p, extra...), "&")
}

// openDB opens dsn and closes it when the test ends.
func openDB(t testing.TB, dsn string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func mustExec(t testing.TB, db interface {
	Exec(string, ...any) (sql.Result, error)
}, q string, args ...any) {
	t.Helper()
	if _, err := db.Exec(q, args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

// readRaw returns the bytes of path, nil if it does not exist.
func readRaw(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// assertCiphertext fails if b holds the marker or SQLite's magic string.
func assertCiphertext(t testing.TB, label string, b []byte, marker string) {
	t.Helper()
	for _, s := range []string{marker, strings.ToLower(marker), "SQLite format 3"} {
		if bytes.Contains(b, []byte(s)) {
			t.Errorf("%s (%d bytes) contains plaintext %q", label, len(b), s)
		}
	}
}

// digest hashes the result of q (all columns as text), or returns the error.
func digest(db *sql.DB, q string) (string, error) {
	rows, err := db.Query(q)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	h := sha256.New()
	vals := make([]sql.NullString, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return "", err
		}
		for _, v := range vals {
			fmt.Fprintf(h, "%v|%s|", v.Valid, v.String)
		}
	}
	if err := rows.Err(); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func integrity(db *sql.DB) (string, error) {
	var s string
	err := db.QueryRow(`PRAGMA integrity_check`).Scan(&s)
	return s, err
}

func copyFile(t testing.TB, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o600); err != nil {
		t.Fatal(err)
	}
}
