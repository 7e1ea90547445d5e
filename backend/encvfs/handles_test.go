package encvfs

import (
	"bytes"
	"database/sql"
	"path/filepath"
	"testing"

	_ "modernc.org/sqlite"
)

// TestRegistriesBounded: file handles are reused after close and Unregister
// removes the VFS from both maps and wipes the key copy, so the Go-side
// registries do not grow with the number of connections or VFSes ever used.
func TestRegistriesBounded(t *testing.T) {
	regMu.RLock()
	vfsBefore := len(byName)
	regMu.RUnlock()
	key := bytes.Repeat([]byte{7}, 32)
	path := filepath.Join(t.TempDir(), "h.db")
	var maxHandle uint32
	for i := range 50 {
		if err := Register("handles", key, AES256GCM); err != nil {
			t.Fatal(err)
		}
		regMu.RLock()
		v := byName["handles"]
		regMu.RUnlock()
		db, err := sql.Open("sqlite", "file:"+path+"?vfs=handles&_pragma=journal_mode(WAL)")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`CREATE TABLE IF NOT EXISTS t(v); INSERT INTO t VALUES(?)`, i); err != nil {
			t.Fatal(err)
		}
		db.Close()
		if n := v.open.Load(); n != 0 {
			t.Fatalf("round %d: %d files still counted open", i, n)
		}
		if err := Unregister("handles"); err != nil {
			t.Fatal(err)
		}
		if !isZero(v.key) {
			t.Fatal("key copy not wiped")
		}
		handles.mu.Lock()
		maxHandle = max(maxHandle, handles.next)
		handles.mu.Unlock()
	}
	regMu.RLock()
	defer regMu.RUnlock()
	if len(byName) != vfsBefore || len(byID) != vfsBefore {
		t.Errorf("VFS maps grew: %d/%d, want %d", len(byName), len(byID), vfsBefore)
	}
	if maxHandle > 20 {
		t.Errorf("handle table grew to %d for one connection at a time", maxHandle)
	}
}
