package xlsxout

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind says how a column's values are stored and shown. Formats are fixed
// and locale-neutral (ISO dates) so that an export reads the same on every
// machine; Excel still shows the thousands and decimal separators of the
// reader's locale.
type Kind int

// The column kinds. Values a kind cannot take are written as text (see
// SheetWriter.Row), never dropped.
const (
	Text     Kind = iota // string; other values are formatted as text
	Number               // float, 2 decimals: #,##0.00
	Integer              // whole number: #,##0
	Money                // amount in Column.Currency, 2 decimals
	Percent              // fraction: 0.25 shows 25.0%
	Date                 // time.Time (its calendar date) or "YYYY-MM-DD": yyyy-mm-dd
	DateTime             // time.Time (wall clock in its own zone) or RFC 3339: yyyy-mm-dd hh:mm:ss
	Bool                 // bool: TRUE / FALSE
)

// String returns the kind's name, for messages.
func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

var kindNames = []string{"text", "number", "integer", "money", "percent", "date", "datetime", "bool"}

// Column describes one column of a sheet.
type Column struct {
	Title string // header text; cleaned and escaped like any cell
	Kind  Kind
	// Width in Excel character units; 0 sizes the column from its title,
	// its kind and the first 100 rows. At most 255.
	Width float64
	// Currency of a Money column: an ISO 4217 code ("EUR", shown as € for
	// the common ones and as a suffix "1,234.50 CHF" otherwise) or a symbol
	// ("€"); empty shows a plain amount. At most 8 characters, no quotes or
	// backslashes.
	Currency string
}

// numFmt returns the custom number format of a column, "" for none.
func (c Column) numFmt() string {
	switch c.Kind {
	case Number:
		return "#,##0.00"
	case Integer:
		return "#,##0"
	case Money:
		return moneyFormat(c.Currency)
	case Percent:
		return "0.0%"
	case Date:
		return "yyyy-mm-dd"
	case DateTime:
		return "yyyy-mm-dd hh:mm:ss"
	}
	return ""
}

// currencySymbols are the ISO codes shown as a prefix symbol. Others are
// shown as a suffix code, which is never ambiguous ("$" is not only USD).
var currencySymbols = map[string]string{"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "KRW": "₩"}

// currencyShown is the currency as a Money cell shows it.
func currencyShown(cur string) string {
	if sym := currencySymbols[cur]; sym != "" {
		return sym
	}
	return cur
}

// moneyFormat builds the number format of an amount in cur (already
// validated by checkCurrency).
func moneyFormat(cur string) string {
	const amount = "#,##0.00"
	switch {
	case cur == "":
		return amount
	case currencySymbols[cur] != "":
		return `"` + currencySymbols[cur] + `"` + amount
	case strings.IndexFunc(cur, unicode.IsLetter) >= 0:
		return amount + ` "` + cur + `"`
	default: // a symbol
		return `"` + cur + `"` + amount
	}
}

// checkCurrency reports why cur cannot be used in a number format, or "".
func checkCurrency(cur string) string {
	if utf8.RuneCountInString(cur) > 8 {
		return "A currency is at most 8 characters."
	}
	if strings.ContainsAny(cur, "\"\\") || !utf8.ValidString(cur) || strings.IndexFunc(cur, unicode.IsControl) >= 0 {
		return "A currency may not contain quotes, backslashes or control characters."
	}
	return ""
}

// kindWidth is the least width that shows a typical value of the kind.
func kindWidth(k Kind) float64 {
	switch k {
	case Number, Money:
		return 14
	case Integer:
		return 10
	case Percent:
		return 9
	case Date:
		return 11
	case DateTime:
		return 19
	case Bool:
		return 7
	}
	return 12
}
