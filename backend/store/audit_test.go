package store_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/store"
	"fieldvault/backend/testutil"
)

// fixedClock makes the store's audit clock return at.
func fixedClock(at time.Time) func(*store.Options) {
	return func(o *store.Options) { o.Now = func() time.Time { return at } }
}

var clockTime = time.Date(2025, 3, 4, 5, 6, 7, 891_234_567, time.FixedZone("CET", 3600))

func entry(label string) *audit.Entry {
	return &audit.Entry{
		Actor:    audit.Actor{UserID: "u1", Username: "ana", Role: "Administrator"},
		Category: audit.CatData, Action: "contact.update", ObjectType: "contact", ObjectID: "c1", ObjectLabel: label,
		Changes: audit.Diff(map[string]any{"name": "Old", "amount": 5}, map[string]any{"name": label, "amount": 6},
			func(f string) bool { return f == "amount" }, nil),
		Outcome: audit.OutcomeSuccess,
	}
}

func TestAppendAuditFillsTheEntry(t *testing.T) {
	s := testutil.OpenStore(t, fixedClock(clockTime))
	ctx := context.Background()
	own := audit.Device{DeviceID: "d9", Hostname: "h9", OSUser: "o9", AppVersion: "v9"}
	tests := []struct {
		name   string
		device audit.Device
		want   audit.Device
	}{
		{"store's device by default", audit.Device{}, audit.Device{DeviceID: "test-device", Hostname: "test-host", OSUser: "tester", AppVersion: "test"}},
		{"entry's own device kept", own, own},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := entry("Jane")
			e.Device = tt.device
			if err := s.AuditWrite(ctx, e); err != nil {
				t.Fatal(err)
			}
			if e.Seq != int64(i+1) || len(e.ID) != 32 || e.Device != tt.want || len(e.Hash) != 32 || len(e.PrevHash) != 32 {
				t.Fatalf("got %+v", e)
			}
			if want := clockTime.UTC().Truncate(time.Millisecond); !e.At.Equal(want) || e.At.Location() != time.UTC {
				t.Fatalf("At = %v, want %v", e.At, want)
			}
			var at string
			if err := s.Reader().QueryRowContext(ctx, `SELECT at FROM audit_log WHERE seq = ?`, e.Seq).Scan(&at); err != nil || at != "2025-03-04T04:06:07.891Z" {
				t.Fatalf("stored at %q, %v", at, err)
			}
		})
	}
}

func TestAuditCommitsWithTheChange(t *testing.T) {
	s := testutil.OpenStore(t)
	ctx := context.Background()
	boom := errors.New("boom")
	tests := []struct {
		name string
		fn   func(tx *store.Tx) error
		ok   bool
	}{
		{"change then failure", func(tx *store.Tx) error {
			if err := store.SetMeta(ctx, tx, "k", "v", time.Now()); err != nil {
				return err
			}
			if err := store.AppendAudit(ctx, tx, entry("a")); err != nil {
				return err
			}
			return boom
		}, false},
		{"invalid entry undoes the change", func(tx *store.Tx) error {
			if err := store.SetMeta(ctx, tx, "k", "v", time.Now()); err != nil {
				return err
			}
			bad := entry("a")
			bad.Category = "nope"
			return store.AppendAudit(ctx, tx, bad)
		}, false},
		{"audit then a failing change", func(tx *store.Tx) error {
			if err := store.AppendAudit(ctx, tx, entry("a")); err != nil {
				return err
			}
			return store.SetMeta(ctx, tx, "", "violates CHECK", time.Now())
		}, false},
		{"both commit", func(tx *store.Tx) error {
			if err := store.SetMeta(ctx, tx, "k", "v", time.Now()); err != nil {
				return err
			}
			return store.AppendAudit(ctx, tx, entry("a"))
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := s.Write(ctx, tt.fn)
			if (err == nil) != tt.ok {
				t.Fatalf("err = %v", err)
			}
			_, hasMeta, _ := s.Meta(ctx, "k")
			n, _ := s.AuditCount(ctx)
			if hasMeta != tt.ok || (n == 1) != tt.ok || n > 1 {
				t.Fatalf("meta=%v, %d audit entries after ok=%v", hasMeta, n, tt.ok)
			}
		})
	}
	// the rolled-back appends did not use up seqs
	rep, err := s.VerifyAudit(ctx, nil)
	if err != nil || rep.Problem != nil || rep.LastSeq != 1 {
		t.Fatalf("%+v %v", rep, err)
	}
}

func TestAuditSeqIsGapFreeUnderConcurrency(t *testing.T) {
	s := testutil.OpenStore(t)
	ctx := context.Background()
	const writers, each = 6, 40
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				if err := s.AuditWrite(ctx, entry(fmt.Sprintf("w%d-%d", w, i))); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	var n, lo, hi int64
	if err := s.Reader().QueryRowContext(ctx, `SELECT count(*), min(seq), max(seq) FROM audit_log`).Scan(&n, &lo, &hi); err != nil {
		t.Fatal(err)
	}
	if n != writers*each || lo != 1 || hi != n {
		t.Fatalf("%d entries, seq %d..%d", n, lo, hi)
	}
	rep, err := s.VerifyAudit(ctx, nil)
	if err != nil || rep.Problem != nil || rep.Entries != n {
		t.Fatalf("%+v %v", rep, err)
	}
}

func TestAuditWithoutKeys(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name string
		opt  func(*store.Options)
		run  func(s *store.Store) error
	}{
		{"append without HMAC key", func(o *store.Options) { o.AuditKey = nil }, func(s *store.Store) error { return s.AuditWrite(ctx, entry("a")) }},
		{"verify without HMAC key", func(o *store.Options) { o.AuditKey = nil }, func(s *store.Store) error { _, err := s.VerifyAudit(ctx, nil); return err }},
		{"checkpoint without signing key", func(o *store.Options) { o.AuditSigningKey = nil }, func(s *store.Store) error { return s.AuditCheckpointNow(ctx) }},
		{"1000th entry without signing key", func(o *store.Options) { o.AuditSigningKey = nil }, func(s *store.Store) error {
			return s.Write(ctx, func(tx *store.Tx) error {
				for range store.CheckpointEvery {
					if err := store.AppendAudit(ctx, tx, entry("a")); err != nil {
						return err
					}
				}
				return nil
			})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := testutil.OpenStore(t, tt.opt)
			if err := tt.run(s); !apperr.Is(err, apperr.CodeInternal) {
				t.Fatalf("got %v", err)
			}
			if n, _ := s.AuditCount(ctx); n != 0 {
				t.Fatalf("%d entries written", n)
			}
		})
	}
	s := testutil.OpenStore(t, func(o *store.Options) { o.AuditSigningKey = nil })
	if s.AuditPublicKey() != nil {
		t.Fatal("a public key without a signing key")
	}
}

func TestAuditIsAppendOnly(t *testing.T) {
	s := testutil.OpenStore(t)
	ctx := context.Background()
	appendN(t, s, 3)
	if err := s.AuditCheckpointNow(ctx); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`UPDATE audit_log SET object_label = 'x' WHERE seq = 2`,
		`DELETE FROM audit_log WHERE seq = 3`,
		`UPDATE audit_checkpoints SET signature = x'00'`,
		`DELETE FROM audit_checkpoints`,
	} {
		t.Run(q, func(t *testing.T) {
			err := s.Write(ctx, func(tx *store.Tx) error { _, err := tx.ExecContext(ctx, q); return err })
			if err == nil || !strings.Contains(err.Error(), "append-only") {
				t.Fatalf("got %v", err)
			}
		})
	}
}

// Free text is data: hostile strings come back byte for byte and verify.
func TestAuditKeepsHostileTextVerbatim(t *testing.T) {
	s := testutil.OpenStore(t)
	ctx := context.Background()
	hostile := "'); DELETE FROM audit_log; --\n2025-01-01T00:00:00Z auth.login.success admin\r\x1b[31m<script>alert(1)</script>\u202e\u2028{\"masked\":true}"
	e := entry(hostile)
	e.Reason = hostile
	if err := s.AuditWrite(ctx, e); err != nil {
		t.Fatal(err)
	}
	var label, reason, changes string
	if err := s.Reader().QueryRowContext(ctx, `SELECT object_label, reason, changes FROM audit_log WHERE seq = 1`).Scan(&label, &reason, &changes); err != nil {
		t.Fatal(err)
	}
	// the label of an entry about a contact is stored sealed (personal
	// data, audit_personal.go) and read back verbatim; the reason is plain
	if sub, ok := audit.EnvelopeSubject(label); !ok || sub.Type != "contact" || sub.ID != "c1" || reason != hostile {
		t.Fatalf("label not sealed or reason changed: %q %q", label, reason)
	}
	got, err := store.GetAuditEntry(ctx, s.Reader(), 1)
	if err != nil || got.ObjectLabel != hostile || got.Reason != hostile || got.Changes[1].After != hostile {
		t.Fatalf("text changed: %+v %v", got, err)
	}
	if !strings.Contains(changes, `"amount","before":"••••","after":"••••","masked":true`) || strings.Contains(changes, `"after":6`) || strings.Contains(changes, "DELETE") {
		t.Fatalf("sensitive value not masked: %s", changes)
	}
	if rep, err := s.VerifyAudit(ctx, nil); err != nil || rep.Problem != nil {
		t.Fatalf("%+v %v", rep, err)
	}
}

// appendN writes n entries in transactions of up to 1000.
func appendN(t testing.TB, s *store.Store, n int) {
	t.Helper()
	ctx := context.Background()
	for done := 0; done < n; {
		batch := min(1000, n-done)
		err := s.Write(ctx, func(tx *store.Tx) error {
			for i := range batch {
				if err := store.AppendAudit(ctx, tx, entry(fmt.Sprintf("Contact %d", done+i+1))); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		done += batch
	}
}
