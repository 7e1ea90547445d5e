package report

import (
	"context"
	"fmt"
	"slices"
)

// cell is one group combination as read: keys, order keys, record count
// and aggregate parts (nil or float64).
type cell struct {
	keys, orders []any
	n            int64
	parts        []any
}

func runGrouped(ctx context.Context, q Querier, query *Query, res *Result) error {
	cells, err := readCells(ctx, q, query)
	if err != nil {
		return err
	}
	slices.SortStableFunc(cells, query.natural)
	total := query.emptyParts()
	for _, c := range cells {
		res.RowCount += c.n
		merge(query.parts, total, c.parts)
	}
	res.Total = query.finals(total)
	if query.format == FormatMatrix {
		return query.matrix(cells, res)
	}
	if len(query.groups) == 2 {
		res.Subtotals = query.subtotals(cells)
	}
	if len(query.groups) == 0 {
		// Without groups the one row is the total.
		res.Rows = append(res.Rows, res.Total)
		return nil
	}
	if len(query.sort) > 0 {
		slices.SortStableFunc(cells, func(a, b *cell) int { return query.bySort(a.keys, a.orders, a.parts, b.keys, b.orders, b.parts) })
	}
	for _, c := range cells {
		if query.limit > 0 && len(res.Rows) == query.limit {
			res.Truncated = true
			break
		}
		res.Rows = append(res.Rows, append(slices.Clone(c.keys), query.finals(c.parts)...))
	}
	return nil
}

func readCells(ctx context.Context, q Querier, query *Query) ([]*cell, error) {
	path, err := query.pathOverride, error(nil)
	if path == "" {
		if path, err = query.access(ctx, q); err != nil {
			return nil, err
		}
	}
	rows, err := q.QueryContext(ctx, query.sqlWith(path), append(query.Args(), MaxGroupRows+1)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	ng, no := len(query.groups), 0
	for _, g := range query.groups {
		if g.ordered {
			no++
		}
	}
	raw := make([]any, ng+no+1+len(query.parts))
	ptrs := make([]any, len(raw))
	for i := range raw {
		ptrs[i] = &raw[i]
	}
	var cells []*cell
	for rows.Next() {
		if len(cells) == MaxGroupRows {
			return nil, errTooManyGroups()
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		c := &cell{keys: make([]any, ng), orders: make([]any, ng), parts: make([]any, len(query.parts))}
		k := ng
		for i, g := range query.groups {
			c.keys[i] = keyValue(g.typ, raw[i])
			if g.ordered {
				c.orders[i] = raw[k]
				k++
			}
		}
		c.n, _ = raw[k].(int64)
		for i := range query.parts {
			if f, ok := toFloat(raw[k+1+i]); ok {
				c.parts[i] = f
			}
		}
		cells = append(cells, c)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return cells, ctx.Err()
}

func (query *Query) emptyParts() []any { return make([]any, len(query.parts)) }

// finals computes every aggregate from a parts vector.
func (query *Query) finals(parts []any) []any {
	out := make([]any, len(query.aggs))
	for i, a := range query.aggs {
		out[i] = a.finalValue(parts)
	}
	return out
}

// natural orders cells by their groups in turn: by order key when the
// group has one (a stage's pipeline position), else by key; empty last.
func (query *Query) natural(a, b *cell) int {
	for i := range query.groups {
		if d := groupCmp(a.keys[i], a.orders[i], b.keys[i], b.orders[i]); d != 0 {
			return d
		}
	}
	return 0
}

func groupCmp(ka, oa, kb, ob any) int {
	if d := compareValues(oa, ob); d != 0 {
		return d
	}
	return compareValues(ka, kb)
}

// bySort orders by the spec's sort keys, then naturally.
func (query *Query) bySort(ka, oa, pa, kb, ob, pb []any) int {
	for _, s := range query.sort {
		var d int
		if s.group >= 0 {
			d = groupCmp(ka[s.group], oa[s.group], kb[s.group], ob[s.group])
			if s.desc && (ka[s.group] == nil) == (kb[s.group] == nil) {
				d = -d
			}
		} else {
			a, b := query.aggs[s.agg].finalValue(pa), query.aggs[s.agg].finalValue(pb)
			d = compareValues(a, b)
			if s.desc && (a == nil) == (b == nil) {
				d = -d // empty values stay last either way
			}
		}
		if d != 0 {
			return d
		}
	}
	for i := range query.groups {
		if d := groupCmp(ka[i], oa[i], kb[i], ob[i]); d != 0 {
			return d
		}
	}
	return 0
}

// compareValues orders nil last, then numbers, bools and text by value.
func compareValues(a, b any) int {
	switch {
	case a == nil && b == nil:
		return 0
	case a == nil:
		return 1
	case b == nil:
		return -1
	}
	if x, ok := toFloat(a); ok {
		if y, ok := toFloat(b); ok {
			switch {
			case x < y:
				return -1
			case x > y:
				return 1
			}
			return 0
		}
	}
	if x, ok := a.(bool); ok {
		if y, ok := b.(bool); ok {
			switch {
			case x == y:
				return 0
			case !x:
				return -1
			}
			return 1
		}
	}
	sa, sb := fmt.Sprint(a), fmt.Sprint(b)
	switch {
	case sa < sb:
		return -1
	case sa > sb:
		return 1
	}
	return 0
}

// keyID is a map key for a group value (typed, so "1" and 1 differ).
func keyID(v any) string { return fmt.Sprintf("%T:%v", v, v) }

// subtotals merges cells (in natural order) per first-level group.
func (query *Query) subtotals(cells []*cell) []Subtotal {
	var out []Subtotal
	var parts [][]any
	at := map[string]int{}
	for _, c := range cells {
		id := keyID(c.keys[0])
		i, ok := at[id]
		if !ok {
			i = len(out)
			at[id] = i
			out = append(out, Subtotal{Key: c.keys[0]})
			parts = append(parts, query.emptyParts())
		}
		out[i].Count += c.n
		merge(query.parts, parts[i], c.parts)
	}
	for i := range out {
		out[i].Values = query.finals(parts[i])
	}
	return out
}
