package importfile

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"fieldvault/backend/apperr"
)

// contactsWorkbook builds the xlsx corpus: an empty first sheet, a
// "Contacts" sheet whose header is on row 3 with dates, numbers, a formula
// and formula-looking text, and a small "Other" sheet.
func contactsWorkbook(t testing.TB, o excelize.Options) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	style := func(s *excelize.Style) int {
		id, err := f.NewStyle(s)
		must(err)
		return id
	}
	code := func(c string) *string { return &c }
	must(f.SetSheetName("Sheet1", "Empty"))
	_, err := f.NewSheet("Contacts")
	must(err)
	_, err = f.NewSheet("Other")
	must(err)

	const s = "Contacts"
	must(f.SetSheetRow(s, "A3", &[]any{"Name", " Born ", "Meeting", "Amount", "Big", "Zip", "Answer",
		"Link", "Active", "Time", "Share", "Hours"}))
	must(f.SetSheetRow(s, "A4", &[]any{"Ann", 45356, 45356.604166666664, 1234.5, 123456789012345, 2134, 42,
		`=HYPERLINK("http://x","y")`, true, 0.6041666666666666, 0.15, 1.5}))
	must(f.SetCellFormula(s, "G4", "6*7")) // keeps 42 as the cached value
	cellStyle := func(cell string, st int) { must(f.SetCellStyle(s, cell, cell, st)) }
	cellStyle("B4", style(&excelize.Style{NumFmt: 14}))                             // m/d/yyyy
	cellStyle("C4", style(&excelize.Style{CustomNumFmt: code("dd/mm/yyyy hh:mm")})) // date and time
	cellStyle("D4", style(&excelize.Style{NumFmt: 4}))                              // #,##0.00
	cellStyle("E4", style(&excelize.Style{NumFmt: 3}))                              // #,##0
	cellStyle("F4", style(&excelize.Style{CustomNumFmt: code("00000")}))
	cellStyle("J4", style(&excelize.Style{NumFmt: 20})) // h:mm
	cellStyle("K4", style(&excelize.Style{NumFmt: 9}))  // 0%
	cellStyle("L4", style(&excelize.Style{NumFmt: 46})) // [h]:mm:ss
	must(f.SetCellValue(s, "A6", "Bob"))                // row 5 empty, row 6 short
	must(f.SetSheetRow(s, "A7", &[]any{"Cid", "", "", "", "", "", "", "", "", "", "", "", "extra"}))
	must(f.SetSheetRow("Other", "A1", &[]any{"X"}))
	must(f.SetSheetRow("Other", "A2", &[]any{1}))

	var buf bytes.Buffer
	must(f.Write(&buf, o))
	return buf.Bytes()
}

func TestXLSX(t *testing.T) {
	book := contactsWorkbook(t, excelize.Options{})
	sheets := []string{"Empty", "Contacts", "Other"}
	contacts := []string{"Name", "Born", "Meeting", "Amount", "Big", "Zip", "Answer", "Link", "Active", "Time", "Share", "Hours"}
	tests := []struct {
		name   string
		opts   Options
		sheet  string
		header []string
		rows   []Row
	}{
		{name: "first non-empty sheet, header after empty rows", sheet: "Contacts", header: contacts,
			rows: []Row{
				row(4, "", "Ann", "2024-03-05", "2024-03-05T14:30:00", "1234.5", "123456789012345", "02134", "42",
					`=HYPERLINK("http://x","y")`, "TRUE", "14:30:00", "0.15", "36:00:00"),
				row(6, "", "Bob", "", "", "", "", "", "", "", "", "", "", ""),
				row(7, "row has 13 cells, the header has 12", "Cid", "", "", "", "", "", "", "", "", "", "", ""),
			}},
		{name: "sheet by name, any case", opts: Options{Sheet: "other"}, sheet: "Other",
			header: []string{"X"}, rows: []Row{row(2, "", "1")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := openBytes(book, "book.xlsx", tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			d := r.Dialect()
			if d.Format != FormatXLSX || d.Sheet != tt.sheet || strings.Join(d.Sheets, ",") != strings.Join(sheets, ",") ||
				d.Encoding != "" || d.Delimiter != "" {
				t.Errorf("dialect %+v", d)
			}
			if got := r.Header(); strings.Join(got, "|") != strings.Join(tt.header, "|") {
				t.Errorf("header %q, want %q", got, tt.header)
			}
			checkRows(t, r.Header(), readAll(t, r), tt.rows)
			if r.BytesRead() != r.Size() {
				t.Errorf("BytesRead %d at the end, Size %d", r.BytesRead(), r.Size())
			}
			sample, err := r.Sample(1)
			if err != nil || len(sample) != 1 || sample[0].Line != tt.rows[0].Line {
				t.Errorf("Sample(1) = %v, %v", sample, err)
			}
		})
	}
}

func TestXLSXRefused(t *testing.T) {
	book := contactsWorkbook(t, excelize.Options{})
	locked := contactsWorkbook(t, excelize.Options{Password: "secret"})
	tests := []struct {
		name string
		data []byte
		opts Options
		code apperr.Code
		msg  string
	}{
		{"password-protected", locked, Options{}, apperr.CodeInvalid,
			"This workbook is password-protected; save it without a password and try again."},
		{"unknown sheet", book, Options{Sheet: "Nope"}, apperr.CodeInvalid, `no sheet named "Nope"`},
		{"empty sheet", book, Options{Sheet: "Empty"}, apperr.CodeInvalid, `The sheet "Empty" is empty`},
		{"zip that is no workbook", zipOf(t, map[string]string{"readme.txt": "hello"}), Options{}, apperr.CodeInvalid,
			"This file is not a CSV or Excel workbook."},
		{"workbook part that is no workbook", zipOf(t, map[string]string{"[Content_Types].xml": "<x/>", "xl/workbook.xml": "<workbook/>"}),
			Options{}, apperr.CodeInvalid, "damaged or not supported"},
		{"truncated workbook", book[:len(book)/2], Options{}, apperr.CodeInvalid, "not a CSV or Excel workbook"},
		{"old .xls", legacyXLS(), Options{}, apperr.CodeInvalid, "Excel 97-2003 workbook (.xls)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := openBytes(tt.data, "book.xlsx", tt.opts)
			if err == nil {
				r.Close()
				t.Fatal("opened")
			}
			checkErr(t, err, tt.code, tt.msg)
		})
	}
}

// TestXLSXFromPath reads a workbook through Open, which lets excelize read
// the file itself, and checks Close removes nothing it should not.
func TestXLSXFromPath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "book.xlsx")
	if err := os.WriteFile(path, contactsWorkbook(t, excelize.Options{}), 0o600); err != nil {
		t.Fatal(err)
	}
	r, err := Open(path, Options{Sheet: "Contacts"})
	if err != nil {
		t.Fatal(err)
	}
	if rows := readAll(t, r); len(rows) != 3 || rows[0].Cells[1] != "2024-03-05" {
		t.Errorf("rows %#v", rows)
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	if err := r.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if _, err := r.Next(); err == nil {
		t.Fatal("Next after Close")
	}
}

func TestClassifyNumFmt(t *testing.T) {
	tests := []struct {
		code string
		want numFmtKind
	}{
		{"yyyy-mm-dd", kindDate},
		{"dd/mm/yyyy hh:mm", kindDateTime},
		{`[$-409]mmmm d, yyyy;@`, kindDate},
		{"h:mm AM/PM", kindTime},
		{"[h]:mm", kindKeep},
		{"[mm]:ss", kindKeep},
		{"00000", kindKeep},
		{"#,##0.00", kindRaw},
		{`#,##0 "days"`, kindRaw},
		{`0.00\d`, kindRaw},
		{"[Red]0.00", kindRaw},
		{"0.00E+00", kindRaw},
		{"General", kindRaw},
		{`"Date: "@`, kindRaw},
		{"0;[Red]yyyy", kindRaw}, // only the first section counts
		{"mm", kindRaw},          // month or minute: undecided
	}
	for _, tt := range tests {
		if got := classifyNumFmt(tt.code); got != tt.want {
			t.Errorf("classifyNumFmt(%q) = %d, want %d", tt.code, got, tt.want)
		}
	}
	for id, want := range map[int]numFmtKind{0: kindRaw, 4: kindRaw, 14: kindDate, 22: kindDateTime, 20: kindTime, 46: kindKeep, 49: kindRaw, 57: kindDate} {
		if got := builtinNumFmtKind(id); got != want {
			t.Errorf("builtinNumFmtKind(%d) = %d, want %d", id, got, want)
		}
	}
}

// 1904-based workbooks (old Mac Excel) keep their dates right.
func TestXLSXDate1904(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	date1904 := true
	if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &date1904}); err != nil {
		t.Fatal(err)
	}
	st, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	_ = f.SetSheetRow("Sheet1", "A1", &[]any{"Born"})
	_ = f.SetCellValue("Sheet1", "A2", 43894) // 2024-03-05 in the 1904 system
	_ = f.SetCellStyle("Sheet1", "A2", "A2", st)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	r, err := openBytes(buf.Bytes(), "old.xlsx", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	checkRows(t, r.Header(), readAll(t, r), []Row{row(2, "", "2024-03-05")})
}
