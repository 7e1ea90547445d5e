package report

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"fieldvault/backend/store"
)

// TestAccessPath: grouped reports read a covering index when there is
// one, a selective index when a capped count shows it selects little, and
// otherwise the table once; the path never changes the result.
func TestAccessPath(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	path := func(spec Spec) string {
		t.Helper()
		q, err := Compile(spec, admin, true, fixNow, nil)
		if err != nil {
			t.Fatal(err)
		}
		p, err := q.access(ctx, f.s.Reader())
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	// Without the covering report indexes (migration 0014) first.
	if err := f.s.Write(ctx, func(tx *store.Tx) error {
		_, err := tx.ExecContext(ctx, `DROP INDEX deals_report_outcome_stage; DROP INDEX deals_report_outcome_closed`)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	pipeline := mustBuiltIn(t, "pipeline-by-stage")
	today := Spec{Entity: "deals", Format: FormatSummary, Filters: []Filter{{Field: "closedAt", Op: OpToday}}}
	own := Spec{Entity: "deals", Format: FormatSummary, Filters: []Filter{{Field: "ownerId", Op: OpEq, Value: "nobody"}}}
	tests := []struct {
		name string
		spec Spec
		want string
	}{
		{"unselective: one read of the table", pipeline, " NOT INDEXED"},
		{"no usable term", Spec{Entity: "deals", Format: FormatSummary, Groups: []Group{{Field: "region"}}, Aggregates: []Aggregate{{Func: AggSum, Field: "amount"}}}, " NOT INDEXED"},
		{"a list index covers a count", Spec{Entity: "deals", Format: FormatSummary, Groups: []Group{{Field: "region"}}}, " INDEXED BY deals_live_region"},
		{"selective date range", today, " INDEXED BY deals_live_closed_at"},
		{"selective owner", own, " INDEXED BY deals_live_owner"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := path(tc.spec); got != tc.want {
				t.Errorf("path %q, want %q", got, tc.want)
			}
		})
	}
	// A report index covering the pipeline (migration 0014's) is used.
	if err := f.s.Write(ctx, func(tx *store.Tx) error {
		_, err := tx.ExecContext(ctx, `CREATE INDEX deals_report_outcome_stage ON deals(deleted_at, outcome, stage_id, amount, owner_id, team_id)`)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if got := path(pipeline); got != " INDEXED BY deals_report_outcome_stage" {
		t.Errorf("pipeline with a report index: %q", got)
	}
	for _, tc := range tests[3:] { // still the selective list index: the report index does not cover them
		if got := path(tc.spec); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestAccessPathSameResult runs every grouped built-in and the test specs
// through each path: the results must not differ.
func TestAccessPathSameResult(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	specs := []Spec{summarySpec}
	for _, b := range BuiltIns() {
		specs = append(specs, b.Spec)
	}
	specs = append(specs,
		Spec{Entity: "deals", Format: FormatSummary, Filters: []Filter{{Field: "closedAt", Op: OpLastNDays, N: 30}}, Groups: []Group{{Field: "owner.name"}}},
		Spec{Entity: "deals", Format: FormatMatrix, Groups: []Group{{Field: "stage.name"}, {Field: "team.name"}},
			Filters: []Filter{{Field: "stage.name", Op: OpNe, Value: "Proposal"}}, Aggregates: []Aggregate{{Func: AggAvg, Field: "amount"}}})
	for i, spec := range specs {
		q, err := Compile(spec, salesRep("u1"), true, fixNow, time.FixedZone("CET", 3600))
		if err != nil {
			t.Fatal(err)
		}
		var want string
		for _, p := range []string{"", " NOT INDEXED"} {
			q.pathOverride = p
			if p == "" {
				q.pathOverride = " " // the planner's choice
			}
			if q.prev != nil {
				q.prev.pathOverride = q.pathOverride
			}
			res, err := Run(ctx, f.s.Reader(), q)
			if err != nil {
				t.Fatalf("spec %d path %q: %v", i, p, err)
			}
			j, _ := json.Marshal(res)
			got := string(j)
			if want == "" {
				want = got
			} else if got != want {
				t.Errorf("spec %d: path %q gives %s, want %s", i, p, got, want)
			}
		}
	}
}

// TestLateJoin: a dimension name that only groups is joined after
// grouping by the foreign key; one a filter needs stays inside.
func TestLateJoin(t *testing.T) {
	q, _ := Compile(mustBuiltIn(t, "pipeline-by-stage"), admin, true, fixNow, nil)
	if sql := q.SQL(); !strings.Contains(sql, "GROUP BY k0) x LEFT JOIN stages s ON s.id = x.k0 GROUP BY g0") || strings.Count(sql, "JOIN stages") != 1 {
		t.Errorf("pipeline SQL: %s", sql)
	}
	// Two groups of one late join share it; the joined company keeps its scope.
	f := newFixture(t)
	res := f.run(t, Spec{Entity: "deals", Format: FormatMatrix, Groups: []Group{{Field: "company.region"}, {Field: "company.customerType"}}},
		salesRep("u1"), false, nil)
	// North rep: d1 d2 d7 at Acme (North, customer), d3 at Globex (south team: hidden), d6 without company.
	checkRows(t, res.Rows, [][]any{{"North", "customer", int64(3)}, {nil, nil, int64(2)}})
	q, _ = Compile(Spec{Entity: "deals", Format: FormatSummary, Groups: []Group{{Field: "stage.name"}},
		Filters: []Filter{{Field: "stage.name", Op: OpNe, Value: "Proposal"}}}, admin, true, fixNow, nil)
	if sql := q.SQL(); strings.Contains(sql, ") x") || !strings.Contains(sql, "min(s.sort_order) AS o0") {
		t.Errorf("stage used by a filter: %s", sql)
	}
}
