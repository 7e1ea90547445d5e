package report

import (
	"context"
	"testing"
)

func TestEvalKPI(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name    string
		kpi     KPI
		report  string
		value   any
		percent any
		from    string
	}{
		{"won revenue this month", KPI{Aggregate: "revenue", Period: OpThisMonth, Target: 5000}, "trend-won-revenue", 3500.0, 70.0, "2026-03-01"},
		{"won revenue last month", KPI{Aggregate: "revenue", Period: OpLastMonth, Target: 5000}, "trend-won-revenue", 4000.0, 80.0, "2026-02-01"},
		{"won deals this quarter", KPI{Aggregate: "deals", Period: OpThisQuarter, Target: 2}, "trend-won-revenue", int64(3), 150.0, "2026-01-01"},
		{"nothing yet", KPI{Aggregate: "revenue", Period: OpToday, Target: 100}, "trend-won-revenue", nil, nil, "2026-03-18"},
		{"zero target", KPI{Aggregate: "revenue", Period: OpThisMonth}, "trend-won-revenue", 3500.0, nil, "2026-03-01"},
		{"open deals created this year, named date field", KPI{Aggregate: "deals", Period: OpThisYear, DateField: "createdAt", Target: 4},
			"pipeline-by-stage", int64(3), 75.0, "2026-01-01"},
		{"win rate, last 30 days", KPI{Aggregate: "winRate", Period: OpLastNDays, N: 30, DateField: "closedAt", Target: 50},
			"sales-by-owner", 200.0 / 3, 400.0 / 3, "2026-02-17"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, err := EvalKPI(context.Background(), f.s.Reader(), tc.kpi, mustBuiltIn(t, tc.report), admin, true, fixNow, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !near(v.Value, tc.value) || !near(v.Percent, tc.percent) || v.Period.From != tc.from || v.Target != tc.kpi.Target {
				t.Errorf("got %+v (period %v), want value %v percent %v from %s", v, v.Period, tc.value, tc.percent, tc.from)
			}
		})
	}
	for _, bad := range []struct {
		kpi  KPI
		part string
	}{
		{KPI{Aggregate: "nope", Period: OpThisMonth}, "aggregate"},
		{KPI{Aggregate: "revenue", Period: "eq"}, "period"},
		{KPI{Aggregate: "revenue", Period: OpLastNDays}, "n"},
		{KPI{Aggregate: "revenue", Period: OpThisMonth, DateField: "name"}, "dateField"},
	} {
		_, err := EvalKPI(context.Background(), f.s.Reader(), bad.kpi, mustBuiltIn(t, "trend-won-revenue"), admin, true, fixNow, nil)
		wantInvalid(t, err, bad.part)
	}
	_, err := EvalKPI(context.Background(), f.s.Reader(), KPI{Aggregate: "deals", Period: OpThisMonth}, mustBuiltIn(t, "sales-by-owner"), admin, true, fixNow, nil)
	wantInvalid(t, err, "dateField") // the report has no period filter to take the field from
}
