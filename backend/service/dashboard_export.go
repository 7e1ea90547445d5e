package service

import (
	"os"
	"path/filepath"
	"strings"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
	"fieldvault/backend/xlsxout"
)

// JobDashboardExport is the job name of a dashboard export
// (model.Progress.Job, DashboardService.Cancel).
const JobDashboardExport = "dashboard.export"

// dashboardExport is what an export fixed when it started, and the data
// it computed.
type dashboardExport struct {
	dash     Dashboard
	filters  DashboardFilters
	rng      *dateRange
	data     DashboardData
	withheld []string
	by       string
	at       time.Time
	path     string // the file written
}

// Export writes a dashboard's data (req.ID, "" = the caller's default)
// under req.Filters to the .xlsx file req.Path, computed for the caller
// exactly as Data computes it (scope, withheld widgets): one data sheet per
// widget shown (a KPI's value, target and percent; a chart's groups and
// values, two groups as a table of the first group × the second; a table
// widget's rows), a native Excel chart per chart widget matching its type
// (bar: clustered columns, line, area, pie, donut: doughnut, funnel:
// horizontal bars in order) on the Charts sheet, and a Summary sheet
// (dashboard, filters, withheld widgets, exported by and when, row
// counts). A Password encrypts the workbook; it is never logged or audited.
//
// It runs as job "dashboard.export" (EventJobProgress per widget; Cancel),
// reading one widget per hold of the core's lock, and writes in a private
// 0700 folder beside Path, renamed into place only when complete and
// audited (dashboard.export, Rows = data rows; failures audited too), so a
// cancelled or failed export leaves no file. Errors: CodeForbidden
// (audited) without dashboards.view and data.export; CodeNotFound as Get;
// CodeInvalid naming "path" or a filter; CodeConflict when an export is
// running or it was cancelled; CodeLocked / CodeUnauthenticated when the
// workspace was locked or the user signed out meanwhile.
func (s *DashboardService) Export(req DashboardExportRequest) (model.ExportResult, error) {
	var ex dashboardExport
	j, err := s.core.startJob(&s.jobs, JobDashboardExport, rbac.PermDashboardsView, actionDashboardExport, "dashboard", func(cl call, j *job) error {
		s.relayRecordEvents()
		if !cl.actor.Can(rbac.PermDataExport) {
			return s.core.deny(cl, actionDashboardExport, "dashboard", req.ID, "missing permission "+string(rbac.PermDataExport))
		}
		if err := checkSavePath(req.Path); err != nil {
			return err
		}
		rng, err := checkFilters(req.Filters)
		if err != nil {
			return err
		}
		d, err := s.resolve(cl, req.ID)
		if err != nil {
			return err
		}
		ex = dashboardExport{dash: d, filters: req.Filters, rng: rng, by: cl.actor.Username, at: s.core.now(), path: req.Path}
		return nil
	})
	if err != nil {
		return model.ExportResult{}, err
	}
	defer s.jobs.end(j)
	rows, err := s.writeDashboard(j, req, &ex)
	if err != nil {
		err = j.failed(err)
		_ = s.auditDashboardExport(j, ex, rows, req.Password != "", err) // best effort
		return model.ExportResult{}, err
	}
	return model.ExportResult{Path: req.Path, Rows: rows}, nil
}

// Cancel stops the caller's running dashboard export ("dashboard.export"),
// which then returns CodeConflict "Cancelled." and leaves no file.
// CodeForbidden (audited) without data.export; CodeNotFound when the
// caller runs no such job.
func (s *DashboardService) Cancel(job string) error {
	return s.core.with(rbac.PermDataExport, "dashboard.cancel", "dashboard", job, func(cl call) error {
		return s.jobs.cancelJob(job, cl.actor.UserID)
	})
}

// computeExport reads the widgets one per hold of the lock, so a long
// dashboard never blocks other calls (Cancel included) for long.
func (s *DashboardService) computeExport(j *job, ex *dashboardExport) error {
	n := int64(len(ex.dash.Widgets))
	ex.data = DashboardData{ID: ex.dash.ID, Name: ex.dash.Name, Filters: ex.filters, Widgets: []WidgetData{}, At: store.FormatTime(ex.at)}
	j.progress(0, n)
	for i, w := range ex.dash.Widgets {
		err := j.do(func(cl call) error {
			one := ex.dash
			one.Widgets = []Widget{w}
			data, _, withheld, err := s.compute(cl, one, ex.filters, ex.rng, nil)
			if err != nil {
				return err
			}
			ex.data.Widgets = append(ex.data.Widgets, data.Widgets...)
			ex.withheld = append(ex.withheld, withheld...)
			if ex.data.Period == nil {
				ex.data.Period = data.Period
			}
			return nil
		})
		if err != nil {
			return err
		}
		j.progress(int64(i+1), n)
	}
	return nil
}

// writeDashboard computes the data, fills the workbook in a private folder
// beside req.Path, audits the export and renames the file into place; on
// any error the folder and everything in it is removed. It returns the data
// rows written.
func (s *DashboardService) writeDashboard(j *job, req DashboardExportRequest, ex *dashboardExport) (int64, error) {
	if err := s.computeExport(j, ex); err != nil {
		return 0, err
	}
	if err := j.ctx.Err(); err != nil {
		return 0, err
	}
	dir, err := os.MkdirTemp(filepath.Dir(req.Path), ".fieldvault-export-*") // 0700: plaintext temporaries live here
	if err != nil {
		return 0, apperr.Wrap(err, apperr.CodeInvalid, "The file cannot be created in that folder.")
	}
	defer os.RemoveAll(dir)
	part := filepath.Join(dir, "dashboard.xlsx.part")
	tmp, err := os.OpenFile(part, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return 0, apperr.Wrap(err, apperr.CodeInvalid, "The file cannot be created in that folder.")
	}
	defer tmp.Close()
	w, err := xlsxout.New(tmp, xlsxout.Options{Password: req.Password, Title: ex.dash.Name,
		Summary: dashboardSummary(*ex, req.Password != ""), TmpDir: dir})
	if err != nil {
		return 0, err
	}
	defer w.Abort()
	rows, err := fillDashboard(w, *ex)
	if err == nil {
		err = j.ctx.Err()
	}
	if err == nil {
		err = w.Close()
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil && cerr != nil {
		err = apperr.Wrap(cerr, apperr.CodeInternal, "The file could not be written.")
	}
	if err != nil {
		return rows, err
	}
	// Audited before the file appears: an export that is not in the log
	// must not exist.
	if err := s.auditDashboardExport(j, *ex, rows, req.Password != "", nil); err != nil {
		return rows, err
	}
	if err := os.Rename(part, req.Path); err != nil {
		return rows, apperr.Wrap(err, apperr.CodeInternal, "The file could not be saved there.")
	}
	return rows, nil
}

// auditDashboardExport records an export, or its failure (failure != nil).
func (s *DashboardService) auditDashboardExport(j *job, ex dashboardExport, rows int64, password bool, failure error) error {
	run := j.do
	if failure != nil {
		run = j.final
	}
	return run(func(cl call) error {
		e := s.core.entry(cl.actor, audit.CatExport, actionDashboardExport, "dashboard", ex.dash.ID, ex.dash.Name)
		e.Rows, e.Reason = rows, "format=xlsx, "+dataReason(ex.dash, ex.filters, ex.withheld)
		if password {
			e.Reason += ", password-protected"
		}
		if failure != nil {
			e.Outcome, e.Reason = audit.OutcomeFailed, e.Reason+": "+apperr.ToPayload(failure).Message
		}
		if err := cl.st.AuditWrite(cl.ctx, e); err != nil {
			return err
		}
		s.core.logRun(cl, runEntry{kind: model.RunExport, name: "Dashboard " + ex.dash.Name, source: "dashboard", target: ex.path,
			started: ex.at, counts: map[string]int{"rows": int(rows)}, failure: failure})
		return nil
	})
}

// dashboardSummary is the Summary sheet of a dashboard export. No secret
// goes here: whether there is a password, not it.
func dashboardSummary(ex dashboardExport, password bool) []xlsxout.Field {
	rng := "none (each widget's own filters)"
	if ex.filters.DateRange != RangeNone {
		rng = ex.filters.DateRange
		if p := ex.data.Period; p != nil {
			rng += " (" + p.From + " to " + p.To + ")"
		}
	}
	team := ex.filters.TeamID
	if team == "" {
		team = "all teams in scope"
	}
	withheld := "none"
	if len(ex.withheld) > 0 {
		withheld = strings.Join(ex.withheld, "; ")
	}
	return []xlsxout.Field{
		{Key: "Dashboard", Value: ex.dash.Name},
		{Key: "Date range", Value: rng},
		{Key: "Team", Value: team},
		{Key: "Widgets", Value: len(ex.dash.Widgets)},
		{Key: "Withheld widgets", Value: withheld},
		{Key: "Scope", Value: "Records visible to the exporting user; sensitive fields only with their permission."},
		{Key: "Exported by", Value: ex.by},
		{Key: "Exported at", Value: ex.at.UTC()},
		{Key: "Password-protected", Value: password},
	}
}
