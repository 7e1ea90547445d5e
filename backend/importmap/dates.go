package importmap

import (
	"errors"
	"strconv"
	"strings"
	"time"
)

// ParseDate reads a date as ISO (2024-03-05, 2024/03/05, 20240305),
// day-first or month-first numeric (05.03.2024, 05/03/2024, 3-5-24: order
// is model.DateOrderDMY, DateOrderMDY or "" for day first unless the day
// cannot be one), with a month name (5 Mar 2024, March 5, 2024, 5-Mar-24),
// or ISO date-times (the date part). Two-digit years are 2000–2069 or
// 1970–1999. Returns "YYYY-MM-DD".
func ParseDate(s, order string) (string, error) {
	t, err := parseDate(strings.TrimSpace(s), order)
	if err != nil {
		return "", err
	}
	return t.Format(time.DateOnly), nil
}

// ParseDateTime reads a date-time: RFC 3339 (any offset), "2024-03-05
// 14:30[:00]", a date in any ParseDate form followed by a time ("05.03.2024
// 14:30", "3/5/2024 2:30 PM"), or a date alone (midnight). A time without an
// offset is in loc. Returns RFC 3339 in UTC.
func ParseDateTime(s, order string, loc *time.Location) (string, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC().Format(time.RFC3339), nil
	}
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02 15:04:05Z07:00"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t.UTC().Format(time.RFC3339), nil
		}
	}
	datePart, clock := splitClock(s)
	d, err := parseDate(datePart, order)
	if err != nil {
		return "", err
	}
	h, m, sec, err := parseClock(clock)
	if err != nil {
		return "", err
	}
	t := time.Date(d.Year(), d.Month(), d.Day(), h, m, sec, 0, loc)
	return t.UTC().Format(time.RFC3339), nil
}

// splitClock splits "date time" where the time is the last one or two
// fields holding a colon (and an AM/PM marker).
func splitClock(s string) (string, string) {
	f := strings.Fields(s)
	for i := len(f) - 1; i > 0; i-- {
		if strings.Contains(f[i], ":") {
			return strings.Join(f[:i], " "), strings.Join(f[i:], " ")
		}
	}
	return s, ""
}

func parseClock(s string) (h, m, sec int, err error) {
	if s == "" {
		return 0, 0, 0, nil
	}
	pm, am := false, false
	low := strings.ToLower(s)
	if strings.HasSuffix(low, "pm") || strings.HasSuffix(low, "am") {
		pm, am = strings.HasSuffix(low, "pm"), strings.HasSuffix(low, "am")
		low = strings.TrimSpace(low[:len(low)-2])
	}
	parts := strings.Split(low, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, 0, 0, errors.New("not a time of day")
	}
	n := make([]int, 3)
	for i, p := range parts {
		if i == 2 {
			p, _, _ = strings.Cut(p, ".")
		}
		v, e := strconv.Atoi(p)
		if e != nil || v < 0 {
			return 0, 0, 0, errors.New("not a time of day")
		}
		n[i] = v
	}
	h, m, sec = n[0], n[1], n[2]
	if pm || am {
		if h < 1 || h > 12 {
			return 0, 0, 0, errors.New("not a time of day")
		}
		if pm && h != 12 {
			h += 12
		} else if am && h == 12 {
			h = 0
		}
	}
	if h > 23 || m > 59 || sec > 59 {
		return 0, 0, 0, errors.New("not a time of day")
	}
	return h, m, sec, nil
}

var months = map[string]time.Month{
	"jan": 1, "january": 1, "janv": 1, "januar": 1, "feb": 2, "february": 2, "februar": 2, "fev": 2, "mar": 3, "march": 3, "mär": 3, "märz": 3, "mars": 3, "marz": 3,
	"apr": 4, "april": 4, "avr": 4, "may": 5, "mai": 5, "jun": 6, "june": 6, "juni": 6, "juin": 6, "jul": 7, "july": 7, "juli": 7, "juil": 7,
	"aug": 8, "august": 8, "aout": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "okt": 10, "oktober": 10,
	"nov": 11, "november": 11, "dec": 12, "december": 12, "dez": 12, "dezember": 12,
}

func parseDate(s, order string) (time.Time, error) {
	if s == "" {
		return time.Time{}, errEmpty
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	if len(s) >= 10 && (s[10:] == "" || s[10] == 'T' || s[10] == ' ') {
		if t, err := time.Parse("2006-01-02", s[:10]); err == nil {
			return t, nil
		}
	}
	if len(s) == 8 && allDigits(s) {
		if t, err := time.Parse("20060102", s); err == nil {
			return t, nil
		}
	}
	parts := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == '.' || r == '/' || r == '-' || r == ' ' || r == ','
	})
	if len(parts) != 3 {
		return time.Time{}, errors.New("not a date")
	}
	// a month name anywhere
	for i, p := range parts {
		if mo, ok := months[strings.TrimSuffix(p, ".")]; ok {
			rest := append(append([]string{}, parts[:i]...), parts[i+1:]...)
			day, year := rest[0], rest[1]
			if len(rest[0]) == 4 { // 2024 Mar 5
				day, year = rest[1], rest[0]
			}
			return makeDate(year, int(mo), day)
		}
	}
	if !allDigits(parts[0]) || !allDigits(parts[1]) || !allDigits(parts[2]) {
		return time.Time{}, errors.New("not a date")
	}
	if len(parts[0]) == 4 { // 2024/03/05
		m, _ := strconv.Atoi(parts[1])
		return makeDate(parts[0], m, parts[2])
	}
	a, _ := strconv.Atoi(parts[0])
	b, _ := strconv.Atoi(parts[1])
	dayFirst := order != "mdy"
	if order == "" && a <= 12 && b > 12 {
		dayFirst = false
	}
	if dayFirst {
		return makeDate(parts[2], b, parts[0])
	}
	return makeDate(parts[2], a, parts[1])
}

func makeDate(year string, month int, day string) (time.Time, error) {
	y, err1 := strconv.Atoi(year)
	d, err2 := strconv.Atoi(day)
	if err1 != nil || err2 != nil {
		return time.Time{}, errors.New("not a date")
	}
	switch len(year) {
	case 2:
		if y < 70 {
			y += 2000
		} else {
			y += 1900
		}
	case 4:
	default:
		return time.Time{}, errors.New("not a date")
	}
	if month < 1 || month > 12 || d < 1 || d > 31 || y < 1000 {
		return time.Time{}, errors.New("not a date")
	}
	t := time.Date(y, time.Month(month), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, errors.New("no such day")
	}
	return t, nil
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// GuessDateOrder decides a column's order of numeric dates: month first
// when some value's second number is over 12 and none's first is; day first
// otherwise.
func GuessDateOrder(values []string) string {
	dmy, mdy := false, false
	for _, v := range values {
		parts := strings.FieldsFunc(v, func(r rune) bool { return r == '.' || r == '/' || r == '-' || r == ' ' })
		if len(parts) < 3 || len(parts[0]) == 4 || !allDigits(parts[0]) || !allDigits(parts[1]) {
			continue
		}
		a, _ := strconv.Atoi(parts[0])
		b, _ := strconv.Atoi(parts[1])
		if a > 12 && b <= 12 {
			dmy = true
		}
		if b > 12 && a <= 12 {
			mdy = true
		}
	}
	if mdy && !dmy {
		return "mdy"
	}
	return "dmy"
}
