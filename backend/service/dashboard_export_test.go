package service_test

import (
	"archive/zip"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"fieldvault/backend/apperr"
	"fieldvault/backend/report"
	"fieldvault/backend/service"
)

// chartXML returns the chart parts of an .xlsx file.
func chartXML(t *testing.T, path string) []string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	var out []string
	for _, f := range z.File {
		if strings.HasPrefix(f.Name, "xl/charts/chart") && strings.HasSuffix(f.Name, ".xml") {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(r)
			r.Close()
			out = append(out, string(b))
		}
	}
	return out
}

// An export has a data sheet per widget shown, a native chart of the
// widget's type per chart widget, and the Summary; what the viewer may not
// see is withheld, as on screen.
func TestDashboardExport(t *testing.T) {
	w := newDashWorld(t)
	w.as(t, "admin")
	for _, at := range []string{"2026-02-20T10:00:00Z", "2026-03-01T10:00:00Z"} {
		w.create(t, "activities", "admin", map[string]any{"kind": "call", "subject": "Call", "at": at})
	}
	for i, src := range []string{"Website", "Website", "Referral"} {
		w.create(t, "leads", "admin", map[string]any{"lastName": "Lead " + string(rune('A'+i)), "source": src})
	}
	bySource := report.Spec{Entity: "leads", Format: report.FormatSummary, Groups: []report.Group{{Field: "source"}}}
	widgets := []service.Widget{
		{ID: "won", Type: "kpi", Title: "Won deals", Report: "builtin:trend-won-revenue", W: 3, H: 2, Options: service.WidgetOptions{Aggregate: "deals", Target: new(4.0)}},
		{ID: "owners", Type: "bar", Title: "Sales by owner", Report: "builtin:sales-by-owner", Y: 2, W: 6, H: 4},
		{ID: "wonlost", Type: "line", Title: "Won and lost", Report: "builtin:won-lost-by-month", X: 6, Y: 2, W: 6, H: 4},
		{ID: "acts", Type: "area", Title: "Interactions", Report: "builtin:customer-interactions", Y: 6, W: 6, H: 4, Options: service.WidgetOptions{Stacked: true}},
		{ID: "conv", Type: "pie", Title: "Conversion by source", Report: "builtin:lead-conversion-by-source", X: 6, Y: 6, W: 6, H: 4},
		{ID: "src", Type: "donut", Title: "Leads by source", Spec: &bySource, Y: 10, W: 6, H: 4},
		{ID: "pipe", Type: "funnel", Title: "Pipeline", Report: "builtin:pipeline-by-stage", X: 6, Y: 10, W: 6, H: 4},
		{ID: "products", Type: "table", Title: "Revenue by product", Report: "builtin:revenue-by-product", Y: 14, W: 12, H: 4},
	}
	d, err := w.dash.Save(service.DashboardSaveRequest{Name: "Everything", Sharing: "everyone", Widgets: widgets})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	cases := []struct {
		user     string
		code     apperr.Code
		sheets   []string // data sheets, besides Charts and Summary
		charts   []string // a marker of each chart part, in order
		withheld string
	}{
		{"admin", "", []string{"Won deals", "Sales by owner", "Won and lost", "Interactions", "Conversion by source", "Leads by source", "Pipeline", "Revenue by product"},
			[]string{`<barDir val="col"`, "<lineChart>", "<areaChart>", "<pieChart>", "<doughnutChart>", `<barDir val="bar"`}, "none"},
		// no sensitive.view: the widgets over amounts are withheld; the
		// admin's activities are outside their scope, so Interactions has no
		// rows and no chart
		{"marketing_manager", "", []string{"Won deals", "Won and lost", "Interactions", "Conversion by source", "Leads by source"},
			[]string{"<lineChart>", "<pieChart>", "<doughnutChart>"}, "owners ("},
		{"sales_rep", apperr.CodeForbidden, nil, nil, ""}, // no data.export
	}
	for _, tc := range cases {
		t.Run(tc.user, func(t *testing.T) {
			w.as(t, tc.user)
			path := filepath.Join(dir, tc.user+".xlsx")
			before := w.auditCount(t, "dashboard.export", "success")
			res, err := w.dash.Export(service.DashboardExportRequest{ID: d.ID, Path: path})
			if tc.code != "" {
				if !apperr.Is(err, tc.code) {
					t.Fatalf("got %v, want %s", err, tc.code)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if res.Rows == 0 || w.auditCount(t, "dashboard.export", "success") != before+1 {
				t.Fatalf("rows %d, export not audited", res.Rows)
			}
			f, err := excelize.OpenFile(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			want := append(append([]string{}, tc.sheets...), "Charts", "Summary")
			if got := f.GetSheetList(); !sameSet(got, want) {
				t.Fatalf("sheets %v, want %v", got, want)
			}
			charts := chartXML(t, path)
			if len(charts) != len(tc.charts) {
				t.Fatalf("%d charts, want %d", len(charts), len(tc.charts))
			}
			for _, marker := range tc.charts {
				if !slices.ContainsFunc(charts, func(x string) bool { return strings.Contains(x, marker) }) {
					t.Errorf("no chart with %s", marker)
				}
			}
			rows, err := f.GetRows("Summary")
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, r := range rows {
				if len(r) > 1 && r[0] == "Withheld widgets" {
					found = strings.HasPrefix(r[1], tc.withheld)
				}
			}
			if !found {
				t.Fatalf("summary %v lacks withheld %q", rows, tc.withheld)
			}
			if kpi, _ := f.GetRows("Won deals"); len(kpi) != 2 || kpi[1][1] != "2" || kpi[1][2] != "4" {
				t.Fatalf("kpi sheet %v", kpi)
			}
		})
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}
