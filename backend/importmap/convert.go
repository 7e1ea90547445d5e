package importmap

import (
	"net/mail"
	"strings"
	"time"

	"fieldvault/backend/model"
	"fieldvault/backend/schema"
)

// Options are how an import reads its text cells.
type Options struct {
	Decimal   string         // model.DecimalPoint or DecimalComma ("" = point)
	DateOrder string         // model.DateOrderDMY or DateOrderMDY ("" = day first unless impossible)
	Location  *time.Location // zone of date-times without an offset (nil = UTC)
}

// Convert turns the text of one cell into the value field f takes in
// schema.Entity.Normalize: text (kept verbatim apart from trimming, so a
// formula such as =HYPERLINK(...) is stored as text), numbers as float64,
// yes/no as bool, tags as []string, dates as YYYY-MM-DD, date-times as RFC
// 3339, enum values matched to their option, emails out of "Name <addr>"
// or "mailto:"; line breaks and tabs in a one-line field become spaces. An
// empty cell is the field's empty value. Ref fields keep
// the text (a name, email or id the caller resolves). reason is "" or why
// the cell cannot be read.
func Convert(f *schema.Field, cell string, o Options) (value any, reason string) {
	s := strings.TrimSpace(cell)
	if f.Type == model.FieldLongText {
		s = strings.TrimRight(cell, " \t\r\n")
		s = strings.ReplaceAll(s, "\r\n", "\n")
	} else {
		// a spreadsheet cell may wrap; a one-line field takes it as spaces
		s = oneLine.Replace(s)
	}
	switch f.Type {
	case model.FieldNumber, model.FieldMoney:
		if s == "" {
			return nil, ""
		}
		x, err := ParseNumber(s, o.Decimal)
		if err != nil {
			return nil, "Not a number (" + err.Error() + ")."
		}
		return x, ""
	case model.FieldBool:
		b, err := ParseBool(s)
		if err != nil {
			return nil, "Expected yes or no."
		}
		return b, ""
	case model.FieldTags:
		return SplitTags(s), ""
	}
	if s == "" {
		return "", ""
	}
	switch f.Type {
	case model.FieldDate:
		d, err := ParseDate(s, o.DateOrder)
		if err != nil {
			return nil, "Not a date."
		}
		return d, ""
	case model.FieldDateTime:
		loc := o.Location
		if loc == nil {
			loc = time.UTC
		}
		d, err := ParseDateTime(s, o.DateOrder, loc)
		if err != nil {
			return nil, "Not a date and time."
		}
		return d, ""
	case model.FieldEnum:
		if v, ok := MatchOption(s, f.Options); ok {
			return v, ""
		}
		return nil, "Not one of: " + strings.Join(f.Options, ", ") + "."
	case model.FieldEmail:
		return Email(s), ""
	case model.FieldPhone:
		return Phone(s), ""
	}
	return s, ""
}

var oneLine = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ", "\t", " ")

// Email returns the address of "mailto:a@b", "Name <a@b>" or "a@b"; other
// text unchanged (validation then says what is wrong).
func Email(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 7 && strings.EqualFold(s[:7], "mailto:") {
		s = s[7:]
	}
	if strings.Contains(s, "<") {
		if a, err := mail.ParseAddress(s); err == nil {
			return a.Address
		}
	}
	return s
}

// Phone strips a "tel:" prefix and turns "/" separators into spaces
// ("030/1234567"), leaving the number as written otherwise.
func Phone(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 4 && strings.EqualFold(s[:4], "tel:") {
		s = s[4:]
	}
	return strings.TrimSpace(strings.ReplaceAll(s, "/", " "))
}
