package importmap

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"unicode"
)

// ParseNumber reads a number written with locale separators: "1,234.56",
// "1.234,56", "1 234,56", "1'234.50", "€ 1.234", "-12", "(12.50)" (negative),
// "12.5%" (12.5). decimal is model.DecimalPoint, DecimalComma or "" (auto:
// with both separators the last is the decimal one; a lone separator
// followed by exactly three digits is a thousands separator only when it
// repeats, e.g. "1,234,567"; "1,234" alone reads as 1.234 with a comma
// decimal and 1234 with a point one — auto takes the point rule). Errors
// name what is wrong.
func ParseNumber(s, decimal string) (float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, errEmpty
	}
	s = stripCurrencyCode(s)
	neg := false
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		neg, s = true, s[1:len(s)-1]
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9', r == '.', r == ',':
			b.WriteRune(r)
		case r == '-' || r == '−':
			if b.Len() > 0 {
				return 0, errors.New("a minus sign inside the number")
			}
			neg = !neg
		case r == '+' || r == '%' || r == '\'' || r == '’' || unicode.IsSpace(r) || unicode.Is(unicode.Sc, r):
		default:
			return 0, errors.New("not a number")
		}
	}
	digits := b.String()
	if digits == "" || strings.Trim(digits, ".,") == "" {
		return 0, errors.New("not a number")
	}
	dec := decimal
	if dec == "" {
		dec = guessOne(digits)
	}
	thou := ","
	if dec == "," {
		thou = "."
	}
	if strings.Count(digits, dec) > 1 {
		return 0, errors.New("more than one decimal separator")
	}
	if i := strings.Index(digits, dec); i >= 0 && strings.LastIndex(digits, thou) > i {
		return 0, errors.New("separators in the wrong order")
	}
	plain := strings.ReplaceAll(digits, thou, "")
	plain = strings.Replace(plain, dec, ".", 1)
	x, err := strconv.ParseFloat(plain, 64)
	if err != nil || math.IsInf(x, 0) || math.IsNaN(x) {
		return 0, errors.New("not a number")
	}
	if neg {
		x = -x
	}
	return x, nil
}

// stripCurrencyCode drops a three-letter upper-case currency code before
// or after the amount ("EUR 12", "12 USD").
func stripCurrencyCode(s string) string {
	f := strings.Fields(s)
	if len(f) < 2 {
		return s
	}
	if isUpper(f[0]) && len(f[0]) == 3 {
		return strings.Join(f[1:], " ")
	}
	if l := f[len(f)-1]; isUpper(l) && len(l) == 3 {
		return strings.Join(f[:len(f)-1], " ")
	}
	return s
}

func isUpper(s string) bool {
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return s != ""
}

// guessOne decides the decimal separator of one number's digits and
// separators (see ParseNumber).
func guessOne(d string) string {
	lp, lc := strings.LastIndex(d, "."), strings.LastIndex(d, ",")
	switch {
	case lp >= 0 && lc >= 0:
		if lp > lc {
			return "."
		}
		return ","
	case lc >= 0:
		if strings.Count(d, ",") > 1 || len(d)-lc-1 == 3 {
			return "." // 1,234 or 1,234,567: commas group thousands
		}
		return ","
	}
	return "."
}

// GuessDecimal decides a column's decimal separator from its values: a
// value that can only be read one way decides ("1.234,5" → comma; "1,5" →
// comma; "1,234.5" → point); model.DecimalPoint when none does.
func GuessDecimal(values []string) string {
	comma, point := 0, 0
	for _, v := range values {
		d := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' || r == '.' || r == ',' {
				return r
			}
			return -1
		}, v)
		lp, lc := strings.LastIndex(d, "."), strings.LastIndex(d, ",")
		switch {
		case lp >= 0 && lc >= 0 && lc > lp, lc >= 0 && lp < 0 && strings.Count(d, ",") == 1 && len(d)-lc-1 != 3,
			lp >= 0 && lc < 0 && strings.Count(d, ".") > 1:
			comma++
		case lp >= 0 && lc >= 0 && lp > lc, lp >= 0 && lc < 0 && strings.Count(d, ".") == 1 && len(d)-lp-1 != 3,
			lc >= 0 && lp < 0 && strings.Count(d, ",") > 1:
			point++
		}
	}
	if comma > point {
		return ","
	}
	return "."
}

var errEmpty = errors.New("empty")

// ParseBool reads yes/no in the forms spreadsheets and CRMs write them:
// true/false, yes/no, y/n, 1/0, x (checked), on/off, opted in/out, and
// ja/nein, oui/non, si/no. An empty cell is false.
func ParseBool(s string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "false", "no", "n", "0", "off", "opted out", "optedout", "unsubscribed", "nein", "non", "f", "-":
		return false, nil
	case "true", "yes", "y", "1", "x", "✓", "✔", "on", "opted in", "optedin", "subscribed", "ja", "oui", "si", "sí", "t":
		return true, nil
	}
	return false, errors.New("expected yes or no")
}

// MatchOption returns the option of an enum field that s names, ignoring
// case, spaces and punctuation ("closed won", "Closed-Won" → "closed_won";
// "cold call" → "Cold call").
func MatchOption(s string, options []string) (string, bool) {
	k := Key(s)
	if k == "" {
		return "", false
	}
	for _, o := range options {
		if Key(o) == k {
			return o, true
		}
	}
	return "", false
}

// SplitTags splits a tags cell on ";", "," or "|" and drops empty parts.
func SplitTags(s string) []string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' || r == '|' })
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// SplitName splits a full name into first and last: "Doe, Jane" → Jane,
// Doe; "Jane van der Berg" → Jane, van der Berg; "Prince" → "", Prince.
func SplitName(s string) (first, last string) {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, ","); i >= 0 {
		return strings.TrimSpace(s[i+1:]), strings.TrimSpace(s[:i])
	}
	f := strings.Fields(s)
	switch len(f) {
	case 0:
		return "", ""
	case 1:
		return "", f[0]
	}
	// particles start the last name: "Ludwig van Beethoven"
	for i := 1; i < len(f)-1; i++ {
		switch strings.ToLower(f[i]) {
		case "van", "von", "de", "der", "den", "da", "di", "del", "della", "la", "le", "du", "dos", "das", "ten", "ter", "zu", "bin", "al":
			return strings.Join(f[:i], " "), strings.Join(f[i:], " ")
		}
	}
	return strings.Join(f[:len(f)-1], " "), f[len(f)-1]
}
