package importfile

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"
)

// How workbook cells become text (the choice is documented here because
// the mapping layer depends on it):
//
//   - Text cells (shared, inline, formula strings) are returned as stored.
//   - Numbers are returned raw, not as displayed: no thousands separators,
//     currency signs or percent scaling, so "1234.5" rather than
//     "$1,234.50"; they are printed the shortest way, at most 15
//     significant digits like Excel ("0.3", not "0.30000000000000004").
//     The one display format kept is zero padding ("00000"), so a ZIP code
//     stored as a number still reads "02134".
//   - Numbers in a date, time or date-time format are ISO 8601 text:
//     "2024-03-05", "14:30:00" or "2024-03-05T14:30:00" (the 1904 date
//     system is honoured); elapsed-time formats like [h]:mm keep their
//     display form ("36:00:00").
//   - Booleans are "TRUE" and "FALSE"; error cells their code ("#N/A").
//   - Formulas are never evaluated: the value Excel cached when it saved
//     the file is returned, or "" when there is none.
//
// excelize applies a cell's number format only when asked for displayed
// values, and its streaming iterator does not expose a cell's style. So
// xlsxNumFmts rewrites the workbook's style table in memory before
// reading: date formats become the ISO ones above, other formats become
// "@" (text: the raw value), and the iterator then formats as we want.
// The file on disk is never written.

// maxWorkbookPart caps any part of a workbook other than its worksheets
// and shared strings, which excelize loads into memory whole; a larger one
// (a zip bomb, or a huge embedded picture) refuses the file.
const maxWorkbookPart = 256 << 20

// maxSharedStrings caps a workbook's shared strings (the text of its
// cells), which excelize reads into memory.
const maxSharedStrings = 512 << 20

// xlsxSource reads one worksheet row by row with excelize's streaming
// iterator.
type xlsxSource struct {
	f       *excelize.File
	sheet   string
	rows    *excelize.Rows
	line    int // row number of the last row read
	lastRow int // from the sheet's dimension, for progress; 0 if unknown
	size    int64
	done    bool
}

// openXLSX checks that a zip holds a workbook, opens it, and picks the sheet
// o asks for, or the first with a non-empty row.
func openXLSX(ra io.ReaderAt, size int64, o Options, openBook func(excelize.Options) (*excelize.File, error)) (_ *xlsxSource, _ Dialect, err error) {
	if err := checkWorkbookZip(ra, size); err != nil {
		return nil, Dialect{}, err
	}
	var f *excelize.File
	defer func() { // excelize on a hostile file must not take the app down
		if p := recover(); p != nil {
			if f != nil {
				_ = f.Close()
			}
			err = errBrokenWorkbook(fmt.Errorf("excelize panic: %v", p))
		}
	}()
	f, err = openBook(excelize.Options{UnzipSizeLimit: min(16*o.MaxBytes, 4<<30)})
	if err != nil {
		if errors.Is(err, excelize.ErrWorkbookPassword) {
			return nil, Dialect{}, errPassword()
		}
		return nil, Dialect{}, errBrokenWorkbook(err)
	}
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		_ = f.Close()
		return nil, Dialect{}, errNotImportable()
	}
	xlsxNumFmts(f)
	sheet, err := pickSheet(f, sheets, o.Sheet)
	if err != nil {
		_ = f.Close()
		return nil, Dialect{}, err
	}
	src := &xlsxSource{f: f, sheet: sheet, size: size, lastRow: lastRow(f, sheet)}
	return src, Dialect{Format: FormatXLSX, Sheet: sheet, Sheets: sheets}, nil
}

// checkWorkbookZip refuses a zip that is no workbook (no xl/workbook.xml)
// or has an oversized part, reading only the zip's central directory.
func checkWorkbookZip(ra io.ReaderAt, size int64) error {
	zr, err := zip.NewReader(ra, size)
	if err != nil {
		return errNotImportable()
	}
	book := false
	for _, f := range zr.File {
		name := strings.ToLower(f.Name)
		if name == "xl/workbook.xml" {
			book = true
		}
		if f.UncompressedSize64 > maxWorkbookPart &&
			!strings.HasPrefix(name, "xl/worksheets/") && name != "xl/sharedstrings.xml" {
			return errNotImportable()
		}
		// excelize holds the shared strings in memory: bound them too
		if name == "xl/sharedstrings.xml" && f.UncompressedSize64 > maxSharedStrings {
			return errTooLarge(maxSharedStrings)
		}
	}
	if !book {
		return errNotImportable()
	}
	return nil
}

// pickSheet returns the sheet named want (exact, else ignoring case), or
// with want "" the first sheet that has a non-empty row.
func pickSheet(f *excelize.File, sheets []string, want string) (string, error) {
	if want != "" {
		for _, s := range sheets {
			if s == want {
				return s, nil
			}
		}
		for _, s := range sheets {
			if strings.EqualFold(s, want) {
				return s, nil
			}
		}
		return "", errNoSheet(want)
	}
	for _, s := range sheets {
		if sheetHasData(f, s) {
			return s, nil
		}
	}
	return "", errNoHeader()
}

// sheetHasData reports whether a sheet has a row with text, reading only up
// to that row.
func sheetHasData(f *excelize.File, sheet string) bool {
	rows, err := f.Rows(sheet)
	if err != nil {
		return false
	}
	defer rows.Close()
	for rows.Next() {
		cells, _ := rows.Columns()
		if !(record{cells: cells}).blank() {
			return true
		}
	}
	return false
}

// lastRow reads the sheet's declared dimension ("A1:L100001" → 100001);
// 0 when absent.
func lastRow(f *excelize.File, sheet string) int {
	ref, err := f.GetSheetDimension(sheet)
	if err != nil || ref == "" {
		return 0
	}
	if i := strings.LastIndexByte(ref, ':'); i >= 0 {
		ref = ref[i+1:]
	}
	_, row, err := excelize.CellNameToCoordinates(ref)
	if err != nil {
		return 0
	}
	return row
}

func (s *xlsxSource) next() (rec record, err error) {
	if s.done {
		return record{}, io.EOF
	}
	defer func() {
		if p := recover(); p != nil {
			rec, err = record{}, errBrokenWorkbook(fmt.Errorf("excelize panic: %v", p))
		}
	}()
	if s.rows == nil {
		if s.rows, err = s.f.Rows(s.sheet); err != nil {
			return record{}, errBrokenWorkbook(err)
		}
	}
	if !s.rows.Next() {
		s.done = true
		if err := s.rows.Error(); err != nil {
			return record{}, errBrokenWorkbook(err)
		}
		return record{}, io.EOF
	}
	s.line++
	cells, err := s.rows.Columns()
	rec = record{line: s.line, cells: cells, count: len(cells)}
	if err != nil {
		rec.probs |= probUnreadable
	}
	return rec, nil
}

func (s *xlsxSource) rewind() error {
	if s.rows != nil {
		_ = s.rows.Close()
	}
	s.rows, s.line, s.done = nil, 0, false
	return nil
}

// bytesRead estimates progress from the row reached and the sheet's
// declared last row: a workbook is compressed, so there is no byte offset.
func (s *xlsxSource) bytesRead() int64 {
	switch {
	case s.done:
		return s.size
	case s.lastRow <= 0:
		return 0
	}
	return min(s.size, s.size*int64(s.line)/int64(s.lastRow))
}

func (s *xlsxSource) close() error {
	if s.rows != nil {
		_ = s.rows.Close()
	}
	return s.f.Close()
}
