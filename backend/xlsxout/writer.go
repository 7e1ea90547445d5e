package xlsxout

import (
	"io"
	"strconv"

	"github.com/xuri/excelize/v2"

	"fieldvault/backend/apperr"
)

// Options configure a workbook.
type Options struct {
	// Password, if set, encrypts the workbook (ECMA-376 Standard
	// Encryption as excelize implements it: AES-128, SHA-1 key derivation,
	// weaker than Excel's own Agile Encryption); Excel and LibreOffice ask
	// for it on open. At most 255 characters. Encryption happens in memory
	// in Close: about 500 MB peak for a million rows of 10 columns.
	Password string
	// Title is the document property Title (File > Properties), e.g. the
	// report name.
	Title string
	// Summary holds the rows of the Summary sheet, in order: report name,
	// definition, filters, exported by, exported at, ... Close appends the
	// row count of each data sheet.
	Summary []Field
	// TmpDir receives the plaintext temporary files: streamed rows beyond
	// 16 MB per sheet, and the zip Close assembles (before encrypting it,
	// when there is a password); "" is the OS temp dir. Close and Abort
	// remove them.
	TmpDir string
}

// Field is one row of the Summary sheet. Value may be a string, a number,
// a bool or a time.Time (shown as date and time); anything else is
// formatted as text.
type Field struct {
	Key   string
	Value any
}

// Writer builds one workbook: data sheets streamed through SheetWriters,
// charts over their ranges, and a Summary sheet. Create it with New, finish
// it with Close, or discard it with Abort. Not safe for concurrent use.
type Writer struct {
	f      *excelize.File
	out    io.Writer
	opts   Options
	sheets []*SheetWriter
	names  map[string]bool // lower-cased names in use, for uniqueness
	charts []ChartSpec
	styles map[styleKey]int
	done   bool
	// sheet1Taken: excelize's default "Sheet1" was renamed to a sheet of ours.
	sheet1Taken bool
}

// Names of the sheets Writer adds. A data sheet named "Summary" becomes
// "Summary (2)"; a data sheet named "Charts" keeps its name and the Charts
// sheet becomes "Charts (2)" (see SheetWriter.Name).
const (
	SummarySheet = "Summary"
	ChartsSheet  = "Charts"
)

// New returns a Writer that will write the workbook to out on Close.
// Invalid: out is nil, or the password is longer than 255 characters.
func New(out io.Writer, opts Options) (*Writer, error) {
	if out == nil {
		return nil, apperr.Invalid("Nothing to write the spreadsheet to.", map[string]string{"out": "Required."})
	}
	if utf16Len(opts.Password) > 255 {
		return nil, apperr.Invalid("A workbook password is at most 255 characters.",
			map[string]string{"password": "At most 255 characters."})
	}
	w := &Writer{
		f:      excelize.NewFile(excelize.Options{TmpDir: opts.TmpDir}),
		out:    out,
		opts:   opts,
		names:  map[string]bool{lower(SummarySheet): true},
		styles: map[styleKey]int{},
	}
	return w, nil
}

// Close finishes every sheet (header, autofilter, charts), writes the
// Summary sheet (last) and the workbook to out (encrypted when a password
// is set) and removes the temporary files. The workbook opens on the Charts
// sheet when there is one, else on the first data sheet. It is the slow step: compressing, and
// encrypting, cannot be interrupted. Conflict: already closed or aborted.
// Internal: writing failed (out may then hold a partial file; the caller
// deletes it).
func (w *Writer) Close() error {
	if w.done {
		return errClosed()
	}
	w.done = true
	defer func() { _ = w.f.Close() }()
	if err := w.finish(); err != nil {
		return err
	}
	return wrapErr(w.save())
}

// Abort discards the workbook and removes its temporary files; out gets
// nothing more. Safe to call after Close (then it does nothing), so
// `defer w.Abort()` covers every error path.
func (w *Writer) Abort() {
	if w.done {
		return
	}
	w.done = true
	_ = w.f.Close()
}

// finish completes the sheets in the order excelize needs (see the package
// doc): the active sheet is chosen first, because SetActiveSheet reads every
// worksheet and would parse a flushed stream back from its buffer; then the
// data sheets with the charts on them are flushed; then the charts of the
// Charts sheet are drawn and the Summary is written.
func (w *Writer) finish() error {
	charts, index, err := w.addChartsSheet()
	if err != nil {
		return err
	}
	w.f.SetActiveSheet(max(index, 0)) // the Charts sheet, else the first sheet
	for _, s := range w.sheets {
		if err := s.finish(w.chartsOn(s)); err != nil {
			return err
		}
	}
	for i, c := range w.chartsOn(nil) {
		if err := w.drawChart(c, charts, "B"+strconv.Itoa(2+i*chartRows)); err != nil {
			return err
		}
	}
	if err := w.writeSummary(); err != nil {
		return err
	}
	return wrapErr(w.f.SetDocProps(&excelize.DocProperties{
		Creator: "FieldVault", LastModifiedBy: "FieldVault", Title: cleanText(w.opts.Title),
	}))
}

// newSheet returns the index of a new sheet named name; the first sheet
// of the workbook takes the place of excelize's "Sheet1".
func (w *Writer) newSheet(name string) (int, error) {
	if !w.sheet1Taken {
		w.sheet1Taken = true
		return 0, w.f.SetSheetName("Sheet1", name)
	}
	return w.f.NewSheet(name)
}

func errClosed() error {
	return apperr.New(apperr.CodeConflict, "The spreadsheet is already finished.")
}

// wrapErr turns an excelize or I/O failure into an internal error; the
// cause stays for the log.
func wrapErr(err error) error {
	if err == nil {
		return nil
	}
	return apperr.Wrap(err, apperr.CodeInternal, "The spreadsheet could not be written.")
}
