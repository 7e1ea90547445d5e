package importfile

import (
	"fmt"
	"strings"
)

// Row is one data row of the file.
type Row struct {
	// Line is the row number a user sees in a spreadsheet program: the
	// header is normally row 1 and the first data row row 2. For xlsx it is
	// the worksheet row number. For CSV it is the record's ordinal in the
	// file (blank lines before the header included), which equals the
	// spreadsheet row even when a quoted cell spans several text lines —
	// so it is not the text line number. A record cut at the size cap
	// resyncs at the next line, and later ordinals then count from there.
	Line int
	// Cells has exactly len(Header()) cells: missing ones are "", extra
	// ones are dropped (and Problem says so when they held text).
	Cells []string
	// Problem is "" for a well-formed row, else human reasons it is
	// malformed, joined by "; ", e.g. "row has 7 cells, the header has 5"
	// or "unterminated quote". The cells are still the best reading.
	Problem string
}

// problems is a set of record defects found while reading.
type problems uint8

const (
	probUnterminated  problems = 1 << iota // quote still open at EOF or at the record cap
	probRecordTooLong                      // an unquoted record ran past the cap
	probCellTooLong                        // a cell was cut at MaxCellBytes
	probNUL                                // a NUL byte: binary junk in a text file
	probUnreadable                         // the workbook row could not be decoded
)

// record is one row as a source yields it, before it is fitted to the
// header.
type record struct {
	line    int
	cells   []string // at most MaxColumns+1 cells are kept
	count   int      // cells in the file, counting those not kept
	dropped bool     // a cell not kept held text
	probs   problems
}

// textCells counts the kept cells with text (whitespace does not count).
func (r record) textCells() int {
	n := 0
	for _, c := range r.cells {
		if strings.TrimSpace(c) != "" {
			n++
		}
	}
	return n
}

// holdsValues reports whether a cell of r looks like a value rather than a
// column name: an email address, or only digits with the signs numbers,
// dates, times and phone numbers are written with.
func (r record) holdsValues() bool {
	for _, c := range r.cells {
		c = strings.TrimSpace(c)
		if strings.Contains(c, "@") {
			return true
		}
		numeric, digits := true, 0
		for _, ch := range c {
			switch {
			case ch >= '0' && ch <= '9':
				digits++
			case !strings.ContainsRune(" +-.,/:()'", ch):
				numeric = false
			}
		}
		if numeric && digits > 0 {
			return true
		}
	}
	return false
}

// blank reports whether r has no text at all (whitespace does not count)
// and no defect; blank rows are skipped, before the header and after it.
func (r record) blank() bool {
	if r.probs != 0 || r.dropped {
		return false
	}
	for _, c := range r.cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// source is one file format's record stream.
type source interface {
	next() (record, error) // io.EOF at the end
	rewind() error         // back to the first record
	bytesRead() int64
	close() error
}

// fit turns rec into a Row of width cells. shortIsProblem is false for
// xlsx, where a row simply ends at its last non-empty cell.
func fit(rec record, width int, o Options, shortIsProblem bool) Row {
	maxCell := o.MaxCellBytes
	cells := rec.cells // sources hand over a fresh slice per record
	if len(cells) != width {
		cells = make([]string, width)
		copy(cells, rec.cells)
	}
	probs := rec.probs
	for i, c := range cells {
		if len(c) > maxCell {
			cells[i] = truncateUTF8(c, maxCell)
			probs |= probCellTooLong
		}
		if strings.IndexByte(c, 0) >= 0 {
			probs |= probNUL
		}
	}
	var reasons []string
	if probs&probUnterminated != 0 {
		reasons = append(reasons, "unterminated quote")
	}
	if probs&probRecordTooLong != 0 {
		reasons = append(reasons, "row longer than "+formatSize(o.maxRecordBytes()))
	}
	if probs&probUnreadable != 0 {
		reasons = append(reasons, "row could not be read")
	}
	if rec.count > width && (rec.dropped || hasText(rec.cells[min(width, len(rec.cells)):])) ||
		rec.count < width && shortIsProblem {
		reasons = append(reasons, fmt.Sprintf("row has %s, the header has %d", cellCount(rec.count), width))
	}
	if probs&probCellTooLong != 0 {
		reasons = append(reasons, "cell longer than "+formatSize(int64(maxCell)))
	}
	if probs&probNUL != 0 {
		reasons = append(reasons, "binary data (NUL byte)")
	}
	return Row{Line: rec.line, Cells: cells, Problem: strings.Join(reasons, "; ")}
}

// cellCount renders a cell count for a Problem: "1 cell", "7 cells".
func cellCount(n int) string {
	if n == 1 {
		return "1 cell"
	}
	return fmt.Sprintf("%d cells", n)
}

func hasText(cells []string) bool {
	for _, c := range cells {
		if c != "" {
			return true
		}
	}
	return false
}

// truncateUTF8 cuts s to at most n bytes without splitting a character.
func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && n < len(s) && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}
