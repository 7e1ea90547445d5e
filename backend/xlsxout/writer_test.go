package xlsxout

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestWorkbookValuesAndTypes(t *testing.T) {
	b := writeSample(t, Options{})
	f := open(t, b, excelize.Options{RawCellValue: true})
	for i, c := range cellCases {
		t.Run(c.name, func(t *testing.T) {
			cell, _ := excelize.CoordinatesToCellName(c.col+1, i+2)
			got, err := f.GetCellValue("Kinds", cell)
			if err != nil {
				t.Fatal(err)
			}
			if got != c.raw {
				t.Errorf("%s = %.80q, want %.80q", cell, got, c.raw)
			}
			if c.raw == "" {
				return
			}
			typ, _ := f.GetCellType("Kinds", cell)
			if typ != c.typ {
				t.Errorf("%s type = %v, want %v", cell, typ, c.typ)
			}
			if formula, _ := f.GetCellFormula("Kinds", cell); formula != "" {
				t.Errorf("%s has formula %q: no cell may be a formula", cell, formula)
			}
		})
	}
}

func TestWorkbookNumberFormats(t *testing.T) {
	b := writeSample(t, Options{})
	f := open(t, b)
	tests := []struct {
		col  int
		want string // custom format; "" = none
	}{
		{0, ""}, {1, "#,##0.00"}, {2, "#,##0"}, {3, `"€"#,##0.00`}, {4, "0.0%"},
		{5, "yyyy-mm-dd"}, {6, "yyyy-mm-dd hh:mm:ss"}, {7, ""}, {8, `#,##0.00 "CHF"`},
	}
	for _, tt := range tests {
		t.Run(kindColumns[tt.col].Title, func(t *testing.T) {
			// the first case row that fills this column with a number
			for i, c := range cellCases {
				if c.col != tt.col || c.raw == "" {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(tt.col+1, i+2)
				id, err := f.GetCellStyle("Kinds", cell)
				if err != nil {
					t.Fatal(err)
				}
				st, err := f.GetStyle(id)
				if err != nil {
					t.Fatal(err)
				}
				got := ""
				if st.CustomNumFmt != nil {
					got = *st.CustomNumFmt
				}
				if got != tt.want {
					t.Errorf("%s format = %q (numFmt %d), want %q", cell, got, st.NumFmt, tt.want)
				}
				return
			}
			t.Fatal("no case fills the column")
		})
	}
}

func TestWorkbookLayout(t *testing.T) {
	b := writeSample(t, Options{})
	f := open(t, b)
	if got, want := f.GetSheetList(), []string{"Kinds", "Deals", "Charts", "Summary"}; strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("sheets = %v, want %v", got, want)
	}
	if got := f.GetActiveSheetIndex(); got != 2 {
		t.Errorf("active sheet = %d, want 2 (Charts)", got)
	}
	for _, sheet := range []string{"Kinds", "Deals"} {
		t.Run(sheet+" pane", func(t *testing.T) {
			p, err := f.GetPanes(sheet)
			if err != nil {
				t.Fatal(err)
			}
			if !p.Freeze || p.YSplit != 1 || p.TopLeftCell != "A2" {
				t.Errorf("panes = %+v, want frozen header row", p)
			}
		})
	}
	t.Run("one selected tab", func(t *testing.T) {
		n := 0
		for i := 1; i <= 4; i++ {
			n += strings.Count(zipPart(t, b, "xl/worksheets/sheet"+strconv.Itoa(i)+".xml"), `tabSelected="true"`)
		}
		if n != 1 {
			t.Errorf("%d sheets selected, want 1 (more open as a group)", n)
		}
	})
	t.Run("autofilter", func(t *testing.T) {
		// Kinds: header + one row per case, 9 columns; Deals: header + 4
		// deals + 2 subtotals, the grand total left out.
		want := map[string]string{"Kinds": "$A$1:$I$" + strconv.Itoa(len(cellCases)+1), "Deals": "$A$1:$D$7"}
		for sheet, ref := range want {
			found := false
			for _, d := range f.GetDefinedName() {
				if d.Name == "_xlnm._FilterDatabase" && d.Scope == sheet {
					found = true
					if d.RefersTo != "'"+sheet+"'!"+ref {
						t.Errorf("%s filter database = %q, want %q", sheet, d.RefersTo, ref)
					}
				}
			}
			if !found {
				t.Errorf("%s: no _FilterDatabase name", sheet)
			}
		}
		if xml := zipPart(t, b, "xl/worksheets/sheet2.xml"); !strings.Contains(xml, `<autoFilter ref="$A$1:$D$7">`) {
			t.Errorf("Deals sheet has no autoFilter over A1:D7")
		}
	})
	t.Run("header", func(t *testing.T) {
		id, _ := f.GetCellStyle("Deals", "C1")
		st, _ := f.GetStyle(id)
		if st.Font == nil || !st.Font.Bold || len(st.Fill.Color) == 0 || st.Fill.Color[0] != headerFill {
			t.Errorf("header style = font %+v fill %+v, want bold on %s", st.Font, st.Fill, headerFill)
		}
		if v, _ := f.GetCellValue("Deals", "C1"); v != "Amount" {
			t.Errorf("C1 = %q", v)
		}
	})
	t.Run("cols ascending", func(t *testing.T) {
		xml := zipPart(t, b, "xl/worksheets/sheet1.xml")
		mins := regexp.MustCompile(`<col min="(\d+)"`).FindAllStringSubmatch(xml, -1)
		if len(mins) != len(kindColumns) {
			t.Fatalf("%d <col>, want %d", len(mins), len(kindColumns))
		}
		for i, m := range mins {
			if m[1] != strconv.Itoa(i+1) {
				t.Fatalf("<col> %d has min %s: Excel wants them in order", i, m[1])
			}
		}
	})
}

func TestColumnWidths(t *testing.T) {
	b := writeSample(t, Options{})
	f := open(t, b)
	tests := []struct {
		sheet, col string
		min, max   float64
	}{
		{"Deals", "B", 30, 30},             // given
		{"Deals", "A", 15.5, 16},           // "Lead subtotal": sampled text
		{"Deals", "C", 14, 14},             // money: kind minimum
		{"Deals", "D", 15.9, 16.1},         // "Probability": title
		{"Kinds", "A", maxWidth, maxWidth}, // the 40,000-character text: capped
		{"Kinds", "G", 19, 23},             // datetime
		{"Kinds", "H", 7, 8.5},             // bool: title "Bool" + filter button
	}
	for _, tt := range tests {
		t.Run(tt.sheet+tt.col, func(t *testing.T) {
			got, err := f.GetColWidth(tt.sheet, tt.col)
			if err != nil {
				t.Fatal(err)
			}
			if got < tt.min || got > tt.max {
				t.Errorf("width = %v, want %v…%v", got, tt.min, tt.max)
			}
		})
	}
}

func TestSubtotalRows(t *testing.T) {
	b := writeSample(t, Options{})
	f := open(t, b, excelize.Options{RawCellValue: true})
	tests := []struct {
		row         int
		label, sum  string
		fill        string
		doubleUnder bool
	}{
		{4, "Lead subtotal", "3500.5", subtotalFill, false},
		{7, "Won subtotal", "4500.25", subtotalFill, false},
		{8, "Total", "8000.75", grandFill, true},
	}
	for _, tt := range tests {
		t.Run(tt.label, func(t *testing.T) {
			a, c := "A"+strconv.Itoa(tt.row), "C"+strconv.Itoa(tt.row)
			if v, _ := f.GetCellValue("Deals", a); v != tt.label {
				t.Errorf("%s = %q, want %q", a, v, tt.label)
			}
			if v, _ := f.GetCellValue("Deals", c); v != tt.sum {
				t.Errorf("%s = %q, want %q", c, v, tt.sum)
			}
			if formula, _ := f.GetCellFormula("Deals", c); formula != "" {
				t.Errorf("%s is a formula %q, want a number", c, formula)
			}
			for _, cell := range []string{a, c, "D" + strconv.Itoa(tt.row)} { // D is empty but styled
				id, _ := f.GetCellStyle("Deals", cell)
				st, _ := f.GetStyle(id)
				if st.Font == nil || !st.Font.Bold || len(st.Fill.Color) == 0 || st.Fill.Color[0] != tt.fill {
					t.Errorf("%s style = font %+v fill %+v, want bold on %s", cell, st.Font, st.Fill, tt.fill)
				}
				double := false
				for _, bd := range st.Border {
					double = double || bd.Type == "bottom" && bd.Style == 6
				}
				if double != tt.doubleUnder {
					t.Errorf("%s double underline = %v, want %v", cell, double, tt.doubleUnder)
				}
			}
			id, _ := f.GetCellStyle("Deals", c)
			if st, _ := f.GetStyle(id); st.CustomNumFmt == nil || *st.CustomNumFmt != `"$"#,##0.00` {
				t.Errorf("%s keeps no money format: %+v", c, st.CustomNumFmt)
			}
		})
	}
	t.Run("data row plain", func(t *testing.T) {
		id, _ := f.GetCellStyle("Deals", "A2")
		if st, _ := f.GetStyle(id); st.Font != nil && st.Font.Bold {
			t.Error("data row is bold")
		}
	})
}

func TestSummarySheet(t *testing.T) {
	b := writeSample(t, Options{})
	f := open(t, b, excelize.Options{RawCellValue: true})
	rows, err := f.GetRows("Summary")
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"Report", "Pipeline by stage"},
		{"Definition", "Deals grouped by stage; amount summed"},
		{"Filters", "'=owner is me"},
		{"Exported by", "alice (Sales)"},
		{"Exported at", "45356.6041666667"},
		{"Rows (Kinds)", strconv.Itoa(len(cellCases))},
		{"Rows (Deals)", "7"},
	}
	if len(rows) != len(want) {
		t.Fatalf("Summary has %d rows, want %d: %q", len(rows), len(want), rows)
	}
	for i := range want {
		if strings.Join(rows[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("row %d = %q, want %q", i+1, rows[i], want[i])
		}
	}
	id, _ := f.GetCellStyle("Summary", "B5")
	if st, _ := f.GetStyle(id); st.CustomNumFmt == nil || *st.CustomNumFmt != "yyyy-mm-dd hh:mm:ss" {
		t.Errorf("exported-at format = %v, want a date-time", st.CustomNumFmt)
	}
}

func TestCharts(t *testing.T) {
	b := writeSample(t, Options{})
	// Charts are numbered in the order Close draws them: the ones on data
	// sheets first. Find each by its type.
	chart := func(t *testing.T, tag string) string {
		for i := 1; i <= 2; i++ {
			if xml := zipPart(t, b, "xl/charts/chart"+strconv.Itoa(i)+".xml"); strings.Contains(xml, tag) {
				return xml
			}
		}
		t.Fatalf("no chart with %s", tag)
		return ""
	}
	tests := []struct {
		name string
		xml  func(t *testing.T) string
		want []string
	}{
		{"column chart", func(t *testing.T) string { return chart(t, "<barChart>") }, []string{
			`<barDir val="col">`, "<a:t>Amount by deal</a:t>",
			"<f>&#39;Deals&#39;!$C$1</f>",        // series name: the header
			"<f>&#39;Deals&#39;!$B$2:$B$7</f>",   // categories: all rows but the grand total
			"<f>&#39;Deals&#39;!$C$2:$C$7</f>"}}, // values
		{"pie chart", func(t *testing.T) string { return chart(t, "<pieChart>") }, []string{
			"<a:t>Leads</a:t>", "<f>&#39;Deals&#39;!$B$2:$B$3</f>", "<f>&#39;Deals&#39;!$C$2:$C$3</f>"}},
		{"Deals sheet holds the pie", func(t *testing.T) string {
			return zipPart(t, b, "xl/worksheets/sheet2.xml") + zipPart(t, b, "xl/drawings/_rels/drawing1.xml.rels") +
				zipPart(t, b, "xl/worksheets/_rels/sheet2.xml.rels")
		}, []string{"<drawing ", "../drawings/drawing1.xml", "../charts/chart1.xml"}},
		{"Charts sheet holds the column chart", func(t *testing.T) string {
			return zipPart(t, b, "xl/worksheets/sheet3.xml") + zipPart(t, b, "xl/worksheets/_rels/sheet3.xml.rels") +
				zipPart(t, b, "xl/drawings/_rels/drawing2.xml.rels")
		}, []string{"<drawing ", "../drawings/drawing2.xml", "../charts/chart2.xml"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			xml := tt.xml(t)
			for _, w := range tt.want {
				if !strings.Contains(xml, w) {
					t.Errorf("lacks %s", w)
				}
			}
		})
	}
}

// Rows past the 100-row width sample go straight to the stream: they must
// land in order after the held-back ones, with the same formats.
func TestStreamingPastSample(t *testing.T) {
	const rows = 250
	var buf bytes.Buffer
	w, _ := New(&buf, Options{})
	s, err := w.AddSheet(Sheet{Name: "Big", Columns: []Column{{Title: "N", Kind: Integer}, {Title: "Label"}, {Title: "Amount", Kind: Money, Currency: "EUR"}}})
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= rows; i++ {
		label := "row " + strconv.Itoa(i)
		if i == 200 { // wider than anything in the sample: not measured
			label = strings.Repeat("w", 50)
		}
		if err := s.Row([]any{i, label, float64(i) / 4}); err != nil {
			t.Fatal(err)
		}
		if i == sampleRows && !s.started {
			t.Fatal("the sample did not start the stream")
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	f := open(t, b, excelize.Options{RawCellValue: true})
	all, err := f.GetRows("Big")
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != rows+1 {
		t.Fatalf("%d rows, want %d", len(all), rows+1)
	}
	for _, i := range []int{1, 100, 101, 250} {
		if got := all[i][0]; got != strconv.Itoa(i) {
			t.Errorf("row %d holds %q", i+1, got)
		}
		id, _ := f.GetCellStyle("Big", "C"+strconv.Itoa(i+1))
		if st, _ := f.GetStyle(id); st.CustomNumFmt == nil || *st.CustomNumFmt != `"€"#,##0.00` {
			t.Errorf("C%d has no money format", i+1)
		}
	}
	if width, _ := f.GetColWidth("Big", "B"); width >= 50 {
		t.Errorf("width B = %v: sized from a row after the sample", width)
	}
	if xml := zipPart(t, b, "xl/worksheets/sheet1.xml"); !strings.Contains(xml, `<autoFilter ref="$A$1:$C$251">`) ||
		strings.Contains(xml, `tabSelected="true"`) && strings.Contains(zipPart(t, b, "xl/worksheets/sheet2.xml"), `tabSelected="true"`) {
		t.Error("autofilter missing, or two tabs selected")
	}
	if got := f.GetActiveSheetIndex(); got != 0 {
		t.Errorf("active sheet = %d, want the data sheet", got)
	}
}

// Two selected tabs open as a group in Excel (typing edits both). Streams
// fix a sheet's view when their rows start, before Close knows which sheet
// the workbook opens on.
func TestOneSelectedTab(t *testing.T) {
	tests := []struct {
		name       string
		rows       []int // rows per data sheet
		charts     bool  // a chart on the Charts sheet
		wantActive string
	}{
		{"small sheet", []int{5}, false, "S1"},
		{"streamed sheet", []int{150}, false, "S1"},
		{"streamed sheet and charts", []int{150}, true, "Charts"},
		{"small sheet and charts", []int{5}, true, "Charts"},
		{"two streamed sheets", []int{150, 150}, false, "S1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			w, _ := New(&buf, Options{})
			for i, n := range tt.rows {
				s, err := w.AddSheet(Sheet{Name: "S" + strconv.Itoa(i+1), Columns: []Column{{Title: "k"}, {Title: "v", Kind: Number}}})
				if err != nil {
					t.Fatal(err)
				}
				for r := 0; r < n; r++ {
					if err := s.Row([]any{"k" + strconv.Itoa(r), r}); err != nil {
						t.Fatal(err)
					}
				}
				if tt.charts && i == 0 {
					if err := w.AddChart(ChartSpec{Data: s, Type: ChartLine, Series: []int{1}}); err != nil {
						t.Fatal(err)
					}
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			b := buf.Bytes()
			f := open(t, b)
			if got := f.GetSheetName(f.GetActiveSheetIndex()); got != tt.wantActive {
				t.Errorf("opens on %q, want %q", got, tt.wantActive)
			}
			var selected []string
			for i, name := range f.GetSheetList() {
				if strings.Contains(zipPart(t, b, "xl/worksheets/sheet"+strconv.Itoa(i+1)+".xml"), `tabSelected="true"`) {
					selected = append(selected, name)
				}
			}
			if len(selected) > 1 || len(selected) == 1 && selected[0] != tt.wantActive {
				t.Errorf("selected tabs %q, want at most %q", selected, tt.wantActive)
			}
		})
	}
}

func TestChartTypes(t *testing.T) {
	tests := []struct {
		typ  ChartType
		want []string
	}{
		{ChartBar, []string{"<barChart>", `<barDir val="bar">`}},
		{ChartColumn, []string{"<barChart>", `<barDir val="col">`}},
		{ChartLine, []string{"<lineChart>"}},
		{ChartArea, []string{"<areaChart>"}},
		{ChartPie, []string{"<pieChart>", `<showPercent val="1">`}},
		{ChartDoughnut, []string{"<doughnutChart>", `<holeSize val="50">`}},
		// first stage on top: the category axis runs from the top
		{ChartFunnel, []string{"<barChart>", `<barDir val="bar">`, `<orientation val="maxMin">`, `<gapWidth val="20">`, `<showVal val="1">`}},
	}
	for _, tt := range tests {
		t.Run(strconv.Itoa(int(tt.typ)), func(t *testing.T) {
			var buf bytes.Buffer
			w, _ := New(&buf, Options{})
			s, _ := w.AddSheet(Sheet{Name: "Stages", Columns: []Column{{Title: "Stage"}, {Title: "Deals", Kind: Integer}}})
			for i, stage := range []string{"Lead", "Qualified", "Won"} {
				_ = s.Row([]any{stage, 30 - 10*i})
			}
			if err := w.AddChart(ChartSpec{Data: s, Type: tt.typ, Title: "Funnel", Series: []int{1}}); err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			xml := zipPart(t, buf.Bytes(), "xl/charts/chart1.xml")
			for _, want := range append(tt.want, "<f>&#39;Stages&#39;!$A$2:$A$4</f>", "<f>&#39;Stages&#39;!$B$2:$B$4</f>") {
				if !strings.Contains(xml, want) {
					t.Errorf("chart lacks %s", want)
				}
			}
		})
	}
}
