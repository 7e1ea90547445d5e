package backup_test

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"fieldvault/backend/backup"
	"fieldvault/backend/vault"
)

// BenchmarkBackup backs up a workspace of N contacts ($FIELDVAULT_BENCH_N,
// default 100,000) to an age file, beside two baselines in the same run:
// VACUUM INTO a plain file (SQLite's own copy, no encryption at either
// end) and a raw copy of the database file (the disk's speed). MB/s is
// over the database file's size; x_raw and x_vacuum are the time of one
// op over the baselines' (timed once each); peak_rss_growth_MB is how far
// the process's resident memory peaked above where it stood when the op
// began (Linux; /proc/self/clear_refs resets the peak), which must not
// grow with N. Run:
//
//	go test ./backend/backup -run '^$' -bench Backup -benchtime 3x
func BenchmarkBackup(b *testing.B) {
	n := 100_000
	if v, err := strconv.Atoi(os.Getenv("FIELDVAULT_BENCH_N")); err == nil && v > 0 {
		n = v
	}
	w := newWorkspace(b, n)
	ctx := context.Background()
	if _, err := w.st.Check(ctx); err != nil { // moves the WAL into the main file: the raw copy is complete
		b.Fatal(err)
	}
	st, err := os.Stat(filepath.Join(w.dir, vault.DBFile))
	if err != nil {
		b.Fatal(err)
	}
	size := st.Size()
	id, _ := ageKey(b)
	rs, _, err := backup.ParseRecipients([]string{id.Recipient().String()}, "")
	if err != nil {
		b.Fatal(err)
	}
	out := b.TempDir()
	rawCopy := func() {
		dst := filepath.Join(out, "raw.db")
		src, err := os.Open(filepath.Join(w.dir, vault.DBFile))
		if err != nil {
			b.Fatal(err)
		}
		f, err := os.Create(dst)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := io.Copy(f, src); err != nil {
			b.Fatal(err)
		}
		_ = f.Sync()
		f.Close()
		src.Close()
		_ = os.Remove(dst)
	}
	vacuum := func() {
		dst := filepath.Join(out, "vacuum.db")
		conn, err := w.st.Reader().Conn(ctx)
		if err != nil {
			b.Fatal(err)
		}
		defer conn.Close()
		// the reader pool is query_only; VACUUM INTO writes another file
		if _, err := conn.ExecContext(ctx, `PRAGMA query_only = 0`); err != nil {
			b.Fatal(err)
		}
		defer conn.ExecContext(ctx, `PRAGMA query_only = 1`) //nolint:errcheck
		if _, err := conn.ExecContext(ctx, `VACUUM INTO ?`, "file:"+dst+"?vfs=unix"); err != nil {
			b.Fatal(err)
		}
		_ = os.Remove(dst)
	}
	backupOnce := func() {
		f, err := os.Create(filepath.Join(out, "backup.age"))
		if err != nil {
			b.Fatal(err)
		}
		o := w.options(b, rs)
		if _, err := backup.Create(ctx, f, w.st.Reader(), o); err != nil {
			b.Fatal(err)
		}
		_ = f.Sync()
		f.Close()
		_ = os.Remove(f.Name())
	}
	timeOnce := func(fn func()) time.Duration {
		start := time.Now()
		fn()
		return time.Since(start)
	}
	rawTime, vacTime := timeOnce(rawCopy), timeOnce(vacuum)
	b.Logf("workspace: %d contacts, %.1f MiB; raw copy %v, VACUUM INTO %v", n, float64(size)/(1<<20), rawTime, vacTime)
	for _, c := range []struct {
		name string
		fn   func()
	}{{"backup-age", backupOnce}, {"vacuum-into-plain", vacuum}, {"raw-copy", rawCopy}} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(size)
			var peak int64
			for b.Loop() {
				resetPeakRSS()
				base := procStatus("VmRSS:")
				c.fn()
				peak = max(peak, procStatus("VmHWM:")-base)
			}
			per := float64(b.Elapsed()) / float64(b.N)
			b.ReportMetric(per/float64(rawTime), "x_raw")
			b.ReportMetric(per/float64(vacTime), "x_vacuum")
			if peak > 0 {
				b.ReportMetric(float64(peak)/(1<<20), "peak_rss_growth_MB")
			}
		})
	}
}

// resetPeakRSS resets the kernel's peak-RSS mark of this process (Linux).
func resetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// procStatus returns a memory line of /proc/self/status (VmHWM: the peak
// resident size, VmRSS: the current one) in bytes, 0 when unknown.
func procStatus(field string) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range bytes.Split(b, []byte("\n")) {
		if v, ok := strings.CutPrefix(string(line), field); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}
