package service

import (
	"fieldvault/backend/report"
	"fieldvault/backend/xlsxout"
)

// widgetCharts maps chart widget types to native chart types. Excel's
// stacked variants are not offered by xlsxout: stacked widgets export as
// clustered charts over the same cells.
var widgetCharts = map[string]xlsxout.ChartType{
	WidgetBar: xlsxout.ChartColumn, WidgetLine: xlsxout.ChartLine, WidgetArea: xlsxout.ChartArea,
	WidgetPie: xlsxout.ChartPie, WidgetDonut: xlsxout.ChartDoughnut, WidgetFunnel: xlsxout.ChartFunnel,
}

// fillDashboard writes one data sheet per widget shown (withheld widgets
// are listed in the Summary only) and a chart per chart widget, and
// returns the data rows written.
func fillDashboard(w *xlsxout.Writer, ex dashboardExport) (int64, error) {
	var rows int64
	for _, wd := range ex.data.Widgets {
		var n int64
		var err error
		switch {
		case wd.Error != nil:
			continue
		case wd.KPI != nil:
			n, err = kpiSheet(w, wd)
		case wd.Result != nil:
			n, err = resultSheet(w, wd)
		}
		if err != nil {
			return rows, err
		}
		rows += n
	}
	return rows, nil
}

// kpiSheet writes a KPI's one row: value, target, progress and period.
func kpiSheet(w *xlsxout.Writer, wd WidgetData) (int64, error) {
	k := wd.KPI
	kind := xlsxout.Number
	switch k.Kind {
	case report.KindMoney:
		kind = xlsxout.Money
	case report.KindPercent:
		kind = xlsxout.Percent
	default:
		if _, ok := k.Value.(int64); ok {
			kind = xlsxout.Integer
		}
	}
	sh, err := w.AddSheet(xlsxout.Sheet{Name: wd.Title, Columns: []xlsxout.Column{
		{Title: "KPI", Kind: xlsxout.Text}, {Title: "Value", Kind: kind}, {Title: "Target", Kind: kind},
		{Title: "Progress", Kind: xlsxout.Percent}, {Title: "Previous period", Kind: kind},
		{Title: "From", Kind: xlsxout.Date}, {Title: "To", Kind: xlsxout.Date}}})
	if err != nil {
		return 0, err
	}
	frac := func(v any) any { // percents are 0..100 in results, fractions in sheets
		if f, ok := v.(float64); ok {
			return f / 100
		}
		return v
	}
	value, prev := k.Value, k.Previous
	var target any
	if k.Target != nil {
		target = *k.Target
	}
	if kind == xlsxout.Percent {
		value, prev, target = frac(value), frac(prev), frac(target)
	}
	var from, to any
	if k.Period != nil {
		from, to = k.Period.From, k.Period.To
	}
	return 1, sh.Row([]any{wd.Title, value, target, frac(k.Percent), prev, from, to})
}

// resultSheet writes a chart or table widget's result and its chart.
func resultSheet(w *xlsxout.Writer, wd WidgetData) (int64, error) {
	res := wd.Result
	cols := res.Columns
	groups := 0
	for _, c := range cols {
		if c.Group {
			groups++
		}
	}
	chart, charted := widgetCharts[wd.Type]
	if charted && groups == 2 {
		return pivotSheet(w, wd, chart)
	}
	sh, err := w.AddSheet(xlsxout.Sheet{Name: wd.Title, Columns: xlsxColumnsOf(cols)})
	if err != nil {
		return 0, err
	}
	for _, r := range res.Rows {
		if err := sh.Row(cellsOf(cols, append([]any(nil), r...))); err != nil {
			return 0, err
		}
	}
	n := int64(len(res.Rows))
	if len(res.Total) > 0 && groups > 0 {
		row := make([]any, len(cols))
		copy(row[groups:], res.Total)
		if err := sh.GrandTotal("Total", cellsOf(cols, row)); err != nil {
			return n, err
		}
	}
	if !charted || groups != 1 || n == 0 {
		return n, nil
	}
	series := sameKindSeries(cols, groups)
	if chart == xlsxout.ChartPie || chart == xlsxout.ChartDoughnut {
		series = series[:1]
	}
	return n, w.AddChart(xlsxout.ChartSpec{Data: sh, Type: chart, Title: wd.Title, Categories: 0, Series: series})
}

// pivotSheet writes a two-group result as first group × second group of
// its first aggregate, with row totals, and charts one series per
// second-group key.
func pivotSheet(w *xlsxout.Writer, wd WidgetData, chart xlsxout.ChartType) (int64, error) {
	res := wd.Result
	agg := res.Columns[2]
	p := pivotOf(res)
	pct := func(v any) any {
		if f, ok := v.(float64); ok && agg.Kind == report.KindPercent {
			return f / 100
		}
		return v
	}
	cols := []xlsxout.Column{{Title: res.Columns[0].Label, Kind: xlsxout.Text}}
	for _, k := range p.colKeys {
		cols = append(cols, xlsxout.Column{Title: keyLabel(k), Kind: xlsxKind(agg)})
	}
	cols = append(cols, xlsxout.Column{Title: "Total", Kind: xlsxKind(agg)})
	sh, err := w.AddSheet(xlsxout.Sheet{Name: wd.Title, Columns: cols})
	if err != nil {
		return 0, err
	}
	for i, rk := range p.rowKeys {
		row := []any{keyLabel(rk)}
		for _, v := range p.cells[i] {
			row = append(row, pct(v))
		}
		if err := sh.Row(append(row, pct(p.rowTotals[i]))); err != nil {
			return 0, err
		}
	}
	n := int64(len(p.rowKeys))
	if n == 0 || len(p.colKeys) == 0 {
		return n, nil
	}
	series := make([]int, len(p.colKeys))
	for i := range series {
		series[i] = i + 1
	}
	if chart == xlsxout.ChartPie || chart == xlsxout.ChartDoughnut || chart == xlsxout.ChartFunnel {
		series = []int{len(p.colKeys) + 1} // one series: the totals
	}
	return n, w.AddChart(xlsxout.ChartSpec{Data: sh, Type: chart, Title: wd.Title, Categories: 0, Series: series})
}

// pivot is a two-group result as a grid of its first aggregate.
type pivot struct {
	rowKeys, colKeys []any
	cells            [][]any
	rowTotals        []any
}

// pivotOf reads the grid from a matrix, else from a two-group summary's
// rows (keys in their order of appearance; totals from its subtotals).
func pivotOf(res *report.Result) pivot {
	if m := res.Matrix; m != nil {
		return pivot{rowKeys: m.RowKeys, colKeys: m.ColKeys, cells: m.Cells, rowTotals: m.RowTotals}
	}
	var p pivot
	rowAt, colAt := map[string]int{}, map[string]int{}
	for _, r := range res.Rows {
		if _, ok := rowAt[keyID(r[0])]; !ok {
			rowAt[keyID(r[0])] = len(p.rowKeys)
			p.rowKeys = append(p.rowKeys, r[0])
		}
		if _, ok := colAt[keyID(r[1])]; !ok {
			colAt[keyID(r[1])] = len(p.colKeys)
			p.colKeys = append(p.colKeys, r[1])
		}
	}
	p.cells = make([][]any, len(p.rowKeys))
	for i := range p.cells {
		p.cells[i] = make([]any, len(p.colKeys))
	}
	for _, r := range res.Rows {
		p.cells[rowAt[keyID(r[0])]][colAt[keyID(r[1])]] = r[2]
	}
	p.rowTotals = make([]any, len(p.rowKeys))
	for _, st := range res.Subtotals {
		if i, ok := rowAt[keyID(st.Key)]; ok && len(st.Values) > 0 {
			p.rowTotals[i] = st.Values[0]
		}
	}
	return p
}

func keyID(v any) string {
	if v == nil {
		return "nil"
	}
	return keyLabel(v) + "\x00" + typeName(v)
}

func typeName(v any) string {
	switch v.(type) {
	case bool:
		return "bool"
	case string:
		return "string"
	}
	return "other"
}
