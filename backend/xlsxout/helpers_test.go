package xlsxout

import (
	"archive/zip"
	"bytes"
	"io"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// kindColumns has one column per kind, and a second Money column with a
// suffix currency; the sample's "Kinds" sheet uses them.
var kindColumns = []Column{
	{Title: "Text", Kind: Text},
	{Title: "Number", Kind: Number},
	{Title: "Integer", Kind: Integer},
	{Title: "Money EUR", Kind: Money, Currency: "EUR"},
	{Title: "Percent", Kind: Percent},
	{Title: "Date", Kind: Date},
	{Title: "DateTime", Kind: DateTime},
	{Title: "Bool", Kind: Bool},
	{Title: "Money CHF", Kind: Money, Currency: "CHF"},
}

// cellCase is one value written into one column of the Kinds sheet (a row
// of its own) and what must come back.
type cellCase struct {
	name  string
	col   int
	in    any
	raw   string // raw value read back by excelize ("" = empty cell)
	typ   excelize.CellType
	shown string // as LibreOffice shows it in en-US ("" = same as raw)
}

var (
	plus2     = time.FixedZone("UTC+2", 2*3600)
	f64       = 7.5
	long      = strings.Repeat("x", 40_000)
	longOut   = strings.Repeat("x", MaxCellChars-utf16Len(CutMarker)) + CutMarker
	cellCases = []cellCase{
		{name: "text plain", col: 0, in: "Alice Smith", raw: "Alice Smith", typ: excelize.CellTypeInlineString},
		{name: "text formula", col: 0, in: "=1+1", raw: "'=1+1", typ: excelize.CellTypeInlineString},
		{name: "text DDE", col: 0, in: "=cmd|' /C calc'!A0", raw: "'=cmd|' /C calc'!A0", typ: excelize.CellTypeInlineString},
		{name: "text plus", col: 0, in: "+49 30 1234", raw: "'+49 30 1234", typ: excelize.CellTypeInlineString},
		{name: "text minus", col: 0, in: "-5", raw: "'-5", typ: excelize.CellTypeInlineString},
		{name: "text at", col: 0, in: "@SUM(A1:A2)", raw: "'@SUM(A1:A2)", typ: excelize.CellTypeInlineString},
		{name: "text tab", col: 0, in: "\t=1", raw: "'\t=1", typ: excelize.CellTypeInlineString},
		{name: "text CR", col: 0, in: "\r=1", raw: "'\n=1", typ: excelize.CellTypeInlineString},
		{name: "text full-width", col: 0, in: "＝1+1", raw: "'＝1+1", typ: excelize.CellTypeInlineString},
		{name: "text control chars", col: 0, in: "a\x00b\x1fc\x7fd\u0085e", raw: "abcde", typ: excelize.CellTypeInlineString},
		{name: "text bad utf8", col: 0, in: "bad \xff utf8", raw: "bad \uFFFD utf8", typ: excelize.CellTypeInlineString},
		{name: "text CRLF", col: 0, in: "line1\r\nline2", raw: "line1\nline2", typ: excelize.CellTypeInlineString},
		{name: "text escape-like", col: 0, in: "_x0041_", raw: "_x0041_", typ: excelize.CellTypeInlineString},
		{name: "text XML", col: 0, in: "<b>&amp;</b>", raw: "<b>&amp;</b>", typ: excelize.CellTypeInlineString},
		{name: "text too long", col: 0, in: long, raw: longOut, typ: excelize.CellTypeInlineString},
		{name: "text from int", col: 0, in: 42, raw: "42", typ: excelize.CellTypeInlineString},
		{name: "number", col: 1, in: 1234.5, raw: "1234.5", typ: excelize.CellTypeUnset, shown: "1,234.50"},
		{name: "number from string", col: 1, in: " 12.25 ", raw: "12.25", typ: excelize.CellTypeUnset, shown: "12.25"},
		{name: "number pointer", col: 1, in: &f64, raw: "7.5", typ: excelize.CellTypeUnset, shown: "7.50"},
		{name: "number nil pointer", col: 1, in: (*float64)(nil), raw: ""},
		{name: "number NaN", col: 1, in: math.NaN(), raw: ""},
		{name: "number not a number", col: 1, in: "n/a", raw: "n/a", typ: excelize.CellTypeInlineString},
		{name: "integer", col: 2, in: int64(1234567), raw: "1234567", typ: excelize.CellTypeUnset, shown: "1,234,567"},
		{name: "integer uint64", col: 2, in: uint64(42), raw: "42", typ: excelize.CellTypeUnset, shown: "42"},
		{name: "money EUR", col: 3, in: 1234.5, raw: "1234.5", typ: excelize.CellTypeUnset, shown: "€1,234.50"},
		{name: "money EUR negative", col: 3, in: -0.5, raw: "-0.5", typ: excelize.CellTypeUnset, shown: "-€0.50"},
		{name: "money CHF", col: 8, in: 99, raw: "99", typ: excelize.CellTypeUnset, shown: "99.00 CHF"},
		{name: "percent", col: 4, in: 0.25, raw: "0.25", typ: excelize.CellTypeUnset, shown: "25.0%"},
		{name: "date time.Time other zone", col: 5, in: time.Date(2024, 3, 5, 23, 30, 0, 0, plus2), raw: "45356", typ: excelize.CellTypeUnset, shown: "2024-03-05"},
		{name: "date string", col: 5, in: "2024-03-05", raw: "45356", typ: excelize.CellTypeUnset, shown: "2024-03-05"},
		{name: "date RFC 3339", col: 5, in: "2024-03-05T10:00:00Z", raw: "45356", typ: excelize.CellTypeUnset, shown: "2024-03-05"},
		{name: "date zero", col: 5, in: time.Time{}, raw: ""},
		{name: "date before 1900-03", col: 5, in: time.Date(1899, 1, 1, 0, 0, 0, 0, time.UTC), raw: "1899-01-01", typ: excelize.CellTypeInlineString},
		{name: "date garbage", col: 5, in: "soon", raw: "soon", typ: excelize.CellTypeInlineString},
		{name: "datetime", col: 6, in: time.Date(2024, 3, 5, 14, 30, 15, 0, time.UTC), raw: "45356.6043402778", typ: excelize.CellTypeUnset, shown: "2024-03-05 14:30:15"},
		{name: "datetime wall clock", col: 6, in: "2024-03-05T14:30:15+02:00", raw: "45356.6043402778", typ: excelize.CellTypeUnset, shown: "2024-03-05 14:30:15"},
		{name: "bool true", col: 7, in: true, raw: "1", typ: excelize.CellTypeBool, shown: "TRUE"},
		{name: "bool from string", col: 7, in: "false", raw: "0", typ: excelize.CellTypeBool, shown: "FALSE"},
		{name: "bool garbage", col: 7, in: "maybe", raw: "maybe", typ: excelize.CellTypeInlineString},
	}
)

// dealColumns are the columns of the sample's "Deals" sheet: a grouped
// report with subtotals and a chart.
var dealColumns = []Column{
	{Title: "Stage", Kind: Text},
	{Title: "Deal", Kind: Text, Width: 30},
	{Title: "Amount", Kind: Money, Currency: "USD"},
	{Title: "Probability", Kind: Percent},
}

// deals are the sample's data rows, grouped by stage.
var deals = []struct {
	stage, deal string
	amount      float64
	p           float64
}{
	{"Lead", "Acme", 1000, 0.1}, {"Lead", "Globex", 2500.5, 0.2},
	{"Won", "Initech", 4000, 1}, {"Won", "Umbrella", 500.25, 1},
}

// sampleSummary is the Summary the sample passes in.
var sampleSummary = []Field{
	{Key: "Report", Value: "Pipeline by stage"},
	{Key: "Definition", Value: "Deals grouped by stage; amount summed"},
	{Key: "Filters", Value: "=owner is me"},
	{Key: "Exported by", Value: "alice (Sales)"},
	{Key: "Exported at", Value: time.Date(2024, 3, 5, 14, 30, 0, 0, time.UTC)},
}

// writeSample writes the sample workbook: a "Kinds" sheet with one row per
// cellCase, and a "Deals" sheet with subtotals, a grand total and two
// charts (one on the Charts sheet, one on the data sheet).
func writeSample(t testing.TB, opts Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if opts.Summary == nil {
		opts.Summary = sampleSummary
	}
	w, err := New(&buf, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Abort()
	kinds, err := w.AddSheet(Sheet{Name: "Kinds", Columns: kindColumns})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cellCases {
		row := make([]any, c.col+1)
		row[c.col] = c.in
		if err := kinds.Row(row); err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
	}
	s, err := w.AddSheet(Sheet{Name: "Deals", Columns: dealColumns})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.AddChart(ChartSpec{Data: s, Type: ChartColumn, Title: "Amount by deal", Categories: 1, Series: []int{2}}); err != nil {
		t.Fatal(err)
	}
	var sum, total float64
	for i, d := range deals {
		if err := s.Row([]any{d.stage, d.deal, d.amount, d.p}); err != nil {
			t.Fatal(err)
		}
		sum += d.amount
		if i == len(deals)-1 || deals[i+1].stage != d.stage {
			if err := s.Subtotal(d.stage+" subtotal", []any{nil, nil, sum}); err != nil {
				t.Fatal(err)
			}
			total, sum = total+sum, 0
		}
	}
	if err := s.GrandTotal("Total", []any{nil, nil, total}); err != nil {
		t.Fatal(err)
	}
	if err := w.AddChart(ChartSpec{Data: s, On: s, Type: ChartPie, Title: "Leads", Categories: 1, Series: []int{2}, FirstRow: 1, LastRow: 2}); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// open reads a workbook back with excelize.
func open(t testing.TB, b []byte, opts ...excelize.Options) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(b), opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = f.Close() })
	return f
}

// zipPart returns a part of the package, "" if absent.
func zipPart(t testing.TB, b []byte, name string) string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range z.File {
		if f.Name == name {
			r, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			data, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			return string(data)
		}
	}
	return ""
}
