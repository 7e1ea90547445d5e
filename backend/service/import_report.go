package service

import (
	"os"
	"path/filepath"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/xlsxout"
)

// keptReports is how many results' problem lists are kept per user.
const keptReports = 5

// importReport is the problem list of one dry run or import, kept in
// memory for SaveReport (it holds cell values: never written anywhere the
// user did not choose).
type importReport struct {
	id, file, entity string
	dry              bool
	at               time.Time
	counts           model.ImportCounts
	problems         []model.ImportProblem
	total            int
	older            *importReport // the user's previous report
}

// keepReport remembers ir's problems under id for userID (the newest
// keptReports per user).
func (s *ImportService) keepReport(userID, id string, ir *importRunner) {
	s.mu.Lock()
	defer s.mu.Unlock()
	rep := &importReport{id: id, file: filepath.Base(ir.req.Path), entity: string(ir.e.Name), dry: ir.dry, at: ir.started,
		counts: ir.counts, problems: ir.problems, total: ir.total, older: s.reports[userID]}
	s.reports[userID] = rep
	n := 1
	for r := rep; r != nil; r = r.older {
		if n == keptReports {
			r.older = nil
		}
		n++
	}
}

// forgetReports drops every kept report (sign-out, lock).
func (s *ImportService) forgetReports() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reports = map[string]*importReport{}
}

// SaveReport writes the row-by-row report of the caller's dry run or
// import id (one of their latest five) to the .xlsx file path: a Problems
// sheet (row, column, value, reason, outcome, matching record) and a
// Summary sheet (file, entity, counts). Cell values are written as text
// (formula-looking text is escaped). The export is audited. Errors:
// CodeForbidden without data.import; CodeNotFound when the report is not
// kept (older, or another user's); CodeInvalid naming "path".
func (s *ImportService) SaveReport(id, path string) (model.ExportResult, error) {
	var out model.ExportResult
	err := s.core.with(rbac.PermDataImport, "import.report", "import", id, func(cl call) error {
		rep := s.report(cl.actor.UserID, id)
		if rep == nil {
			return apperr.New(apperr.CodeNotFound, "That report is no longer available: run the dry run again.")
		}
		if err := checkSavePath(path); err != nil {
			return err
		}
		if err := writeImportReport(path, rep, cl.actor.Username); err != nil {
			return err
		}
		en := s.core.entry(cl.actor, audit.CatExport, "import.report", "import", id, rep.file)
		en.Rows = int64(len(rep.problems))
		en.Reason = "import problem report to " + filepath.Base(path)
		out = model.ExportResult{Path: path, Rows: int64(len(rep.problems))}
		return cl.st.AuditWrite(cl.ctx, en)
	})
	return out, err
}

func (s *ImportService) report(userID, id string) *importReport {
	s.mu.Lock()
	defer s.mu.Unlock()
	for r := s.reports[userID]; r != nil; r = r.older {
		if r.id == id {
			return r
		}
	}
	return nil
}

// writeImportReport writes rep as a workbook into a temporary file beside
// path and renames it into place.
func writeImportReport(path string, rep *importReport, by string) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".fieldvault-report-*.part")
	if err != nil {
		return apperr.Wrap(err, apperr.CodeInvalid, "The file cannot be created in that folder.")
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	kind := "Import"
	if rep.dry {
		kind = "Dry run"
	}
	c := rep.counts
	w, err := xlsxout.New(tmp, xlsxout.Options{Title: kind + " report: " + rep.file, TmpDir: filepath.Dir(path), Summary: []xlsxout.Field{
		{Key: "Report", Value: kind + " of " + rep.file}, {Key: "Record type", Value: rep.entity}, {Key: "Run at", Value: rep.at},
		{Key: "Saved by", Value: by}, {Key: "Rows", Value: c.Rows}, {Key: "New", Value: c.New}, {Key: "Updated", Value: c.Update},
		{Key: "Unchanged", Value: c.Unchanged}, {Key: "Duplicates", Value: c.Duplicate}, {Key: "Skipped", Value: c.Skipped},
		{Key: "Invalid", Value: c.Invalid}, {Key: "Problems", Value: rep.total},
	}})
	if err != nil {
		return err
	}
	sh, err := w.AddSheet(xlsxout.Sheet{Name: "Problems", Columns: []xlsxout.Column{
		{Title: "Row", Kind: xlsxout.Integer}, {Title: "Column"}, {Title: "Value", Width: 40}, {Title: "Reason", Width: 60},
		{Title: "Outcome"}, {Title: "Matching record"},
	}})
	if err != nil {
		w.Abort()
		return err
	}
	for _, p := range rep.problems {
		if err := sh.Row([]any{p.Row, p.Column, p.Value, p.Reason, p.Outcome, p.MatchTitle}); err != nil {
			w.Abort()
			return err
		}
	}
	if err := w.Close(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
