package encvfs_test

import (
	"path/filepath"
	"strings"
	"testing"

	"fieldvault/backend/encvfs"
)

func TestCipherNames(t *testing.T) {
	for _, tc := range []struct {
		c       encvfs.Cipher
		name    string
		reserve int
	}{
		{encvfs.AES256GCM, "AES-256-GCM", 32},
		{encvfs.XChaCha20Poly1305, "XChaCha20-Poly1305", 40},
	} {
		if got := tc.c.String(); got != tc.name {
			t.Errorf("String() = %q, want %q", got, tc.name)
		}
		if got, err := encvfs.ParseCipher(tc.name); err != nil || got != tc.c {
			t.Errorf("ParseCipher(%q) = %v, %v", tc.name, got, err)
		}
		if got := tc.c.Reserve(); got != tc.reserve {
			t.Errorf("%v.Reserve() = %d, want %d", tc.c, got, tc.reserve)
		}
	}
	for _, bad := range []string{"", "aes-256-gcm", "AES-128-GCM", "Cipher(2)"} {
		if _, err := encvfs.ParseCipher(bad); err == nil {
			t.Errorf("ParseCipher(%q): no error", bad)
		}
	}
}

func TestRegisterRejects(t *testing.T) {
	taken := registerVFS(t, newKey(t), encvfs.AES256GCM)
	for _, tc := range []struct {
		name string
		vfs  string
		key  []byte
		c    encvfs.Cipher
	}{
		{"empty name", "", newKey(t), encvfs.AES256GCM},
		{"our name taken", taken, newKey(t), encvfs.AES256GCM},
		{"SQLite's own VFS", "unix", newKey(t), encvfs.AES256GCM},
		{"short key", "rejectshort", make([]byte, 16), encvfs.AES256GCM},
		{"unknown cipher", "rejectcipher", newKey(t), encvfs.Cipher(9)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := encvfs.Register(tc.vfs, tc.key, tc.c); err == nil {
				encvfs.Unregister(tc.vfs)
				t.Fatal("Register succeeded")
			}
		})
	}
	if err := encvfs.Unregister("never-registered"); err == nil {
		t.Error("Unregister of an unknown name succeeded")
	}
}

// TestUnregister: refused while a connection is open, fine after close;
// the name can then be registered again and the data read with the same key;
// the caller's key slice is copied.
func TestUnregister(t *testing.T) {
	key := newKey(t)
	callerKey := append([]byte(nil), key...)
	const name = "unregtest"
	if err := encvfs.Register(name, callerKey, encvfs.AES256GCM); err != nil {
		t.Fatal(err)
	}
	clear(callerKey) // must not affect the registered VFS
	path := filepath.Join(t.TempDir(), "u.db")
	db := openDB(t, storeDSN(path, name, "wal"))
	mustExec(t, db, `CREATE TABLE t(v); INSERT INTO t VALUES('kept')`)
	if err := encvfs.Unregister(name); err == nil || !strings.Contains(err.Error(), "open") {
		t.Fatalf("Unregister with an open connection: %v", err)
	}
	db.Close()
	if err := encvfs.Unregister(name); err != nil {
		t.Fatalf("Unregister after close: %v", err)
	}
	if pe := encvfs.LastPageError(name); pe != nil {
		t.Errorf("LastPageError after Unregister = %v", pe)
	}
	if err := encvfs.Register(name, key, encvfs.AES256GCM); err != nil {
		t.Fatalf("re-Register: %v", err)
	}
	defer encvfs.Unregister(name)
	db = openDB(t, storeDSN(path, name, "wal"))
	var v string
	if err := db.QueryRow(`SELECT v FROM t`).Scan(&v); err != nil || v != "kept" {
		t.Fatalf("after re-Register: %q %v", v, err)
	}
	db.Close()
}
