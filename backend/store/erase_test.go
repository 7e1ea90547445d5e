package store_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/store"
	"fieldvault/backend/testutil"
)

// personEntry is an update of a contact (or, with subj set, of an activity
// about one) naming the person in its label and values.
func personEntry(objType, objID, name string, subj audit.Subject) *audit.Entry {
	return &audit.Entry{
		Actor:    audit.Actor{UserID: "u1", Username: "ana", Role: "Administrator"},
		Category: audit.CatData, Action: objType + ".update", ObjectType: objType, ObjectID: objID, ObjectLabel: name,
		Changes: audit.Diff(map[string]any{"email": "old@example.com", "tags": []any{"vip"}, "personalPhone": "1"},
			map[string]any{"email": strings.ToLower(strings.ReplaceAll(name, " ", ".")) + "@example.com", "tags": []any{"vip", "eu"}, "personalPhone": "2"},
			func(f string) bool { return f == "personalPhone" }, nil),
		Outcome: audit.OutcomeSuccess, Subject: subj,
	}
}

func searchAudit(t *testing.T, s *store.Store, text string) []int64 {
	t.Helper()
	ctx := context.Background()
	if _, err := s.IndexAuditSearch(ctx); err != nil {
		t.Fatal(err)
	}
	page, err := store.ListAudit(ctx, s.Reader(), model.AuditQuery{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	var seqs []int64
	for _, r := range page.Rows {
		seqs = append(seqs, r.Seq)
	}
	return seqs
}

func TestErasureKeepsTheChainAndDestroysTheValues(t *testing.T) {
	s := testutil.OpenStore(t)
	ctx := context.Background()
	write := func(e *audit.Entry) {
		t.Helper()
		if err := s.AuditWrite(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	write(personEntry("contact", "c1", "Jane Müller", audit.Subject{}))                                     // 1: the subject
	write(personEntry("contact", "c2", "Otto Keller", audit.Subject{}))                                     // 2: someone else
	write(personEntry("activity", "a1", "Call with Jane Müller", audit.Subject{Type: "contact", ID: "c1"})) // 3: about the subject
	write(personEntry("company", "co1", "Müller GmbH", audit.Subject{}))                                    // 4: not personal
	if got := searchAudit(t, s, "Müller"); len(got) != 3 {
		t.Fatalf("before erasure the name finds %v, want 3 entries", got)
	}
	// stored sealed: no name or email in the file's rows
	var n int
	if err := s.Reader().QueryRowContext(ctx, `SELECT count(*) FROM audit_log WHERE object_label LIKE '%Jane%' OR changes LIKE '%jane%'`).Scan(&n); err != nil || n != 0 {
		t.Fatalf("%d rows hold the name in clear (%v)", n, err)
	}

	var destroyed int64
	err := s.Write(ctx, func(tx *store.Tx) (err error) {
		destroyed, err = store.EraseSubjectKeys(ctx, tx, "contact", "c1")
		return err
	})
	if err != nil || destroyed != 1 {
		t.Fatalf("erase: %d keys, %v", destroyed, err)
	}
	if err := s.PurgeErased(ctx); err != nil {
		t.Fatal(err)
	}
	if rep, err := s.VerifyAudit(ctx, nil); err != nil || rep.Problem != nil || rep.Entries != 4 {
		t.Fatalf("the chain must still verify: %+v %v", rep, err)
	}

	tests := []struct {
		seq             int64
		label, email    string
		wantMaskedPhone bool
	}{
		{1, "Erased contact", audit.Erased, true},
		{2, "Otto Keller", "otto.keller@example.com", true},
		{3, "Erased contact", audit.Erased, true},
		{4, "Müller GmbH", "müller.gmbh@example.com", true},
	}
	for _, tt := range tests {
		e, err := store.GetAuditEntry(ctx, s.Reader(), tt.seq)
		if err != nil {
			t.Fatal(err)
		}
		if e.ObjectLabel != tt.label || e.Changes[0].Field != "email" || e.Changes[0].After != tt.email {
			t.Errorf("entry %d: label %q, changes %+v", tt.seq, e.ObjectLabel, e.Changes)
		}
		if p := e.Changes[1]; p.Field != "personalPhone" || !p.Masked || p.After != audit.Mask {
			t.Errorf("entry %d: a masked value must stay the mask: %+v", tt.seq, p)
		}
	}
	if got := searchAudit(t, s, "Müller"); len(got) != 1 || got[0] != 4 {
		t.Fatalf("after erasure the name finds %v, want only the company (4)", got)
	}
	if got := searchAudit(t, s, "Erased contact"); len(got) != 2 {
		t.Fatalf("erased entries are listed as such: %v", got)
	}

	// the anonymised record lives on: new entries get a new key and read back
	write(personEntry("contact", "c1", "Erased", audit.Subject{}))
	e, err := store.GetAuditEntry(ctx, s.Reader(), 5)
	if err != nil || e.ObjectLabel != "Erased" || e.Changes[0].After != "erased@example.com" {
		t.Fatalf("after erasure: %+v %v", e, err)
	}
	if old, _ := store.GetAuditEntry(ctx, s.Reader(), 1); old.ObjectLabel != "Erased contact" {
		t.Fatalf("the new key must not open old envelopes: %q", old.ObjectLabel)
	}
	h, err := store.RecordHistory(ctx, s.Reader(), "contact", "c1", 10)
	if err != nil || len(h) != 2 || h[1].Changes[0].Before != audit.Erased || h[0].Changes[0].After != "erased@example.com" {
		t.Fatalf("history: %+v %v", h, err)
	}
}

func TestSealingNeedsAnEnvelopeSafeSubject(t *testing.T) {
	s := testutil.OpenStore(t)
	ctx := context.Background()
	tests := []struct {
		name, objType, objID, label string
		sealed                      bool
	}{
		{"contact", "contact", "c1", "Jane", true},
		{"lead", "lead", "l1", "Jane", true},
		{"company is not a person", "company", "co1", "Acme", false},
		{"an id that cannot name an envelope", "contact", "c:1", "Jane", false},
		{"nothing personal (a denied attempt)", "contact", "c9", "", false},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := personEntry(tt.objType, tt.objID, tt.label, audit.Subject{})
			if tt.label == "" {
				e.Changes, e.Outcome = nil, audit.OutcomeDenied
			}
			if err := s.AuditWrite(ctx, e); err != nil {
				t.Fatal(err)
			}
			var label string
			var keys int
			if err := s.Reader().QueryRowContext(ctx, `SELECT object_label, (SELECT count(*) FROM subject_keys WHERE subject_id = ?)
				FROM audit_log WHERE seq = ?`, tt.objID, i+1).Scan(&label, &keys); err != nil {
				t.Fatal(err)
			}
			if _, sealed := audit.EnvelopeSubject(label); sealed != tt.sealed || (keys == 1) != tt.sealed {
				t.Fatalf("sealed %v with %d keys, want %v: %q", sealed, keys, tt.sealed, label)
			}
		})
	}
	if rep, err := s.VerifyAudit(ctx, nil); err != nil || rep.Problem != nil {
		t.Fatalf("%+v %v", rep, err)
	}
}

// BenchmarkEraseSubject erases one person on the benchmark log (see
// openBenchStore: its 20,000 contacts each have about n/20,000 entries),
// then makes it final (PurgeErased: FTS optimize of both indexes, WAL
// truncation), which dominates: it rewrites the search indexes.
func BenchmarkEraseSubject(b *testing.B) {
	s := openBenchStore(b, benchAuditN())
	ctx := context.Background()
	if _, err := s.IndexAuditSearch(ctx); err != nil {
		b.Fatal(err)
	}
	i := 0
	for b.Loop() {
		i++
		err := s.Write(ctx, func(tx *store.Tx) error {
			_, err := store.EraseSubjectKeys(ctx, tx, "contact", fmt.Sprintf("c%d", i))
			return err
		})
		if err != nil {
			b.Fatal(err)
		}
		if err := s.PurgeErased(ctx); err != nil {
			b.Fatal(err)
		}
	}
}
