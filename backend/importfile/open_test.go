package importfile

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"fieldvault/backend/apperr"
)

func TestOpenRefuses(t *testing.T) {
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), randomBytes(2000)...)
	elf := append([]byte("\x7fELF\x02\x01\x01\x00"), make([]byte, 500)...)
	tests := []struct {
		name string
		data []byte
		opts Options
		code apperr.Code
		msg  string
	}{
		{"empty file", testdata(t, "empty.csv"), Options{}, apperr.CodeInvalid, "The file is empty."},
		{"only a BOM", []byte("\xef\xbb\xbf"), Options{}, apperr.CodeInvalid, "The file is empty."},
		{"only blank lines", []byte("\n \r\n,,\n\t\n"), Options{}, apperr.CodeInvalid, "no header row"},
		{"PNG", png, Options{}, apperr.CodeInvalid, "This file is not a CSV or Excel workbook."},
		{"ELF", elf, Options{}, apperr.CodeInvalid, "This file is not a CSV or Excel workbook."},
		{"random bytes", randomBytes(8192), Options{}, apperr.CodeInvalid, "This file is not a CSV or Excel workbook."},
		{"NULs", make([]byte, 100), Options{}, apperr.CodeInvalid, "This file is not a CSV or Excel workbook."},
		{"larger than MaxBytes", testdata(t, "comma.csv"), Options{MaxBytes: 10}, apperr.CodeInvalid, "larger than 10 bytes"},
		{"header wider than MaxColumns", testdata(t, "comma.csv"), Options{MaxColumns: 2}, apperr.CodeInvalid,
			"The header row has 3 columns; at most 2 are supported."},
		{"header with an unterminated quote", []byte("\"Name,Email\nAnn,a@x\n"), Options{}, apperr.CodeInvalid,
			"The header row is malformed: unterminated quote."},
		{"unknown encoding", testdata(t, "comma.csv"), Options{Encoding: "ebcdic"}, apperr.CodeInvalid, `Unknown encoding "ebcdic"`},
		{"quote as delimiter", testdata(t, "comma.csv"), Options{Delimiter: `"`}, apperr.CodeInvalid, "cannot be a delimiter"},
		{"two-character delimiter", testdata(t, "comma.csv"), Options{Delimiter: ";;"}, apperr.CodeInvalid, "cannot be a delimiter"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := openBytes(tt.data, "data.csv", tt.opts)
			if err == nil {
				r.Close()
				t.Fatalf("opened, header %q", r.Header())
			}
			checkErr(t, err, tt.code, tt.msg)
		})
	}
}

func TestOpenPath(t *testing.T) {
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.csv")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	// Sparse: 2 GiB of apparent size, no disk used.
	if err := f.Truncate(2<<30 + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()

	tests := []struct {
		name string
		path string
		code apperr.Code
		msg  string
	}{
		{"not found", filepath.Join(dir, "missing.csv"), apperr.CodeNotFound, `"missing.csv" was not found`},
		{"folder", dir, apperr.CodeInvalid, "folder"},
		{"2 GiB sparse file", huge, apperr.CodeInvalid, "larger than 512 MiB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Open(tt.path, Options{})
			if err == nil {
				r.Close()
				t.Fatal("opened")
			}
			checkErr(t, err, tt.code, tt.msg)
		})
	}

	t.Run("reads a file", func(t *testing.T) {
		r, err := Open(filepath.Join("testdata", "latin1.csv"), Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		if rows := readAll(t, r); len(rows) != 4 || rows[0].Cells[0] != "José" {
			t.Fatalf("rows %#v", rows)
		}
	})
}

func TestLooks(t *testing.T) {
	tests := []struct {
		name string
		file string
		head []byte
		want string
	}{
		{"csv text", "a.bin", []byte("Name,Email\n"), FormatCSV},
		{"text named xlsx is csv", "a.xlsx", []byte("Name,Email\n"), FormatCSV},
		{"zip", "a.csv", []byte("PK\x03\x04\x14\x00"), FormatXLSX},
		{"encrypted workbook", "a.xlsx", magicCFB, FormatXLSX},
		{"png", "a.csv", []byte("\x89PNG\r\n\x1a\n"), ""},
		{"elf", "a.csv", []byte("\x7fELF\x02\x01"), ""},
		{"random", "a.csv", randomBytes(4096), ""},
		{"utf-16 with BOM", "a.txt", encodeUTF16("Name,Email\n", false, true), FormatCSV},
		{"utf-16 without BOM", "a.txt", encodeUTF16("Name,Email\n", true, false), FormatCSV},
		{"no head, csv name", "a.CSV", nil, FormatCSV},
		{"no head, tsv name", "a.tsv", nil, FormatCSV},
		{"no head, xlsx name", "a.xlsx", nil, FormatXLSX},
		{"no head, other name", "a.pdf", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Looks(tt.file, tt.head); got != tt.want {
				t.Errorf("Looks(%q, % x...) = %q, want %q", tt.file, tt.head[:min(8, len(tt.head))], got, tt.want)
			}
		})
	}
}

func TestHeaderNames(t *testing.T) {
	tests := []struct {
		in, want []string
	}{
		{[]string{"\uFEFFName", " Email ", ""}, []string{"Name", "Email", "Column 3"}},
		{[]string{"Email", "EMAIL", "email"}, []string{"Email", "EMAIL (2)", "email (3)"}},
		{[]string{"", "Column 1"}, []string{"Column 1", "Column 1 (2)"}},
		{[]string{"A (2)", "A", "A"}, []string{"A (2)", "A", "A (3)"}},
	}
	for _, tt := range tests {
		got := headerNames(tt.in)
		if !equalStrings(got, tt.want) {
			t.Errorf("headerNames(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func randomBytes(n int) []byte {
	rng := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	return b
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
