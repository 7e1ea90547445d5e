package service_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/store"
)

// The integration log pages back from the last run shown, through runs
// that started in the same millisecond, never repeating or skipping one;
// a malformed page cursor is refused.
func TestIntegrationLogPages(t *testing.T) {
	w := newImportWorld(t)
	start := w.clock.Now()
	want := map[string]bool{}
	err := w.core.StoreForTest().Write(context.Background(), func(tx *store.Tx) error {
		for i := range 25 {
			id := fmt.Sprintf("run-%02d", i)
			want[id] = true
			at := start.Add(time.Duration(i/3) * time.Second) // three runs per start time
			if err := store.StartIntegrationRun(context.Background(), tx, store.IntegrationRun{IntegrationRun: model.IntegrationRun{ID: id,
				Kind: model.RunExport, Name: "Export " + id, PrincipalID: "someone", PrincipalName: "someone"}, Started: at}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	f := model.IntegrationFilter{Kind: model.RunExport, Limit: 4}
	var last model.IntegrationRun
	for pages := 0; ; pages++ {
		runs, err := w.logs.List(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range runs {
			if seen[r.ID] || last.ID != "" && r.StartedAt > last.StartedAt {
				t.Fatalf("page %d: %s (%s) repeated or out of order after %s (%s)", pages, r.ID, r.StartedAt, last.ID, last.StartedAt)
			}
			seen[r.ID], last = true, r
		}
		if len(runs) < f.Limit {
			break
		}
		f.BeforeStartedAt, f.BeforeSeq = last.StartedAt, last.Seq
		if pages > 10 {
			t.Fatal("paging does not end")
		}
	}
	if len(seen) != len(want) {
		t.Fatalf("paged through %d runs, want %d", len(seen), len(want))
	}
	// a cursor time in another zone means the same instant
	mid := start.Add(4 * time.Second)
	a, err := w.logs.List(model.IntegrationFilter{Kind: model.RunExport, BeforeStartedAt: store.FormatTime(mid), BeforeSeq: 1 << 40})
	if err != nil {
		t.Fatal(err)
	}
	b, err := w.logs.List(model.IntegrationFilter{Kind: model.RunExport, BeforeStartedAt: mid.In(time.FixedZone("CET", 3600)).Format(time.RFC3339),
		BeforeSeq: 1 << 40})
	if err != nil || len(a) != len(b) || len(a) != 15 {
		t.Fatalf("%d runs before %s, %d with the same time in CET (%v); want 15", len(a), store.FormatTime(mid), len(b), err)
	}
	for name, f := range map[string]model.IntegrationFilter{
		"a time without a seq": {BeforeStartedAt: last.StartedAt},
		"a seq without a time": {BeforeSeq: last.Seq},
		"not a time":           {BeforeStartedAt: "yesterday", BeforeSeq: last.Seq},
		"a negative seq":       {BeforeStartedAt: last.StartedAt, BeforeSeq: -1},
	} {
		if _, err := w.logs.List(f); !apperr.Is(err, apperr.CodeInvalid) {
			t.Errorf("%s: %v, want invalid", name, err)
		}
	}
}
