package importfile

import (
	"bytes"
	"strings"
	"testing"
)

func TestCSV(t *testing.T) {
	utf16Text := "Name,City\r\nJosé,São Paulo\r\nEmoji,😀 ok\r\n"
	utf16Rows := []Row{row(2, "", "José", "São Paulo"), row(3, "", "Emoji", "😀 ok")}
	// A UTF-8 file whose first MiB is clean and whose last line is Latin-1.
	mixed := append([]byte("Name,City\n"), bytes.Repeat([]byte("Ann,Paris\n"), 110_000)...)
	mixed = append(mixed, "Jos\xe9,M\xfcnchen\n"...)

	tests := []struct {
		name   string
		file   string // under testdata, or
		data   []byte // generated content
		opts   Options
		enc    string
		delim  string
		header []string
		rows   []Row // nil: not checked beyond the invariants
	}{
		{name: "comma", file: "comma.csv", enc: "utf-8", delim: ",",
			header: []string{"Name", "Email", "Phone"},
			rows: []Row{row(2, "", "Ann Lee", "ann@example.com", "555-0100"),
				row(3, "", "Bob Roe", "bob@example.com", "555-0101")}},
		{name: "semicolon with decimal commas", file: "semicolon.csv", enc: "utf-8", delim: ";",
			header: []string{"Name", "Amount", "City"},
			rows:   []Row{row(2, "", "Ann", "1,50", "Köln"), row(3, "", "Bob", "2.300,75", "Düsseldorf")}},
		{name: "tab with commas in cells", file: "tab.tsv", enc: "utf-8", delim: "\t",
			header: []string{"Name", "Company, Inc", "Notes"},
			rows: []Row{row(2, "", "Ann", "Acme, Inc", "likes tea; coffee"),
				row(3, "", "Bob", "Globex", "none")}},
		{name: "pipe", file: "pipe.txt", enc: "utf-8", delim: "|",
			header: []string{"Name", "Email", "Notes"},
			rows: []Row{row(2, "", "Ann", "ann@example.com", "a, b; c"),
				row(3, "", "Bob", "bob@example.com", "")}},
		{name: "quoted: delimiter, CRLF newline, doubled quotes", file: "quoted.csv", enc: "utf-8", delim: ",",
			header: []string{"Name", "Address", "Quote"},
			rows: []Row{row(2, "", "Lee, Ann", "1 Main St\r\nSpringfield", `She said "hi"`),
				row(3, "", "Bob", "", `"`)}},
		{name: "utf-8", file: "utf8.csv", enc: "utf-8", delim: ",",
			header: []string{"Name", "City"},
			rows: []Row{row(2, "", "José", "São Paulo"), row(3, "", "Jürgen", "München"),
				row(4, "", "Nuño", "España")}},
		{name: "utf-8 with BOM", file: "utf8bom.csv", enc: "utf-8-bom", delim: ",",
			header: []string{"Name", "City"}, rows: []Row{row(2, "", "José", "São Paulo")}},
		{name: "windows-1252", file: "latin1.csv", enc: "windows-1252", delim: ",",
			header: []string{"Name", "City"},
			rows: []Row{row(2, "", "José", "São Paulo"), row(3, "", "Jürgen", "München"),
				row(4, "", "Nuño", "España"), row(5, "", "€ price", "“quoted”")}},
		{name: "utf-16le with BOM", data: encodeUTF16(utf16Text, false, true), enc: "utf-16le", delim: ",",
			header: []string{"Name", "City"}, rows: utf16Rows},
		{name: "utf-16be with BOM", data: encodeUTF16(utf16Text, true, true), enc: "utf-16be", delim: ",",
			header: []string{"Name", "City"}, rows: utf16Rows},
		{name: "utf-16le without BOM", data: encodeUTF16(utf16Text, false, false), enc: "utf-16le", delim: ",",
			header: []string{"Name", "City"}, rows: utf16Rows},
		{name: "utf-16be without BOM, tabs", data: encodeUTF16(strings.ReplaceAll(utf16Text, ",", "\t"), true, false),
			enc: "utf-16be", delim: "\t", header: []string{"Name", "City"}, rows: utf16Rows},
		{name: "ragged: short padded, long flagged, empty extras fine", file: "ragged.csv", enc: "utf-8", delim: ",",
			header: []string{"A", "B", "C"},
			rows: []Row{row(2, "", "1", "2", "3"),
				row(3, "row has 2 cells, the header has 3", "4", "5", ""),
				row(4, "row has 4 cells, the header has 3", "6", "7", "8"),
				row(5, "", "10", "11", "12")}},
		{name: "unterminated quote runs to the end", file: "unterminated.csv", enc: "utf-8", delim: ",",
			header: []string{"Name", "Note"},
			rows: []Row{row(2, "", "Ann", "fine"),
				row(3, "unterminated quote", "Bob", "never closed\nCid,lost\n")}},
		{name: "NUL byte", file: "nul.csv", enc: "utf-8", delim: ",",
			header: []string{"Name", "Note"},
			rows: []Row{row(2, "", "Ann", "ok"), row(3, "binary data (NUL byte)", "Bob", "bad\x00byte"),
				row(4, "", "Cid", "ok")}},
		{name: "header only", file: "header_only.csv", enc: "utf-8", delim: ",",
			header: []string{"Name", "Email"}, rows: []Row{}},
		{name: "duplicate and empty headers", file: "dup_headers.csv", enc: "utf-8", delim: ",",
			header: []string{"Email", "email (2)", "Column 3", "Email (3)", "Email (2) (2)", "Column 6"},
			rows:   []Row{row(2, "", "x", "y", "z", "w", "v", "u")}},
		{name: "formula-looking text stays text", file: "formula_text.csv", enc: "utf-8", delim: ",",
			header: []string{"Name", "Link", "Sum"},
			rows: []Row{row(2, "", "Ann", `=HYPERLINK("http://x","y")`, "=1+2"),
				row(3, "", "Bob", "@SUM(A1)", "+1")}},
		{name: "CR line ends", file: "cr_only.csv", enc: "utf-8", delim: ",",
			header: []string{"Name", "City"},
			rows:   []Row{row(2, "", "Ann", "Paris"), row(3, "", "Bob", "Rome")}},
		{name: "blank lines skipped, lines still counted", file: "blank_lines.csv", enc: "utf-8", delim: ",",
			header: []string{"Name", "Email"},
			rows:   []Row{row(5, "", "Ann", "a@x"), row(7, "", "Bob", "b@x")}},
		{name: "bare and stray quotes are literal", file: "bare_quotes.csv", enc: "utf-8", delim: ",",
			header: []string{"Item", "Note"},
			rows: []Row{row(2, "", "TV", `5" screen`), row(3, "", `"Johnny" Smith`, "x"),
				row(4, "", "multi\nline\" tail", "y")}},
		{name: "forced delimiter", file: "comma.csv", opts: Options{Delimiter: ";"}, enc: "utf-8", delim: ";",
			header: []string{"Name,Email,Phone"},
			rows: []Row{row(2, "", "Ann Lee,ann@example.com,555-0100"),
				row(3, "", "Bob Roe,bob@example.com,555-0101")}},
		{name: "forced encoding wins over sniffing", file: "utf8.csv", opts: Options{Encoding: "Latin-1"},
			enc: "windows-1252", delim: ",", header: []string{"Name", "City"},
			rows: []Row{row(2, "", "JosÃ©", "SÃ£o Paulo"), row(3, "", "JÃ¼rgen", "MÃ¼nchen"),
				row(4, "", "NuÃ±o", "EspaÃ±a")}},
		{name: "forced utf-8 still skips the BOM", file: "utf8bom.csv", opts: Options{Encoding: "utf-8"},
			enc: "utf-8-bom", delim: ",", header: []string{"Name", "City"},
			rows: []Row{row(2, "", "José", "São Paulo")}},
		{name: "latin-1 line after the sniffed MiB", data: mixed, enc: "utf-8", delim: ",",
			header: []string{"Name", "City"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := tt.data
			name := "data.csv"
			if tt.file != "" {
				data, name = testdata(t, tt.file), tt.file
			}
			r, err := openBytes(data, name, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			d := r.Dialect()
			if d.Format != FormatCSV || d.Encoding != tt.enc || d.Delimiter != tt.delim || d.Sheet != "" || d.Sheets != nil {
				t.Errorf("dialect %+v, want csv %s %q", d, tt.enc, tt.delim)
			}
			if got := r.Header(); strings.Join(got, "|") != strings.Join(tt.header, "|") || len(got) != len(tt.header) {
				t.Errorf("header %q, want %q", got, tt.header)
			}
			rows := readAll(t, r)
			checkRows(t, r.Header(), rows, tt.rows)
			if r.BytesRead() != r.Size() || r.Size() != int64(len(data)) {
				t.Errorf("BytesRead %d, Size %d, want %d", r.BytesRead(), r.Size(), len(data))
			}
			if tt.data != nil && tt.rows == nil { // the mixed file: its last row
				if last := rows[len(rows)-1]; last.Cells[0] != "José" || last.Cells[1] != "München" {
					t.Errorf("last row %q", last.Cells)
				}
			}
		})
	}
}
