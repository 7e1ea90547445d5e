package auditbundle_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"fieldvault/backend/audit"
	"fieldvault/backend/auditbundle"
)

// BenchmarkBundleVerify verifies a bundle file of $FIELDVAULT_BENCH_N
// entries (default 100,000) shaped like real exports (~700 bytes a line):
//
//	FIELDVAULT_BENCH_N=1000000 go test ./backend/auditbundle -run '^$' -bench . -benchtime 3x
func BenchmarkBundleVerify(b *testing.B) {
	n := 100_000
	if v, err := strconv.Atoi(os.Getenv("FIELDVAULT_BENCH_N")); err == nil && v > 0 {
		n = v
	}
	path := filepath.Join(b.TempDir(), "bundle.jsonl")
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := auditbundle.NewWriter(f)
	for i := range n {
		e := &audit.Entry{Seq: int64(i + 1), ID: fmt.Sprintf("%032x", i), At: t0.Add(time.Duration(i) * time.Millisecond),
			Actor:       audit.Actor{UserID: "3f2a9c1e0b7d4e5f8a6b2c1d0e9f8a7b", Username: "ana.mueller", Role: "Sales Manager"},
			Device:      audit.Device{DeviceID: "9a8b7c6d5e4f3a2b", Hostname: "laptop-7", OSUser: "ana", AppVersion: "1.4.0"},
			SessionHash: fmt.Sprintf("%064x", i%100), Category: audit.CatData, Action: "contact.update",
			ObjectType: "contact", ObjectID: "5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b", ObjectLabel: fmt.Sprintf("Contact %d Müller", i),
			Changes: []audit.Change{{Field: "email", Before: "old@example.com", After: "new@example.com"},
				{Field: "personalPhone", Before: audit.Mask, After: audit.Mask, Masked: true}},
			Outcome: audit.OutcomeSuccess, PrevHash: bytes.Repeat([]byte{1}, 32), Hash: bytes.Repeat([]byte{2}, 32)}
		if err := w.Add(e, false); err != nil {
			b.Fatal(err)
		}
	}
	if err := w.Finish(auditbundle.Manifest{WorkspaceID: "ws"}, t0, sign); err != nil {
		b.Fatal(err)
	}
	f.Close()
	st, _ := os.Stat(path)
	b.SetBytes(st.Size())
	b.ResetTimer()
	c0 := cpuSeconds()
	for b.Loop() {
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		res, err := auditbundle.Verify(f, pub)
		f.Close()
		if err != nil || res.Count != int64(n) {
			b.Fatal(res, err)
		}
	}
	b.ReportMetric(float64(b.N)*float64(n)/b.Elapsed().Seconds(), "entries/s")
	b.ReportMetric((cpuSeconds()-c0)*1e6/float64(b.N)/float64(n), "cpu-µs/entry")
}

// cpuSeconds is the process's user+system CPU time.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
