package service_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"fieldvault/backend/apperr"
	"fieldvault/backend/report"
	"fieldvault/backend/service"
)

type reportWorld struct {
	*crm
	svc *service.ReportService
}

// newReportWorld: three open deals, one each owned by sales_rep (North),
// sales_manager (South) and admin (no team).
func newReportWorld(t *testing.T) *reportWorld {
	t.Helper()
	c := newCRM(t)
	w := &reportWorld{crm: c, svc: service.NewReportService(c.core)}
	c.as(t, "admin")
	for _, d := range []struct {
		owner, name string
		amount      float64
	}{{"sales_rep", "North deal", 1000}, {"sales_manager", "South deal", 2500.5}, {"admin", "Admin deal", 400}} {
		c.create(t, "deals", d.owner, map[string]any{"name": d.name, "amount": d.amount, "outcome": "open"})
	}
	return w
}

func (w *reportWorld) auditCount(t *testing.T, action, outcome string) int {
	t.Helper()
	var n int
	err := w.core.StoreForTest().Reader().QueryRowContext(context.Background(),
		`SELECT count(*) FROM audit_log WHERE action = ? AND outcome = ?`, action, outcome).Scan(&n)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

var countByStage = report.Spec{Entity: "deals", Format: report.FormatSummary, Groups: []report.Group{{Field: "stage.name"}},
	Aggregates: []report.Aggregate{{Key: "deals", Func: report.AggCount}}}

// The built-in pipeline report within each viewer's scope; its amounts are
// refused (and the attempt audited) for a role without sensitive.view.
func TestReportRunScopeAndSensitive(t *testing.T) {
	w := newReportWorld(t)
	cases := []struct {
		user  string
		id    string
		spec  *report.Spec
		deals int64 // Total[0]
		code  apperr.Code
	}{
		{"admin", "builtin:pipeline-by-stage", nil, 3, ""},
		{"sales_manager", "builtin:pipeline-by-stage", nil, 1, ""},
		{"sales_rep", "builtin:pipeline-by-stage", nil, 0, apperr.CodeInvalid},
		{"sales_rep", "", &countByStage, 1, ""},
		{"admin", "", &countByStage, 3, ""},
		{"admin", "builtin:no-such", nil, 0, apperr.CodeNotFound},
		{"support_agent", "builtin:pipeline-by-stage", nil, 0, apperr.CodeForbidden},
	}
	for _, tc := range cases {
		t.Run(tc.user+" "+tc.id, func(t *testing.T) {
			w.as(t, tc.user)
			deniedBefore := w.auditCount(t, "report.view", "denied")
			viewsBefore := w.auditCount(t, "report.view", "success")
			var res *report.Result
			var err error
			if tc.spec != nil {
				res, err = w.svc.RunSpec(*tc.spec)
			} else {
				res, err = w.svc.Run(tc.id)
			}
			if tc.code != "" {
				if !apperr.Is(err, tc.code) {
					t.Fatalf("got %v, want %s", err, tc.code)
				}
				if tc.code == apperr.CodeInvalid && w.auditCount(t, "report.view", "denied") != deniedBefore+1 {
					t.Fatal("the sensitive-field refusal was not audited")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got, _ := res.Total[0].(int64); got != tc.deals {
				t.Fatalf("deals = %v, want %d (rows %v)", res.Total, tc.deals, res.Rows)
			}
			if w.auditCount(t, "report.view", "success") != viewsBefore+1 {
				t.Fatal("the run was not audited")
			}
		})
	}
	t.Run("catalog masks amount for sales_rep", func(t *testing.T) {
		for user, masked := range map[string]bool{"sales_rep": true, "admin": false} {
			w.as(t, user)
			cat, err := w.svc.Catalog()
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, e := range cat {
				for _, f := range e.Fields {
					if e.Entity == "deals" && f.Key == "amount" {
						found = f.Masked == masked && f.Sensitive
					}
				}
			}
			if !found {
				t.Fatalf("%s: deals.amount masked != %v", user, masked)
			}
		}
	})
	t.Run("drill down into the stage", func(t *testing.T) {
		w.as(t, "admin")
		res, err := w.svc.RunSpec(countByStage)
		if err != nil || len(res.Rows) == 0 {
			t.Fatal(res, err)
		}
		dd, err := w.svc.DrillDown(countByStage, []any{res.Rows[0][0]})
		if err != nil || int64(len(dd.Rows)) != res.Rows[0][1].(int64) {
			t.Fatalf("drill-down %v rows, %v; want %v", dd, err, res.Rows[0][1])
		}
	})
}

// Saved reports: sharing decides who lists them; names are unique per owner.
func TestReportSaveListDelete(t *testing.T) {
	w := newReportWorld(t)
	w.as(t, "sales_manager")
	team, err := w.svc.Save(service.ReportSaveRequest{Name: "South stages", Sharing: "team", Spec: countByStage})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.svc.Save(service.ReportSaveRequest{Name: "Everyone stages", Sharing: "everyone", Spec: countByStage}); err != nil {
		t.Fatal(err)
	}
	if _, err := w.svc.Save(service.ReportSaveRequest{Name: "south STAGES", Sharing: "private", Spec: countByStage}); !apperr.Is(err, apperr.CodeConflict) {
		t.Fatalf("duplicate name: %v", err)
	}
	if _, err := w.svc.Save(service.ReportSaveRequest{Name: "Bad", Sharing: "private", Spec: report.Spec{Entity: "deals", Columns: []string{"nope"}}}); !apperr.Is(err, apperr.CodeInvalid) {
		t.Fatalf("bad spec: %v", err)
	}
	listed := func(user string) map[string]bool {
		w.as(t, user)
		list, err := w.svc.List()
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]bool{}
		for _, r := range list {
			out[r.Name] = true
		}
		return out
	}
	cases := []struct {
		user           string
		team, everyone bool
	}{{"sales_manager", true, true}, {"marketing_manager", false, true}, {"sales_rep", false, true}}
	for _, tc := range cases {
		t.Run(tc.user, func(t *testing.T) {
			got := listed(tc.user)
			if got["South stages"] != tc.team || got["Everyone stages"] != tc.everyone || !got["Pipeline by stage"] {
				t.Fatalf("listed %v", got)
			}
		})
	}
	w.as(t, "marketing_manager")
	if _, err := w.svc.Run(team.ID); !apperr.Is(err, apperr.CodeNotFound) {
		t.Fatalf("another team's report: %v", err)
	}
	w.as(t, "sales_manager")
	if _, err := w.svc.Run(team.ID); err != nil {
		t.Fatal(err)
	}
	if err := w.svc.Delete(team.ID); err != nil {
		t.Fatal(err)
	}
	if listed("sales_manager")["South stages"] {
		t.Fatal("deleted report still listed")
	}
}

// Exports reopen in excelize with values, a money format and the Summary
// sheet; a password keeps the file shut; a cancelled export leaves nothing.
func TestReportExport(t *testing.T) {
	w := newReportWorld(t)
	w.as(t, "admin")
	dir := t.TempDir()
	tabular := report.Spec{Entity: "deals", Columns: []string{"name", "amount"}, Sort: []report.SortKey{{Key: "amount", Desc: true}}}

	t.Run("summary with chart", func(t *testing.T) {
		path := filepath.Join(dir, "pipeline.xlsx")
		res, err := w.svc.Export(service.ReportExportRequest{ID: "builtin:pipeline-by-stage", Path: path})
		if err != nil || res.Rows == 0 {
			t.Fatal(res, err)
		}
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		sheets := strings.Join(f.GetSheetList(), "|")
		if !strings.Contains(sheets, "Summary") || !strings.Contains(sheets, "Pipeline by stage") {
			t.Fatalf("sheets %s", sheets)
		}
		rows, _ := f.GetRows("Summary")
		text := ""
		for _, r := range rows {
			text += strings.Join(r, "=") + "\n"
		}
		for _, want := range []string{"Report=Pipeline by stage", "Exported by=admin", "outcome eq open"} {
			if !strings.Contains(text, want) {
				t.Fatalf("summary lacks %q:\n%s", want, text)
			}
		}
	})

	t.Run("tabular values and money format", func(t *testing.T) {
		path := filepath.Join(dir, "deals.xlsx")
		res, err := w.svc.Export(service.ReportExportRequest{Spec: &tabular, Path: path})
		if err != nil || res.Rows != 3 {
			t.Fatal(res, err)
		}
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		sheet := f.GetSheetList()[0]
		if v, _ := f.GetCellValue(sheet, "A2"); v != "South deal" {
			t.Fatalf("A2 = %q", v)
		}
		raw, _ := f.GetCellValue(sheet, "B2", excelize.Options{RawCellValue: true})
		if raw != "2500.5" {
			t.Fatalf("B2 raw = %q", raw)
		}
		id, _ := f.GetCellStyle(sheet, "B2")
		st, err := f.GetStyle(id)
		if err != nil || st.CustomNumFmt == nil || !strings.Contains(*st.CustomNumFmt, "0.00") {
			t.Fatalf("B2 style %+v %v", st, err)
		}
		if w.auditCount(t, "report.export", "success") < 2 {
			t.Fatal("exports not audited")
		}
	})

	t.Run("password", func(t *testing.T) {
		path := filepath.Join(dir, "secret.xlsx")
		if _, err := w.svc.Export(service.ReportExportRequest{Spec: &tabular, Path: path, Password: "open sesame 1"}); err != nil {
			t.Fatal(err)
		}
		if f, err := excelize.OpenFile(path); err == nil {
			f.Close()
			t.Fatal("opened without the password")
		}
		f, err := excelize.OpenFile(path, excelize.Options{Password: "open sesame 1"})
		if err != nil {
			t.Fatal(err)
		}
		f.Close()
	})

	t.Run("refusals", func(t *testing.T) {
		w.as(t, "sales_rep") // reports.view without data.export
		if _, err := w.svc.Export(service.ReportExportRequest{Spec: &countByStage, Path: filepath.Join(dir, "x.xlsx")}); !apperr.Is(err, apperr.CodeForbidden) {
			t.Fatalf("sales_rep: %v", err)
		}
		w.as(t, "admin")
		if _, err := w.svc.Export(service.ReportExportRequest{Spec: &countByStage, Path: "relative.xlsx"}); !apperr.Is(err, apperr.CodeInvalid) {
			t.Fatalf("relative path: %v", err)
		}
	})

	t.Run("cancel leaves no file", func(t *testing.T) {
		cdir := t.TempDir()
		path := filepath.Join(cdir, "cancelled.xlsx")
		service.SetReportExportHookForTest(func(int64) {
			if err := w.svc.Cancel(service.JobReportExport); err != nil {
				t.Errorf("cancel: %v", err)
			}
		})
		defer service.SetReportExportHookForTest(nil)
		_, err := w.svc.Export(service.ReportExportRequest{Spec: &tabular, Path: path})
		if !apperr.Is(err, apperr.CodeConflict) {
			t.Fatalf("got %v, want cancelled", err)
		}
		if entries, _ := os.ReadDir(cdir); len(entries) != 0 {
			t.Fatalf("left behind: %v", entries)
		}
		if w.auditCount(t, "report.export", "failed") != 1 {
			t.Fatal("the cancelled export was not audited as failed")
		}
	})
}
