package report

import (
	"slices"
	"testing"
	"time"
)

// TestRelativeDates runs each relative period at the fixed now (Wednesday
// 2026-03-18) over the tasks' due dates (date field) and their creation
// times (datetime field, 10:00 UTC on the due day): both must agree.
func TestRelativeDates(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		op   string
		n    int
		want []string
	}{
		{OpToday, 0, []string{"t1"}},
		{OpYesterday, 0, []string{"t4"}},
		{OpThisWeek, 0, []string{"t1", "t4", "t9", "t10"}},
		{OpLastWeek, 0, []string{"t5"}},
		{OpThisMonth, 0, []string{"t1", "t2", "t3", "t4", "t5", "t9", "t10"}},
		{OpLastMonth, 0, []string{"t6"}},
		{OpThisQuarter, 0, []string{"t1", "t2", "t3", "t4", "t5", "t6", "t9", "t10"}},
		{OpLastQuarter, 0, []string{"t7"}},
		{OpThisYear, 0, []string{"t1", "t2", "t3", "t4", "t5", "t6", "t8", "t9", "t10"}},
		{OpLastYear, 0, []string{"t7", "t12"}},
		{OpLastNDays, 7, []string{"t1", "t4", "t9"}},
		{OpLastNDays, 1, []string{"t1"}},
		{OpNextNDays, 7, []string{"t1", "t2", "t10"}},
		{OpNextNDays, 8, []string{"t1", "t2", "t3", "t10"}},
	}
	for _, tc := range tests {
		for _, field := range []string{"due", "createdAt"} {
			t.Run(tc.op+"/"+field, func(t *testing.T) {
				got := f.ids(t, Spec{Entity: "tasks", Filters: []Filter{{Field: field, Op: tc.op, N: tc.n}}}, admin)
				if !slices.Equal(got, tc.want) {
					t.Errorf("got %v, want %v", got, tc.want)
				}
			})
		}
	}
}

// TestPeriods checks each relative span and the period before it.
func TestPeriods(t *testing.T) {
	c := newClock(fixNow, nil)
	tests := []struct {
		op                         string
		n                          int
		from, to, prevFrom, prevTo string
	}{
		{OpToday, 0, "2026-03-18", "2026-03-18", "2026-03-17", "2026-03-17"},
		{OpYesterday, 0, "2026-03-17", "2026-03-17", "2026-03-16", "2026-03-16"},
		{OpThisWeek, 0, "2026-03-16", "2026-03-22", "2026-03-09", "2026-03-15"},
		{OpLastWeek, 0, "2026-03-09", "2026-03-15", "2026-03-02", "2026-03-08"},
		{OpThisMonth, 0, "2026-03-01", "2026-03-31", "2026-02-01", "2026-02-28"},
		{OpLastMonth, 0, "2026-02-01", "2026-02-28", "2026-01-01", "2026-01-31"},
		{OpThisQuarter, 0, "2026-01-01", "2026-03-31", "2025-10-01", "2025-12-31"},
		{OpLastQuarter, 0, "2025-10-01", "2025-12-31", "2025-07-01", "2025-09-30"},
		{OpThisYear, 0, "2026-01-01", "2026-12-31", "2025-01-01", "2025-12-31"},
		{OpLastYear, 0, "2025-01-01", "2025-12-31", "2024-01-01", "2024-12-31"},
		{OpLastNDays, 30, "2026-02-17", "2026-03-18", "2026-01-18", "2026-02-16"},
		{OpNextNDays, 10, "2026-03-18", "2026-03-27", "2026-03-08", "2026-03-17"},
	}
	for _, tc := range tests {
		t.Run(tc.op, func(t *testing.T) {
			s, ok := c.relative(tc.op, tc.n)
			if !ok {
				t.Fatal("not relative")
			}
			got, prev := s.period(), s.previous().period()
			if *got != (Period{tc.from, tc.to}) || *prev != (Period{tc.prevFrom, tc.prevTo}) {
				t.Errorf("got %v prev %v, want %s..%s prev %s..%s", got, prev, tc.from, tc.to, tc.prevFrom, tc.prevTo)
			}
		})
	}
	// The week starts on Monday even on a Sunday.
	sunday := newClock(time.Date(2026, 3, 22, 23, 0, 0, 0, time.UTC), nil)
	if s, _ := sunday.relative(OpThisWeek, 0); s.period().From != "2026-03-16" {
		t.Errorf("this week on a Sunday starts %s, want 2026-03-16", s.period().From)
	}
	// A viewer east of UTC is already in tomorrow.
	tokyo := newClock(time.Date(2026, 3, 18, 20, 0, 0, 0, time.UTC), time.FixedZone("JST", 9*3600))
	if s, _ := tokyo.relative(OpToday, 0); s.period().From != "2026-03-19" {
		t.Errorf("today in Tokyo at 20:00 UTC is %s, want 2026-03-19", s.period().From)
	}
}

// TestCompare: previousPeriod runs the same spec over the period before
// the period filter and returns both; a between range shifts by its length.
func TestCompare(t *testing.T) {
	f := newFixture(t)
	won := Filter{Field: "outcome", Op: OpEq, Value: "won"}
	tests := []struct {
		name           string
		period         Filter
		cur, prev      []any
		curFrom, prevF string
	}{
		{"this month vs last month", Filter{Field: "closedAt", Op: OpThisMonth}, []any{3500.0, int64(2)}, []any{4000.0, int64(1)}, "2026-03-01", "2026-02-01"},
		{"between shifts by its length", Filter{Field: "closedAt", Op: OpBetween, Values: []any{"2026-03-01", "2026-03-31"}},
			[]any{3500.0, int64(2)}, []any{4000.0, int64(1)}, "2026-03-01", "2026-01-29"},
		{"last 7 days vs the 7 before", Filter{Field: "closedAt", Op: OpLastNDays, N: 7}, []any{500.0, int64(1)}, []any{nil, int64(0)}, "2026-03-12", "2026-03-05"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			spec := Spec{Entity: "deals", Format: FormatSummary, Compare: ComparePrevious, Filters: []Filter{won, tc.period},
				Aggregates: []Aggregate{{Func: AggSum, Field: "amount"}, {Func: AggCount}}}
			res := f.run(t, spec, admin, true, nil)
			if res.Previous == nil {
				t.Fatal("no previous result")
			}
			if !slices.Equal(res.Total, tc.cur) || !slices.Equal(res.Previous.Total, tc.prev) {
				t.Errorf("totals %v / previous %v, want %v / %v", res.Total, res.Previous.Total, tc.cur, tc.prev)
			}
			if res.Period.From != tc.curFrom || res.Previous.Period.From != tc.prevF {
				t.Errorf("periods %v / %v, want from %s / %s", res.Period, res.Previous.Period, tc.curFrom, tc.prevF)
			}
		})
	}
	_, err := Compile(Spec{Entity: "deals", Format: FormatSummary, Compare: ComparePrevious, Filters: []Filter{won}}, admin, true, fixNow, nil)
	wantInvalid(t, err, "compare")
}
