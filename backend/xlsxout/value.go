package xlsxout

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// convert turns v into what a cell of kind k stores: nil (empty cell),
// int64 or float64 (numbers, and dates as Excel serial numbers), bool, or a
// cleaned and escaped string. A value the kind cannot take is written as
// text so that nothing is lost.
func convert(k Kind, v any) any {
	v = deref(v)
	if v == nil {
		return nil
	}
	switch k {
	case Number, Integer, Money, Percent:
		if n, ok := number(v); ok {
			return n
		}
	case Date, DateTime:
		if t, ok := timeOf(v, k == Date); ok {
			if t.IsZero() {
				return nil
			}
			if serial, ok := excelSerial(t, k == Date); ok {
				return serial
			}
			if k == Date {
				return t.Format("2006-01-02") // outside Excel's calendar: keep it readable
			}
			return t.Format("2006-01-02 15:04:05")
		}
	case Bool:
		switch b := v.(type) {
		case bool:
			return b
		case string:
			if p, err := strconv.ParseBool(strings.TrimSpace(b)); err == nil {
				return p
			}
		}
	}
	return cellText(text(v))
}

// deref unwraps the pointer types that nullable model fields use; a nil
// pointer is nil.
func deref(v any) any {
	switch p := v.(type) {
	case *string:
		if p != nil {
			return *p
		}
	case *int:
		if p != nil {
			return *p
		}
	case *int64:
		if p != nil {
			return *p
		}
	case *float64:
		if p != nil {
			return *p
		}
	case *bool:
		if p != nil {
			return *p
		}
	case *time.Time:
		if p != nil {
			return *p
		}
	default:
		return v
	}
	return nil
}

// number returns v as int64 or float64 (nil for a NaN or infinite float,
// which no cell can hold). Strings are parsed, surrounding spaces allowed.
func number(v any) (any, bool) {
	switch n := v.(type) {
	case int:
		return int64(n), true
	case int8:
		return int64(n), true
	case int16:
		return int64(n), true
	case int32:
		return int64(n), true
	case int64:
		return n, true
	case uint8:
		return int64(n), true
	case uint16:
		return int64(n), true
	case uint32:
		return int64(n), true
	case uint:
		return unsigned(uint64(n))
	case uint64:
		return unsigned(n)
	case float32:
		return finite(float64(n)), true
	case float64:
		return finite(n), true
	case json.Number:
		return parseNumber(string(n))
	case string:
		return parseNumber(n)
	}
	return nil, false
}

// unsigned keeps u exact when it fits an int64.
func unsigned(u uint64) (any, bool) {
	if u <= math.MaxInt64 {
		return int64(u), true
	}
	return float64(u), true
}

// finite returns f, or nil (an empty cell) for NaN and infinities, which
// no cell can hold.
func finite(f float64) any {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return nil
	}
	return f
}

func parseNumber(s string) (any, bool) {
	s = strings.TrimSpace(s)
	if i, err := strconv.ParseInt(s, 10, 64); err == nil {
		return i, true
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return nil, false // "NaN" stays text
	}
	return f, true
}

// timeOf returns v as a time: a time.Time as is, or a string in
// "YYYY-MM-DD", RFC 3339 or "YYYY-MM-DD hh:mm:ss" form (taken as wall
// clock).
func timeOf(v any, dateOnly bool) (time.Time, bool) {
	switch t := v.(type) {
	case time.Time:
		return t, true
	case string:
		s := strings.TrimSpace(t)
		if dateOnly && len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
			s = s[:10]
		}
		for _, layout := range []string{"2006-01-02", time.RFC3339Nano, "2006-01-02 15:04:05", "2006-01-02T15:04:05"} {
			if p, err := time.Parse(layout, s); err == nil {
				return p, true
			}
		}
	}
	return time.Time{}, false
}

// excelEpoch is day 0 of Excel's 1900 date system as Excel counts from
// 1900-03-01 on (its 1900-02-29, a day that never was, makes earlier
// serials off by one, so those dates are not written as numbers).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).Unix()

// excelSerial returns t's wall clock in its own zone as an Excel serial
// date (days since the epoch, time as the fraction), or false outside
// 1900-03-01 … 9999-12-31. dateOnly drops the time of day.
func excelSerial(t time.Time, dateOnly bool) (float64, bool) {
	y, m, d := t.Date()
	if y < 1900 || y > 9999 || y == 1900 && m < time.March {
		return 0, false
	}
	days := float64((time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() - excelEpoch) / 86400)
	if dateOnly {
		return days, true
	}
	h, mi, s := t.Clock()
	// Whole milliseconds: sub-millisecond digits only add float noise.
	ms := (h*3600+mi*60+s)*1000 + t.Nanosecond()/1e6
	serial := days + float64(ms)/86_400_000
	// Round to Excel's 15 significant digits here: excelize cuts longer
	// numbers off, which would turn 14:30:00 into 14:29:59.99999.
	serial, _ = strconv.ParseFloat(strconv.FormatFloat(serial, 'g', 15, 64), 64)
	return serial, true
}

// text formats a value of any kind for a Text cell (or a cell whose kind
// could not take it).
func text(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []byte:
		return string(x)
	case bool:
		if x {
			return "TRUE"
		}
		return "FALSE"
	case int:
		return strconv.Itoa(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 && x.Nanosecond() == 0 {
			return x.Format("2006-01-02")
		}
		return x.Format("2006-01-02 15:04:05")
	case fmt.Stringer:
		return x.String()
	case error:
		return x.Error()
	}
	return fmt.Sprint(v)
}
