package importfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"fieldvault/backend/apperr"
)

// FuzzCSV feeds arbitrary bytes to OpenReader: it must never panic, every
// error must be an *apperr.Error, every row must have exactly one cell per
// header name, lines must increase, and Reset must replay the same rows.
func FuzzCSV(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*"))
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Add(encodeUTF16("Name,City\r\nJosé,\"São\nPaulo\"\r\n", false, true))
	f.Add(encodeUTF16("a\tb\n1\t😀\n", true, false))
	f.Add([]byte("a,b\n\"x\"y\"z,\"\n\r\r\n\"\"\"\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, o := range []Options{{}, {MaxCellBytes: 3, MaxColumns: 3, MaxRows: 5}} {
			r, err := openBytes(data, "fuzz.csv", o)
			if err != nil {
				var ae *apperr.Error
				if !errors.As(err, &ae) {
					t.Fatalf("error %v is no *apperr.Error", err)
				}
				continue
			}
			first := readChecked(t, r)
			if err := r.Reset(); err != nil {
				t.Fatal(err)
			}
			if again := readChecked(t, r); again != first {
				t.Fatalf("Reset: %d rows, then %d", first, again)
			}
			r.Close()
		}
	})
}

// readChecked reads every row, checking the invariants, and returns how
// many there were.
func readChecked(t *testing.T, r *Reader) int {
	width := len(r.Header())
	if width == 0 {
		t.Fatal("empty header")
	}
	n, line := 0, 0
	for {
		row, err := r.Next()
		if err == io.EOF {
			return n
		}
		if err != nil {
			if !apperr.Is(err, apperr.CodeInvalid) { // MaxRows
				t.Fatalf("Next: %v", err)
			}
			return n
		}
		if len(row.Cells) != width {
			t.Fatalf("row %d has %d cells, header %d", row.Line, len(row.Cells), width)
		}
		if row.Line <= line {
			t.Fatalf("row %d after row %d", row.Line, line)
		}
		line = row.Line
		n++
	}
}
