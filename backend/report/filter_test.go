package report

import (
	"slices"
	"testing"
	"time"
)

// TestFilterOperators runs every operator against the fixture and compares
// the matching record ids (in insertion order) with the hand-known ones.
func TestFilterOperators(t *testing.T) {
	f := newFixture(t)
	all := []string{"d1", "d2", "d3", "d4", "d5", "d6", "d7"}
	tests := []struct {
		name   string
		entity string
		filter Filter
		want   []string
	}{
		{"money eq", "deals", Filter{Field: "amount", Op: OpEq, Value: 1000}, []string{"d1"}},
		{"money ne keeps empty", "deals", Filter{Field: "amount", Op: OpNe, Value: 1000.0}, []string{"d2", "d3", "d4", "d5", "d6", "d7"}},
		{"money lt", "deals", Filter{Field: "amount", Op: OpLt, Value: 1500}, []string{"d1", "d7"}},
		{"money le", "deals", Filter{Field: "amount", Op: OpLe, Value: 1500}, []string{"d1", "d4", "d7"}},
		{"money gt", "deals", Filter{Field: "amount", Op: OpGt, Value: 2500}, []string{"d3", "d5"}},
		{"money ge", "deals", Filter{Field: "amount", Op: OpGe, Value: 2500}, []string{"d2", "d3", "d5"}},
		{"money between", "deals", Filter{Field: "amount", Op: OpBetween, Values: []any{1000, 3000}}, []string{"d1", "d2", "d4", "d5"}},
		{"money in", "deals", Filter{Field: "amount", Op: OpIn, Values: []any{500, 4000.0}}, []string{"d3", "d7"}},
		{"money notIn keeps empty", "deals", Filter{Field: "amount", Op: OpNotIn, Values: []any{500, 4000}}, []string{"d1", "d2", "d4", "d5", "d6"}},
		{"money isEmpty", "deals", Filter{Field: "amount", Op: OpIsEmpty}, []string{"d6"}},
		{"money notEmpty", "deals", Filter{Field: "amount", Op: OpNotEmpty}, []string{"d1", "d2", "d3", "d4", "d5", "d7"}},
		{"enum eq", "deals", Filter{Field: "region", Op: OpEq, Value: "North"}, []string{"d1", "d2", "d7"}},
		{"enum ne keeps empty", "deals", Filter{Field: "region", Op: OpNe, Value: "North"}, []string{"d3", "d4", "d5", "d6"}},
		{"enum in", "deals", Filter{Field: "region", Op: OpIn, Values: []any{"South", "East"}}, []string{"d3", "d4", "d5"}},
		{"enum notIn", "deals", Filter{Field: "region", Op: OpNotIn, Values: []any{"South", "East"}}, []string{"d1", "d2", "d6", "d7"}},
		{"enum isEmpty", "deals", Filter{Field: "region", Op: OpIsEmpty}, []string{"d6"}},
		{"enum notEmpty", "deals", Filter{Field: "region", Op: OpNotEmpty}, []string{"d1", "d2", "d3", "d4", "d5", "d7"}},
		{"text contains, any case", "deals", Filter{Field: "name", Op: OpContains, Value: "ETA"}, []string{"d2", "d7"}},
		{"text startsWith", "deals", Filter{Field: "name", Op: OpStartsWith, Value: "e"}, []string{"d5", "d7"}},
		{"text eq with quotes is data", "deals", Filter{Field: "name", Op: OpEq, Value: "Robert'); DROP TABLE deals;--"}, []string{"d6"}},
		{"text contains % literally", "contacts", Filter{Field: "title", Op: OpContains, Value: "%"}, []string{"ct3"}},
		{"text contains _ literally", "contacts", Filter{Field: "title", Op: OpContains, Value: "_"}, []string{"ct3"}},
		{"text startsWith backslash matches nothing", "contacts", Filter{Field: "title", Op: OpStartsWith, Value: `\`}, nil},
		{"ref eq", "deals", Filter{Field: "companyId", Op: OpEq, Value: "c2"}, []string{"d3", "d4"}},
		{"ref isEmpty", "deals", Filter{Field: "companyId", Op: OpIsEmpty}, []string{"d6"}},
		{"id in", "deals", Filter{Field: "id", Op: OpIn, Values: []any{"d3", "d1", "d8"}}, []string{"d1", "d3"}},
		{"ownerId eq", "deals", Filter{Field: "ownerId", Op: OpEq, Value: "u1"}, []string{"d1", "d2", "d6"}},
		{"date eq", "deals", Filter{Field: "closedAt", Op: OpEq, Value: "2026-03-02"}, []string{"d5"}},
		{"date ne keeps empty", "deals", Filter{Field: "closedAt", Op: OpNe, Value: "2026-03-02"}, []string{"d1", "d2", "d3", "d4", "d6", "d7"}},
		{"date lt skips empty", "deals", Filter{Field: "closedAt", Op: OpLt, Value: "2026-03-02"}, []string{"d3", "d4"}},
		{"date le", "deals", Filter{Field: "closedAt", Op: OpLe, Value: "2026-03-02"}, []string{"d3", "d4", "d5"}},
		{"date gt", "deals", Filter{Field: "closedAt", Op: OpGt, Value: "2026-03-02"}, []string{"d7"}},
		{"date ge", "deals", Filter{Field: "closedAt", Op: OpGe, Value: "2026-03-02"}, []string{"d5", "d7"}},
		{"date between inclusive", "deals", Filter{Field: "closedAt", Op: OpBetween, Values: []any{"2026-02-20", "2026-03-02"}}, []string{"d4", "d5"}},
		{"date isEmpty", "deals", Filter{Field: "closedAt", Op: OpIsEmpty}, []string{"d1", "d2", "d6"}},
		{"date notEmpty", "deals", Filter{Field: "closedAt", Op: OpNotEmpty}, []string{"d3", "d4", "d5", "d7"}},
		{"datetime eq day (UTC)", "deals", Filter{Field: "createdAt", Op: OpEq, Value: "2026-01-20"}, []string{"d2"}},
		{"datetime lt instant", "deals", Filter{Field: "createdAt", Op: OpLt, Value: "2026-02-03T08:00:00Z"}, []string{"d1", "d2"}},
		{"datetime le instant", "deals", Filter{Field: "createdAt", Op: OpLe, Value: "2026-02-03T09:00:00+01:00"}, []string{"d1", "d2", "d3"}},
		{"datetime gt instant", "deals", Filter{Field: "createdAt", Op: OpGt, Value: "2026-02-03T08:00:00Z"}, []string{"d4", "d5", "d6", "d7"}},
		{"datetime ge instant", "deals", Filter{Field: "createdAt", Op: OpGe, Value: "2026-02-03T08:00:00.000Z"}, []string{"d3", "d4", "d5", "d6", "d7"}},
		{"datetime between days", "deals", Filter{Field: "createdAt", Op: OpBetween, Values: []any{"2026-02-01", "2026-02-28"}}, []string{"d3", "d4"}},
		{"datetime eq instant, stored without ms", "activities", Filter{Field: "at", Op: OpEq, Value: "2026-03-16T09:00:00Z"}, []string{"a1"}},
		{"datetime ge instant, stored without ms", "activities", Filter{Field: "at", Op: OpGe, Value: "2026-03-16T09:00:00Z"}, []string{"a1", "a4"}},
		{"datetime lt instant, stored without ms", "activities", Filter{Field: "at", Op: OpLt, Value: "2026-03-16T09:00:00Z"}, []string{"a2", "a3", "a5"}},
		{"datetime le instant, stored without ms", "activities", Filter{Field: "at", Op: OpLe, Value: "2026-03-16T09:00:00Z"}, []string{"a1", "a2", "a3", "a5"}},
		{"datetime gt instant, stored without ms", "activities", Filter{Field: "at", Op: OpGt, Value: "2026-03-16T09:00:00Z"}, []string{"a4"}},
		{"datetime ne instant", "activities", Filter{Field: "at", Op: OpNe, Value: "2026-03-16T09:00:00Z"}, []string{"a2", "a3", "a4", "a5"}},
		{"bool eq", "contacts", Filter{Field: "marketingOptIn", Op: OpEq, Value: true}, []string{"ct1", "ct3"}},
		{"bool ne", "contacts", Filter{Field: "marketingOptIn", Op: OpNe, Value: true}, []string{"ct2"}},
		{"tags contains", "contacts", Filter{Field: "tags", Op: OpContains, Value: "vip"}, []string{"ct1", "ct3"}},
		{"tags contains is exact", "contacts", Filter{Field: "tags", Op: OpContains, Value: "vi"}, nil},
		{"tags isEmpty", "contacts", Filter{Field: "tags", Op: OpIsEmpty}, []string{"ct2"}},
		{"tags notEmpty", "contacts", Filter{Field: "tags", Op: OpNotEmpty}, []string{"ct1", "ct3"}},
		{"joined company field", "deals", Filter{Field: "company.region", Op: OpEq, Value: "South"}, []string{"d3", "d4"}},
		{"joined missing company reads empty", "deals", Filter{Field: "company.name", Op: OpIsEmpty}, []string{"d6"}},
		{"owner name falls back to username", "deals", Filter{Field: "owner.name", Op: OpEq, Value: "carol"}, []string{"d4", "d5"}},
		{"team name", "deals", Filter{Field: "team.name", Op: OpEq, Value: "South team"}, []string{"d4", "d5"}},
		{"stage name", "deals", Filter{Field: "stage.name", Op: OpEq, Value: "Proposal"}, []string{"d2"}},
		{"lead's converted deal", "leads", Filter{Field: "deal.outcome", Op: OpEq, Value: "won"}, []string{"l1", "l2"}},
		{"deal's lead campaign", "deals", Filter{Field: "lead.campaign", Op: OpEq, Value: "Spring 2026"}, []string{"d3", "d5"}},
		{"no filter, trashed d8 never counts", "deals", Filter{Field: "amount", Op: OpLt, Value: 1e9}, []string{"d1", "d2", "d3", "d4", "d5", "d7"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := f.ids(t, Spec{Entity: tc.entity, Filters: []Filter{tc.filter}}, admin)
			if !slices.Equal(got, tc.want) && !(len(got) == 0 && len(tc.want) == 0) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
	if got := f.ids(t, Spec{Entity: "deals"}, admin); !slices.Equal(got, all) {
		t.Errorf("unfiltered: got %v, want %v", got, all)
	}
}

// TestFilterInViewerZone: a date-only value for a datetime field is the
// viewer's local day.
func TestFilterInViewerZone(t *testing.T) {
	f := newFixture(t)
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no tzdata:", err)
	}
	spec := Spec{Entity: "deals", Columns: []string{"id"}, Filters: []Filter{{Field: "createdAt", Op: OpEq, Value: "2026-01-21"}}}
	if got := f.run(t, spec, admin, true, berlin).RowIDs; !slices.Equal(got, []string{"d2"}) {
		t.Errorf("Berlin 2026-01-21: got %v, want [d2] (created 23:30 UTC the day before)", got)
	}
	if got := f.run(t, spec, admin, true, nil).RowIDs; len(got) != 0 {
		t.Errorf("UTC 2026-01-21: got %v, want none", got)
	}
}

// TestFilterRefusals: operands and operators that do not fit are refused,
// naming the spec part.
func TestFilterRefusals(t *testing.T) {
	long := string(make([]byte, MaxValueBytes+1))
	tests := []struct {
		name   string
		filter Filter
		part   string
	}{
		{"unknown field", Filter{Field: "nope", Op: OpEq, Value: "x"}, "filters[0].field"},
		{"refs field has no column", Filter{Field: "contactIds", Op: OpContains, Value: "x"}, "filters[0].field"},
		{"unknown op", Filter{Field: "region", Op: "like", Value: "x"}, "filters[0].op"},
		{"op of another type", Filter{Field: "region", Op: OpLt, Value: "x"}, "filters[0].op"},
		{"relative op on text", Filter{Field: "name", Op: OpToday}, "filters[0].op"},
		{"text for money", Filter{Field: "amount", Op: OpEq, Value: "1000"}, "filters[0].value"},
		{"number for text", Filter{Field: "name", Op: OpEq, Value: 5}, "filters[0].value"},
		{"oversize text", Filter{Field: "name", Op: OpEq, Value: long}, "filters[0].value"},
		{"huge number", Filter{Field: "amount", Op: OpGt, Value: 1e300}, "filters[0].value"},
		{"bad date", Filter{Field: "closedAt", Op: OpEq, Value: "2026-02-30"}, "filters[0].value"},
		{"instant for a date field", Filter{Field: "closedAt", Op: OpEq, Value: "2026-02-03T08:00:00Z"}, "filters[0].value"},
		{"string for bool", Filter{Field: "outcome", Op: OpEq, Value: true}, "filters[0].value"},
		{"empty in", Filter{Field: "region", Op: OpIn}, "filters[0].values"},
		{"too many in", Filter{Field: "region", Op: OpIn, Values: make([]any, MaxInValues+1)}, "filters[0].values"},
		{"nil in value", Filter{Field: "region", Op: OpIn, Values: []any{nil}}, "filters[0].values[0]"},
		{"between one value", Filter{Field: "amount", Op: OpBetween, Values: []any{1}}, "filters[0].values"},
		{"between reversed", Filter{Field: "amount", Op: OpBetween, Values: []any{5, 1}}, "filters[0].values"},
		{"between dates reversed", Filter{Field: "closedAt", Op: OpBetween, Values: []any{"2026-03-02", "2026-03-01"}}, "filters[0].values"},
		{"lastNDays without n", Filter{Field: "closedAt", Op: OpLastNDays}, "filters[0].n"},
		{"nextNDays too far", Filter{Field: "closedAt", Op: OpNextNDays, N: MaxDays + 1}, "filters[0].n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Compile(Spec{Entity: "deals", Columns: []string{"name"}, Filters: []Filter{tc.filter}}, admin, true, fixNow, nil)
			wantInvalid(t, err, tc.part)
		})
	}
}
