package service_test

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/report"
	"fieldvault/backend/service"
)

type dashWorld struct {
	*crm
	dash *service.DashboardService
}

// newDashWorld: deals of the Sales Rep and the Marketing Manager (North),
// the Sales Manager (South) and the admin (no team), open and won; the
// clock stands at 2026-03-02. Open amounts are odd numbers, so that a leak
// of one is easy to spot.
func newDashWorld(t *testing.T) *dashWorld {
	t.Helper()
	c := newCRM(t)
	w := &dashWorld{crm: c, dash: service.NewDashboardService(c.core)}
	c.as(t, "admin")
	for _, d := range []struct {
		owner, name, outcome, closed string
		amount                       float64
	}{
		{"sales_rep", "Rep open 1", "open", "", 101.25},
		{"sales_rep", "Rep open 2", "open", "", 202.5},
		{"sales_rep", "Rep won Feb", "won", "2026-02-10", 1000},
		{"sales_rep", "Rep won Mar", "won", "2026-03-01", 500},
		{"marketing_manager", "North open", "open", "", 303.75},
		{"sales_manager", "South open", "open", "", 707.25},
		{"sales_manager", "South won Mar", "won", "2026-03-02", 2000},
		{"admin", "Admin won Jan", "won", "2026-01-15", 50},
	} {
		v := map[string]any{"name": d.name, "amount": d.amount, "outcome": d.outcome}
		if d.closed != "" {
			v["closedAt"] = d.closed
		}
		c.create(t, "deals", d.owner, v)
	}
	return w
}

// data returns the widgets of dashboard id by widget id.
func (w *dashWorld) data(t *testing.T, id string, f service.DashboardFilters) map[string]service.WidgetData {
	t.Helper()
	d, err := w.dash.Data(id, f)
	if err != nil {
		t.Fatalf("data %s %+v: %v", id, f, err)
	}
	out := map[string]service.WidgetData{}
	for _, wd := range d.Widgets {
		out[wd.ID] = wd
	}
	return out
}

// kpi returns a KPI widget's value, failing on an error.
func kpiValue(t *testing.T, wd service.WidgetData) any {
	t.Helper()
	if wd.Error != nil || wd.KPI == nil {
		t.Fatalf("widget %s: error %+v, kpi %+v", wd.ID, wd.Error, wd.KPI)
	}
	return wd.KPI.Value
}

func (w *dashWorld) lastReason(t *testing.T, action string) string {
	t.Helper()
	var r string
	err := w.core.StoreForTest().Reader().QueryRowContext(context.Background(),
		`SELECT reason FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1`, action).Scan(&r)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func (w *dashWorld) auditCount(t *testing.T, action, outcome string) int {
	t.Helper()
	var n int
	err := w.core.StoreForTest().Reader().QueryRowContext(context.Background(),
		`SELECT count(*) FROM audit_log WHERE action = ? AND outcome = ?`, action, outcome).Scan(&n)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

var openDeals = report.Spec{Entity: "deals", Format: report.FormatSummary,
	Filters:    []report.Filter{{Field: "outcome", Op: report.OpEq, Value: "open"}},
	Aggregates: []report.Aggregate{{Key: "deals", Func: report.AggCount}}}

// Each role's first dashboard is its own virtual default, different from
// the others', holding only widgets the role can run.
func TestDashboardDefaultPerRole(t *testing.T) {
	w := newDashWorld(t)
	cases := []struct {
		user      string
		want, not []string
	}{
		{"admin", []string{"won-revenue", "pipeline", "sales-by-team", "interactions"}, []string{"my-open-deals"}},
		{"sales_manager", []string{"won-revenue", "pipeline", "sales-by-owner", "revenue-by-product"}, []string{"my-pipeline"}},
		{"sales_rep", []string{"my-open-deals", "my-won-deals", "my-pipeline", "new-leads"}, []string{"won-revenue", "pipeline"}},
		{"marketing_manager", []string{"new-leads", "conversion-by-source", "campaign-effectiveness"}, []string{"won-revenue", "pipeline"}},
		{"support_agent", []string{"my-activities", "my-open-tasks", "interactions"}, []string{"new-leads", "won-revenue", "open-deals"}},
	}
	seen := map[string]string{}
	for _, tc := range cases {
		t.Run(tc.user, func(t *testing.T) {
			w.as(t, tc.user)
			role := tc.user
			if role == "admin" {
				role = "administrator"
			}
			d, err := w.dash.Get("")
			if err != nil {
				t.Fatal(err)
			}
			if d.ID != "default:"+role || !d.Virtual || !d.IsDefault || d.Editable {
				t.Fatalf("default = %s virtual=%v default=%v editable=%v", d.ID, d.Virtual, d.IsDefault, d.Editable)
			}
			var ids []string
			for i, wg := range d.Widgets {
				ids = append(ids, wg.ID)
				if wg.X < 0 || wg.W < 1 || wg.X+wg.W > 12 || wg.H < 1 {
					t.Errorf("widget %s off the grid: %+v", wg.ID, wg)
				}
				for _, o := range d.Widgets[:i] {
					if wg.X < o.X+o.W && o.X < wg.X+wg.W && wg.Y < o.Y+o.H && o.Y < wg.Y+wg.H {
						t.Errorf("widgets %s and %s overlap", wg.ID, o.ID)
					}
				}
			}
			for _, id := range tc.want {
				if !slices.Contains(ids, id) {
					t.Errorf("missing %s in %v", id, ids)
				}
			}
			for _, id := range tc.not {
				if slices.Contains(ids, id) {
					t.Errorf("%s holds %s: %v", tc.user, id, ids)
				}
			}
			key := strings.Join(ids, ",")
			if other, dup := seen[key]; dup {
				t.Errorf("%s has the same default as %s", tc.user, other)
			}
			seen[key] = tc.user
			for id, wd := range w.data(t, "", service.DashboardFilters{}) {
				if wd.Error != nil {
					t.Errorf("%s cannot run its own default widget %s: %+v", tc.user, id, wd.Error)
				}
			}
			list, err := w.dash.List()
			if err != nil || len(list) == 0 || list[0].ID != d.ID || !list[0].IsDefault {
				t.Fatalf("list = %+v, %v", list, err)
			}
		})
	}
	t.Run("other role's default previews with the caller's rights", func(t *testing.T) {
		w.as(t, "sales_rep")
		d, err := w.dash.Get("default:sales_manager")
		if err != nil || d.IsDefault {
			t.Fatalf("got %+v, %v", d, err)
		}
		for _, wg := range d.Widgets {
			if wg.ID == "won-revenue" || wg.ID == "pipeline" {
				t.Fatalf("a rep's preview holds %s, which sums amounts", wg.ID)
			}
		}
		if _, err := w.dash.Get("default:no-such-role"); !apperr.Is(err, apperr.CodeNotFound) {
			t.Fatalf("unknown role: %v", err)
		}
	})
	t.Run("a stored role default replaces the virtual one", func(t *testing.T) {
		w.as(t, "admin")
		saved, err := w.dash.Save(service.DashboardSaveRequest{Name: "Reps", Sharing: "everyone", RoleDefault: "sales_rep",
			Widgets: []service.Widget{{ID: "open", Type: "kpi", Title: "Open deals", Spec: &openDeals, W: 3, H: 2}}})
		if err != nil {
			t.Fatal(err)
		}
		w.as(t, "sales_rep")
		d, err := w.dash.Get("")
		if err != nil || d.ID != saved.ID || !d.IsDefault || d.Virtual {
			t.Fatalf("rep's default = %+v, %v", d, err)
		}
		list, _ := w.dash.List()
		if len(list) != 1 || list[0].ID != saved.ID {
			t.Fatalf("list = %+v", list)
		}
		w.as(t, "admin")
		if err := w.dash.Delete(saved.ID); err != nil {
			t.Fatal(err)
		}
	})
}

// Widgets run in the viewer's scope; OnlyMine narrows to their own deals;
// a widget summing deal amounts is withheld from viewers without
// sensitive.view (an error, no values), named in the view's audit entry and
// not audited as denied.
func TestDashboardScopeAndMasking(t *testing.T) {
	w := newDashWorld(t)
	w.as(t, "admin")
	mine := openDeals
	d, err := w.dash.Save(service.DashboardSaveRequest{Name: "Pipeline", Sharing: "everyone", Widgets: []service.Widget{
		{ID: "open", Type: "kpi", Title: "Open deals", Spec: &openDeals, W: 3, H: 2},
		{ID: "mine", Type: "kpi", Title: "My open deals", Spec: &mine, X: 3, W: 3, H: 2, Options: service.WidgetOptions{OnlyMine: true}},
		{ID: "amount", Type: "bar", Title: "Pipeline amount", Report: "builtin:pipeline-by-stage", Y: 2, W: 6, H: 4},
	}})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		user       string
		open, mine int64
		amount     any // Total[1] of the pipeline, or nil when withheld
	}{
		{"admin", 4, 0, 101.25 + 202.5 + 303.75 + 707.25},
		{"sales_manager", 1, 1, 707.25},
		{"sales_rep", 3, 2, nil},
		{"marketing_manager", 4, 1, nil},
		{"support_agent", 3, 0, nil},
	}
	for _, tc := range cases {
		t.Run(tc.user, func(t *testing.T) {
			w.as(t, tc.user)
			denied := w.deniedCount(t)
			got := w.data(t, d.ID, service.DashboardFilters{})
			if v := kpiValue(t, got["open"]); v != tc.open {
				t.Errorf("open = %v, want %d", v, tc.open)
			}
			if v := kpiValue(t, got["mine"]); v != tc.mine {
				t.Errorf("mine = %v, want %d", v, tc.mine)
			}
			a := got["amount"]
			switch {
			case tc.amount == nil:
				if a.Error == nil || a.Error.Code != apperr.CodeInvalid || a.Result != nil {
					t.Fatalf("amount shown to %s: %+v", tc.user, a)
				}
				leak(t, tc.user+"'s dashboard", got, "101.25", "202.5", "303.75", "707.25", "607.5", "1314.75")
				if r := w.lastReason(t, "dashboard.view"); !strings.Contains(r, "withheld: amount") {
					t.Errorf("audit reason %q does not name the withheld widget", r)
				}
			case a.Error != nil || a.Result.Total[1] != tc.amount:
				t.Fatalf("amount = %+v %+v, want %v", a.Error, a.Result, tc.amount)
			}
			if w.deniedCount(t) != denied {
				t.Errorf("viewing a dashboard wrote denied entries")
			}
		})
	}
	t.Run("the rep's default pipeline counts only their deals", func(t *testing.T) {
		w.as(t, "sales_rep")
		got := w.data(t, "", service.DashboardFilters{})
		if v := kpiValue(t, got["my-open-deals"]); v != int64(2) {
			t.Fatalf("my open deals = %v, want 2", v)
		}
		p := got["my-pipeline"]
		if p.Error != nil || p.Result.Total[0] != int64(2) {
			t.Fatalf("my pipeline = %+v %+v", p.Error, p.Result)
		}
	})
	t.Run("saving a widget over amounts without sensitive.view is refused and audited", func(t *testing.T) {
		w.as(t, "marketing_manager")
		before := w.auditCount(t, "dashboard.save", "denied")
		_, err := w.dash.Save(service.DashboardSaveRequest{Name: "Mine", Sharing: "private", Widgets: []service.Widget{
			{ID: "a", Type: "bar", Title: "Amounts", Report: "builtin:pipeline-by-stage", W: 6, H: 4}}})
		if !apperr.Is(err, apperr.CodeInvalid) || !strings.Contains(string(mustJSON(t, apperr.ToPayload(err).Fields)), "widgets[0].report") {
			t.Fatalf("got %v", err)
		}
		if w.auditCount(t, "dashboard.save", "denied") != before+1 {
			t.Fatal("the sensitive-field refusal was not audited")
		}
	})
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
