package report

import (
	"testing"

	"fieldvault/backend/rbac"
)

func TestBuiltIns(t *testing.T) {
	f := newFixture(t)
	seen := map[string]bool{}
	for _, b := range BuiltIns() {
		if b.Key == "" || b.Title == "" || seen[b.Key] {
			t.Errorf("built-in %q: empty or repeated key or title", b.Key)
		}
		seen[b.Key] = true
		f.run(t, b.Spec, admin, true, nil)
	}
	for _, k := range []string{"sales-by-owner", "sales-by-team", "pipeline-by-stage", "won-lost-by-month", "lead-conversion-by-source",
		"lead-conversion-by-campaign", "customer-interactions", "campaign-effectiveness", "revenue-by-region", "revenue-by-product",
		"revenue-by-customer-type", "trend-won-revenue"} {
		if !seen[k] {
			t.Errorf("missing built-in %s", k)
		}
	}
	// Copies: changing one does not change the next call's.
	b := BuiltIns()
	b[0].Spec.Aggregates[0].Where[0].Value = "lost"
	if BuiltIns()[0].Spec.Aggregates[0].Where[0].Value != "won" {
		t.Error("BuiltIns shares its specs")
	}
}

// TestBuiltInValues checks the business numbers of the built-ins against
// the fixture by hand.
func TestBuiltInValues(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		key   string
		actor rbac.Actor
		rows  [][]any
		total []any
	}{
		// Alice: 3 open; Bob: d3 4000 + d7 500 won; carol: d5 3000 won, d4 lost.
		{"sales-by-owner", admin, [][]any{{"Bob", 4500.0, int64(2), int64(2), 100.0}, {"carol", 3000.0, int64(2), int64(1), 50.0}, {"Alice", nil, int64(3), int64(0), nil}},
			[]any{7500.0, int64(7), int64(3), 75.0}},
		{"sales-by-team", admin, [][]any{{"North team", 4500.0, int64(5), int64(2), 100.0}, {"South team", 3000.0, int64(2), int64(1), 50.0}},
			[]any{7500.0, int64(7), int64(3), 75.0}},
		{"pipeline-by-stage", admin, [][]any{{"Prospecting", int64(1), 1000.0}, {"Proposal", int64(1), 2500.0}, {"Negotiation", int64(1), nil}},
			[]any{int64(3), 3500.0}},
		{"pipeline-by-stage", ownRep, [][]any{{"Prospecting", int64(1), 1000.0}, {"Proposal", int64(1), 2500.0}, {"Negotiation", int64(1), nil}},
			[]any{int64(3), 3500.0}},
		{"lead-conversion-by-source", admin, [][]any{{"Event", int64(1), int64(1), 100.0}, {"Referral", int64(1), int64(1), 100.0}, {"Website", int64(3), int64(1), 100.0 / 3}},
			[]any{int64(5), int64(3), 60.0}},
		{"lead-conversion-by-campaign", admin, [][]any{{"Fair 2026", int64(1), int64(1), 100.0}, {"Spring 2026", int64(3), int64(2), 200.0 / 3}, {nil, int64(1), int64(0), 0.0}},
			[]any{int64(5), int64(3), 60.0}},
		// Spring: l1 → d3 won 4000, l2 → d5 won 3000, l3 none; Fair: l4 → d1 open.
		{"campaign-effectiveness", admin, [][]any{{"Spring 2026", int64(3), int64(2), 200.0 / 3, int64(2), 7000.0}, {"Fair 2026", int64(1), int64(1), 100.0, int64(0), nil}},
			[]any{int64(4), int64(3), 75.0, int64(2), 7000.0}},
		{"revenue-by-customer-type", admin, [][]any{{"prospect", 4000.0, int64(1)}, {"partner", 3000.0, int64(1)}, {"customer", 500.0, int64(1)}},
			[]any{7500.0, int64(3)}},
		{"trend-won-revenue", admin, [][]any{{3500.0, int64(2)}}, []any{3500.0, int64(2)}},
	}
	for _, tc := range tests {
		t.Run(tc.key, func(t *testing.T) {
			res := f.run(t, mustBuiltIn(t, tc.key), tc.actor, true, nil)
			checkRows(t, res.Rows, tc.rows)
			if !nearAll(res.Total, tc.total) {
				t.Errorf("total %v, want %v", res.Total, tc.total)
			}
		})
	}
	// The Sales Representative (no sensitive.view) still gets the counts.
	res := f.run(t, Spec{Entity: "deals", Format: FormatSummary, Filters: []Filter{{Field: "outcome", Op: OpEq, Value: "open"}},
		Groups: []Group{{Field: "stage.name"}}}, salesRep("u1"), false, nil)
	checkRows(t, res.Rows, [][]any{{"Prospecting", int64(1)}, {"Proposal", int64(1)}, {"Negotiation", int64(1)}})
}
