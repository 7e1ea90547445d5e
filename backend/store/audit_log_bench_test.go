package store_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"fieldvault/backend/audit"
	"fieldvault/backend/encvfs"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// Large-log benchmarks: $FIELDVAULT_BENCH_N entries (default 100,000), in
// a store kept in $FIELDVAULT_BENCH_DIR when set (generating 1M entries
// takes about a minute; a later run reuses the file). For example:
//
//	FIELDVAULT_BENCH_N=1000000 FIELDVAULT_BENCH_DIR=/tmp/fv-audit go test ./backend/store -run '^$' -bench AuditLog -benchtime 3x
func benchAuditN() int {
	if n, err := strconv.Atoi(os.Getenv("FIELDVAULT_BENCH_N")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

// openBenchStore opens (or creates) the benchmark store of n entries. Its
// keys are fixed so that a kept file opens again.
func openBenchStore(b *testing.B, n int) *store.Store {
	b.Helper()
	dir := os.Getenv("FIELDVAULT_BENCH_DIR")
	if dir == "" {
		dir = b.TempDir()
	} else if err := os.MkdirAll(dir, 0o700); err != nil {
		b.Fatal(err)
	}
	s, err := store.Open(context.Background(), store.Options{
		Path: filepath.Join(dir, fmt.Sprintf("audit-%d.db", n)), PageKey: bytes.Repeat([]byte{1}, 32), Cipher: encvfs.AES256GCM,
		Create: true, AuditKey: bytes.Repeat([]byte{2}, 32), AuditSigningKey: ed25519.NewKeyFromSeed(bytes.Repeat([]byte{3}, 32)),
		Device: audit.Device{DeviceID: "bench", Hostname: "bench-host", OSUser: "bench", AppVersion: "bench"},
	})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = s.Close() })
	have, err := s.AuditCount(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	for done := int(have); done < n; {
		batch := min(5000, n-done)
		err := s.Write(context.Background(), func(tx *store.Tx) error {
			for i := range batch {
				if err := store.AppendAudit(context.Background(), tx, benchEntry(done+i+1)); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			b.Fatal(err)
		}
		done += batch
	}
	return s
}

// benchEntry varies what a viewer filters on: users, categories, actions,
// outcomes and objects, with the odd denial.
func benchEntry(i int) *audit.Entry {
	e := entry(fmt.Sprintf("Contact %d Müller", i))
	u := i % 50
	e.Actor = audit.Actor{UserID: fmt.Sprintf("user-%02d", u), Username: fmt.Sprintf("user%02d", u), Role: "Sales Rep"}
	e.ObjectID = fmt.Sprintf("c%d", i%20_000)
	switch {
	case i%97 == 0:
		e.Category, e.Action, e.Outcome, e.Reason, e.Changes = audit.CatSecurity, "contact.delete", audit.OutcomeDenied, "missing permission", nil
	case i%10 == 0:
		e.Category, e.Action, e.Changes = audit.CatAuth, "auth.login", nil
	case i%3 == 0:
		e.Action, e.Changes = "contact.view", nil
	}
	return e
}

func BenchmarkAuditLogVerify(b *testing.B) {
	n := benchAuditN()
	s := openBenchStore(b, n)
	ctx := context.Background()
	var entries int64
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cpuSeconds()
	for b.Loop() {
		rep, err := s.VerifyAudit(ctx, nil)
		if err != nil || rep.Problem != nil || rep.Entries < int64(n) { // the append benchmark adds some
			b.Fatalf("%+v %v", rep, err)
		}
		entries = rep.Entries
	}
	b.ReportMetric(float64(b.N)*float64(entries)/b.Elapsed().Seconds(), "entries/s")
	// CPU time an entry (all cores): what the rate is on an idle machine
	// with C cores is about C / this.
	b.ReportMetric((cpuSeconds()-c0)*1e6/float64(b.N)/float64(entries), "cpu-µs/entry")
}

// BenchmarkAuditAppendOverhead compares a record update's transaction
// without and with its audit entry (diff, HMAC chain, insert, full-text
// trigger), on the benchmark log: the target is that the entry
// adds at most 10%. Each iteration commits (WAL, synchronous=FULL).
func BenchmarkAuditAppendOverhead(b *testing.B) {
	s := openBenchStore(b, benchAuditN())
	ctx := context.Background()
	e, err := schema.Get("contacts")
	if err != nil {
		b.Fatal(err)
	}
	admin := rbac.Actor{UserID: "admin", Username: "admin", Grants: rbac.FullGrants()}
	now := store.FormatTime(time.Now())
	r := model.RecordItem{ID: store.NewID(), Entity: "contacts", OwnerID: "admin", CreatedAt: now, CreatedBy: "admin",
		UpdatedAt: now, UpdatedBy: "admin", Values: map[string]any{"firstName": "Bench", "lastName": "Mark", "title": "T0",
			"email": "bench@example.com", "region": "West"}}
	if err := s.Write(ctx, func(tx *store.Tx) error { return store.InsertRecord(ctx, tx, e, r) }); err != nil {
		b.Fatal(err)
	}
	for _, withAudit := range []bool{false, true} {
		name := map[bool]string{false: "update", true: "update+audit"}[withAudit]
		b.Run(name, func(b *testing.B) {
			i := 0
			c0 := cpuSeconds()
			defer func() { b.ReportMetric((cpuSeconds()-c0)*1e6/float64(b.N), "cpu-µs/op") }()
			for b.Loop() {
				i++
				before := r.Values["title"]
				r.Values["title"] = "T" + strconv.Itoa(i)
				err := s.Write(ctx, func(tx *store.Tx) error {
					if err := store.UpdateRecord(ctx, tx, e, admin, r, map[string]any{"title": r.Values["title"]}); err != nil || !withAudit {
						return err
					}
					en := &audit.Entry{Actor: audit.Actor{UserID: "admin", Username: "admin", Role: "Administrator"},
						Category: audit.CatData, Action: "contact.update", ObjectType: "contact", ObjectID: r.ID,
						ObjectLabel: "Bench Mark", Outcome: audit.OutcomeSuccess,
						Changes: audit.Diff(map[string]any{"title": before}, map[string]any{"title": r.Values["title"]}, e.IsSensitive, nil)}
					return store.AppendAudit(ctx, tx, en)
				})
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// cpuSeconds is the process's user+system CPU time: less sensitive than
// wall time to other load on the machine.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
