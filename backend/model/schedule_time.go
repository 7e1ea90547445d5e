package model

import (
	"errors"
	"os"
	"strings"
	"time"
	_ "time/tzdata" // zone names resolve on machines without a zoneinfo database (Windows)
)

// Recurrence is when a schedule fires: at Hour:Minute on the wall clock of
// Loc, every day, every week on Weekday (ISO: 1 Monday .. 7 Sunday) or
// every month on DayOfMonth (1..28, or LastDayOfMonth).
type Recurrence struct {
	Frequency  string
	Weekday    int
	DayOfMonth int
	Hour       int
	Minute     int
	Loc        *time.Location
}

// RecurrenceOf builds the recurrence of a stored schedule. Errors: an
// unknown zone or a time that is not HH:MM.
func RecurrenceOf(frequency string, weekday, dayOfMonth int, clock, zone string) (Recurrence, error) {
	h, m, ok := ParseClock(clock)
	if !ok {
		return Recurrence{}, errors.New("schedule time is not HH:MM")
	}
	loc, err := LoadZone(zone)
	if err != nil {
		return Recurrence{}, err
	}
	return Recurrence{Frequency: frequency, Weekday: weekday, DayOfMonth: dayOfMonth, Hour: h, Minute: m, Loc: loc}, nil
}

// LoadZone loads an IANA zone by name; "Local" and "" are refused (a
// schedule must mean the same hour wherever the workspace is opened).
func LoadZone(name string) (*time.Location, error) {
	if name == "" || name == "Local" {
		return nil, errors.New("no time zone name")
	}
	return time.LoadLocation(name)
}

// LocalZoneName is the machine's IANA zone name — from TZ, else the
// /etc/localtime link (Linux, macOS) — and "UTC" when none can be told
// (Windows: the window sends the browser's zone instead).
func LocalZoneName() string {
	var names []string
	if tz := strings.TrimPrefix(os.Getenv("TZ"), ":"); tz != "" {
		names = append(names, tz)
	}
	if target, err := os.Readlink("/etc/localtime"); err == nil {
		if _, name, ok := strings.Cut(target, "zoneinfo/"); ok {
			names = append(names, name)
		}
	}
	for _, n := range names {
		if _, err := LoadZone(n); err == nil {
			return n
		}
	}
	return "UTC"
}

// Next returns the first firing strictly after t, in UTC. Days are calendar
// days of Loc, so a daily 09:00 stays 09:00 across daylight-saving changes.
// A wall time that does not exist that day (clocks spring forward over it)
// fires at the instant it would have had before the change — 02:30 becomes
// 03:30; a wall time that occurs twice (clocks fall back) fires once, at
// the first occurrence. The zero time when r matches no day (an invalid
// recurrence).
func (r Recurrence) Next(t time.Time) time.Time {
	loc := r.Loc
	if loc == nil {
		loc = time.UTC
	}
	y, m, d := t.In(loc).Date()
	// From the day before: a firing of that day may still lie after t once
	// resolved (a gap that pushes it past midnight).
	for i := -1; i <= 400; i++ {
		day := time.Date(y, m, d+i, 0, 0, 0, 0, time.UTC) // calendar arithmetic only
		if !r.matches(day) {
			continue
		}
		if at := wallTime(day.Year(), day.Month(), day.Day(), r.Hour, r.Minute, loc); at.After(t) {
			return at.UTC()
		}
	}
	return time.Time{}
}

// matches reports whether the calendar day (a UTC midnight) is a firing day.
func (r Recurrence) matches(day time.Time) bool {
	switch r.Frequency {
	case FrequencyDaily:
		return true
	case FrequencyWeekly:
		return isoWeekday(day) == r.Weekday
	case FrequencyMonthly:
		if r.DayOfMonth == LastDayOfMonth {
			return day.AddDate(0, 0, 1).Day() == 1
		}
		return day.Day() == r.DayOfMonth
	}
	return false
}

func isoWeekday(t time.Time) int {
	if wd := int(t.Weekday()); wd != 0 {
		return wd
	}
	return 7
}

// wallTime resolves a wall-clock time of loc to an instant by the rules of
// Next. time.Date leaves gaps and overlaps unspecified (and resolves them
// differently per zone), so the offsets around the day are tried
// explicitly: an offset o fits when the instant wall-o has offset o.
func wallTime(y int, mo time.Month, d, h, mi int, loc *time.Location) time.Time {
	naive := time.Date(y, mo, d, h, mi, 0, 0, time.UTC)
	offsetAt := func(t time.Time) int { _, o := t.In(loc).Zone(); return o }
	before := offsetAt(naive.Add(-26 * time.Hour))
	var best time.Time
	for _, o := range []int{before, offsetAt(naive.Add(26 * time.Hour)), offsetAt(naive)} {
		at := naive.Add(-time.Duration(o) * time.Second)
		if offsetAt(at) == o && (best.IsZero() || at.Before(best)) {
			best = at
		}
	}
	if best.IsZero() { // in a gap: the offset in force before it
		best = naive.Add(-time.Duration(before) * time.Second)
	}
	return best.In(loc)
}
