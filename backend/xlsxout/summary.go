package xlsxout

import (
	"time"

	"github.com/xuri/excelize/v2"
)

// writeSummary writes the Summary sheet (a normal, small sheet): the
// caller's fields in order, then "Rows (<sheet>)" for each data sheet, the
// count of rows below its header.
func (w *Writer) writeSummary() error {
	if _, err := w.newSheet(SummarySheet); err != nil {
		return wrapErr(err)
	}
	key, err := w.f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top"}})
	if err != nil {
		return wrapErr(err)
	}
	val, err := w.f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true, Horizontal: "left"}})
	if err != nil {
		return wrapErr(err)
	}
	when, err := w.f.NewStyle(&excelize.Style{CustomNumFmt: new(Column{Kind: DateTime}.numFmt()),
		Alignment: &excelize.Alignment{Vertical: "top", Horizontal: "left"}})
	if err != nil {
		return wrapErr(err)
	}
	fields := append([]Field(nil), w.opts.Summary...)
	for _, s := range w.sheets {
		fields = append(fields, Field{Key: "Rows (" + s.name + ")", Value: s.n})
	}
	for i, f := range fields {
		v, style := summaryValue(f.Value), val
		if _, ok := deref(f.Value).(time.Time); ok {
			if _, isNum := v.(float64); isNum {
				style = when
			}
		}
		row := i + 1
		a, _ := excelize.CoordinatesToCellName(1, row)
		b, _ := excelize.CoordinatesToCellName(2, row)
		if err := w.f.SetCellValue(SummarySheet, a, cellText(f.Key)); err != nil {
			return wrapErr(err)
		}
		if err := w.f.SetCellValue(SummarySheet, b, v); err != nil {
			return wrapErr(err)
		}
		if err := w.f.SetCellStyle(SummarySheet, a, a, key); err != nil {
			return wrapErr(err)
		}
		if err := w.f.SetCellStyle(SummarySheet, b, b, style); err != nil {
			return wrapErr(err)
		}
	}
	if err := w.f.SetColWidth(SummarySheet, "A", "A", 24); err != nil {
		return wrapErr(err)
	}
	return wrapErr(w.f.SetColWidth(SummarySheet, "B", "B", 80))
}

// summaryValue converts a Summary value: times as date-time serials,
// numbers and bools as they are, everything else as cleaned text.
func summaryValue(v any) any {
	v = deref(v)
	switch v.(type) {
	case nil:
		return nil
	case time.Time:
		return convert(DateTime, v)
	case bool:
		return v
	}
	if n, ok := number(v); ok {
		if _, isString := v.(string); !isString {
			return n
		}
	}
	return cellText(text(v))
}
