package importfile

import (
	"bytes"
	"io"
	"unicode/utf8"
)

// csvBufSize is the scanner's read buffer; memory per reader stays at this
// plus one capped record, whatever the file size.
const csvBufSize = 64 << 10

// csvScanner splits decoded UTF-8 text into records, tolerating what real
// exports contain instead of failing like encoding/csv does:
//
//   - a quote inside an unquoted cell is kept literally (5" screen);
//   - a quoted cell followed by more text before the delimiter ("Johnny"
//     Smith) is read as the literal text it is, quotes included, when the
//     quoted part is on one line; a stray quote in a multi-line quoted cell
//     is kept and the cell continues unquoted to the delimiter;
//   - a quote left open runs to the end of the file or to the record cap
//     (MaxCellBytes*MaxColumns bytes), whichever comes first, and the
//     record gets probUnterminated; at the cap, reading resyncs at the
//     next line;
//   - a cell is cut at MaxCellBytes, a record keeps at most MaxColumns+1
//     cells (the rest are counted), so memory is bounded;
//   - CRLF, LF and lone CR all end a record.
type csvScanner struct {
	r        io.Reader
	buf      []byte
	pos, end int
	eof      bool
	err      error // the first read error other than io.EOF

	delim     byte
	repair    bool // the text was sniffed as UTF-8: read invalid bytes as windows-1252
	maxCell   int
	maxFields int
	maxRecord int64

	// The current record: kept cells are concatenated in field, ends holds
	// where each one ends.
	field     []byte
	ends      []int
	count     int
	dropped   bool
	raw       int64 // bytes of input the record has used
	probs     problems
	cellLen   int // length of the current cell, kept or not
	cellTrunc bool
	skipLF    bool // the last record ended in CR: a following LF belongs to it
	ordinal   int  // records scanned so far
}

func newCSVScanner(r io.Reader, delim byte, repair bool, o Options) *csvScanner {
	return &csvScanner{
		r: r, buf: make([]byte, csvBufSize), delim: delim, repair: repair,
		maxCell: o.MaxCellBytes, maxFields: o.MaxColumns + 1, maxRecord: o.maxRecordBytes(),
	}
}

// fill makes sure an unread byte is buffered; false at the end of input.
func (s *csvScanner) fill() bool {
	if s.pos < s.end {
		return true
	}
	for !s.eof {
		n, err := s.r.Read(s.buf)
		s.pos, s.end = 0, n
		if err != nil {
			s.eof = true
			if err != io.EOF {
				s.err = err
			}
		}
		if n > 0 {
			return true
		}
	}
	return false
}

// scan reads the next record; false at the end of input (or on a read
// error, kept in s.err).
func (s *csvScanner) scan() bool {
	s.field, s.ends = s.field[:0], s.ends[:0]
	s.count, s.dropped, s.raw, s.probs = 0, false, 0, 0
	if s.skipLF {
		s.skipLF = false
		if s.fill() && s.buf[s.pos] == '\n' {
			s.pos++
		}
	}
	if !s.fill() {
		return false
	}
	s.ordinal++
	for more := true; more; {
		s.count++
		s.cellLen, s.cellTrunc = 0, false
		start := len(s.field)
		switch {
		case !s.fill():
			more = false
		case s.buf[s.pos] == '"':
			s.pos++
			s.raw++
			more = s.quoted(start)
		default:
			more = s.unquoted()
		}
		s.endCell(start)
	}
	return true
}

// unquoted reads the rest of an unquoted cell; true when a delimiter ended
// it and another cell follows.
func (s *csvScanner) unquoted() bool {
	for s.fill() {
		b := s.buf[s.pos:s.end]
		i := 0
		for i < len(b) && b[i] != s.delim && b[i] != '\n' && b[i] != '\r' {
			i++
		}
		s.add(b[:i])
		s.pos += i
		s.raw += int64(i)
		if i < len(b) {
			s.pos++
			s.raw++
			if b[i] == s.delim {
				return !s.overCap(probRecordTooLong)
			}
			s.skipLF = b[i] == '\r'
			return false
		}
		if s.overCap(probRecordTooLong) {
			return false
		}
	}
	return false
}

// quoted reads a cell that began with a quote; start is where its text
// begins in s.field. True when a delimiter ended it.
func (s *csvScanner) quoted(start int) bool {
	for {
		if !s.fill() {
			s.probs |= probUnterminated
			return false
		}
		b := s.buf[s.pos:s.end]
		if budget := max(s.maxRecord-s.raw+1, 1); int64(len(b)) > budget {
			b = b[:budget] // stop right past the cap, to resync from there
		}
		i := bytes.IndexByte(b, '"')
		if i < 0 {
			s.add(b)
			s.pos += len(b)
			s.raw += int64(len(b))
			if s.overCap(probUnterminated) {
				return false
			}
			continue
		}
		s.add(b[:i])
		s.pos += i + 1
		s.raw += int64(i) + 1
		if s.overCap(probUnterminated) {
			return false
		}
		if !s.fill() {
			return false // closed right at the end of input
		}
		switch c := s.buf[s.pos]; c {
		case '"':
			s.add([]byte{'"'})
			s.pos++
			s.raw++
		case s.delim:
			s.pos++
			s.raw++
			return !s.overCap(probRecordTooLong)
		case '\n', '\r':
			s.pos++
			s.raw++
			s.skipLF = c == '\r'
			return false
		default:
			s.strayQuote(start)
			return s.unquoted()
		}
	}
}

// strayQuote handles a closing quote followed by more text: the cell was
// not really quoted. If the quoted part is a plain one-line text, the cell
// becomes the literal text, both quotes included; otherwise (it spanned
// lines or held doubled quotes) only the stray quote is kept. The caller
// reads the rest of the cell unquoted.
func (s *csvScanner) strayQuote(start int) {
	if s.count <= s.maxFields && !s.cellTrunc &&
		bytes.IndexAny(s.field[start:], "\r\n\"") < 0 {
		s.field = append(s.field, 0)
		copy(s.field[start+1:], s.field[start:])
		s.field[start] = '"'
		s.cellLen++
	}
	s.add([]byte{'"'})
}

// add appends text to the current cell, cutting it at maxCell and keeping
// nothing for cells past maxFields.
func (s *csvScanner) add(b []byte) {
	if len(b) == 0 {
		return
	}
	s.cellLen += len(b)
	if s.count > s.maxFields {
		s.dropped = true
		return
	}
	kept := s.cellLen - len(b)
	if room := s.maxCell - kept; len(b) > room {
		b = b[:max(room, 0)]
		s.cellTrunc = true
		s.probs |= probCellTooLong
	}
	s.field = append(s.field, b...)
}

// endCell closes the current cell, dropping a character cut in half by the
// size cap.
func (s *csvScanner) endCell(start int) {
	if s.count > s.maxFields {
		return
	}
	if s.cellTrunc {
		cell := s.field[start:]
		for i := len(cell) - 1; i >= 0 && i >= len(cell)-utf8.UTFMax; i-- {
			if utf8.RuneStart(cell[i]) {
				if !utf8.FullRune(cell[i:]) {
					s.field = s.field[:start+i]
				}
				break
			}
		}
	}
	s.ends = append(s.ends, len(s.field))
}

// overCap reports whether the record has used more input than allowed; if
// so it marks the record with p and skips to the next line, where reading
// resyncs.
func (s *csvScanner) overCap(p problems) bool {
	if s.raw <= s.maxRecord {
		return false
	}
	s.probs |= p
	for s.fill() {
		b := s.buf[s.pos:s.end]
		if i := bytes.IndexAny(b, "\r\n"); i >= 0 {
			s.pos += i + 1
			s.skipLF = b[i] == '\r'
			return true
		}
		s.pos = s.end
	}
	return true
}

// record returns the scanned record's cells as strings sharing one
// allocation, repairing invalid UTF-8 when the text was sniffed as UTF-8.
func (s *csvScanner) record() record {
	rec := record{line: s.ordinal, count: s.count, dropped: s.dropped, probs: s.probs}
	if bytes.IndexByte(s.field, 0) >= 0 {
		rec.probs |= probNUL
	}
	rec.cells = make([]string, len(s.ends))
	if s.repair && !utf8.Valid(s.field) {
		prev := 0
		for i, end := range s.ends {
			rec.cells[i] = fixUTF8(s.field[prev:end])
			prev = end
		}
	} else {
		text := string(s.field)
		prev := 0
		for i, end := range s.ends {
			rec.cells[i] = text[prev:end]
			prev = end
		}
	}
	if cap(s.field) > 1<<20 { // do not keep a huge buffer for one odd record
		s.field = nil
	}
	return rec
}
