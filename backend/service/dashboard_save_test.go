package service_test

import (
	"fmt"
	"strings"
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/report"
	"fieldvault/backend/service"
)

func kpiWidget(id string, x, y int) service.Widget {
	return service.Widget{ID: id, Type: "kpi", Title: "New leads", Report: "builtin:trend-new-leads", X: x, Y: y, W: 3, H: 2}
}

// Save refuses every malformed dashboard, naming the offending part.
func TestDashboardSaveValidation(t *testing.T) {
	w := newDashWorld(t)
	w.as(t, "admin")
	matrixSpec := report.Spec{Entity: "deals", Format: report.FormatMatrix, Groups: []report.Group{{Field: "outcome"}, {Field: "region"}}}
	tabular := report.Spec{Entity: "deals", Columns: []string{"name"}}
	base := func() service.DashboardSaveRequest {
		return service.DashboardSaveRequest{Name: "Board", Sharing: "private", Widgets: []service.Widget{kpiWidget("a", 0, 0)}}
	}
	one := func(mut func(w *service.Widget)) func(r *service.DashboardSaveRequest) {
		return func(r *service.DashboardSaveRequest) { mut(&r.Widgets[0]) }
	}
	many := func(n int) func(r *service.DashboardSaveRequest) {
		return func(r *service.DashboardSaveRequest) {
			r.Widgets = nil
			for i := 0; i < n; i++ {
				r.Widgets = append(r.Widgets, kpiWidget(fmt.Sprintf("w%d", i), i%4*3, i/4*2))
			}
		}
	}
	cases := []struct {
		name  string
		mut   func(r *service.DashboardSaveRequest)
		code  apperr.Code
		field string
	}{
		{"valid", func(*service.DashboardSaveRequest) {}, "", ""},
		{"24 widgets", many(24), "", ""},
		{"25 widgets", many(25), apperr.CodeInvalid, "widgets"},
		{"x negative", one(func(w *service.Widget) { w.X = -1 }), apperr.CodeInvalid, "widgets[0].x"},
		{"x 12", one(func(w *service.Widget) { w.X = 12 }), apperr.CodeInvalid, "widgets[0].x"},
		{"past column 12", one(func(w *service.Widget) { w.X, w.W = 10, 3 }), apperr.CodeInvalid, "widgets[0].w"},
		{"zero width", one(func(w *service.Widget) { w.W = 0 }), apperr.CodeInvalid, "widgets[0].w"},
		{"zero height", one(func(w *service.Widget) { w.H = 0 }), apperr.CodeInvalid, "widgets[0].h"},
		{"too high", one(func(w *service.Widget) { w.H = 25 }), apperr.CodeInvalid, "widgets[0].h"},
		{"y negative", one(func(w *service.Widget) { w.Y = -1 }), apperr.CodeInvalid, "widgets[0].y"},
		{"overlap", func(r *service.DashboardSaveRequest) { r.Widgets = append(r.Widgets, kpiWidget("b", 2, 1)) }, apperr.CodeInvalid, "widgets[1].y"},
		{"unknown type", one(func(w *service.Widget) { w.Type = "radar" }), apperr.CodeInvalid, "widgets[0].type"},
		{"duplicate id", func(r *service.DashboardSaveRequest) { r.Widgets = append(r.Widgets, kpiWidget("a", 3, 0)) }, apperr.CodeInvalid, "widgets[1].id"},
		{"bad id", one(func(w *service.Widget) { w.ID = "a b" }), apperr.CodeInvalid, "widgets[0].id"},
		{"no source", one(func(w *service.Widget) { w.Report = "" }), apperr.CodeInvalid, "widgets[0].report"},
		{"two sources", one(func(w *service.Widget) { w.Spec = &openDeals }), apperr.CodeInvalid, "widgets[0].report"},
		{"unknown report", one(func(w *service.Widget) { w.Report = "builtin:nope" }), apperr.CodeInvalid, "widgets[0].report"},
		{"saved report not visible", one(func(w *service.Widget) { w.Report = "no-such-report" }), apperr.CodeInvalid, "widgets[0].report"},
		{"unknown aggregate", one(func(w *service.Widget) { w.Options.Aggregate = "nope" }), apperr.CodeInvalid, "widgets[0].options.aggregate"},
		{"bad inline spec", one(func(w *service.Widget) { w.Report, w.Spec = "", &report.Spec{Entity: "deals; DROP TABLE deals"} }), apperr.CodeInvalid, "widgets[0].spec"},
		{"pie of a matrix", one(func(w *service.Widget) { w.Type, w.Report, w.Spec = "pie", "", &matrixSpec }), apperr.CodeInvalid, "widgets[0].type"},
		{"bar of a list", one(func(w *service.Widget) { w.Type, w.Report, w.Spec = "bar", "", &tabular }), apperr.CodeInvalid, "widgets[0].type"},
		{"target on a chart", one(func(w *service.Widget) { w.Type, w.Options.Target = "bar", new(5.0) }), apperr.CodeInvalid, "widgets[0].options.target"},
		{"empty title", one(func(w *service.Widget) { w.Title = "  " }), apperr.CodeInvalid, "widgets[0].title"},
		{"NUL in title", one(func(w *service.Widget) { w.Title = "a\x00b" }), apperr.CodeInvalid, "widgets[0].title"},
		{"escape in title", one(func(w *service.Widget) { w.Title = "\x1b[31mred" }), apperr.CodeInvalid, "widgets[0].title"},
		{"bidi override in name", func(r *service.DashboardSaveRequest) { r.Name = "invoice\u202egpj.exe" }, apperr.CodeInvalid, "name"},
		{"invalid UTF-8 name", func(r *service.DashboardSaveRequest) { r.Name = "a\xffb" }, apperr.CodeInvalid, "name"},
		{"long name", func(r *service.DashboardSaveRequest) { r.Name = strings.Repeat("x", 81) }, apperr.CodeInvalid, "name"},
		{"range on a text field", one(func(w *service.Widget) { w.Options.DateField = "campaign" }), apperr.CodeInvalid, "widgets[0].options.dateField"},
		{"team sharing, no such team", func(r *service.DashboardSaveRequest) { r.Sharing, r.TeamID = "team", "no-such-team" }, apperr.CodeInvalid, "teamId"},
		{"team sharing", func(r *service.DashboardSaveRequest) { r.Sharing, r.TeamID = "team", w.north }, "", ""},
		{"unknown sharing", func(r *service.DashboardSaveRequest) { r.Sharing = "public" }, apperr.CodeInvalid, "sharing"},
		{"unknown date range", func(r *service.DashboardSaveRequest) { r.Filters.DateRange = "someday" }, apperr.CodeInvalid, "filters.dateRange"},
		{"reversed custom range", func(r *service.DashboardSaveRequest) {
			r.Filters = service.DashboardFilters{DateRange: "custom", From: "2026-03-01", To: "2026-02-01"}
		}, apperr.CodeInvalid, "filters.to"},
		{"unknown role default", func(r *service.DashboardSaveRequest) { r.Sharing, r.RoleDefault = "everyone", "boss" }, apperr.CodeInvalid, "roleDefault"},
		{"private role default", func(r *service.DashboardSaveRequest) { r.RoleDefault = "sales_rep" }, apperr.CodeInvalid, "sharing"},
		{"saving a virtual default", func(r *service.DashboardSaveRequest) { r.ID = "default:administrator" }, apperr.CodeInvalid, "id"},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			req := base()
			req.Name = fmt.Sprintf("Board %d", i)
			tc.mut(&req)
			d, err := w.dash.Save(req)
			if tc.code == "" {
				if err != nil {
					t.Fatal(err)
				}
				if got, err := w.dash.Get(d.ID); err != nil || len(got.Widgets) != len(req.Widgets) || !got.Editable || !got.Mine {
					t.Fatalf("saved %+v, %v", got, err)
				}
				return
			}
			if !apperr.Is(err, tc.code) {
				t.Fatalf("got %v, want %s", err, tc.code)
			}
			if _, ok := apperr.ToPayload(err).Fields[tc.field]; !ok {
				t.Fatalf("fields %v, want %s", apperr.ToPayload(err).Fields, tc.field)
			}
		})
	}
	t.Run("hostile text that is only text is kept as it is", func(t *testing.T) {
		title := `<img src=x onerror=alert(1)> "quotes" & =HYPERLINK("http://evil")`
		d, err := w.dash.Save(service.DashboardSaveRequest{Name: `=cmd|' /C calc'!A0`, Sharing: "private",
			Widgets: []service.Widget{{ID: "x", Type: "kpi", Title: title, Report: "builtin:trend-new-leads", W: 3, H: 2}}})
		if err != nil {
			t.Fatal(err)
		}
		got, err := w.dash.Get(d.ID)
		if err != nil || got.Name != `=cmd|' /C calc'!A0` || got.Widgets[0].Title != title {
			t.Fatalf("got %+v, %v", got, err)
		}
	})
	t.Run("owners and administrators change and delete", func(t *testing.T) {
		w.as(t, "sales_manager")
		d, err := w.dash.Save(service.DashboardSaveRequest{Name: "South board", Sharing: "everyone", Widgets: []service.Widget{kpiWidget("a", 0, 0)}})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.dash.Save(service.DashboardSaveRequest{Name: "x", Sharing: "everyone", RoleDefault: "sales_rep"}); !apperr.Is(err, apperr.CodeForbidden) {
			t.Fatalf("a manager set a role default: %v", err)
		}
		if _, err := w.dash.Save(service.DashboardSaveRequest{Name: "x", Sharing: "team", TeamID: w.north}); !apperr.Is(err, apperr.CodeInvalid) {
			t.Fatalf("a South manager shared with North: %v", err)
		}
		w.as(t, "marketing_manager")
		if _, err := w.dash.Save(service.DashboardSaveRequest{ID: d.ID, Name: "Mine now", Sharing: "everyone"}); !apperr.Is(err, apperr.CodeForbidden) {
			t.Fatalf("someone else's dashboard changed: %v", err)
		}
		if err := w.dash.Delete(d.ID); !apperr.Is(err, apperr.CodeForbidden) {
			t.Fatalf("someone else's dashboard deleted: %v", err)
		}
		if err := w.dash.Delete("default:marketing_manager"); !apperr.Is(err, apperr.CodeNotFound) {
			t.Fatalf("a virtual default deleted: %v", err)
		}
		w.as(t, "admin")
		if _, err := w.dash.Save(service.DashboardSaveRequest{ID: d.ID, Name: "Renamed", Sharing: "everyone", Widgets: []service.Widget{kpiWidget("a", 0, 0)}}); err != nil {
			t.Fatal(err)
		}
		got, err := w.dash.Get(d.ID)
		if err != nil || got.Name != "Renamed" || got.OwnerID != w.user["sales_manager"] {
			t.Fatalf("got %+v, %v", got, err)
		}
		if err := w.dash.Delete(d.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := w.dash.Get(d.ID); !apperr.Is(err, apperr.CodeNotFound) {
			t.Fatalf("after delete: %v", err)
		}
		if w.auditCount(t, "dashboard.save", "success") < 2 || w.auditCount(t, "dashboard.delete", "success") != 1 {
			t.Fatal("saves and deletes are not audited")
		}
	})
}
