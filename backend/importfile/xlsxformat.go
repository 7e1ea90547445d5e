package importfile

import (
	"strings"

	"github.com/xuri/excelize/v2"
)

// The number formats cells are rewritten to (see the comment in xlsx.go).
const (
	isoDate     = "yyyy-mm-dd"
	isoDateTime = `yyyy-mm-dd"T"hh:mm:ss`
	isoTime     = "hh:mm:ss"
	rawText     = "@"
)

// numFmtKind is what a number format says about the values it shows.
type numFmtKind int

const (
	kindRaw      numFmtKind = iota // show the raw value
	kindDate                       // a calendar date
	kindDateTime                   // a date and a time of day
	kindTime                       // a time of day
	kindKeep                       // keep the format: zero padding, elapsed time
)

// xlsxNumFmts rewrites the workbook's cell formats in memory so that the
// streaming iterator yields raw values, except ISO text for dates and
// times. If the style table cannot take the new formats, the workbook's
// own formats stay, and values read as displayed — still text, never an
// error.
func xlsxNumFmts(f *excelize.File) {
	if f.Styles == nil || f.Styles.CellXfs == nil {
		return
	}
	n := len(f.Styles.CellXfs.Xf)
	custom := map[int]string{}
	if f.Styles.NumFmts != nil {
		for _, nf := range f.Styles.NumFmts.NumFmt {
			if nf != nil {
				custom[nf.NumFmtID] = nf.FormatCode
			}
		}
	}
	ids := map[numFmtKind]int{}
	for kind, code := range map[numFmtKind]string{
		kindRaw: rawText, kindDate: isoDate, kindDateTime: isoDateTime, kindTime: isoTime,
	} {
		xf, err := f.NewStyle(&excelize.Style{CustomNumFmt: &code})
		if err != nil || xf >= len(f.Styles.CellXfs.Xf) || f.Styles.CellXfs.Xf[xf].NumFmtID == nil {
			return
		}
		ids[kind] = *f.Styles.CellXfs.Xf[xf].NumFmtID
	}
	for i := range n {
		xf := &f.Styles.CellXfs.Xf[i]
		id := 0
		if xf.NumFmtID != nil {
			id = *xf.NumFmtID
		}
		code, isCustom := custom[id]
		var kind numFmtKind
		if isCustom {
			kind = classifyNumFmt(code)
		} else {
			kind = builtinNumFmtKind(id)
		}
		if kind == kindKeep {
			continue
		}
		newID := ids[kind]
		xf.NumFmtID = &newID
	}
}

// builtinNumFmtKind classifies Excel's built-in formats by id. 27–36 and
// 50–58 are the locale date formats of East Asian Excel versions.
func builtinNumFmtKind(id int) numFmtKind {
	switch {
	case id >= 14 && id <= 17, id >= 27 && id <= 31, id == 36, id >= 50 && id <= 58:
		return kindDate
	case id == 22:
		return kindDateTime
	case id >= 18 && id <= 21, id >= 32 && id <= 35, id == 45, id == 47:
		return kindTime
	case id == 46: // [h]:mm:ss
		return kindKeep
	}
	return kindRaw
}

// classifyNumFmt classifies a custom format code by the date and time
// tokens of its first section, ignoring quoted text, escaped characters,
// and bracketed colours and locales. "m" alone is ambiguous (month or
// minute) and decides nothing.
func classifyNumFmt(code string) numFmtKind {
	if code != "" && strings.Trim(code, "0") == "" {
		return kindKeep // zero padding: 00000
	}
	var date, clock bool
	for i := 0; i < len(code); i++ {
		switch c := code[i] | 0x20; {
		case code[i] == ';':
			i = len(code)
		case code[i] == '"':
			if j := strings.IndexByte(code[i+1:], '"'); j >= 0 {
				i += j + 1
			} else {
				i = len(code)
			}
		case code[i] == '\\', code[i] == '_', code[i] == '*':
			i++
		case code[i] == '[':
			j := strings.IndexByte(code[i:], ']')
			if j < 0 {
				return kindRaw
			}
			if tok := strings.ToLower(code[i+1 : i+j]); tok != "" && strings.Trim(tok, "hms") == "" {
				return kindKeep // elapsed time: [h]:mm
			}
			i += j
		case c == 'y', c == 'd':
			date = true
		case c == 'h', c == 's':
			clock = true
		}
	}
	switch {
	case date && clock:
		return kindDateTime
	case date:
		return kindDate
	case clock:
		return kindTime
	}
	return kindRaw
}
