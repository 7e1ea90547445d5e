package backup

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

func TestSweepTemporaries(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	old, fresh := now.Add(-2*SweepAge), now.Add(-time.Minute)
	files := []struct {
		name string
		mod  time.Time
		kept bool
	}{
		{".fieldvault-backup-123.db", old, false},
		{".fieldvault-backup-123.db-journal", old, false},
		{".fieldvault-backup-456.db", fresh, true}, // a backup running now
		{".fieldvault-backup-456.db-journal", fresh, true},
		{"fieldvault.db", old, true},
		{"fieldvault.keys", old, true},
		{".fieldvault-backup-789.db.bak", old, true}, // not ours
		{"notes-fieldvault-backup-1.db", old, true},
	}
	for _, f := range files {
		p := filepath.Join(dir, f.name)
		if err := os.WriteFile(p, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, f.mod, f.mod); err != nil {
			t.Fatal(err)
		}
	}
	// A folder with our name is not a file to remove.
	if err := os.Mkdir(filepath.Join(dir, ".fieldvault-backup-999.db"), 0o700); err != nil {
		t.Fatal(err)
	}
	if n := SweepTemporaries(dir, now.Add(-SweepAge)); n != 2 {
		t.Errorf("removed %d files, want 2", n)
	}
	entries, _ := os.ReadDir(dir)
	var left []string
	for _, e := range entries {
		left = append(left, e.Name())
	}
	for _, f := range files {
		if slices.Contains(left, f.name) != f.kept {
			t.Errorf("%s kept = %v, want %v", f.name, !f.kept, f.kept)
		}
	}
	if SweepTemporaries(filepath.Join(dir, "missing"), now) != 0 {
		t.Error("a missing folder has nothing to sweep")
	}
}
