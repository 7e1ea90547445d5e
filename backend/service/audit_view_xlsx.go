package service

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
)

// Sheet names of an audit export workbook.
const (
	sheetAuditLog = "Audit log"
	sheetSummary  = "Summary"
)

// maxXLSXEntries is how many entries fit a sheet below its header.
const maxXLSXEntries = 1_048_575

// xlsxColumns are the exported columns and their widths.
var xlsxColumns = []struct {
	title string
	width float64
}{{"Seq", 10}, {"Time (UTC)", 22}, {"User", 18}, {"User ID", 34}, {"Role", 18}, {"Category", 11}, {"Action", 24},
	{"Object type", 13}, {"Object ID", 34}, {"Object", 30}, {"Outcome", 10}, {"Reason", 30}, {"Rows", 8},
	{"Changes", 60}, {"Device", 18}, {"Host", 18}, {"OS user", 14}, {"App version", 14}, {"Hash", 66}}

// xlsxSink streams an export into a workbook (excelize StreamWriter: rows
// go to a temporary file in dir, not memory): a formatted, frozen header
// row with an autofilter, times as Excel dates, and a Summary sheet.
type xlsxSink struct {
	f    *excelize.File
	sw   *excelize.StreamWriter
	out  io.Writer
	row  int
	date int
	sum  [][2]string
}

func newXLSXSink(out io.Writer, dir string, total int64, summary [][2]string) (*xlsxSink, error) {
	if total > maxXLSXEntries {
		return nil, apperr.Invalid("A spreadsheet holds at most 1,048,575 entries: narrow the filter or export a bundle.",
			map[string]string{"format": "Too many entries for a spreadsheet."})
	}
	f := excelize.NewFile(excelize.Options{TmpDir: dir})
	x := &xlsxSink{f: f, out: out, row: 1, sum: summary}
	if err := x.setup(total); err != nil {
		_ = f.Close()
		return nil, apperr.Wrap(err, apperr.CodeInternal, "The spreadsheet could not be created.")
	}
	return x, nil
}

func (x *xlsxSink) setup(total int64) error {
	f := x.f
	if err := f.SetSheetName("Sheet1", sheetAuditLog); err != nil {
		return err
	}
	if _, err := f.NewSheet(sheetSummary); err != nil {
		return err
	}
	last, _ := excelize.CoordinatesToCellName(len(xlsxColumns), int(total)+1)
	if err := f.AutoFilter(sheetAuditLog, "A1:"+last, nil); err != nil { // before streaming: see StreamWriter
		return err
	}
	head, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "FFFFFF"},
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F4E79"}}, Alignment: &excelize.Alignment{Vertical: "center"}})
	if err != nil {
		return err
	}
	dateFmt := "yyyy-mm-dd hh:mm:ss.000"
	if x.date, err = f.NewStyle(&excelize.Style{CustomNumFmt: &dateFmt}); err != nil {
		return err
	}
	if x.sw, err = f.NewStreamWriter(sheetAuditLog); err != nil {
		return err
	}
	if err := x.sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	header := make([]any, len(xlsxColumns))
	for i, c := range xlsxColumns {
		if err := x.sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return err
		}
		header[i] = excelize.Cell{StyleID: head, Value: c.title}
	}
	return x.sw.SetRow("A1", header, excelize.RowOpts{Height: 20})
}

func (x *xlsxSink) add(e *audit.Entry, changes []model.FieldChange, _ bool) error {
	x.row++
	cell, _ := excelize.CoordinatesToCellName(1, x.row)
	row := []any{e.Seq, excelize.Cell{StyleID: x.date, Value: e.At.UTC()}, cellText(e.Actor.Username), cellText(e.Actor.UserID),
		cellText(e.Actor.Role), cellText(e.Category), cellText(e.Action), cellText(e.ObjectType), cellText(e.ObjectID),
		cellText(e.ObjectLabel), cellText(e.Outcome), cellText(e.Reason), e.Rows, cellText(changesText(changes)),
		cellText(e.Device.DeviceID), cellText(e.Device.Hostname), cellText(e.Device.OSUser), cellText(e.Device.AppVersion),
		fmt.Sprintf("%x", e.Hash)}
	if err := x.sw.SetRow(cell, row); err != nil {
		return apperr.Wrap(err, apperr.CodeInternal, "The spreadsheet could not be written.")
	}
	return nil
}

func (x *xlsxSink) finish(*job) error {
	defer x.f.Close()
	err := x.sw.Flush()
	for i, kv := range x.sum {
		if err == nil {
			err = x.f.SetSheetRow(sheetSummary, fmt.Sprintf("A%d", i+1), &[]any{cellText(kv[0]), cellText(kv[1])})
		}
	}
	if err == nil {
		err = x.f.SetColWidth(sheetSummary, "A", "A", 16)
	}
	if err == nil {
		err = x.f.SetColWidth(sheetSummary, "B", "B", 60)
	}
	if err == nil {
		_, err = x.f.WriteTo(x.out)
	}
	if err != nil {
		return apperr.Wrap(err, apperr.CodeInternal, "The spreadsheet could not be written.")
	}
	return nil
}

func (x *xlsxSink) abort() { _ = x.f.Close() }

// cellText makes s safe in a spreadsheet cell: text that a spreadsheet
// could take for a formula (starting with = + - @, a tab or a carriage
// return) gets a leading apostrophe, and it is cut to a cell's 32,767
// characters. (Cells are always written as text, never as formulas; the
// prefix protects whoever copies them into a CSV or another program.)
func cellText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		s = "'" + s
	}
	if len(s) > 32_767 { // bytes ≥ runes: only then count
		if r := []rune(s); len(r) > 32_767 {
			s = string(r[:32_767])
		}
	}
	return s
}

// changesText renders field changes as "field: before → after" lines,
// values in JSON so that text and numbers stay distinct.
func changesText(cs []model.FieldChange) string {
	lines := make([]string, 0, len(cs))
	for _, c := range cs {
		if c.Masked {
			lines = append(lines, c.Field+": (masked)")
			continue
		}
		lines = append(lines, fmt.Sprintf("%s: %s → %s", c.Field, jsonText(c.Before), jsonText(c.After)))
	}
	return strings.Join(lines, "\n")
}

// jsonText is v in JSON without HTML escapes ("<" stays "<").
func jsonText(v any) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if enc.Encode(v) != nil {
		return fmt.Sprint(v)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// exportTime is how times are written in summaries.
func exportTime(t time.Time) string { return t.UTC().Format("2006-01-02 15:04:05Z") }
