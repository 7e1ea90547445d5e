package report

import "slices"

// axis is the distinct keys of one matrix dimension with their merged
// parts (for the totals along it).
type axis struct {
	keys, orders []any
	parts        [][]any
	at           map[string]int
}

func (query *Query) newAxis() *axis { return &axis{at: map[string]int{}} }

func (a *axis) add(query *Query, key, order any, parts []any) int {
	id := keyID(key)
	i, ok := a.at[id]
	if !ok {
		i = len(a.keys)
		a.at[id] = i
		a.keys = append(a.keys, key)
		a.orders = append(a.orders, order)
		a.parts = append(a.parts, query.emptyParts())
	}
	merge(query.parts, a.parts[i], parts)
	return i
}

// matrix lays cells (in natural order) out as rows × columns with totals;
// rows follow the spec's sort (group 0 or the aggregate's row total) and
// are cut at the Limit, totals still cover every row.
func (query *Query) matrix(cells []*cell, res *Result) error {
	rows, cols := query.newAxis(), query.newAxis()
	type pos struct{ r, c int }
	at := map[pos][]any{}
	for _, c := range cells {
		r := rows.add(query, c.keys[0], c.orders[0], c.parts)
		k := cols.add(query, c.keys[1], c.orders[1], c.parts)
		if len(cols.keys) > MaxMatrixColumns {
			return errTooManyGroups()
		}
		at[pos{r, k}] = c.parts
	}
	order := make([]int, len(rows.keys))
	for i := range order {
		order[i] = i
	}
	if len(query.sort) > 0 {
		slices.SortStableFunc(order, func(a, b int) int {
			ka, kb := []any{rows.keys[a], nil}, []any{rows.keys[b], nil}
			oa, ob := []any{rows.orders[a], nil}, []any{rows.orders[b], nil}
			return query.bySort(ka, oa, rows.parts[a], kb, ob, rows.parts[b])
		})
	}
	if query.limit > 0 && len(order) > query.limit {
		order, res.Truncated = order[:query.limit], true
	}
	// The long form holds the cells of the rows shown, in natural order.
	shown := map[int]bool{}
	for _, r := range order {
		shown[r] = true
	}
	for _, c := range cells {
		if shown[rows.at[keyID(c.keys[0])]] {
			res.Rows = append(res.Rows, append(slices.Clone(c.keys), query.finals(c.parts)...))
		}
	}
	// Columns first appear in row order: put them in their own natural order.
	colOrder := make([]int, len(cols.keys))
	for i := range colOrder {
		colOrder[i] = i
	}
	slices.SortStableFunc(colOrder, func(a, b int) int { return groupCmp(cols.keys[a], cols.orders[a], cols.keys[b], cols.orders[b]) })
	m := &Matrix{RowKeys: []any{}, ColKeys: []any{}, Cells: [][]any{}, RowTotals: []any{}, ColTotals: []any{}, Total: res.Total[0]}
	for _, r := range order {
		m.RowKeys = append(m.RowKeys, rows.keys[r])
		m.RowTotals = append(m.RowTotals, query.finals(rows.parts[r])[0])
		line := make([]any, 0, len(colOrder))
		for _, k := range colOrder {
			p, ok := at[pos{r, k}]
			if !ok {
				p = query.emptyParts()
			}
			line = append(line, query.finals(p)[0])
		}
		m.Cells = append(m.Cells, line)
	}
	for _, k := range colOrder {
		m.ColKeys = append(m.ColKeys, cols.keys[k])
		m.ColTotals = append(m.ColTotals, query.finals(cols.parts[k])[0])
	}
	res.Matrix = m
	return nil
}
