package service

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/importfile"
	"fieldvault/backend/importmap"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// JobImport is the job name of a dry run or import (model.Progress.Job,
// ImportService.Cancel); JobImportRevert that of a revert.
const (
	JobImport       = "import"
	JobImportRevert = "import.revert"
)

// importSample is how many rows Inspect returns, maxSampleCell how many
// characters of each cell.
const (
	importSample  = 20
	maxSampleCell = 200
)

// importable lists the entities a file may be imported into.
var importable = map[string]bool{"contacts": true, "companies": true, "leads": true, "deals": true}

// ImportService is bound to the frontend: the import wizard (Inspect a
// file, DryRun, Run with progress and Cancel), past imports (Batches) and
// their Revert, and the row-by-row report as .xlsx (SaveReport). Every
// method needs data.import; what an import may create or change is the
// caller's own record scope, field by field.
type ImportService struct {
	core *Core
	jobs jobs
	mu   sync.Mutex
	// reports keeps the problems of the latest results per user for SaveReport.
	reports map[string]*importReport
}

// NewImportService returns the service bound as ImportService.
func NewImportService(c *Core) *ImportService {
	s := &ImportService{core: c, reports: map[string]*importReport{}}
	c.onSessionEnd(s.forgetReports)
	return s
}

// Inspect opens the file req.Path (CSV or .xlsx; req.Sheet, Delimiter,
// Encoding and HeaderRow force what would be detected) and returns its dialect, header,
// the first rows and a mapping to req.Entity's fields suggested from the
// header names, with the number and date formats auto would choose.
// Errors: CodeForbidden without data.import; CodeInvalid naming "entity"
// or "path" (not found, not a CSV or workbook, too large, password-protected).
func (s *ImportService) Inspect(req model.ImportRequest) (model.ImportFileInfo, error) {
	var out model.ImportFileInfo
	err := s.core.with(rbac.PermDataImport, "import.inspect", "import", "", func(cl call) error {
		e, err := importEntity(req.Entity)
		if err != nil {
			return err
		}
		if err := s.core.mayOpen(req.Path); err != nil {
			return err
		}
		r, err := openImportFile(req)
		if err != nil {
			return err
		}
		defer r.Close()
		d := r.Dialect()
		out = model.ImportFileInfo{Path: req.Path, Name: filepath.Base(req.Path), Size: r.Size(), Format: d.Format,
			Encoding: d.Encoding, Delimiter: d.Delimiter, Sheet: d.Sheet, Sheets: orEmpty(d.Sheets), HeaderRow: d.HeaderRow, Header: r.Header(),
			Sample: [][]string{}, SampleRows: []int{}}
		rows, err := r.Sample(importSample)
		if err != nil {
			return err
		}
		for _, row := range rows {
			cells := make([]string, len(row.Cells))
			for i, c := range row.Cells {
				cells[i] = clip(c, maxSampleCell)
			}
			out.Sample = append(out.Sample, cells)
			out.SampleRows = append(out.SampleRows, row.Line)
		}
		out.Mapping = importmap.Suggest(e, out.Header)
		out.DecimalGuess, out.DateOrderGuess = guessFormats(e, out.Mapping, out.Sample)
		return nil
	})
	return out, err
}

// guessFormats applies importmap's guesses to the sample's number and date columns.
func guessFormats(e *schema.Entity, mapping []model.ImportMapping, sample [][]string) (string, string) {
	var nums, dates []string
	for _, m := range mapping {
		f, ok := e.Field(m.Field)
		if !ok {
			continue
		}
		for _, row := range sample {
			if m.Column >= len(row) {
				continue
			}
			switch f.Type {
			case model.FieldNumber, model.FieldMoney:
				nums = append(nums, row[m.Column])
			case model.FieldDate, model.FieldDateTime:
				dates = append(dates, row[m.Column])
			}
		}
	}
	return importmap.GuessDecimal(nums), importmap.GuessDateOrder(dates)
}

// importEntity returns the schema of an importable entity, else CodeInvalid.
func importEntity(name string) (*schema.Entity, error) {
	if !importable[name] {
		return nil, apperr.Invalid("Choose contacts, companies, leads or deals.", map[string]string{"entity": "not importable"})
	}
	return schema.Get(name)
}

// maxHeaderRow bounds ImportRequest.HeaderRow: a header further down is a
// mistake, and finding it would read that far.
const maxHeaderRow = 10_000

// openImportFile checks req.Path and opens it with req's overrides.
func openImportFile(req model.ImportRequest) (*importfile.Reader, error) {
	bad := func(msg string) error { return apperr.Invalid(msg, map[string]string{"path": msg}) }
	if req.Path == "" || !filepath.IsAbs(req.Path) {
		return nil, bad("Choose a file to import.")
	}
	st, err := os.Stat(req.Path)
	switch {
	case err != nil:
		return nil, bad("The file cannot be found.")
	case !st.Mode().IsRegular():
		return nil, bad("This is not a file.")
	}
	if req.HeaderRow < 0 || req.HeaderRow > maxHeaderRow {
		return nil, apperr.Invalid(fmt.Sprintf("The header row must be between 1 and %d.", maxHeaderRow), map[string]string{"headerRow": "out of range"})
	}
	return importfile.Open(req.Path, importfile.Options{Sheet: req.Sheet, Delimiter: req.Delimiter, Encoding: req.Encoding,
		HeaderRow: req.HeaderRow})
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Cancel stops the caller's running import, dry run or revert (job
// JobImport or JobImportRevert). A cancelled import keeps the chunks it
// wrote (it can be reverted); a cancelled revert changes nothing.
// Errors: CodeNotFound when none of the caller's runs.
func (s *ImportService) Cancel(job string) error {
	return s.core.with(rbac.PermDataImport, "import.cancel", "import", job, func(cl call) error {
		return s.jobs.cancelJob(job, cl.actor.UserID)
	})
}

// Batches lists past imports, newest first (at most 200): the caller's own,
// or everyone's for administrators.
func (s *ImportService) Batches() ([]model.ImportBatch, error) {
	var out []model.ImportBatch
	err := s.core.with(rbac.PermDataImport, "import.list", "import", "", func(cl call) error {
		by := cl.actor.UserID
		if rbac.IsAdministrator(cl.actor.Grants) {
			by = ""
		}
		list, err := store.ListImportBatches(cl.ctx, cl.st.Reader(), by, 200)
		if err != nil {
			return err
		}
		names, err := userNames(cl)
		if err != nil {
			return err
		}
		out = make([]model.ImportBatch, len(list))
		for i, b := range list {
			out[i] = batchModel(b, names)
		}
		return nil
	})
	return out, err
}

func batchModel(b store.ImportBatch, names map[string]string) model.ImportBatch {
	return model.ImportBatch{ID: b.ID, Entity: b.Entity, FileName: b.FileName, Counts: b.Counts, Status: b.Status,
		Message: b.Message, CreatedBy: b.CreatedBy, CreatedByName: names[b.CreatedBy], CreatedAt: store.FormatTime(b.CreatedAt),
		FinishedAt: formatOpt(b.FinishedAt), RevertedAt: formatOpt(b.RevertedAt), RevertedBy: names[b.RevertedBy], Records: b.Items}
}

// userNames maps user ids to display names (user name when none).
func userNames(cl call) (map[string]string, error) {
	users, err := store.ListUsers(cl.ctx, cl.st.Reader())
	if err != nil {
		return nil, err
	}
	out := make(map[string]string, len(users))
	for _, u := range users {
		out[u.ID] = u.DisplayName
		if out[u.ID] == "" {
			out[u.ID] = u.Username
		}
	}
	return out, nil
}

// formatOpt is store.FormatTime, or "" for the zero time.
func formatOpt(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return store.FormatTime(t)
}
