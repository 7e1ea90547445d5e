package xlsxout

import (
	"fmt"
	"strconv"

	"github.com/xuri/excelize/v2"

	"fieldvault/backend/apperr"
)

// MaxRows is how many rows (data, subtotal and total rows) fit a sheet
// below its header.
const MaxRows = excelize.TotalRows - 1

// sampleRows is how many rows are held back to size the columns.
const sampleRows = 100

// Sheet describes a data sheet: its name (cleaned, cut to 31 characters and
// made unique; see SheetWriter.Name) and its columns, left to right.
type Sheet struct {
	Name    string
	Columns []Column
}

// SheetWriter streams the rows of one data sheet: a bold header row frozen
// at the top, an autofilter over header and rows, then data rows in the
// order written, with subtotal rows between them and a grand total last.
type SheetWriter struct {
	w       *Writer
	sw      *excelize.StreamWriter
	name    string
	cols    []Column
	sub     []int     // style of each column in subtotal rows
	grand   []int     // and in the grand total row
	buf     []any     // one row, reused
	next    int       // row number the next row goes to
	n       int       // rows accepted below the header
	total   bool      // the grand total was written
	started bool      // header written, pending flushed
	pending [][]any   // rows held back while the columns are sized
	widths  []float64 // widest sampled value per column
}

// AddSheet adds a data sheet and returns its writer. Sheets may be written
// in any order, also interleaved. Invalid: no columns or more than Excel's
// 16,384, an unknown kind, a width outside 0…255 or a bad currency (Fields
// name the column, e.g. "columns[2].currency"). Conflict: the workbook is
// finished.
func (w *Writer) AddSheet(s Sheet) (*SheetWriter, error) {
	if w.done {
		return nil, errClosed()
	}
	if err := checkColumns(s.Columns); err != nil {
		return nil, err
	}
	name := w.uniqueName(s.Name, len(w.sheets)+1)
	if _, err := w.newSheet(name); err != nil {
		return nil, wrapErr(err)
	}
	// Deselect every tab (an index past the last sheet selects none) before
	// the stream fixes this sheet's view: Close selects the sheet the
	// workbook opens on, and two selected tabs would open as a group in
	// Excel. No stream is flushed yet, so this reads only cached sheets.
	w.f.SetActiveSheet(len(w.f.GetSheetList()))
	sw, err := w.f.NewStreamWriter(name)
	if err != nil {
		return nil, wrapErr(err)
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return nil, wrapErr(err)
	}
	sh := &SheetWriter{
		w: w, sw: sw, name: name, cols: append([]Column(nil), s.Columns...),
		sub: make([]int, len(s.Columns)), grand: make([]int, len(s.Columns)),
		buf: make([]any, len(s.Columns)), next: 2, widths: make([]float64, len(s.Columns)),
	}
	for i, c := range sh.cols {
		if sh.sub[i], err = w.style(c, subtotalRow); err == nil {
			sh.grand[i], err = w.style(c, grandTotalRow)
		}
		if err != nil {
			return nil, wrapErr(err)
		}
	}
	w.sheets = append(w.sheets, sh)
	return sh, nil
}

func checkColumns(cols []Column) error {
	if len(cols) == 0 || len(cols) > excelize.MaxColumns {
		return apperr.Invalid("A sheet has 1 to 16,384 columns.", map[string]string{"columns": "1 to 16,384 columns."})
	}
	for i, c := range cols {
		field := fmt.Sprintf("columns[%d]", i)
		switch {
		case c.Kind < Text || c.Kind > Bool:
			return apperr.Invalid("Unknown column kind.", map[string]string{field + ".kind": "Unknown kind."})
		case c.Width < 0 || c.Width > excelize.MaxColumnWidth:
			return apperr.Invalid("A column width is 0 (automatic) to 255.", map[string]string{field + ".width": "0 to 255."})
		}
		if msg := checkCurrency(c.Currency); msg != "" {
			return apperr.Invalid(msg, map[string]string{field + ".currency": msg})
		}
	}
	return nil
}

// Name returns the sheet's name as written (cleaned and unique), for
// messages and chart references.
func (s *SheetWriter) Name() string { return s.name }

// Rows returns how many rows (data, subtotal and total) were written below
// the header so far; row i of the sheet's data (1-based) is row i+1 of the
// spreadsheet. Use it to note the row span of a chart.
func (s *SheetWriter) Rows() int { return s.n }

// Row appends a data row. values[i] goes to column i and is converted by
// the column's kind (see Kind); nil, a nil pointer, a zero time, NaN or an
// infinity leaves the cell empty; a value the kind cannot take (text in a
// Number column) is written as text. Fewer values than columns leave the
// rest empty. Cheap: no I/O beyond the stream buffer, so call it in the
// loop and check the context between rows. Invalid: more values than
// columns, or the sheet is full (MaxRows). Conflict: after GrandTotal or
// Close.
func (s *SheetWriter) Row(values []any) error {
	if err := s.check(values); err != nil {
		return err
	}
	for i := range s.buf {
		s.buf[i] = nil
		if i < len(values) {
			s.buf[i] = convert(s.cols[i].Kind, values[i])
		}
	}
	return s.emit(s.buf)
}

// Subtotal appends a bold, shaded row for a group: label in the first
// column (then values[0] must be nil) and values converted as in Row. The
// values are numbers the caller computed, not formulas, so they stay right
// when the reader sorts or filters. Errors as Row; also invalid when both
// label and values[0] are set.
func (s *SheetWriter) Subtotal(label string, values []any) error {
	return s.totalRow(subtotalRow, label, values)
}

// GrandTotal appends the closing total row, bolder than a subtotal and
// outside the autofilter range. Nothing may follow it. Errors as Subtotal.
func (s *SheetWriter) GrandTotal(label string, values []any) error {
	return s.totalRow(grandTotalRow, label, values)
}

func (s *SheetWriter) totalRow(kind rowKind, label string, values []any) error {
	if err := s.check(values); err != nil {
		return err
	}
	if label != "" && len(values) > 0 && deref(values[0]) != nil {
		return apperr.Invalid("A total row's label takes the first column.",
			map[string]string{"values[0]": "Must be empty when a label is given."})
	}
	styles := s.sub
	if kind == grandTotalRow {
		styles, s.total = s.grand, true
	}
	for i := range s.buf {
		var v any
		if i < len(values) {
			v = convert(s.cols[i].Kind, values[i])
		}
		if i == 0 && label != "" {
			v = cellText(label)
		}
		s.buf[i] = excelize.Cell{StyleID: styles[i], Value: v}
	}
	return s.emit(s.buf)
}

func (s *SheetWriter) check(values []any) error {
	switch {
	case s.w.done:
		return errClosed()
	case s.total:
		return apperr.New(apperr.CodeConflict, "Nothing may follow the grand total of a sheet.")
	case len(values) > len(s.cols):
		return apperr.Invalid(fmt.Sprintf("A row of sheet %q has at most %d values.", s.name, len(s.cols)),
			map[string]string{"values": "More values than columns."})
	case s.n >= MaxRows:
		return apperr.Invalid("A sheet holds at most 1,048,575 rows: narrow the filter or split the export.",
			map[string]string{"rows": "Too many rows for a spreadsheet."})
	}
	return nil
}

// emit writes a converted row, or holds it back while the column widths
// are being sampled.
func (s *SheetWriter) emit(vals []any) error {
	s.n++
	if !s.started {
		s.measure(vals)
		s.pending = append(s.pending, append([]any(nil), vals...))
		if len(s.pending) < sampleRows {
			return nil
		}
		return s.start()
	}
	return s.write(vals)
}

func (s *SheetWriter) write(vals []any) error {
	err := s.sw.SetRow("A"+strconv.Itoa(s.next), vals)
	s.next++
	return wrapErr(err)
}

// start fixes column widths and styles, writes the header and the held-back
// rows. After it, rows go straight to the stream.
func (s *SheetWriter) start() error {
	s.started = true
	// excelize lists a <col> it touches first: go right to left so that the
	// columns end up in the ascending order Excel requires.
	for i := len(s.cols) - 1; i >= 0; i-- {
		c := s.cols[i]
		if err := s.sw.SetColWidth(i+1, i+1, s.width(i)); err != nil {
			return wrapErr(err)
		}
		id, err := s.w.style(c, dataRow)
		if err == nil && id != 0 {
			err = s.sw.SetColStyle(i+1, i+1, id)
		}
		if err != nil {
			return wrapErr(err)
		}
	}
	head, err := s.w.style(Column{}, headerRow)
	if err != nil {
		return wrapErr(err)
	}
	header := make([]any, len(s.cols))
	for i, c := range s.cols {
		header[i] = excelize.Cell{StyleID: head, Value: cellText(c.Title)}
	}
	if err := s.sw.SetRow("A1", header, excelize.RowOpts{Height: 20}); err != nil {
		return wrapErr(err)
	}
	for _, p := range s.pending {
		if err := s.write(p); err != nil {
			return err
		}
	}
	s.pending = nil
	return nil
}

// finish writes what follows the rows: autofilter and the charts drawn on
// this sheet, then flushes the stream.
func (s *SheetWriter) finish(charts []ChartSpec) error {
	if !s.started {
		if err := s.start(); err != nil {
			return err
		}
	}
	last := s.n + 1
	if s.total {
		last-- // the grand total stays visible and out of sorting
	}
	ref, _ := excelize.CoordinatesToCellName(len(s.cols), max(last, 1))
	if err := s.w.f.AutoFilter(s.name, "A1:"+ref, nil); err != nil {
		return wrapErr(err)
	}
	for i, c := range charts {
		if err := s.w.drawChart(c, s.name, s.chartCell(i)); err != nil {
			return err
		}
	}
	return wrapErr(s.sw.Flush())
}

// chartCell is where the i-th chart without a Cell goes on this sheet:
// right of the data, one below the other.
func (s *SheetWriter) chartCell(i int) string {
	cell, _ := excelize.CoordinatesToCellName(len(s.cols)+2, 2+i*chartRows)
	return cell
}
