// Package xlsxout writes formatted Excel workbooks for report and list
// exports, streaming rows to disk so that a million-row export never sits in
// memory. It is fed plain values (strings, numbers, times, bools) and knows
// nothing of reports, models or permissions: the caller has already applied
// scope and field rules to every value it hands over.
//
// A workbook is built in this order:
//
//	w, err := xlsxout.New(out, xlsxout.Options{Summary: ...})
//	defer w.Abort()                       // no-op after a successful Close
//	s, err := w.AddSheet(xlsxout.Sheet{Name: "Deals", Columns: cols})
//	for rows.Next() {                     // caller checks ctx between rows
//		if err := ctx.Err(); err != nil { return err }
//		if err := s.Row(values); err != nil { return err }
//	}
//	s.GrandTotal("Total", totals)
//	w.AddChart(xlsxout.ChartSpec{Data: s, ...})
//	err = w.Close()                       // writes the file to out
//
// # Streaming and its ordering rules
//
// Each data sheet is an excelize StreamWriter. Rows go to a buffer that
// spills to temporary files in Options.TmpDir, and Close assembles the zip
// there too: in plaintext, even for a password-protected workbook, so point
// TmpDir at a private directory. Close and Abort remove the files. The
// StreamWriter fixes what precedes the rows (column widths, column styles,
// frozen pane) when the first row is written, and what follows them
// (autofilter, drawing = charts) when it is flushed. So this package:
//
//   - holds back the first rows of a sheet (at most 100) to size its columns,
//     then writes widths, header and those rows;
//   - records charts in AddChart and draws them in Close, once every row count
//     is known: a chart placed on a data sheet is drawn after that sheet's
//     last row and before its Flush (afterwards excelize can no longer attach
//     a drawing to it); a chart on the Charts sheet (a normal sheet) is drawn
//     after all data sheets are flushed. Charts reference cell ranges, never
//     copies of the data;
//   - sets the autofilter after the last row, before Flush.
//
// # Cost and cancellation
//
// Row converts values and appends XML to a buffer: no I/O beyond the
// buffer's spills, no locking, no context. The caller checks its context
// between rows (or every N rows) and calls Abort to cancel. Close does the
// long part that cannot be interrupted: compressing the sheets into the zip
// (and, with a password, encrypting it). A Writer is not safe for concurrent
// use.
//
// # Memory
//
// Rows are never held beyond the 100-row width sample and excelize's chunk
// buffer (16 MB per sheet; the rest spills to TmpDir). Close compresses the
// sheets into a zip in TmpDir, not in memory, and copies it to out. With a
// password the zip is read back and encrypted in memory (excelize encrypts
// a byte slice), which takes several copies of it. Measured for a million
// rows of 10 columns (a 63 MB file, see BenchmarkExport): about 90 MB peak
// RSS without a password, about 500 MB with one.
//
// # Safety of cell text
//
// Every string is cleaned (invalid UTF-8 replaced, control characters
// dropped, line breaks normalised to "\n"), text that a spreadsheet could
// take for a formula gets a leading apostrophe (OWASP CSV injection), and
// text over Excel's 32,767-character cell limit is cut with a visible
// marker. No cell is ever written as a formula.
package xlsxout
