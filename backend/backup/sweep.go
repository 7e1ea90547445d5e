package backup

import (
	"os"
	"path/filepath"
	"strings"
	"time"
)

// SweepAge is how old a sealed temporary must be before SweepTemporaries
// removes it: a running backup writes or reads its copy for minutes, never
// a day.
const SweepAge = 24 * time.Hour

// SweepTemporaries removes the sealed temporaries (and their journals) that
// a crashed backup left in the workspace folder dir, when last modified
// before cutoff: their key died with the process, so they are unreadable
// garbage the size of the database. A copy a running backup uses (in this
// or another process) is newer than any sensible cutoff and is kept. It
// returns how many files it removed; files it cannot stat or remove are
// skipped.
func SweepTemporaries(dir string, cutoff time.Time) int {
	matches, err := filepath.Glob(filepath.Join(dir, tempPattern+"*"))
	if err != nil {
		return 0
	}
	removed := 0
	for _, p := range matches {
		name := filepath.Base(p)
		base := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(name, "-journal"), "-wal"), "-shm")
		if ok, _ := filepath.Match(tempPattern, base); !ok {
			continue
		}
		fi, err := os.Lstat(p)
		if err != nil || !fi.Mode().IsRegular() || !fi.ModTime().Before(cutoff) {
			continue
		}
		if os.Remove(p) == nil {
			removed++
		}
	}
	return removed
}
