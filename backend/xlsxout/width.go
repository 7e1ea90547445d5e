package xlsxout

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Column widths, in Excel character units.
const (
	minWidth = 6
	maxWidth = 60 // wider text wraps in the reader's eye anyway; they can widen it
)

// measure widens the sampled widths by the display length of one row.
func (s *SheetWriter) measure(vals []any) {
	for i, v := range vals {
		if c, ok := v.(excelize.Cell); ok {
			v = c.Value
		}
		if n := displayLen(s.cols[i], v); n > s.widths[i] {
			s.widths[i] = n
		}
	}
}

// width is the width of column i: the caller's, or enough for its title
// (bold, with the filter button), its kind and the sampled values.
func (s *SheetWriter) width(i int) float64 {
	c := s.cols[i]
	if c.Width > 0 {
		return c.Width
	}
	title := cleanText(c.Title)
	if j := strings.IndexByte(title, '\n'); j >= 0 {
		title = title[:j]
	}
	w := math.Max(kindWidth(c.Kind), float64(utf8.RuneCountInString(title))*1.1+4)
	w = math.Max(w, s.widths[i]*1.05+2)
	return math.Round(math.Min(math.Max(w, minWidth), maxWidth)*10) / 10
}

// displayLen estimates how many characters v takes as shown in column c.
func displayLen(c Column, v any) float64 {
	switch x := v.(type) {
	case nil:
		return 0
	case string:
		if j := strings.IndexByte(x, '\n'); j >= 0 {
			x = x[:j]
		}
		if len(x) > 4*maxWidth {
			return maxWidth
		}
		return float64(utf8.RuneCountInString(x))
	case bool:
		return 5
	case int64:
		return numberLen(c, float64(x))
	case float64:
		return numberLen(c, x)
	}
	return 0
}

// numberLen is the length of n in c's number format: digits, thousands
// separators, decimals, sign and currency.
func numberLen(c Column, n float64) float64 {
	switch c.Kind {
	case Date:
		return 10
	case DateTime:
		return 19
	case Percent:
		n *= 100
	}
	digits := 1.0
	if a := math.Abs(n); a >= 1 {
		digits = math.Floor(math.Log10(a)) + 1
	}
	l := digits + math.Floor((digits-1)/3)
	if n < 0 {
		l++
	}
	switch c.Kind {
	case Number:
		l += 3
	case Money:
		l += 3 + float64(utf8.RuneCountInString(currencyShown(c.Currency))) + 1
	case Percent:
		l += 3
	case Text:
		l = float64(len(text(n)))
	}
	return l
}
