package xlsxout

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"fieldvault/backend/apperr"
)

func TestInvalidInput(t *testing.T) {
	cols := []Column{{Title: "Name"}, {Title: "Amount", Kind: Money}}
	tests := []struct {
		name  string
		do    func(w *Writer, s *SheetWriter) error
		code  apperr.Code
		field string
	}{
		{"no columns", func(w *Writer, _ *SheetWriter) error { _, err := w.AddSheet(Sheet{Name: "x"}); return err },
			apperr.CodeInvalid, "columns"},
		{"unknown kind", func(w *Writer, _ *SheetWriter) error {
			_, err := w.AddSheet(Sheet{Columns: []Column{{Kind: Bool + 1}}})
			return err
		}, apperr.CodeInvalid, "columns[0].kind"},
		{"width", func(w *Writer, _ *SheetWriter) error {
			_, err := w.AddSheet(Sheet{Columns: []Column{{}, {Width: 300}}})
			return err
		}, apperr.CodeInvalid, "columns[1].width"},
		{"currency quote", func(w *Writer, _ *SheetWriter) error {
			_, err := w.AddSheet(Sheet{Columns: []Column{{Kind: Money, Currency: `E"R`}}})
			return err
		}, apperr.CodeInvalid, "columns[0].currency"},
		{"currency long", func(w *Writer, _ *SheetWriter) error {
			_, err := w.AddSheet(Sheet{Columns: []Column{{Kind: Money, Currency: "ABCDEFGHI"}}})
			return err
		}, apperr.CodeInvalid, "columns[0].currency"},
		{"too many values", func(_ *Writer, s *SheetWriter) error { return s.Row([]any{1, 2, 3}) },
			apperr.CodeInvalid, "values"},
		{"sheet full", func(_ *Writer, s *SheetWriter) error { s.n = MaxRows; return s.Row([]any{"x"}) },
			apperr.CodeInvalid, "rows"},
		{"label and first value", func(_ *Writer, s *SheetWriter) error { return s.Subtotal("Sum", []any{"x", 1}) },
			apperr.CodeInvalid, "values[0]"},
		{"row after grand total", func(_ *Writer, s *SheetWriter) error {
			if err := s.GrandTotal("Total", nil); err != nil {
				return err
			}
			return s.Row([]any{"x"})
		}, apperr.CodeConflict, ""},
		{"chart without data", func(w *Writer, _ *SheetWriter) error { return w.AddChart(ChartSpec{Series: []int{1}}) },
			apperr.CodeInvalid, "data"},
		{"chart of another workbook", func(_ *Writer, s *SheetWriter) error {
			other, _ := New(io.Discard, Options{})
			defer other.Abort()
			return other.AddChart(ChartSpec{Data: s, Series: []int{1}})
		}, apperr.CodeInvalid, "data"},
		{"chart type", func(w *Writer, s *SheetWriter) error {
			return w.AddChart(ChartSpec{Data: s, Type: ChartFunnel + 1, Series: []int{1}})
		}, apperr.CodeInvalid, "type"},
		{"chart category column", func(w *Writer, s *SheetWriter) error {
			return w.AddChart(ChartSpec{Data: s, Categories: 2, Series: []int{1}})
		}, apperr.CodeInvalid, "categories"},
		{"chart series column", func(w *Writer, s *SheetWriter) error {
			return w.AddChart(ChartSpec{Data: s, Series: []int{1, -1}})
		}, apperr.CodeInvalid, "series[1]"},
		{"chart no series", func(w *Writer, s *SheetWriter) error { return w.AddChart(ChartSpec{Data: s}) },
			apperr.CodeInvalid, "series"},
		{"pie two series", func(w *Writer, s *SheetWriter) error {
			return w.AddChart(ChartSpec{Data: s, Type: ChartPie, Series: []int{1, 1}})
		}, apperr.CodeInvalid, "series"},
		{"chart rows reversed", func(w *Writer, s *SheetWriter) error {
			return w.AddChart(ChartSpec{Data: s, Series: []int{1}, FirstRow: 5, LastRow: 2})
		}, apperr.CodeInvalid, "rows"},
		{"chart cell", func(w *Writer, s *SheetWriter) error {
			return w.AddChart(ChartSpec{Data: s, Series: []int{1}, Cell: "nowhere"})
		}, apperr.CodeInvalid, "cell"},
		{"row after close", func(w *Writer, s *SheetWriter) error { _ = w.Close(); return s.Row(nil) },
			apperr.CodeConflict, ""},
		{"close twice", func(w *Writer, _ *SheetWriter) error { _ = w.Close(); return w.Close() },
			apperr.CodeConflict, ""},
		{"sheet after abort", func(w *Writer, _ *SheetWriter) error {
			w.Abort()
			_, err := w.AddSheet(Sheet{Columns: cols})
			return err
		}, apperr.CodeConflict, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, err := New(io.Discard, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer w.Abort()
			s, err := w.AddSheet(Sheet{Name: "Data", Columns: cols})
			if err != nil {
				t.Fatal(err)
			}
			err = tt.do(w, s)
			if got := apperr.CodeOf(err); got != tt.code {
				t.Fatalf("code = %q (%v), want %q", got, err, tt.code)
			}
			var e *apperr.Error
			if tt.field != "" && (!errors.As(err, &e) || e.Fields[tt.field] == "") {
				t.Errorf("error %v names no field %q", err, tt.field)
			}
		})
	}
}

func TestNewInvalid(t *testing.T) {
	if _, err := New(nil, Options{}); apperr.CodeOf(err) != apperr.CodeInvalid {
		t.Errorf("nil writer: %v", err)
	}
	if _, err := New(io.Discard, Options{Password: strings.Repeat("p", 256)}); apperr.CodeOf(err) != apperr.CodeInvalid {
		t.Errorf("long password: %v", err)
	}
}

func TestSheetNames(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Deals", "Deals"},
		{"deals", "deals (2)"},
		{"Q1/Q2: [won]?", "Q1-Q2- -won--"},
		{"'quoted'", "quoted"},
		{"", "Sheet 5"},
		{"Summary", "Summary (2)"},
		{strings.Repeat("a", 40), strings.Repeat("a", 31)},
		{strings.Repeat("a", 40), strings.Repeat("a", 27) + " (2)"},
		{"Charts", "Charts"},
	}
	var buf bytes.Buffer
	w, _ := New(&buf, Options{})
	defer w.Abort()
	var sheets []*SheetWriter
	for _, tt := range tests {
		s, err := w.AddSheet(Sheet{Name: tt.in, Columns: []Column{{Title: "x"}}})
		if err != nil {
			t.Fatalf("%q: %v", tt.in, err)
		}
		if s.Name() != tt.want {
			t.Errorf("AddSheet(%q).Name() = %q, want %q", tt.in, s.Name(), tt.want)
		}
		sheets = append(sheets, s)
	}
	// The Charts sheet steps aside for a data sheet of that name.
	if err := w.AddChart(ChartSpec{Data: sheets[0], Series: []int{0}}); err != nil {
		t.Fatal(err)
	}
	_ = sheets[0].Row([]any{"a"})
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	f := open(t, buf.Bytes())
	list := f.GetSheetList()
	if got := list[len(list)-2:]; got[0] != "Charts (2)" || got[1] != "Summary" {
		t.Errorf("last sheets = %q, want Charts (2), Summary", got)
	}
}

func TestEmptyWorkbook(t *testing.T) {
	var buf bytes.Buffer
	w, _ := New(&buf, Options{Summary: []Field{{Key: "Report", Value: "Nothing"}}})
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	f := open(t, buf.Bytes())
	if got := f.GetSheetList(); len(got) != 1 || got[0] != "Summary" {
		t.Errorf("sheets = %q, want only Summary", got)
	}
}

// A chart over no rows is left out rather than pointing at an empty range.
func TestChartWithoutRowsLeftOut(t *testing.T) {
	var buf bytes.Buffer
	w, _ := New(&buf, Options{})
	s, _ := w.AddSheet(Sheet{Name: "Empty", Columns: []Column{{Title: "k"}, {Title: "v", Kind: Number}}})
	if err := w.AddChart(ChartSpec{Data: s, Type: ChartLine, Series: []int{1}}); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if xml := zipPart(t, buf.Bytes(), "xl/charts/chart1.xml"); xml != "" {
		t.Error("a chart over no rows was written")
	}
	f := open(t, buf.Bytes())
	if got := f.GetSheetList(); len(got) != 3 {
		t.Errorf("sheets = %q", got)
	}
}
