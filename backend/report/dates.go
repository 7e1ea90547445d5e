package report

import (
	"fmt"
	"time"

	"fieldvault/backend/model"
)

// tsLayout is how the store writes datetimes; bounds are bound in it.
const tsLayout = "2006-01-02T15:04:05.000Z"

// clock is the viewer's time frame for one compile: today at local
// midnight in a fixed zone with the viewer's offset at now (see the
// package doc for why one offset).
type clock struct {
	today  time.Time
	offset int // seconds east of UTC
	zone   *time.Location
}

func newClock(now time.Time, loc *time.Location) clock {
	if loc == nil {
		loc = time.UTC
	}
	l := now.In(loc)
	_, off := l.Zone()
	z := time.FixedZone("viewer", off)
	y, m, d := l.Date()
	return clock{today: time.Date(y, m, d, 0, 0, 0, 0, z), offset: off, zone: z}
}

// modifier is the strftime modifier turning stored UTC into viewer time.
func (c clock) modifier() string { return fmt.Sprintf("%+d seconds", c.offset) }

// span is a half-open interval [lo, hi) of instants in the clock's zone;
// months or days say its calendar length, for the previous period.
type span struct {
	lo, hi time.Time
	months int
	days   int
}

// previous is the span of the same calendar length just before s.
func (s span) previous() span {
	if s.months > 0 {
		return span{lo: s.lo.AddDate(0, -s.months, 0), hi: s.lo, months: s.months}
	}
	d := s.days
	if d <= 0 {
		d = max(1, int(s.hi.Sub(s.lo).Hours()/24))
	}
	return span{lo: s.lo.AddDate(0, 0, -d), hi: s.lo, days: d}
}

func isRelative(op string) bool {
	switch op {
	case OpToday, OpYesterday, OpThisWeek, OpLastWeek, OpThisMonth, OpLastMonth,
		OpThisQuarter, OpLastQuarter, OpThisYear, OpLastYear, OpLastNDays, OpNextNDays:
		return true
	}
	return false
}

// relative returns the span of a relative-date operator. lastNDays is the
// n days ending today (today included), nextNDays the n days starting
// today. ok is false for any other operator.
func (c clock) relative(op string, n int) (span, bool) {
	t := c.today
	days := func(lo time.Time, d int) span { return span{lo: lo, hi: lo.AddDate(0, 0, d), days: d} }
	months := func(lo time.Time, m int) span { return span{lo: lo, hi: lo.AddDate(0, m, 0), months: m} }
	monday := t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
	month := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, c.zone)
	quarter := time.Date(t.Year(), (t.Month()-1)/3*3+1, 1, 0, 0, 0, 0, c.zone)
	year := time.Date(t.Year(), 1, 1, 0, 0, 0, 0, c.zone)
	switch op {
	case OpToday:
		return days(t, 1), true
	case OpYesterday:
		return days(t.AddDate(0, 0, -1), 1), true
	case OpThisWeek:
		return days(monday, 7), true
	case OpLastWeek:
		return days(monday.AddDate(0, 0, -7), 7), true
	case OpThisMonth:
		return months(month, 1), true
	case OpLastMonth:
		return months(month.AddDate(0, -1, 0), 1), true
	case OpThisQuarter:
		return months(quarter, 3), true
	case OpLastQuarter:
		return months(quarter.AddDate(0, -3, 0), 3), true
	case OpThisYear:
		return months(year, 12), true
	case OpLastYear:
		return months(year.AddDate(-1, 0, 0), 12), true
	case OpLastNDays:
		return days(t.AddDate(0, 0, 1-n), n), true
	case OpNextNDays:
		return days(t, n), true
	}
	return span{}, false
}

// valueSpan parses a date operand for a field of type typ into the span
// it names: a "YYYY-MM-DD" day (local to the viewer for datetimes), or for
// datetime fields an RFC 3339 instant truncated to its second.
func (c clock) valueSpan(typ string, v any) (span, bool) {
	s, ok := v.(string)
	if !ok || len(s) > 64 {
		return span{}, false
	}
	if d, err := time.ParseInLocation(time.DateOnly, s, c.zone); err == nil {
		return span{lo: d, hi: d.AddDate(0, 0, 1), days: 1}, true
	}
	if typ != model.FieldDateTime {
		return span{}, false
	}
	ts, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return span{}, false
	}
	ts = ts.Truncate(time.Second).In(c.zone)
	return span{lo: ts, hi: ts.Add(time.Second)}, true
}

// bound formats an instant as the stored text of a field of type typ.
func bound(typ string, t time.Time) string {
	if typ == model.FieldDate {
		return t.Format(time.DateOnly)
	}
	return t.UTC().Format(tsLayout)
}

// Period is the date range of a report's period filter, inclusive, as
// "YYYY-MM-DD" in the viewer's frame.
type Period struct {
	From string `json:"from"`
	To   string `json:"to"`
}

func (s span) period() *Period {
	// A sub-day span (one instant) still names the day it falls on.
	to := s.hi.Add(-time.Nanosecond)
	return &Period{From: s.lo.Format(time.DateOnly), To: to.Format(time.DateOnly)}
}
