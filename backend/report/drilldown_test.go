package report

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// TestDrillDownMatchesCells: for every built-in grouped report, counted
// instead of its own aggregates, each cell's drill-down lists exactly as
// many records as the cell counts (in UTC and in a viewer zone where
// datetime buckets move), and the ids carry through.
func TestDrillDownMatchesCells(t *testing.T) {
	f := newFixture(t)
	for _, loc := range []*time.Location{nil, time.FixedZone("CET", 3600), time.FixedZone("EDT", -4*3600)} {
		for _, b := range BuiltIns() {
			if len(b.Spec.Groups) == 0 {
				continue
			}
			t.Run(fmt.Sprintf("%s/%v", b.Key, loc), func(t *testing.T) {
				spec := b.Spec
				spec.Aggregates, spec.Sort, spec.Compare = []Aggregate{{Func: AggCount}}, nil, ""
				res := f.run(t, spec, admin, true, loc)
				if len(res.Rows) == 0 {
					t.Skip("no rows in the fixture")
				}
				n := len(spec.Groups)
				var total int
				for _, row := range res.Rows {
					d, err := DrillDown(spec, row[:n])
					if err != nil {
						t.Fatalf("drill %v: %v", row, err)
					}
					got := f.run(t, d, admin, true, loc)
					if int64(len(got.RowIDs)) != row[n].(int64) || len(got.RowIDs) == 0 || got.RowIDs[0] == "" {
						t.Errorf("cell %v: drill-down found %v", row, got.RowIDs)
					}
					total += len(got.RowIDs)
				}
				// Drilling into the first group only (a subtotal) and into nothing (the total).
				d, _ := DrillDown(spec, nil)
				if got := f.run(t, d, admin, true, loc); int64(len(got.RowIDs)) != res.Total[0].(int64) || int64(total) != res.Total[0].(int64) {
					t.Errorf("total: drill %d, cells %d, want %v", len(got.RowIDs), total, res.Total[0])
				}
			})
		}
	}
}

func TestDrillDown(t *testing.T) {
	f := newFixture(t)
	pipeline := mustBuiltIn(t, "pipeline-by-stage")
	d, err := DrillDown(pipeline, []any{"Proposal"})
	if err != nil {
		t.Fatal(err)
	}
	res := f.run(t, d, admin, true, nil)
	if !slices.Equal(res.RowIDs, []string{"d2"}) || d.Format != FormatTabular {
		t.Errorf("Proposal: %v", res.RowIDs)
	}
	// Default columns: title, group, aggregated fields, then list fields that are not sensitive.
	if want := []string{"name", "stage.name", "amount", "companyId", "stageId", "expectedClose", "outcome"}; !slices.Equal(d.Columns, want) {
		t.Errorf("columns %v, want %v", d.Columns, want)
	}
	// The empty group drills into isEmpty; a week label into its days.
	byRegion := Spec{Entity: "deals", Format: FormatSummary, Groups: []Group{{Field: "region"}, {Field: "closedAt", Bucket: BucketWeek}}}
	d, _ = DrillDown(byRegion, []any{nil})
	if got := f.run(t, d, admin, true, nil).RowIDs; !slices.Equal(got, []string{"d6"}) {
		t.Errorf("empty region: %v", got)
	}
	d, _ = DrillDown(byRegion, []any{"North", "2026-W12"})
	if got := f.run(t, d, admin, true, nil).RowIDs; !slices.Equal(got, []string{"d7"}) {
		t.Errorf("North, 2026-W12: %v (filters %+v)", got, d.Filters)
	}
	// The viewer's scope still applies to a drill-down.
	d, _ = DrillDown(Spec{Entity: "deals", Format: FormatSummary, Groups: []Group{{Field: "outcome"}}}, []any{"won"})
	if got := f.ids(t, d, ownRep); len(got) != 0 {
		t.Errorf("own rep sees %v of the won deals", got)
	}
	for _, bad := range []struct {
		spec   Spec
		values []any
		part   string
	}{
		{Spec{Entity: "deals", Columns: []string{"name"}}, nil, "format"},
		{byRegion, []any{"North", "2026-13"}, "groupValues[1]"},
		{byRegion, []any{42}, "groupValues[0]"},
		{byRegion, []any{"North", "2026-W12", "x"}, "groupValues"},
		{Spec{Entity: "deals", Format: FormatSummary, Groups: []Group{{Field: "nope"}}}, []any{"x"}, "groups[0].field"},
	} {
		_, err := DrillDown(bad.spec, bad.values)
		wantInvalid(t, err, bad.part)
	}
}
