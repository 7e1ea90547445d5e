package report

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/rbac"
)

// TestScope: the pipeline counts only what the viewer may read.
func TestScope(t *testing.T) {
	f := newFixture(t)
	pipeline := Spec{Entity: "deals", Format: FormatSummary, Aggregates: []Aggregate{{Func: AggCount}}}
	tests := []struct {
		name  string
		actor rbac.Actor
		ids   []string
	}{
		{"all", admin, []string{"d1", "d2", "d3", "d4", "d5", "d6", "d7"}},
		{"own (u1)", ownRep, []string{"d1", "d2", "d6"}},
		{"team north (Sales Rep u1)", salesRep("u1"), []string{"d1", "d2", "d3", "d6", "d7"}},
		{"team, no user id", rbac.Actor{TeamIDs: []string{"south"}, Grants: salesRep("").Grants}, []string{"d4", "d5"}},
		{"own, no user id", rbac.Actor{Grants: ownRep.Grants}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := f.ids(t, Spec{Entity: "deals"}, tc.actor); !slices.Equal(got, tc.ids) && len(got)+len(tc.ids) > 0 {
				t.Errorf("tabular ids %v, want %v", got, tc.ids)
			}
			res := f.run(t, pipeline, tc.actor, false, nil)
			if res.Total[0] != int64(len(tc.ids)) {
				t.Errorf("count %v, want %d", res.Total[0], len(tc.ids))
			}
		})
	}
	// No read scope at all is forbidden, not an empty report.
	_, err := Compile(pipeline, rbac.Actor{UserID: "u9"}, true, fixNow, nil)
	if apperr.CodeOf(err) != apperr.CodeForbidden {
		t.Errorf("no scope: %v, want forbidden", err)
	}
}

// TestJoinScope: a joined record outside the viewer's scope reads as empty.
func TestJoinScope(t *testing.T) {
	f := newFixture(t)
	spec := Spec{Entity: "deals", Columns: []string{"name", "company.name", "company.region"}, Filters: []Filter{{Field: "id", Op: OpEq, Value: "d3"}}}
	if got := f.run(t, spec, admin, true, nil).Rows; len(got) != 1 || got[0][1] != "Globex" {
		t.Errorf("admin: %v, want Globex", got)
	}
	// d3 is team north's deal at c2, a company of team south.
	if got := f.run(t, spec, salesRep("u1"), false, nil).Rows; len(got) != 1 || got[0][1] != "" || got[0][2] != "" {
		t.Errorf("north rep: %v, want the company blank", got)
	}
	// Grouping by the joined field puts it in the empty group.
	g := Spec{Entity: "deals", Format: FormatSummary, Groups: []Group{{Field: "company.name"}}}
	rows := f.run(t, g, salesRep("u1"), false, nil).Rows
	want := [][]any{{"Acme", int64(3)}, {nil, int64(2)}} // d1 d2 d7 at Acme; d3 (hidden company), d6 (none)
	checkRows(t, rows, want)
	// A lead's converted deal outside the viewer's deal scope reads as empty.
	leadsOnly := rbac.Actor{UserID: "u3", Grants: rbac.Grants{Scopes: map[rbac.Entity]map[rbac.Action]rbac.Scope{
		rbac.EntityLeads: {rbac.ActionRead: rbac.ScopeAll}}}}
	res := f.run(t, Spec{Entity: "leads", Format: FormatSummary, Groups: []Group{{Field: "deal.outcome"}}}, leadsOnly, true, nil)
	checkRows(t, res.Rows, [][]any{{nil, int64(5)}})
}

// TestSensitiveRefused: a sensitive field anywhere in a spec is refused
// for a viewer without sensitive.view, naming the part; with it, allowed.
func TestSensitiveRefused(t *testing.T) {
	amount := []Aggregate{{Func: AggSum, Field: "amount"}}
	tests := []struct {
		name string
		spec Spec
		part string
	}{
		{"column", Spec{Entity: "deals", Columns: []string{"name", "amount"}}, "columns[1]"},
		{"filter", Spec{Entity: "deals", Columns: []string{"name"}, Filters: []Filter{{Field: "amount", Op: OpGt, Value: 1000}}}, "filters[0].field"},
		{"isEmpty filter", Spec{Entity: "deals", Columns: []string{"name"}, Filters: []Filter{{Field: "amount", Op: OpIsEmpty}}}, "filters[0].field"},
		{"tabular sort", Spec{Entity: "deals", Columns: []string{"name"}, Sort: []SortKey{{Key: "amount"}}}, "sort[0].key"},
		{"aggregate", Spec{Entity: "deals", Format: FormatSummary, Aggregates: amount}, "aggregates[0].field"},
		{"min aggregate", Spec{Entity: "deals", Format: FormatSummary, Aggregates: []Aggregate{{Func: AggMin, Field: "amount"}}}, "aggregates[0].field"},
		{"aggregate condition", Spec{Entity: "deals", Format: FormatSummary,
			Aggregates: []Aggregate{{Func: AggCount, Where: []Filter{{Field: "amount", Op: OpGt, Value: 1}}}}}, "aggregates[0].where[0].field"},
		{"percent denominator", Spec{Entity: "deals", Format: FormatSummary,
			Aggregates: []Aggregate{{Func: AggPercent, Where: []Filter{{Field: "outcome", Op: OpEq, Value: "won"}}, Of: []Filter{{Field: "amount", Op: OpNotEmpty}}}}}, "aggregates[0].of[0].field"},
		{"group", Spec{Entity: "contacts", Format: FormatSummary, Groups: []Group{{Field: "personalPhone"}}}, "groups[0].field"},
		{"summary drill columns", Spec{Entity: "deals", Format: FormatSummary, Columns: []string{"amount"}}, "columns[0]"},
		{"joined sensitive field", Spec{Entity: "leads", Format: FormatSummary, Aggregates: []Aggregate{{Func: AggSum, Field: "deal.amount"}}}, "aggregates[0].field"},
		{"company revenue", Spec{Entity: "companies", Columns: []string{"annualRevenue"}}, "columns[0]"},
		{"built-in pipeline", mustBuiltIn(t, "pipeline-by-stage"), "aggregates[1].field"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Compile(tc.spec, salesRep("u1"), false, fixNow, nil)
			wantInvalid(t, err, tc.part)
			var e *apperr.Error
			if errors.As(err, &e); !strings.Contains(e.Message, "sensitive.view") {
				t.Errorf("message %q does not say why", e.Message)
			}
			if _, err := Compile(tc.spec, salesRep("u1"), true, fixNow, nil); err != nil {
				t.Errorf("with sensitive.view: %v", err)
			}
		})
	}
}

func mustBuiltIn(t *testing.T, key string) Spec {
	t.Helper()
	b, ok := FindBuiltIn(key)
	if !ok {
		t.Fatalf("no built-in %s", key)
	}
	return b.Spec
}
