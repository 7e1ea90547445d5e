package service

import (
	"fmt"
	"strings"

	"fieldvault/backend/report"
	"fieldvault/backend/xlsxout"
)

// xlsxKind maps a report column to a sheet column kind. Counts are whole
// numbers.
func xlsxKind(c report.Column) xlsxout.Kind {
	switch c.Kind {
	case report.KindMoney:
		return xlsxout.Money
	case report.KindPercent:
		return xlsxout.Percent
	case report.KindDate:
		return xlsxout.Date
	case report.KindDateTime:
		return xlsxout.DateTime
	case report.KindBool:
		return xlsxout.Bool
	case report.KindNumber:
		if c.Agg == report.AggCount {
			return xlsxout.Integer
		}
		return xlsxout.Number
	}
	return xlsxout.Text
}

func xlsxColumnsOf(cols []report.Column) []xlsxout.Column {
	out := make([]xlsxout.Column, len(cols))
	for i, c := range cols {
		out[i] = xlsxout.Column{Title: c.Label, Kind: xlsxKind(c)}
	}
	return out
}

// cellsOf converts a result row in place for the sheet: percents (0..100
// in a Result) become fractions, tags a comma-separated list.
func cellsOf(cols []report.Column, row []any) []any {
	for i, v := range row {
		if i >= len(cols) {
			break
		}
		switch x := v.(type) {
		case float64:
			if cols[i].Kind == report.KindPercent {
				row[i] = x / 100
			}
		case []string:
			row[i] = strings.Join(x, ", ")
		}
	}
	return row
}

// fillTabular streams every row of a tabular report into one sheet.
func fillTabular(j *job, w *xlsxout.Writer, ex reportExport) (int64, error) {
	cols := ex.query.Columns()
	sh, err := w.AddSheet(xlsxout.Sheet{Name: ex.name, Columns: xlsxColumnsOf(cols)})
	if err != nil {
		return 0, err
	}
	var rows int64
	j.progress(0, ex.total)
	err = report.Each(j.ctx, j.st.Reader(), ex.query, func(row []any) error {
		if err := j.ctx.Err(); err != nil {
			return err
		}
		if err := sh.Row(cellsOf(cols, row)); err != nil {
			return err
		}
		rows++
		if rows%exportCheckRows == 0 {
			if err := j.check(); err != nil {
				return err
			}
		}
		j.progress(rows, max(ex.total, rows))
		if reportExportHook != nil {
			reportExportHook(rows)
		}
		return nil
	})
	if err == nil {
		j.progress(rows, rows)
	}
	return rows, err
}

// fillGrouped runs a summary or matrix and writes its rows (grouped under
// their subtotals when there are two groups), the grand total, a chart,
// and for a matrix a Matrix sheet with its own chart.
func fillGrouped(j *job, w *xlsxout.Writer, ex reportExport) (int64, error) {
	res, err := report.Run(j.ctx, j.st.Reader(), ex.query)
	if err != nil {
		return 0, err
	}
	cols := res.Columns
	sh, err := w.AddSheet(xlsxout.Sheet{Name: ex.name, Columns: xlsxColumnsOf(cols)})
	if err != nil {
		return 0, err
	}
	groups := 0
	for _, c := range cols {
		if c.Group {
			groups++
		}
	}
	total := int64(len(res.Rows))
	j.progress(0, total)
	var rows int64
	write := func(r []any) error {
		if err := j.ctx.Err(); err != nil {
			return err
		}
		rows++
		j.progress(rows, total)
		if reportExportHook != nil {
			reportExportHook(rows)
		}
		return sh.Row(cellsOf(cols, append([]any(nil), r...)))
	}
	totalRow := func(values []any) []any {
		row := make([]any, len(cols))
		copy(row[groups:], values)
		return cellsOf(cols, row)
	}
	if len(res.Subtotals) > 0 && groups == 2 {
		for _, st := range res.Subtotals {
			for _, r := range res.Rows {
				if sameKey(r[0], st.Key) {
					if err := write(r); err != nil {
						return rows, err
					}
				}
			}
			if err := sh.Subtotal(fmt.Sprintf("%v total", keyLabel(st.Key)), totalRow(st.Values)); err != nil {
				return rows, err
			}
		}
	} else {
		for _, r := range res.Rows {
			if err := write(r); err != nil {
				return rows, err
			}
		}
	}
	if len(res.Total) > 0 && groups > 0 {
		if err := sh.GrandTotal("Total", totalRow(res.Total)); err != nil {
			return rows, err
		}
	}
	if groups == 1 && rows > 0 {
		if err := w.AddChart(xlsxout.ChartSpec{Data: sh, Type: xlsxout.ChartColumn, Title: ex.name, Categories: 0,
			Series: sameKindSeries(cols, groups)}); err != nil {
			return rows, err
		}
	}
	if res.Matrix != nil && len(res.Matrix.RowKeys) > 0 {
		if err := matrixSheet(w, ex, cols, groups, res.Matrix); err != nil {
			return rows, err
		}
	}
	return rows, nil
}

// sameKindSeries returns the aggregate columns of the first aggregate's
// kind: one chart axis should not mix amounts with counts or percents.
func sameKindSeries(cols []report.Column, groups int) []int {
	var out []int
	for i := groups; i < len(cols); i++ {
		if cols[i].Kind == cols[groups].Kind {
			out = append(out, i)
		}
	}
	return out
}

// matrixSheet writes row keys × column keys with row totals, and a
// stacked column chart over it.
func matrixSheet(w *xlsxout.Writer, ex reportExport, cols []report.Column, groups int, m *report.Matrix) error {
	agg := cols[len(cols)-1]
	sc := []xlsxout.Column{{Title: cols[0].Label, Kind: xlsxout.Text}}
	for _, k := range m.ColKeys {
		sc = append(sc, xlsxout.Column{Title: keyLabel(k), Kind: xlsxKind(agg)})
	}
	sc = append(sc, xlsxout.Column{Title: "Total", Kind: xlsxKind(agg)})
	sh, err := w.AddSheet(xlsxout.Sheet{Name: "Matrix", Columns: sc})
	if err != nil {
		return err
	}
	pct := func(v any) any {
		if f, ok := v.(float64); ok && agg.Kind == report.KindPercent {
			return f / 100
		}
		return v
	}
	for i, rk := range m.RowKeys {
		row := []any{keyLabel(rk)}
		for _, v := range m.Cells[i] {
			row = append(row, pct(v))
		}
		row = append(row, pct(m.RowTotals[i]))
		if err := sh.Row(row); err != nil {
			return err
		}
	}
	tot := []any{nil}
	for _, v := range m.ColTotals {
		tot = append(tot, pct(v))
	}
	if err := sh.GrandTotal("Total", append(tot, pct(m.Total))); err != nil {
		return err
	}
	series := make([]int, len(m.ColKeys))
	for i := range series {
		series[i] = i + 1
	}
	return w.AddChart(xlsxout.ChartSpec{Data: sh, Type: xlsxout.ChartColumn, Title: ex.name, Categories: 0, Series: series})
}

// keyLabel shows a group key; the empty group reads "(empty)".
func keyLabel(k any) string {
	if k == nil {
		return "(empty)"
	}
	return fmt.Sprint(k)
}

// exportSummary is the Summary sheet of a report export (xlsxout adds the
// row counts). No secret goes here: whether there is a password, not it.
func exportSummary(ex reportExport, password bool) []xlsxout.Field {
	def := fmt.Sprintf("%s report on %s", orTabular(ex.spec.Format), ex.spec.Entity)
	var parts []string
	for _, g := range ex.spec.Groups {
		parts = append(parts, g.Field+map[bool]string{true: " by " + g.Bucket, false: ""}[g.Bucket != ""])
	}
	if len(parts) > 0 {
		def += ", grouped by " + strings.Join(parts, ", ")
	}
	var aggs []string
	for _, a := range ex.spec.Aggregates {
		aggs = append(aggs, strings.TrimSuffix(a.Func+" "+a.Field, " "))
	}
	if len(aggs) > 0 {
		def += "; values: " + strings.Join(aggs, ", ")
	}
	if len(ex.spec.Columns) > 0 {
		def += "; columns: " + strings.Join(ex.spec.Columns, ", ")
	}
	var filters []string
	for _, f := range ex.spec.Filters {
		s := f.Field + " " + f.Op
		if f.Value != nil {
			s += fmt.Sprintf(" %v", f.Value)
		}
		if len(f.Values) > 0 {
			s += fmt.Sprintf(" %v", f.Values)
		}
		if f.N > 0 {
			s += fmt.Sprintf(" %d", f.N)
		}
		filters = append(filters, s)
	}
	if len(filters) == 0 {
		filters = []string{"none"}
	}
	return []xlsxout.Field{
		{Key: "Report", Value: ex.name},
		{Key: "Definition", Value: def},
		{Key: "Filters", Value: strings.Join(filters, "; ")},
		{Key: "Scope", Value: "Records visible to the exporting user; sensitive fields only with their permission."},
		{Key: "Exported by", Value: ex.by},
		{Key: "Exported at", Value: ex.at.UTC()},
		{Key: "Password-protected", Value: password},
	}
}

// sameKey compares group keys by type and value (nil is the empty group).
func sameKey(a, b any) bool { return fmt.Sprintf("%T:%v", a, a) == fmt.Sprintf("%T:%v", b, b) }
