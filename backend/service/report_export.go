package service

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/report"
	"fieldvault/backend/xlsxout"
)

// JobReportExport is the job name of a report export (model.Progress.Job,
// ReportService.Cancel).
const JobReportExport = "report.export"

// reportExportHook, when set (tests only), runs after each exported row.
var reportExportHook func(rows int64)

// reportExport is what an export fixed when it started.
type reportExport struct {
	id, name string
	spec     report.Spec
	query    *report.Query
	total    int64 // rows expected (tabular: capped by Limit), for progress
	by       string
	at       time.Time
	path     string // the file written
}

// Export writes a report (req.ID, a built-in or saved one, or the unsaved
// req.Spec) to the .xlsx file req.Path for the caller, within their scope
// and field rules: a data sheet with typed columns (money, percent, dates),
// subtotal and total rows for summaries, a native chart for grouped
// reports (and a Matrix sheet for matrices), and a Summary sheet (report,
// definition, filters, exported by and when, row counts). A Password
// encrypts the workbook; it is never logged or audited.
//
// It runs as job "report.export" (EventJobProgress; Cancel) and writes in
// a private 0700 folder beside Path, renamed into place only when complete
// and audited ("report.export", Rows and filters; failures audited too),
// so a cancelled or failed export leaves no file. Errors: CodeForbidden
// (audited) without reports.view and data.export; CodeNotFound as Run;
// CodeInvalid naming "path", a spec part, or "rows" when the report has
// more rows than a sheet holds (xlsxout.MaxRows); CodeConflict when an
// export is running or it was cancelled; CodeLocked / CodeUnauthenticated
// when the workspace was locked or the user signed out meanwhile.
func (s *ReportService) Export(req ReportExportRequest) (model.ExportResult, error) {
	var ex reportExport
	j, err := s.core.startJob(&s.jobs, JobReportExport, rbac.PermReportsView, actionReportExport, "report", func(cl call, j *job) error {
		if !cl.actor.Can(rbac.PermDataExport) {
			return s.core.deny(cl, actionReportExport, "report", req.ID, "missing permission "+string(rbac.PermDataExport))
		}
		if err := checkSavePath(req.Path); err != nil {
			return err
		}
		var err error
		ex, err = s.prepareExport(cl, req)
		return err
	})
	if err != nil {
		return model.ExportResult{}, err
	}
	defer s.jobs.end(j)
	rows, err := s.writeReport(j, req, ex)
	if err != nil {
		err = j.failed(err)
		_ = s.auditReportExport(j, ex, rows, req.Password != "", err) // best effort
		return model.ExportResult{}, err
	}
	return model.ExportResult{Path: req.Path, Rows: rows}, nil
}

// prepareExport resolves and compiles the report and counts its rows.
func (s *ReportService) prepareExport(cl call, req ReportExportRequest) (reportExport, error) {
	ex := reportExport{id: req.ID, by: cl.actor.Username, at: s.core.now(), path: req.Path}
	var err error
	switch {
	case req.ID != "":
		ex.name, ex.spec, err = s.resolve(cl, req.ID)
	case req.Spec != nil:
		ex.name, ex.spec = "Report", *req.Spec
	default:
		err = apperr.Invalid("Choose a report to export.", map[string]string{"id": "required"})
	}
	if err != nil {
		return ex, err
	}
	if ex.query, err = s.compile(cl, actionReportExport, req.ID, ex.spec); err != nil {
		return ex, err
	}
	return ex, countExport(cl, &ex, time.Local)
}

// countExport sets ex.total, the rows a tabular export will write (for
// progress), from ex.spec compiled for cl.actor in loc. CodeInvalid naming
// "rows" when they do not fit a sheet (xlsxout.MaxRows). Grouped reports
// hold at most report.MaxGroupRows rows and are counted when run.
func countExport(cl call, ex *reportExport, loc *time.Location) error {
	if ex.query.Format() != report.FormatTabular {
		return nil
	}
	count := report.Spec{Entity: ex.spec.Entity, Filters: ex.spec.Filters, Format: report.FormatSummary,
		Aggregates: []report.Aggregate{{Key: "n", Func: report.AggCount}}}
	cq, err := report.Compile(count, cl.actor, cl.actor.Can(rbac.PermSensitiveView), ex.at, loc)
	if err != nil {
		return err
	}
	res, err := report.Run(cl.ctx, cl.st.Reader(), cq)
	if err != nil {
		return err
	}
	ex.total = res.RowCount
	if ex.spec.Limit > 0 {
		ex.total = min(ex.total, int64(ex.spec.Limit))
	}
	if ex.total > xlsxout.MaxRows {
		return apperr.Invalid(fmt.Sprintf("The report has %d rows; a spreadsheet holds at most %d. Narrow the filters or set a row limit.",
			ex.total, xlsxout.MaxRows), map[string]string{"rows": "too many rows for a spreadsheet"})
	}
	return nil
}

// writeReport fills the workbook in a private folder beside req.Path,
// audits the export and renames the file into place; on any error the
// folder and everything in it is removed. It returns the data rows written.
func (s *ReportService) writeReport(j *job, req ReportExportRequest, ex reportExport) (int64, error) {
	return writeReportFile(j, req.Path, req.Password, true, ex,
		func(w *xlsxout.Writer) (int64, error) { return s.fillPinned(j, w, ex) },
		func(rows int64) error { return s.auditReportExport(j, ex, rows, req.Password != "", nil) })
}

// writeReportFile is writeReport for any runner (an export job, a
// scheduled run): fill writes the sheets, record audits the export once
// the file is complete and before it appears at path. replace says an
// existing file at path may be replaced (the user chose it in a save
// dialog); without it the file is placed only where none exists at that
// moment (a scheduled run), else CodeConflict.
func writeReportFile(j *job, path, password string, replace bool, ex reportExport, fill func(w *xlsxout.Writer) (int64, error),
	record func(rows int64) error) (int64, error) {
	dir, err := os.MkdirTemp(filepath.Dir(path), ".fieldvault-export-*") // 0700: plaintext temporaries live here
	if err != nil {
		return 0, apperr.Wrap(err, apperr.CodeInvalid, "The file cannot be created in that folder.")
	}
	defer os.RemoveAll(dir)
	part := filepath.Join(dir, "report.xlsx.part")
	tmp, err := os.OpenFile(part, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return 0, apperr.Wrap(err, apperr.CodeInvalid, "The file cannot be created in that folder.")
	}
	defer tmp.Close()
	w, err := xlsxout.New(tmp, xlsxout.Options{Password: password, Title: ex.name, Summary: exportSummary(ex, password != ""), TmpDir: dir})
	if err != nil {
		return 0, err
	}
	defer w.Abort()
	rows, err := fill(w)
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
	if err := record(rows); err != nil {
		return rows, err
	}
	if !replace {
		return rows, placeNew(part, path)
	}
	if err := os.Rename(part, path); err != nil {
		return rows, apperr.Wrap(err, apperr.CodeInternal, "The file could not be saved there.")
	}
	return rows, nil
}

// placeNew puts the complete file part at path unless something already
// exists there: a hard link fails rather than replace (a rename would
// replace whatever appeared since the name was chosen). Where the file
// system has no hard links, the name is claimed with O_EXCL and the file
// copied into it. CodeConflict when path exists.
func placeNew(part, path string) error {
	exists := func() error {
		return apperr.New(apperr.CodeConflict, "A file named %s appeared in the folder meanwhile; it was left as it is.", filepath.Base(path))
	}
	err := os.Link(part, path)
	switch {
	case err == nil:
		return nil // the folder holding part is removed by the caller
	case errors.Is(err, fs.ErrExist):
		return exists()
	}
	dst, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return exists()
	}
	if err != nil {
		return apperr.Wrap(err, apperr.CodeInternal, "The file could not be saved there.")
	}
	src, err := os.Open(part)
	if err == nil {
		_, err = io.Copy(dst, src)
		src.Close()
	}
	if err == nil {
		err = dst.Sync()
	}
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(path)
		return apperr.Wrap(err, apperr.CodeInternal, "The file could not be saved there.")
	}
	return nil
}

// fillPinned writes the rows without holding the core's lock, so the
// window stays responsive during a long export: the session is checked
// under a short hold, then the store is pinned (Store.Pin) — locking the
// workspace cancels the stream and waits for it instead of closing the
// store under it — and every exportCheckRows rows the job checks, without
// waiting for the lock, that it was not cancelled and the session still
// holds (job.check). Cancel reaches it through s.busy or the job registry.
func (s *ReportService) fillPinned(j *job, w *xlsxout.Writer, ex reportExport) (int64, error) {
	release, err := j.hold()
	if err != nil {
		return 0, err
	}
	ctx, unpin, err := j.st.Pin(j.ctx)
	release()
	if err != nil {
		return 0, err
	}
	defer unpin()
	pinned := *j
	pinned.ctx = ctx
	s.busy.Store(j)
	defer s.busy.Store(nil)
	rows, err := fillReport(&pinned, w, ex)
	if err != nil && ctx.Err() != nil && j.ctx.Err() == nil {
		err = errPinClosed(j) // the store is closing: the workspace was locked
	}
	return rows, err
}

// errPinClosed explains a stream the store's closing interrupted.
func errPinClosed(*job) error {
	return apperr.New(apperr.CodeLocked, "The workspace was locked, so the task stopped.")
}

// fillReport writes the report's sheets; the caller keeps the store open.
func fillReport(j *job, w *xlsxout.Writer, ex reportExport) (int64, error) {
	if ex.query.Format() == report.FormatTabular {
		return fillTabular(j, w, ex)
	}
	return fillGrouped(j, w, ex)
}

// Cancel stops the caller's running export ("report.export"), which then
// returns CodeConflict "Cancelled." and leaves no file. While the export
// streams rows it holds the core's lock, so the session cannot change and
// the caller can only be the export's own user: Cancel then stops it
// without taking the lock. Otherwise: CodeForbidden (audited) without
// data.export; CodeNotFound when the caller runs no such job.
func (s *ReportService) Cancel(job string) error {
	if j := s.busy.Load(); j != nil && j.name == job {
		j.cancel()
		return nil
	}
	return s.core.with(rbac.PermDataExport, "report.cancel", "report", job, func(cl call) error {
		return s.jobs.cancelJob(job, cl.actor.UserID)
	})
}

// auditReportExport records an export, or its failure (failure != nil),
// as auditExport does for the audit log.
func (s *ReportService) auditReportExport(j *job, ex reportExport, rows int64, password bool, failure error) error {
	run := j.do
	if failure != nil {
		run = j.final
	}
	return run(func(cl call) error {
		e := s.core.entry(cl.actor, audit.CatExport, actionReportExport, "report", ex.id, ex.name)
		e.Rows, e.Reason = rows, "format=xlsx, "+reportReason(ex.name, ex.spec)
		if password {
			e.Reason += ", password-protected"
		}
		if failure != nil {
			e.Outcome, e.Reason = audit.OutcomeFailed, e.Reason+": "+apperr.ToPayload(failure).Message
		}
		if err := cl.st.AuditWrite(cl.ctx, e); err != nil {
			return err
		}
		s.core.logRun(cl, runEntry{kind: model.RunExport, name: "Report " + ex.name, source: "report", target: ex.path,
			started: ex.at, counts: map[string]int{"rows": int(rows)}, failure: failure})
		return nil
	})
}
