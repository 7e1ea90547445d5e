package service_test

import (
	"testing"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/report"
	"fieldvault/backend/service"
)

// The dashboard's date range replaces each widget's period filter, or
// applies to the entity's default date, with values computed by hand from
// the fixture (clock 2026-03-02; won deals closed 2026-01-15 (50),
// 2026-02-10 (1000), 2026-03-01 (500), 2026-03-02 (2000)).
func TestDashboardDateRange(t *testing.T) {
	w := newDashWorld(t)
	w.as(t, "admin")
	for _, at := range []string{"2026-02-20T10:00:00Z", "2026-03-01T10:00:00Z"} {
		w.create(t, "activities", "admin", map[string]any{"kind": "call", "subject": "Call", "at": at})
	}
	for _, name := range []string{"Ada", "Bo"} {
		w.create(t, "leads", "admin", map[string]any{"lastName": name})
	}
	leads := report.Spec{Entity: "leads", Format: report.FormatSummary}
	acts := report.Spec{Entity: "activities", Format: report.FormatSummary}
	d, err := w.dash.Save(service.DashboardSaveRequest{Name: "Ranges", Sharing: "private", Widgets: []service.Widget{
		{ID: "won", Type: "kpi", Title: "Won deals", Report: "builtin:trend-won-revenue", W: 3, H: 2, Options: service.WidgetOptions{Aggregate: "deals"}},
		{ID: "revenue", Type: "kpi", Title: "Won revenue", Report: "builtin:trend-won-revenue", X: 3, W: 3, H: 2, Options: service.WidgetOptions{Aggregate: "revenue", Target: new(5000.0)}},
		{ID: "leads", Type: "kpi", Title: "Leads", Spec: &leads, X: 6, W: 3, H: 2},
		{ID: "acts", Type: "kpi", Title: "Activities", Spec: &acts, X: 9, W: 3, H: 2},
		{ID: "owners", Type: "bar", Title: "By owner", Report: "builtin:sales-by-owner", Y: 2, W: 6, H: 4, Options: service.WidgetOptions{DateField: "closedAt"}},
		{ID: "open", Type: "kpi", Title: "Open", Spec: &openDeals, X: 6, Y: 2, W: 3, H: 2, Options: service.WidgetOptions{IgnoreDateRange: true}},
	}})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name       string
		f          service.DashboardFilters
		won        int64
		revenue    any
		percent    any
		leads      int64
		acts       int64
		ownerDeals int64 // sales-by-owner total deals (closed in range, or all 8)
		ownerRev   any
		period     *report.Period
	}{
		{"none: each widget's own period", service.DashboardFilters{}, 2, 2500.0, 50.0, 2, 2, 8, 3550.0, nil},
		{"this month", service.DashboardFilters{DateRange: "thisMonth"}, 2, 2500.0, 50.0, 2, 1, 2, 2500.0, &report.Period{From: "2026-03-01", To: "2026-03-31"}},
		{"last month", service.DashboardFilters{DateRange: "lastMonth"}, 1, 1000.0, 20.0, 0, 1, 1, 1000.0, &report.Period{From: "2026-02-01", To: "2026-02-28"}},
		{"this quarter", service.DashboardFilters{DateRange: "thisQuarter"}, 4, 3550.0, 71.0, 2, 2, 4, 3550.0, &report.Period{From: "2026-01-01", To: "2026-03-31"}},
		{"last quarter", service.DashboardFilters{DateRange: "lastQuarter"}, 0, nil, nil, 0, 0, 0, nil, &report.Period{From: "2025-10-01", To: "2025-12-31"}},
		{"last 7 days", service.DashboardFilters{DateRange: "last7Days"}, 2, 2500.0, 50.0, 2, 1, 2, 2500.0, &report.Period{From: "2026-02-24", To: "2026-03-02"}},
		{"custom", service.DashboardFilters{DateRange: "custom", From: "2026-02-01", To: "2026-03-01"}, 2, 1500.0, 30.0, 0, 2, 2, 1500.0, &report.Period{From: "2026-02-01", To: "2026-03-01"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data, err := w.dash.Data(d.ID, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]service.WidgetData{}
			for _, wd := range data.Widgets {
				got[wd.ID] = wd
			}
			if v := kpiValue(t, got["won"]); v != tc.won {
				t.Errorf("won = %v, want %d", v, tc.won)
			}
			if v := kpiValue(t, got["revenue"]); v != tc.revenue || got["revenue"].KPI.Percent != tc.percent {
				t.Errorf("revenue = %v (%v%%), want %v (%v%%)", v, got["revenue"].KPI.Percent, tc.revenue, tc.percent)
			}
			if v := kpiValue(t, got["leads"]); v != tc.leads {
				t.Errorf("leads = %v, want %d", v, tc.leads)
			}
			if v := kpiValue(t, got["acts"]); v != tc.acts {
				t.Errorf("activities = %v, want %d", v, tc.acts)
			}
			if v := kpiValue(t, got["open"]); v != int64(4) {
				t.Errorf("open (ignores the range) = %v, want 4", v)
			}
			o := got["owners"]
			if o.Error != nil || o.Result.Total[1] != tc.ownerDeals || o.Result.Total[0] != tc.ownerRev {
				t.Errorf("by owner = %+v %v, want deals %d revenue %v", o.Error, o.Result.Total, tc.ownerDeals, tc.ownerRev)
			}
			switch {
			case tc.period == nil && data.Period != nil, tc.period != nil && (data.Period == nil || *data.Period != *tc.period):
				t.Errorf("period = %+v, want %+v", data.Period, tc.period)
			}
		})
	}
	t.Run("the previous period follows the range", func(t *testing.T) {
		data := w.data(t, d.ID, service.DashboardFilters{DateRange: "lastMonth"})
		if p := data["won"].KPI.Previous; p != int64(1) { // January
			t.Fatalf("previous = %v, want 1", p)
		}
	})
	t.Run("a month later", func(t *testing.T) {
		w.clock.Advance(40 * 24 * time.Hour) // 2026-04-11
		w.as(t, "admin")
		w.create(t, "leads", "admin", map[string]any{"lastName": "Cy"})
		for rng, want := range map[string]int64{"thisMonth": 1, "lastMonth": 2, "last90Days": 3} {
			if v := kpiValue(t, w.data(t, d.ID, service.DashboardFilters{DateRange: rng})["leads"]); v != want {
				t.Errorf("%s: leads = %v, want %d", rng, v, want)
			}
		}
	})
	t.Run("bad filters", func(t *testing.T) {
		for f, field := range map[service.DashboardFilters]string{
			{DateRange: "nextWeek"}:                           "filters.dateRange",
			{DateRange: "custom", From: "2026-13-01"}:         "filters.from",
			{DateRange: "custom", From: "2026-01-01", To: ""}: "filters.to",
			{TeamID: "a b"}:                                   "filters.teamId",
		} {
			_, err := w.dash.Data(d.ID, f)
			if _, ok := apperr.ToPayload(err).Fields[field]; !apperr.Is(err, apperr.CodeInvalid) || !ok {
				t.Errorf("%+v: %v, want invalid %s", f, err, field)
			}
		}
	})
	t.Run("team filter", func(t *testing.T) {
		got := w.data(t, d.ID, service.DashboardFilters{TeamID: w.south})
		if v := kpiValue(t, got["open"]); v != int64(1) {
			t.Fatalf("open in South = %v, want 1", v)
		}
	})
}

// KPI targets: progress via report.EvalKPI within each viewer's scope;
// targets of other teams are invisible; a KPI widget shows a target.
func TestDashboardKPITargets(t *testing.T) {
	w := newDashWorld(t)
	w.as(t, "sales_manager")
	monthly, err := w.dash.SaveTarget(service.KPITargetSaveRequest{Name: "Monthly revenue", Report: "builtin:trend-won-revenue",
		Aggregate: "revenue", Period: "month", TeamID: w.south, Target: 4000})
	if err != nil {
		t.Fatal(err)
	}
	quarterly, err := w.dash.SaveTarget(service.KPITargetSaveRequest{Name: "Quarterly deals", Report: "builtin:trend-won-revenue",
		Aggregate: "deals", Period: "quarter", Target: 8})
	if err != nil {
		t.Fatal(err)
	}
	progress := func(t *testing.T) map[string]service.KPITarget {
		t.Helper()
		list, err := w.dash.Targets()
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]service.KPITarget{}
		for _, k := range list {
			out[k.Name] = k
		}
		return out
	}
	cases := []struct {
		user  string
		name  string
		value any
		pct   any
		seen  bool
	}{
		{"sales_manager", "Monthly revenue", 2000.0, 50.0, true},   // South won this month
		{"sales_manager", "Quarterly deals", int64(1), 12.5, true}, // South's won deals this quarter
		{"admin", "Monthly revenue", 2000.0, 50.0, true},           // the team filter holds for everyone
		{"admin", "Quarterly deals", int64(4), 50.0, true},
		{"marketing_manager", "Monthly revenue", nil, nil, false}, // South's target: not visible in North
		{"marketing_manager", "Quarterly deals", int64(4), 50.0, true},
	}
	for _, tc := range cases {
		t.Run(tc.user+" "+tc.name, func(t *testing.T) {
			w.as(t, tc.user)
			k, ok := progress(t)[tc.name]
			if ok != tc.seen {
				t.Fatalf("visible = %v, want %v", ok, tc.seen)
			}
			if !ok {
				return
			}
			if k.Progress == nil || k.Progress.Value != tc.value || k.Progress.Percent != tc.pct {
				t.Fatalf("progress = %+v (%s), want %v (%v%%)", k.Progress, k.Problem, tc.value, tc.pct)
			}
		})
	}
	t.Run("a KPI widget shows a target", func(t *testing.T) {
		w.as(t, "sales_manager")
		d, err := w.dash.Save(service.DashboardSaveRequest{Name: "Targets", Sharing: "private", Widgets: []service.Widget{
			{ID: "t", Type: "kpi", Title: "Revenue vs target", W: 3, H: 2, Options: service.WidgetOptions{TargetID: monthly.ID}}}})
		if err != nil {
			t.Fatal(err)
		}
		k := w.data(t, d.ID, service.DashboardFilters{DateRange: "lastYear"})["t"].KPI
		if k == nil || k.Value != 2000.0 || k.Percent != 50.0 || k.TargetName != "Monthly revenue" || *k.Target != 4000 ||
			k.Period.From != "2026-03-01" {
			t.Fatalf("kpi = %+v", k)
		}
	})
	t.Run("validation and rights", func(t *testing.T) {
		good := service.KPITargetSaveRequest{Name: "X", Report: "builtin:trend-won-revenue", Aggregate: "deals", Period: "month", Target: 1}
		bad := []struct {
			user  string
			mut   func(r *service.KPITargetSaveRequest)
			code  apperr.Code
			field string
		}{
			{"sales_manager", func(r *service.KPITargetSaveRequest) { r.Period = "week" }, apperr.CodeInvalid, "period"},
			{"sales_manager", func(r *service.KPITargetSaveRequest) { r.TeamID = w.north }, apperr.CodeInvalid, "teamId"},
			{"sales_manager", func(r *service.KPITargetSaveRequest) { r.Aggregate = "nope" }, apperr.CodeInvalid, "aggregate"},
			{"sales_manager", func(r *service.KPITargetSaveRequest) { r.Report = "builtin:nope" }, apperr.CodeInvalid, "report"},
			{"sales_manager", func(r *service.KPITargetSaveRequest) { r.Name = "Monthly revenue"; r.TeamID = w.south }, apperr.CodeConflict, ""},
			{"marketing_manager", func(r *service.KPITargetSaveRequest) { r.Aggregate = "revenue" }, apperr.CodeInvalid, "report"}, // amounts
			{"sales_rep", func(*service.KPITargetSaveRequest) {}, apperr.CodeForbidden, ""},
			{"marketing_manager", func(r *service.KPITargetSaveRequest) { r.ID = monthly.ID }, apperr.CodeNotFound, ""},
			{"marketing_manager", func(r *service.KPITargetSaveRequest) { r.ID = quarterly.ID }, apperr.CodeForbidden, ""},
		}
		for i, b := range bad {
			w.as(t, b.user)
			req := good
			b.mut(&req)
			_, err := w.dash.SaveTarget(req)
			if !apperr.Is(err, b.code) {
				t.Errorf("%d %s: got %v, want %s", i, b.user, err, b.code)
				continue
			}
			if _, ok := apperr.ToPayload(err).Fields[b.field]; b.field != "" && !ok {
				t.Errorf("%d: fields %v, want %s", i, apperr.ToPayload(err).Fields, b.field)
			}
		}
		w.as(t, "marketing_manager")
		if err := w.dash.DeleteTarget(monthly.ID); !apperr.Is(err, apperr.CodeNotFound) {
			t.Fatalf("another team's target: %v", err)
		}
		w.as(t, "admin")
		if err := w.dash.DeleteTarget(monthly.ID); err != nil {
			t.Fatal(err)
		}
		if w.auditCount(t, "kpi_target.save", "success") != 2 || w.auditCount(t, "kpi_target.delete", "success") != 1 {
			t.Fatal("target changes are not audited")
		}
	})
}
