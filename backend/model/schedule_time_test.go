package model_test

import (
	"testing"
	"time"

	"fieldvault/backend/model"
)

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := model.LoadZone(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestRecurrenceNext(t *testing.T) {
	berlin, ny := mustZone(t, "Europe/Berlin"), mustZone(t, "America/New_York")
	utc := func(s string) time.Time {
		v, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	daily := func(h, m int, loc *time.Location) model.Recurrence {
		return model.Recurrence{Frequency: model.FrequencyDaily, Hour: h, Minute: m, Loc: loc}
	}
	weekly := func(wd, h int, loc *time.Location) model.Recurrence {
		return model.Recurrence{Frequency: model.FrequencyWeekly, Weekday: wd, Hour: h, Loc: loc}
	}
	monthly := func(day, h int, loc *time.Location) model.Recurrence {
		return model.Recurrence{Frequency: model.FrequencyMonthly, DayOfMonth: day, Hour: h, Loc: loc}
	}
	cases := []struct {
		name  string
		r     model.Recurrence
		after string
		want  string
	}{
		{"daily later today", daily(9, 30, time.UTC), "2026-03-02T08:00:00Z", "2026-03-02T09:30:00Z"},
		{"daily exactly at the time is tomorrow", daily(9, 30, time.UTC), "2026-03-02T09:30:00Z", "2026-03-03T09:30:00Z"},
		{"daily across the year", daily(0, 0, time.UTC), "2026-12-31T12:00:00Z", "2027-01-01T00:00:00Z"},
		{"daily in the zone's day, not UTC's", daily(1, 0, berlin), "2026-01-15T23:30:00Z", "2026-01-16T00:00:00Z"},
		// Berlin springs forward 2026-03-29 02:00 CET → 03:00 CEST.
		{"berlin 09:00 before spring forward", daily(9, 0, berlin), "2026-03-28T09:00:00Z", "2026-03-29T07:00:00Z"},
		{"berlin 09:00 after spring forward", daily(9, 0, berlin), "2026-03-29T07:00:00Z", "2026-03-30T07:00:00Z"},
		{"berlin 02:30 in the gap runs at 03:30 CEST", daily(2, 30, berlin), "2026-03-28T12:00:00Z", "2026-03-29T01:30:00Z"},
		{"berlin 02:30 the day after the gap", daily(2, 30, berlin), "2026-03-29T01:30:00Z", "2026-03-30T00:30:00Z"},
		// Berlin falls back 2026-10-25 03:00 CEST → 02:00 CET: 02:30 happens twice.
		{"berlin 02:30 twice: the first", daily(2, 30, berlin), "2026-10-24T12:00:00Z", "2026-10-25T00:30:00Z"},
		{"berlin 02:30 twice: not again", daily(2, 30, berlin), "2026-10-25T00:30:00Z", "2026-10-26T01:30:00Z"},
		{"berlin 09:00 across fall back", daily(9, 0, berlin), "2026-10-24T07:00:00Z", "2026-10-25T08:00:00Z"},
		// New York springs forward 2026-03-08 02:00 EST → 03:00 EDT.
		{"new york 02:30 in the gap runs at 03:30 EDT", daily(2, 30, ny), "2026-03-07T12:00:00Z", "2026-03-08T07:30:00Z"},
		{"new york 08:00 across spring forward", daily(8, 0, ny), "2026-03-07T13:00:00Z", "2026-03-08T12:00:00Z"},
		// … and falls back 2026-11-01 02:00 EDT → 01:00 EST: 01:30 twice.
		{"new york 01:30 twice: the first", daily(1, 30, ny), "2026-10-31T12:00:00Z", "2026-11-01T05:30:00Z"},
		{"new york 01:30 twice: not again", daily(1, 30, ny), "2026-11-01T05:30:00Z", "2026-11-02T06:30:00Z"},
		{"new york 08:00 across fall back", daily(8, 0, ny), "2026-10-31T12:00:00Z", "2026-11-01T13:00:00Z"},
		// 2026-03-02 is a Monday.
		{"weekly monday later today", weekly(1, 10, time.UTC), "2026-03-02T09:00:00Z", "2026-03-02T10:00:00Z"},
		{"weekly monday after the time rolls a week", weekly(1, 10, time.UTC), "2026-03-02T10:00:00Z", "2026-03-09T10:00:00Z"},
		{"weekly sunday is 7", weekly(7, 10, time.UTC), "2026-03-02T09:00:00Z", "2026-03-08T10:00:00Z"},
		{"weekly saturday night rolls to sunday", weekly(7, 0, ny), "2026-03-07T23:00:00-05:00", "2026-03-08T05:00:00Z"},
		{"weekly across the year", weekly(5, 9, time.UTC), "2026-12-31T10:00:00Z", "2027-01-01T09:00:00Z"},
		{"weekly sunday across spring forward", weekly(7, 9, berlin), "2026-03-22T09:00:00Z", "2026-03-29T07:00:00Z"},
		{"monthly 28 in february", monthly(28, 6, time.UTC), "2026-02-01T00:00:00Z", "2026-02-28T06:00:00Z"},
		{"monthly 28 after it", monthly(28, 6, time.UTC), "2026-02-28T06:00:00Z", "2026-03-28T06:00:00Z"},
		{"monthly last day february", monthly(model.LastDayOfMonth, 6, time.UTC), "2026-02-10T00:00:00Z", "2026-02-28T06:00:00Z"},
		{"monthly last day leap february", monthly(model.LastDayOfMonth, 6, time.UTC), "2028-02-10T00:00:00Z", "2028-02-29T06:00:00Z"},
		{"monthly last day after feb 29", monthly(model.LastDayOfMonth, 6, time.UTC), "2028-02-29T06:00:00Z", "2028-03-31T06:00:00Z"},
		{"monthly last day april", monthly(model.LastDayOfMonth, 23, berlin), "2026-04-01T00:00:00Z", "2026-04-30T21:00:00Z"},
		{"monthly 1 across the year", monthly(1, 0, time.UTC), "2026-12-01T00:00:00Z", "2027-01-01T00:00:00Z"},
		{"monthly last day across the year in new york", monthly(model.LastDayOfMonth, 22, ny), "2026-12-31T12:00:00Z", "2027-01-01T03:00:00Z"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.r.Next(utc(tc.after)); !got.Equal(utc(tc.want)) {
				t.Fatalf("Next(%s) = %s (%s), want %s", tc.after, got.UTC().Format(time.RFC3339),
					got.In(tc.r.Loc).Format(time.RFC3339), tc.want)
			}
		})
	}
}

// A daily schedule fires once per calendar day through a whole year of
// both zones, DST days included.
func TestRecurrenceOncePerDay(t *testing.T) {
	for _, zone := range []string{"Europe/Berlin", "America/New_York"} {
		loc := mustZone(t, zone)
		for _, clock := range [][2]int{{0, 0}, {1, 30}, {2, 30}, {3, 0}, {23, 59}} {
			r := model.Recurrence{Frequency: model.FrequencyDaily, Hour: clock[0], Minute: clock[1], Loc: loc}
			at := time.Date(2026, 1, 1, 0, 0, 0, 0, loc)
			seen := map[string]bool{}
			for range 365 {
				next := r.Next(at)
				if !next.After(at) {
					t.Fatalf("%s %v: Next(%s) = %s, not after", zone, clock, at, next)
				}
				day := next.In(loc).Format("2006-01-02")
				if seen[day] {
					t.Fatalf("%s %v: %s fired twice", zone, clock, day)
				}
				seen[day] = true
				at = next
			}
			if len(seen) != 365 {
				t.Fatalf("%s %v: %d days", zone, clock, len(seen))
			}
		}
	}
}

func TestRecurrenceOf(t *testing.T) {
	cases := []struct {
		name, clock, zone string
		ok                bool
	}{
		{"ok", "07:05", "Europe/Berlin", true},
		{"bad time", "7:5", "UTC", false},
		{"hour 24", "24:00", "UTC", false},
		{"unknown zone", "07:00", "Mars/Olympus", false},
		{"Local refused", "07:00", "Local", false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r, err := model.RecurrenceOf(model.FrequencyDaily, 0, 0, tc.clock, tc.zone)
			if (err == nil) != tc.ok {
				t.Fatalf("err = %v, want ok=%v", err, tc.ok)
			}
			if tc.ok && (r.Hour != 7 || r.Minute != 5) {
				t.Fatalf("got %+v", r)
			}
		})
	}
}

func TestLocalZoneName(t *testing.T) {
	t.Setenv("TZ", "America/New_York")
	if got := model.LocalZoneName(); got != "America/New_York" {
		t.Fatalf("TZ: got %q", got)
	}
	t.Setenv("TZ", "Nowhere/Land")
	if _, err := model.LoadZone(model.LocalZoneName()); err != nil {
		t.Fatalf("fallback %q does not load", model.LocalZoneName())
	}
}
