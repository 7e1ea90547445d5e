package importfile

import (
	"archive/zip"
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf16"

	"fieldvault/backend/apperr"
)

// openBytes opens data as a file called name.
func openBytes(data []byte, name string, o Options) (*Reader, error) {
	return OpenReader(bytes.NewReader(data), int64(len(data)), name, o)
}

// readAll returns every row left, failing the test on an error.
func readAll(t testing.TB, r *Reader) []Row {
	t.Helper()
	var rows []Row
	for {
		row, err := r.Next()
		if err == io.EOF {
			return rows
		}
		if err != nil {
			t.Fatalf("Next after %d rows: %v", len(rows), err)
		}
		rows = append(rows, row)
	}
}

// checkRows compares rows with want (unless want is nil) and checks the
// width invariant.
func checkRows(t *testing.T, header []string, got, want []Row) {
	t.Helper()
	for _, row := range got {
		if len(row.Cells) != len(header) {
			t.Errorf("row %d has %d cells, header %d", row.Line, len(row.Cells), len(header))
		}
	}
	if want == nil || len(want) == 0 && len(got) == 0 {
		return // nil: not checked
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows:\n got %#v\nwant %#v", got, want)
	}
}

// checkErr asserts err is an *apperr.Error with code whose message contains
// msg.
func checkErr(t *testing.T, err error, code apperr.Code, msg string) {
	t.Helper()
	var ae *apperr.Error
	if !errors.As(err, &ae) {
		t.Fatalf("error %v (%T) is no *apperr.Error", err, err)
	}
	if ae.Code != code || !strings.Contains(ae.Message, msg) {
		t.Fatalf("got %s %q, want %s containing %q", ae.Code, ae.Message, code, msg)
	}
}

func testdata(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// encodeUTF16 encodes s as UTF-16, with a BOM when bom is set.
func encodeUTF16(s string, bigEndian, bom bool) []byte {
	var out []byte
	put := func(u uint16) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	if bom {
		put(0xFEFF)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		put(u)
	}
	return out
}

func row(line int, problem string, cells ...string) Row {
	return Row{Line: line, Cells: cells, Problem: problem}
}

// zipOf builds a zip holding files.
func zipOf(t testing.TB, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = w.Write([]byte(body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// legacyXLS builds the smallest compound file an old .xls could be: a
// header, one FAT sector and one directory sector naming a "Workbook"
// stream.
func legacyXLS() []byte {
	const sec = 512
	b := make([]byte, sec*3)
	le := binary.LittleEndian
	copy(b, magicCFB)
	le.PutUint16(b[0x18:], 0x3E)
	le.PutUint16(b[0x1A:], 3)
	le.PutUint16(b[0x1C:], 0xFFFE)
	le.PutUint16(b[0x1E:], 9) // 512-byte sectors
	le.PutUint16(b[0x20:], 6)
	le.PutUint32(b[0x2C:], 1) // one FAT sector
	le.PutUint32(b[0x30:], 1) // directory at sector 1
	le.PutUint32(b[0x38:], 4096)
	le.PutUint32(b[0x3C:], cfbEndOfChain)
	le.PutUint32(b[0x44:], cfbEndOfChain)
	for i := range cfbHeaderDIFATs {
		le.PutUint32(b[0x4C+4*i:], 0xFFFFFFFF)
	}
	le.PutUint32(b[0x4C:], 0) // the FAT is sector 0
	fat := b[sec : 2*sec]
	for i := 0; i < sec; i += 4 {
		le.PutUint32(fat[i:], 0xFFFFFFFF)
	}
	le.PutUint32(fat[0:], 0xFFFFFFFD)    // sector 0: FAT
	le.PutUint32(fat[4:], cfbEndOfChain) // sector 1: directory, one sector
	dir := b[2*sec:]
	entry := func(i int, name string, typ byte) {
		e := dir[i*cfbDirEntrySize:]
		units := utf16.Encode([]rune(name))
		for j, u := range units {
			le.PutUint16(e[2*j:], u)
		}
		le.PutUint16(e[0x40:], uint16(2*len(units)+2))
		e[0x42] = typ
	}
	entry(0, "Root Entry", 5)
	entry(1, "Workbook", 2)
	return b
}
