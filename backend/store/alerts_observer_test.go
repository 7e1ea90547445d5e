package store_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"fieldvault/backend/audit"
	"fieldvault/backend/store"
	"fieldvault/backend/testutil"
)

// The audit observer sees exactly the committed entries, with their seqs,
// after the commit (the writer connection is free again) and never those of
// a rolled-back write.
func TestAuditObserverSeesOnlyCommittedEntries(t *testing.T) {
	ctx := context.Background()
	s := testutil.OpenStore(t)
	var mu sync.Mutex
	var got [][]int64
	inTx := false
	s.SetAuditObserver(func(es []audit.Entry) {
		if inTx {
			t.Error("observer called inside the transaction")
		}
		// The writer is free: a write from the observer would deadlock otherwise.
		if err := s.Write(ctx, func(tx *store.Tx) error { return nil }); err != nil {
			t.Error(err)
		}
		var seqs []int64
		for _, e := range es {
			seqs = append(seqs, e.Seq)
		}
		mu.Lock()
		got = append(got, seqs)
		mu.Unlock()
	})
	boom := errors.New("boom")
	steps := []struct {
		name    string
		entries int
		fail    bool
		want    []int64 // nil: the observer must not be called
	}{
		{"two entries commit", 2, false, []int64{1, 2}},
		{"rolled back", 3, true, nil},
		{"no entries", 0, false, nil},
		{"one more commits", 1, false, []int64{3}},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			mu.Lock()
			before := len(got)
			mu.Unlock()
			err := s.Write(ctx, func(tx *store.Tx) error {
				inTx = true
				defer func() { inTx = false }()
				for i := 0; i < st.entries; i++ {
					if err := store.AppendAudit(ctx, tx, entry(st.name)); err != nil {
						return err
					}
				}
				if st.fail {
					return boom
				}
				return nil
			})
			if st.fail != errors.Is(err, boom) {
				t.Fatalf("write: %v", err)
			}
			mu.Lock()
			defer mu.Unlock()
			switch {
			case st.want == nil && len(got) != before:
				t.Fatalf("observer called with %v", got[before:])
			case st.want != nil && (len(got) != before+1 || !equalSeqs(got[before], st.want)):
				t.Fatalf("observer got %v, want %v", got[before:], st.want)
			}
		})
	}
	s.SetAuditObserver(nil)
	if err := s.AuditWrite(ctx, entry("after")); err != nil || len(got) != 2 {
		t.Fatalf("removed observer still called: %v %v", got, err)
	}
}

func equalSeqs(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// The rules' queries select by action, suffix, name (any case), device,
// window and seq bound; buckets split a window.
func TestAuditScan(t *testing.T) {
	ctx := context.Background()
	at := time.Date(2026, 5, 1, 10, 0, 0, 0, time.UTC)
	now := at
	s := testutil.OpenStore(t, func(o *store.Options) { o.Now = func() time.Time { return now } })
	write := func(action, user string, dev string, d time.Duration) {
		now = at.Add(d)
		e := &audit.Entry{Actor: audit.Actor{UserID: "id-" + user, Username: user}, Category: audit.CatData,
			Action: action, Outcome: audit.OutcomeSuccess, Device: audit.Device{DeviceID: dev}}
		if err := s.AuditWrite(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	write("contact.view", "Ana", "d1", 0)               // 1
	write("deal.view", "ana", "d1", time.Minute)        // 2
	write("contact.update", "ana", "d2", 2*time.Minute) // 3
	write("contact.view", "bo", "d1", 20*time.Minute)   // 4
	cases := []struct {
		name string
		q    store.AuditScan
		want int
	}{
		{"suffix", store.AuditScan{Suffixes: []string{".view"}}, 3},
		{"name any case", store.AuditScan{Username: "ANA"}, 3},
		{"actions", store.AuditScan{Actions: []string{"contact.update", "deal.view"}}, 2},
		{"device", store.AuditScan{DeviceID: "d1", UserID: "id-ana"}, 1},
		{"window", store.AuditScan{Since: at.Add(time.Minute), Before: at.Add(10 * time.Minute)}, 2},
		{"seq bounds", store.AuditScan{AfterSeq: 1, UpTo: 3}, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n, err := store.CountAudit(ctx, s.Reader(), c.q, 0)
			if err != nil || n != c.want {
				t.Fatalf("count = %d, %v; want %d", n, err, c.want)
			}
			list, err := store.FindAudit(ctx, s.Reader(), c.q, 100)
			if err != nil || len(list) != c.want || (len(list) > 1 && list[0].Seq < list[1].Seq) {
				t.Fatalf("find = %d entries (newest first?), %v", len(list), err)
			}
		})
	}
	if n, err := store.CountAudit(ctx, s.Reader(), store.AuditScan{Suffixes: []string{".view"}}, 2); err != nil || n != 2 {
		t.Fatalf("capped count = %d, %v", n, err)
	}
	if seqs, err := store.AuditSeqs(ctx, s.Reader(), store.AuditScan{Username: "ana"}, 2); err != nil || !equalSeqs(seqs, []int64{3, 2}) {
		t.Fatalf("seqs = %v, %v", seqs, err)
	}
	b, err := store.AuditBuckets(ctx, s.Reader(), store.AuditScan{Since: at, Before: at.Add(time.Hour)}, 10*time.Minute)
	if err != nil || len(b) != 2 || b[0]+b[1] != 4 {
		t.Fatalf("buckets = %v, %v", b, err)
	}
	after, err := store.AuditAfter(ctx, s.Reader(), 2, 10)
	if err != nil || len(after) != 2 || after[0].Seq != 3 || after[0].Device.DeviceID != "d2" {
		t.Fatalf("after = %+v, %v", after, err)
	}
}
