package store

// Keyset paging of record lists: the opaque cursor a page hands out (the
// last row's sort value and rowid, bound to the entity, sort and direction)
// and the index ranges that continue after it.

import (
	"bytes"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"math"
	"unicode/utf8"
)

func errBadCursor() error {
	return invalid("after", "This list position is not valid for this list; reload the list.")
}

// encodeCursor returns the cursor of the row with sort value v (nil, string
// or float64) and rowid r in the list c.
func encodeCursor(c listSQL, v any, rowid int64) string {
	cur := listCursor{V: cursorVersion, E: c.entity, S: c.sortKey, D: c.desc, R: rowid}
	switch x := v.(type) {
	case string:
		cur.T = &x
	case float64:
		cur.N = &x
	}
	b, _ := json.Marshal(cur)
	return base64.RawURLEncoding.EncodeToString(b)
}

// decodeCursor parses after for the list c. "" is the start of the list
// (nil). Anything malformed, oversized, from another entity, sort or
// direction, or with a value of the wrong type for the sort column is
// CodeInvalid naming "after".
func decodeCursor(c listSQL, after string) (*listCursor, error) {
	if after == "" {
		return nil, nil
	}
	if len(after) > maxCursorLen {
		return nil, errBadCursor()
	}
	raw, err := base64.RawURLEncoding.Strict().DecodeString(after)
	if err != nil {
		return nil, errBadCursor()
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var cur listCursor
	// One object and nothing after it (the encoder writes no white space).
	if err := dec.Decode(&cur); err != nil || dec.InputOffset() != int64(len(raw)) {
		return nil, errBadCursor()
	}
	if cur.V != cursorVersion || cur.E != c.entity || cur.S != c.sortKey || cur.D != c.desc || cur.R < 1 {
		return nil, errBadCursor()
	}
	switch {
	case cur.T != nil && cur.N != nil:
		return nil, errBadCursor()
	case cur.T != nil && (c.numeric || len(*cur.T) > maxCursorText || !utf8.ValidString(*cur.T)):
		return nil, errBadCursor()
	case cur.N != nil && (!c.numeric || math.IsNaN(*cur.N) || math.IsInf(*cur.N, 0)):
		return nil, errBadCursor()
	}
	return &cur, nil
}

// value is the cursor's sort value as a driver argument (nil for NULL).
func (cur *listCursor) value() any {
	switch {
	case cur.T != nil:
		return *cur.T
	case cur.N != nil:
		return *cur.N
	}
	return nil
}

// keysetSegment is one extra WHERE condition (with its arguments) of the
// segments a page after a cursor is read from.
type keysetSegment struct {
	cond string
	args []any
}

// keysetSegments lists, in list order, the segments of the rows after cur
// (the whole list for nil): see "Keyset paging of record lists" above.
func keysetSegments(c listSQL, cur *listCursor) []keysetSegment {
	if cur == nil {
		return []keysetSegment{{}}
	}
	cmp := " > ?"
	if c.desc {
		cmp = " < ?"
	}
	col := c.sortCol
	v := cur.value()
	if v == nil {
		segs := []keysetSegment{{col + " IS NULL AND t.rowid" + cmp, []any{cur.R}}}
		if !c.desc {
			segs = append(segs, keysetSegment{col + " IS NOT NULL", nil})
		}
		return segs
	}
	segs := []keysetSegment{
		{col + " = ? AND t.rowid" + cmp, []any{v, cur.R}},
		{col + cmp, []any{v}},
	}
	if c.desc {
		segs = append(segs, keysetSegment{col + " IS NULL", nil})
	}
	return segs
}

// keysetScanner scans a list row whose last two columns are the rowid and
// the sort value, for scanRecord (which scans the record's own columns).
type keysetScanner struct {
	rows  *sql.Rows
	rowid *int64
	sort  any
}

func (k keysetScanner) Scan(dst ...any) error {
	return k.rows.Scan(append(dst, k.rowid, k.sort)...)
}

// sortHolder returns a scan destination for the sort column of c and a
// function reading it back as nil, string or float64.
func sortHolder(c listSQL) (any, func() any) {
	if c.numeric {
		h := new(sql.NullFloat64)
		return h, func() any {
			if !h.Valid {
				return nil
			}
			return h.Float64
		}
	}
	h := new(sql.NullString)
	return h, func() any {
		if !h.Valid {
			return nil
		}
		return h.String
	}
}
