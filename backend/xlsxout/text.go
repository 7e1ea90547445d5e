package xlsxout

import (
	"strings"
	"unicode/utf8"
)

// MaxCellChars is Excel's limit on the characters (UTF-16 code units) of a
// cell.
const MaxCellChars = 32_767

// CutMarker ends a cell whose text was cut at MaxCellChars, so that a reader
// sees that something is missing.
const CutMarker = " …[cut: over 32,767 characters]"

// cellText returns s as it may be stored in a cell: cleaned (see
// cleanText), with a leading apostrophe when it looks like a formula, and
// cut to MaxCellChars with CutMarker at the end when too long.
func cellText(s string) string {
	s = cleanText(s)
	if looksLikeFormula(s) {
		s = "'" + s
	}
	if len(s) > MaxCellChars && utf16Len(s) > MaxCellChars { // bytes ≥ UTF-16 units: only then count
		s = cutUTF16(s, MaxCellChars-utf16Len(CutMarker)) + CutMarker
	}
	return s
}

// cleanText makes s valid XML text: invalid UTF-8 becomes U+FFFD; "\r\n"
// and "\r" become "\n"; other C0 and C1 control characters, DEL and the
// non-characters U+FFFE/U+FFFF are dropped (XML 1.0 forbids most of them
// and the rest render as boxes). Tabs and line breaks stay.
func cleanText(s string) string {
	if plainASCII(s) {
		return s
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '\r':
			if i < len(s) && s[i] == '\n' {
				i++
			}
			b.WriteByte('\n')
		case r == '\t' || r == '\n':
			b.WriteRune(r)
		case r < 0x20, r >= 0x7F && r <= 0x9F, r == 0xFFFE, r == 0xFFFF:
			// dropped
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// plainASCII reports whether s holds only printable ASCII, the common case
// that needs no cleaning.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7F {
			return false
		}
	}
	return true
}

// looksLikeFormula reports whether a spreadsheet, or a program that
// re-imports the cell as CSV, could take s for a formula: it starts with
// = + - @, a tab, a line break (OWASP CSV injection), or a full-width
// = + - @ that some IMEs turn into the ASCII ones.
func looksLikeFormula(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r', '\n':
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r == '＝' || r == '＋' || r == '－' || r == '＠'
}

// utf16Len is the length of s in UTF-16 code units, Excel's unit for cell
// text.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// cutUTF16 returns the longest prefix of s of at most limit UTF-16 code units
// that does not split a character.
func cutUTF16(s string, limit int) string {
	n := 0
	for i, r := range s {
		w := 1
		if r >= 0x10000 {
			w = 2
		}
		if n+w > limit {
			return s[:i]
		}
		n += w
	}
	return s
}
