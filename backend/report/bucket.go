package report

import (
	"fmt"
	"regexp"
	"time"

	"fieldvault/backend/model"
)

// bucketSQL returns the SQL of a date group's key over expr (a date or
// datetime column expression) and its arguments: the label text of the
// bucket, NULL for an empty value. Datetimes are first moved into the
// viewer's frame by the bound modifier; dates are already local.
func bucketSQL(typ, bucket, expr string, c clock) (string, []any) {
	if typ == model.FieldDateTime {
		m := c.modifier()
		v := "nullif(" + expr + ", '')"
		switch bucket {
		case BucketWeek:
			return "strftime('%G-W%V', " + v + ", ?)", []any{m}
		case BucketMonth:
			return "strftime('%Y-%m', " + v + ", ?)", []any{m}
		case BucketQuarter:
			return "(strftime('%Y', " + v + ", ?) || '-Q' || ((CAST(strftime('%m', " + v + ", ?) AS INTEGER) + 2) / 3))", []any{m, m}
		case BucketYear:
			return "strftime('%Y', " + v + ", ?)", []any{m}
		}
		return "strftime('%Y-%m-%d', " + v + ", ?)", []any{m}
	}
	// Text slices of "YYYY-MM-DD" are cheaper than strftime over a million rows.
	switch bucket {
	case BucketWeek:
		return "strftime('%G-W%V', nullif(" + expr + ", ''))", nil
	case BucketMonth:
		return "nullif(substr(" + expr + ", 1, 7), '')", nil
	case BucketQuarter:
		return "CASE WHEN " + expr + " = '' THEN NULL ELSE substr(" + expr + ", 1, 4) || '-Q' || ((CAST(substr(" + expr + ", 6, 2) AS INTEGER) + 2) / 3) END", nil
	case BucketYear:
		return "nullif(substr(" + expr + ", 1, 4), '')", nil
	}
	return "nullif(" + expr + ", '')", nil
}

var (
	weekLabel    = regexp.MustCompile(`^[0-9]{4}-W[0-9]{2}$`)
	quarterLabel = regexp.MustCompile(`^[0-9]{4}-Q[1-4]$`)
)

func validBucket(b string) bool {
	switch b {
	case BucketDay, BucketWeek, BucketMonth, BucketQuarter, BucketYear:
		return true
	}
	return false
}

// bucketSpan parses a bucket label back into the days it covers, in the
// zone z: the inverse of bucketSQL, for drill-downs.
func bucketSpan(bucket, label string, z *time.Location) (span, bool) {
	var y, n int
	switch bucket {
	case BucketDay, "":
		d, err := time.ParseInLocation(time.DateOnly, label, z)
		return span{lo: d, hi: d.AddDate(0, 0, 1), days: 1}, err == nil
	case BucketWeek:
		if !weekLabel.MatchString(label) {
			return span{}, false
		}
		fmt.Sscanf(label, "%4d-W%2d", &y, &n)
		// ISO week 1 holds January 4th.
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, z)
		mon := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(n-1))
		if wy, wn := mon.ISOWeek(); wy != y || wn != n {
			return span{}, false
		}
		return span{lo: mon, hi: mon.AddDate(0, 0, 7), days: 7}, true
	case BucketMonth:
		d, err := time.ParseInLocation("2006-01", label, z)
		return span{lo: d, hi: d.AddDate(0, 1, 0), months: 1}, err == nil
	case BucketQuarter:
		if !quarterLabel.MatchString(label) {
			return span{}, false
		}
		fmt.Sscanf(label, "%4d-Q%1d", &y, &n)
		d := time.Date(y, time.Month(3*n-2), 1, 0, 0, 0, 0, z)
		return span{lo: d, hi: d.AddDate(0, 3, 0), months: 3}, true
	case BucketYear:
		d, err := time.ParseInLocation("2006", label, z)
		return span{lo: d, hi: d.AddDate(1, 0, 0), months: 12}, err == nil
	}
	return span{}, false
}
