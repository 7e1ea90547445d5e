package xlsxout

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"fieldvault/backend/apperr"
)

// ChartType is the kind of a native chart.
type ChartType int

// The chart types of dashboard widgets. Excel has no funnel chart that
// excelize writes: ChartFunnel is a horizontal bar chart with the first
// category on top and narrow gaps, the usual stand-in.
const (
	ChartBar    ChartType = iota // horizontal bars
	ChartColumn                  // vertical bars
	ChartLine
	ChartArea
	ChartPie      // exactly one series
	ChartDoughnut // exactly one series
	ChartFunnel   // horizontal bars, first category on top
)

// ChartSpec describes a native chart over rows of a data sheet. The chart
// references the cells (the reader can change them and the chart follows);
// it copies no data.
type ChartSpec struct {
	Data  *SheetWriter // sheet holding categories and values
	Type  ChartType
	Title string
	// Categories is the column (0-based) of the category labels.
	Categories int
	// Series are the columns (0-based) of the values, one series each,
	// named by the column's title.
	Series []int
	// FirstRow and LastRow bound the data rows the chart covers, 1-based
	// below the header (see SheetWriter.Rows); 0 means the first row, and
	// the last row before the grand total. Spans beyond the sheet are cut
	// to it. With subtotal rows in the sheet, give the span of one group.
	FirstRow, LastRow int
	// On is the sheet the chart is drawn on; nil puts it on the Charts
	// sheet (created on Close, and then the sheet the workbook opens on).
	On *SheetWriter
	// Cell is the chart's top-left cell, e.g. "B2"; "" stacks the charts of
	// a sheet top to bottom (right of the data on a data sheet).
	Cell string
	// Width and Height in pixels; 0 is 640 × 360.
	Width, Height uint
}

// Chart size defaults; chartRows is the height of a default chart plus a
// gap, in rows of the default 20 px.
const (
	chartWidth  = 640
	chartHeight = 360
	chartRows   = 20
)

// AddChart records a chart; Close draws it once every row count is known
// (see the package doc for why that order), so it may be called before,
// between or after the rows. A chart whose span holds no rows is left out.
// Invalid: Data or On from another workbook or nil Data, an unknown type,
// a column outside the sheet, no series (or not exactly one for pie and
// doughnut), a negative or reversed row span, a bad Cell. Conflict: the
// workbook is finished.
func (w *Writer) AddChart(c ChartSpec) error {
	if w.done {
		return errClosed()
	}
	bad := func(field, msg string) error { return apperr.Invalid(msg, map[string]string{field: msg}) }
	switch {
	case c.Data == nil || c.Data.w != w:
		return bad("data", "A chart needs a data sheet of this workbook.")
	case c.On != nil && c.On.w != w:
		return bad("on", "A chart goes on a sheet of this workbook.")
	case c.Type < ChartBar || c.Type > ChartFunnel:
		return bad("type", "Unknown chart type.")
	case c.Categories < 0 || c.Categories >= len(c.Data.cols):
		return bad("categories", "The category column is not a column of the sheet.")
	case len(c.Series) == 0:
		return bad("series", "A chart needs at least one series.")
	case (c.Type == ChartPie || c.Type == ChartDoughnut) && len(c.Series) != 1:
		return bad("series", "A pie or doughnut chart has exactly one series.")
	case c.FirstRow < 0 || c.LastRow < 0 || c.LastRow > 0 && c.FirstRow > c.LastRow:
		return bad("rows", "The row span is reversed or negative.")
	}
	for i, col := range c.Series {
		if col < 0 || col >= len(c.Data.cols) {
			return bad(fmt.Sprintf("series[%d]", i), "The series column is not a column of the sheet.")
		}
	}
	if c.Cell != "" {
		if _, _, err := excelize.CellNameToCoordinates(c.Cell); err != nil {
			return bad("cell", "The chart cell is not a cell reference like B2.")
		}
	}
	c.Series = append([]int(nil), c.Series...)
	w.charts = append(w.charts, c)
	return nil
}

// chartsOn returns the charts drawn on sheet s.
func (w *Writer) chartsOn(s *SheetWriter) []ChartSpec {
	var out []ChartSpec
	for _, c := range w.charts {
		if c.On == s {
			out = append(out, c)
		}
	}
	return out
}

// addChartsSheet creates the Charts sheet when a chart goes there and
// returns its name and index; "" and -1 when none does.
func (w *Writer) addChartsSheet() (string, int, error) {
	if len(w.chartsOn(nil)) == 0 {
		return "", -1, nil
	}
	name := w.uniqueName(ChartsSheet, len(w.sheets)+1)
	index, err := w.newSheet(name)
	return name, index, wrapErr(err)
}

// drawChart adds chart c to sheet at c.Cell, or at auto when unset. It
// must run after the data sheet's last row, and before the Flush of a
// streamed sheet it is drawn on.
func (w *Writer) drawChart(c ChartSpec, sheet, auto string) error {
	s := c.Data
	first, last := max(c.FirstRow, 1), c.LastRow
	end := s.n
	if s.total {
		end-- // the grand total would dwarf every other bar
	}
	if last == 0 || last > end {
		last = end
	}
	if first > last {
		return nil
	}
	ref := func(col, row1, row2 int) string {
		a, _ := excelize.CoordinatesToCellName(col+1, row1, true)
		if row2 == 0 {
			return quoteSheet(s.name) + "!" + a
		}
		b, _ := excelize.CoordinatesToCellName(col+1, row2, true)
		return quoteSheet(s.name) + "!" + a + ":" + b
	}
	ch := &excelize.Chart{
		Type:       chartTypes[c.Type],
		Dimension:  excelize.ChartDimension{Width: orDefault(c.Width, chartWidth), Height: orDefault(c.Height, chartHeight)},
		Legend:     excelize.ChartLegend{Position: "bottom"},
		VaryColors: new(false),
		YAxis:      excelize.ChartAxis{MajorGridLines: true, NumFmt: excelize.ChartNumFmt{SourceLinked: true}},
		Format:     excelize.GraphicOptions{AltText: cleanText(c.Title)},
	}
	if c.Title != "" {
		ch.Title.Paragraph = []excelize.RichTextRun{{Text: cleanText(c.Title)}}
	}
	for _, col := range c.Series {
		ch.Series = append(ch.Series, excelize.ChartSeries{
			Name:       ref(col, 1, 0), // the header cell
			Categories: ref(c.Categories, first+1, last+1),
			Values:     ref(col, first+1, last+1),
		})
	}
	switch c.Type {
	case ChartPie, ChartDoughnut:
		ch.VaryColors = new(true)
		ch.Legend.Position = "right"
		ch.PlotArea.ShowPercent = true
		ch.HoleSize = 50
	case ChartFunnel:
		ch.XAxis.ReverseOrder = true
		ch.GapWidth = new(uint(20))
		ch.PlotArea.ShowVal = true
	}
	if len(c.Series) == 1 && c.Type != ChartPie && c.Type != ChartDoughnut {
		ch.Legend.Position = "none" // the title says what one series is
	}
	cell := c.Cell
	if cell == "" {
		cell = auto
	}
	return wrapErr(w.f.AddChart(sheet, cell, ch))
}

var chartTypes = map[ChartType]excelize.ChartType{
	ChartBar: excelize.Bar, ChartColumn: excelize.Col, ChartLine: excelize.Line, ChartArea: excelize.Area,
	ChartPie: excelize.Pie, ChartDoughnut: excelize.Doughnut, ChartFunnel: excelize.Bar,
}

func orDefault(v, d uint) uint {
	if v == 0 {
		return d
	}
	return v
}
