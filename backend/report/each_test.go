package report

import (
	"context"
	"errors"
	"testing"
)

func TestRunWindowAndEach(t *testing.T) {
	f := newFixture(t)
	spec := Spec{Entity: "deals", Columns: []string{"name", "amount", "closedAt", "createdAt", "company.name"}, Sort: []SortKey{{Key: "amount", Desc: true}}, Limit: 3}
	res := f.run(t, spec, admin, true, nil)
	if !res.Truncated || res.RowCount != 3 || len(res.RowIDs) != 3 || res.RowIDs[0] != "d3" || res.Rows[0][1] != 4000.0 || res.Rows[0][4] != "Globex" {
		t.Errorf("window: %+v", res)
	}
	spec.Limit = 0
	ctx := context.Background()
	q, err := Compile(spec, admin, true, fixNow, nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []any
	if err := Each(ctx, f.s.Reader(), q, func(row []any) error { names = append(names, row[0]); return nil }); err != nil || len(names) != 7 {
		t.Errorf("Each: %v rows, %v", names, err)
	}
	// SQLite sorts NULL (d6) last when descending.
	if names[6] != "Robert'); DROP TABLE deals;--" {
		t.Errorf("order %v", names)
	}
	stop := errors.New("stop")
	n := 0
	if err := Each(ctx, f.s.Reader(), q, func([]any) error { n++; return stop }); !errors.Is(err, stop) || n != 1 {
		t.Errorf("fn error: %v after %d rows", err, n)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if err := Each(cctx, f.s.Reader(), q, func([]any) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	// Summaries stream their rows.
	sq, _ := Compile(summarySpec, admin, true, fixNow, nil)
	n = 0
	if err := Each(ctx, f.s.Reader(), sq, func([]any) error { n++; return nil }); err != nil || n != 6 {
		t.Errorf("summary Each: %d rows, %v", n, err)
	}
	// Tags come back as lists, bools as bools.
	tags := f.run(t, Spec{Entity: "contacts", Columns: []string{"tags", "marketingOptIn", "optInDate"}}, admin, true, nil)
	if l, ok := tags.Rows[0][0].([]string); !ok || len(l) != 2 || tags.Rows[0][1] != true || tags.Rows[1][2] != "" {
		t.Errorf("contacts: %v", tags.Rows)
	}
}
