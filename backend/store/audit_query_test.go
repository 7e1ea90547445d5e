package store_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/store"
	"fieldvault/backend/testutil"
)

// The full-text index catches up in batches before a search; entries
// appended since are found only after the next catch-up.
func TestIndexAuditSearchCatchesUp(t *testing.T) {
	s := testutil.OpenStore(t)
	ctx := context.Background()
	appendN(t, s, 5) // labels "Contact 1" … "Contact 5"
	text := func() []int64 {
		p, err := store.ListAudit(ctx, s.Reader(), model.AuditQuery{Text: "ontact"})
		if err != nil {
			t.Fatal(err)
		}
		var out []int64
		for _, r := range p.Rows {
			out = append(out, r.Seq)
		}
		return out
	}
	steps := []struct {
		appendN, want int
		indexed       int64
	}{{0, 5, 5}, {0, 5, 0}, {3, 5, 0}, {0, 8, 3}}
	for i, st := range steps {
		if st.appendN > 0 {
			appendN(t, s, st.appendN)
			continue // search before the catch-up: the new entries are not found yet
		}
		n, err := s.IndexAuditSearch(ctx)
		if err != nil || n != st.indexed {
			t.Fatalf("step %d: indexed %d %v, want %d", i, n, err, st.indexed)
		}
		if got := text(); len(got) != st.want || !slices.IsSortedFunc(got, func(a, b int64) int { return int(b - a) }) {
			t.Fatalf("step %d: found %v, want %d newest first", i, got, st.want)
		}
	}
}

// An export reads every match once, oldest first, never beyond maxSeq,
// and its count is exact.
func TestAuditEntriesAfterAndCount(t *testing.T) {
	s := testutil.OpenStore(t)
	ctx := context.Background()
	appendN(t, s, 25)
	q := model.AuditQuery{Action: "contact."}
	n, err := store.CountAuditMatches(ctx, s.Reader(), q, 20)
	if err != nil || n != 20 {
		t.Fatalf("count %d %v", n, err)
	}
	var got []int64
	for after := int64(0); ; {
		batch, err := store.AuditEntriesAfter(ctx, s.Reader(), q, after, 20, 6)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range batch {
			got = append(got, e.Seq)
		}
		if len(batch) < 6 {
			break
		}
		after = batch[len(batch)-1].Seq
	}
	if fmt.Sprint(got) != fmt.Sprint([]int64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}) {
		t.Fatalf("entries %v", got)
	}
	if _, err := store.GetAuditEntry(ctx, s.Reader(), 99); !apperr.Is(err, apperr.CodeNotFound) {
		t.Fatalf("absent entry: %v", err)
	}
	if e, err := store.GetAuditEntry(ctx, s.Reader(), 3); err != nil || e.Seq != 3 || len(e.Changes) != 2 || len(e.Hash) != 32 {
		t.Fatalf("entry 3: %+v %v", e, err)
	}
}

// Hold brackets every batch of reads, and its error stops verification.
func TestVerifyAuditHold(t *testing.T) {
	s := testutil.OpenStore(t)
	ctx := context.Background()
	appendN(t, s, 9000) // more than one round of reads
	held, stop := 0, errors.New("locked meanwhile")
	rep, err := s.VerifyAuditWith(ctx, store.VerifyOptions{Hold: func() (func(), error) {
		held++
		return func() {}, nil
	}})
	if err != nil || rep.Problem != nil || rep.Entries != 9000 || held < 3 {
		t.Fatalf("%+v %v, held %d", rep, err, held)
	}
	calls := 0
	_, err = s.VerifyAuditWith(ctx, store.VerifyOptions{Hold: func() (func(), error) {
		if calls++; calls == 2 {
			return nil, stop
		}
		return func() {}, nil
	}})
	if !errors.Is(err, stop) {
		t.Fatalf("got %v, want the hold's error", err)
	}
}

// A bundle manifest is signed with the checkpoint key, under its own domain.
func TestSignAuditBundle(t *testing.T) {
	s := testutil.OpenStore(t)
	sig, pub, err := s.SignAuditBundle([]byte(`{"count":1}`))
	if err != nil || !pub.Equal(s.AuditPublicKey()) || !audit.VerifyBundle(pub, []byte(`{"count":1}`), sig) ||
		audit.VerifyCheckpoint(pub, audit.Checkpoint{Signature: sig}) {
		t.Fatalf("signature does not verify as a bundle only: %v", err)
	}
	unsigned := testutil.OpenStore(t, func(o *store.Options) { o.AuditSigningKey = nil })
	if _, _, err := unsigned.SignAuditBundle([]byte("x")); !apperr.Is(err, apperr.CodeInternal) {
		t.Fatalf("without a key: %v", err)
	}
}
