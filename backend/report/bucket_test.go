package report

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"fieldvault/backend/model"
)

// goLabel is the bucket label of local time t, computed by Go (the oracle
// for the SQL expressions).
func goLabel(bucket string, t time.Time) string {
	switch bucket {
	case BucketWeek:
		y, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case BucketMonth:
		return t.Format("2006-01")
	case BucketQuarter:
		return fmt.Sprintf("%04d-Q%d", t.Year(), (int(t.Month())+2)/3)
	case BucketYear:
		return t.Format("2006")
	}
	return t.Format(time.DateOnly)
}

var buckets = []string{BucketDay, BucketWeek, BucketMonth, BucketQuarter, BucketYear}

// TestBucketSQLMatchesGo evaluates every bucket expression in SQLite over
// two years of days (dates) and instants (datetimes, for several viewer
// offsets, both stored spellings) and compares with Go's calendar.
func TestBucketSQLMatchesGo(t *testing.T) {
	f := newFixture(t)
	db := f.s.Reader()
	start := time.Date(2024, 12, 20, 0, 0, 0, 0, time.UTC)
	const days = 760
	check := func(t *testing.T, typ, bucket string, c clock, values []string, want []string) {
		expr, args := bucketSQL(typ, bucket, "v.x", c)
		sql := "WITH v(i, x) AS (VALUES " + strings.TrimSuffix(strings.Repeat("(?, ?), ", len(values)), ", ") + ") SELECT " + expr + " FROM v ORDER BY v.i"
		var all []any
		for i, v := range values {
			all = append(all, i, v)
		}
		rows, err := db.QueryContext(context.Background(), sql, append(all, args...)...)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		n := 0
		for i := 0; rows.Next(); i++ {
			n++
			var got *string
			if err := rows.Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got == nil || *got != want[i] {
				t.Fatalf("%s %s of %q: got %v, want %s", typ, bucket, values[i], deref(got), want[i])
			}
		}
		if n != len(values) {
			t.Fatalf("read %d labels, want %d", n, len(values))
		}
	}
	for _, b := range buckets {
		t.Run("date/"+b, func(t *testing.T) {
			var vals, want []string
			for i := range days {
				d := start.AddDate(0, 0, i)
				vals, want = append(vals, d.Format(time.DateOnly)), append(want, goLabel(b, d))
			}
			check(t, model.FieldDate, b, newClock(fixNow, nil), vals, want)
		})
		for _, off := range []int{0, 3600, -4 * 3600, 5*3600 + 45*60, 14 * 3600} {
			t.Run(fmt.Sprintf("datetime/%s/%+d", b, off), func(t *testing.T) {
				zone := time.FixedZone("v", off)
				var vals, want []string
				for i := range days {
					// 23:30 and 00:30 UTC sit near local midnights on either side.
					at := start.AddDate(0, 0, i).Add(time.Duration(i%2)*23*time.Hour + 30*time.Minute)
					layout := tsLayout
					if i%3 == 0 {
						layout = time.RFC3339
					}
					vals, want = append(vals, at.Format(layout)), append(want, goLabel(b, at.In(zone)))
				}
				check(t, model.FieldDateTime, b, newClock(fixNow, zone), vals, want)
			})
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

// TestBucketSpan: a label parses back into exactly the days that carry it.
func TestBucketSpan(t *testing.T) {
	start := time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC)
	for _, b := range buckets {
		for i := range 800 {
			d := start.AddDate(0, 0, i)
			label := goLabel(b, d)
			s, ok := bucketSpan(b, label, time.UTC)
			last := s.hi.AddDate(0, 0, -1)
			if !ok || d.Before(s.lo) || !d.Before(s.hi) || goLabel(b, s.lo) != label || goLabel(b, last) != label || goLabel(b, s.hi) == label {
				t.Fatalf("%s %s: span %v..%v ok=%v", b, label, s.lo, s.hi, ok)
			}
		}
	}
	for _, bad := range []struct{ bucket, label string }{
		{BucketWeek, "2027-W53"}, {BucketWeek, "2026-W00"}, {BucketWeek, "2026-W4"}, {BucketWeek, "+026-W48"},
		{BucketQuarter, "2026-Q5"}, {BucketQuarter, "2026-Q0"}, {BucketMonth, "2026-13"}, {BucketMonth, "26-01"},
		{BucketYear, "20261"}, {BucketDay, "2026-02-30"}, {BucketDay, ""}, {"hour", "2026"},
	} {
		if _, ok := bucketSpan(bad.bucket, bad.label, time.UTC); ok {
			t.Errorf("%s %q parsed", bad.bucket, bad.label)
		}
	}
	if _, ok := bucketSpan(BucketWeek, "2026-W53", time.UTC); !ok {
		t.Error("2026 has an ISO week 53")
	}
}

// TestGroupBuckets groups fixture records by each bucket, in UTC and in
// viewer zones where the bucket of a record moves.
func TestGroupBuckets(t *testing.T) {
	f := newFixture(t)
	berlin := time.FixedZone("CET", 3600)
	newYork := time.FixedZone("EDT", -4*3600)
	tests := []struct {
		name   string
		entity string
		group  Group
		loc    *time.Location
		want   map[any]int64
	}{
		{"date day", "deals", Group{Field: "closedAt"}, nil, map[any]int64{"2026-02-10": 1, "2026-02-20": 1, "2026-03-02": 1, "2026-03-16": 1, nil: 3}},
		{"date week", "deals", Group{Field: "closedAt", Bucket: BucketWeek}, nil, map[any]int64{"2026-W07": 1, "2026-W08": 1, "2026-W10": 1, "2026-W12": 1, nil: 3}},
		{"date month", "deals", Group{Field: "closedAt", Bucket: BucketMonth}, nil, map[any]int64{"2026-02": 2, "2026-03": 2, nil: 3}},
		{"date quarter", "tasks", Group{Field: "due", Bucket: BucketQuarter}, nil, map[any]int64{"2025-Q1": 1, "2025-Q4": 1, "2026-Q1": 8, "2026-Q4": 1, nil: 1}},
		{"date year", "tasks", Group{Field: "due", Bucket: BucketYear}, nil, map[any]int64{"2025": 2, "2026": 9, nil: 1}},
		{"datetime week UTC", "activities", Group{Field: "at", Bucket: BucketWeek}, nil, map[any]int64{"2026-W09": 1, "2026-W11": 2, "2026-W12": 2}},
		{"datetime week Berlin", "activities", Group{Field: "at", Bucket: BucketWeek}, berlin, map[any]int64{"2026-W09": 1, "2026-W11": 1, "2026-W12": 3}},
		{"datetime day Berlin", "deals", Group{Field: "createdAt", Bucket: BucketDay}, berlin,
			map[any]int64{"2026-01-05": 1, "2026-01-21": 1, "2026-02-03": 1, "2026-02-14": 1, "2026-03-01": 1, "2026-03-10": 1, "2026-03-15": 1}},
		{"datetime month UTC", "deals", Group{Field: "createdAt", Bucket: BucketMonth}, nil, map[any]int64{"2026-01": 2, "2026-02": 2, "2026-03": 3}},
		{"datetime month New York", "deals", Group{Field: "createdAt", Bucket: BucketMonth}, newYork, map[any]int64{"2026-01": 2, "2026-02": 3, "2026-03": 2}},
		{"datetime quarter", "tasks", Group{Field: "createdAt", Bucket: BucketQuarter}, nil, map[any]int64{"2024-Q1": 1, "2025-Q1": 1, "2025-Q4": 1, "2026-Q1": 8, "2026-Q4": 1}},
		{"datetime year", "tasks", Group{Field: "createdAt", Bucket: BucketYear}, nil, map[any]int64{"2024": 1, "2025": 2, "2026": 9}},
		{"bool", "contacts", Group{Field: "marketingOptIn"}, nil, map[any]int64{true: 2, false: 1}},
		{"joined", "deals", Group{Field: "company.customerType"}, nil, map[any]int64{"customer": 3, "prospect": 2, "partner": 1, nil: 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := f.run(t, Spec{Entity: tc.entity, Format: FormatSummary, Groups: []Group{tc.group}}, admin, true, tc.loc)
			got := map[any]int64{}
			for _, r := range res.Rows {
				got[r[0]] = r[1].(int64)
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
