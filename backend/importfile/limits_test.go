package importfile

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"fieldvault/backend/apperr"
)

func TestLimits(t *testing.T) {
	long := strings.Repeat("x", 100)
	tests := []struct {
		name   string
		data   string
		opts   Options
		header []string
		rows   []Row
	}{
		{name: "cell cut at MaxCellBytes", data: "Name,Note\nAnn,abcdefgh\nBob,ok\n", opts: Options{MaxCellBytes: 4},
			header: []string{"Name", "Note"},
			rows:   []Row{row(2, "cell longer than 4 bytes", "Ann", "abcd"), row(3, "", "Bob", "ok")}},
		{name: "cut never splits a character", data: "Name,Note\nAnn,ééé\n", opts: Options{MaxCellBytes: 5},
			header: []string{"Name", "Note"},
			rows:   []Row{row(2, "cell longer than 5 bytes", "Ann", "éé")}},
		{name: "cut in a quoted cell", data: "Name,Note\nAnn,\"abc\"\"defgh\"\nBob,ok\n", opts: Options{MaxCellBytes: 6},
			header: []string{"Name", "Note"},
			rows:   []Row{row(2, "cell longer than 6 bytes", "Ann", `abc"de`), row(3, "", "Bob", "ok")}},
		{name: "runaway quote resyncs at the next line after the cap",
			data: "A,B\n1,\"" + long + "\n3,4\n5,6\n", opts: Options{MaxCellBytes: 16, MaxColumns: 2},
			header: []string{"A", "B"},
			rows: []Row{row(2, "unterminated quote; cell longer than 16 bytes", "1", long[:16]),
				row(3, "", "3", "4"), row(4, "", "5", "6")}},
		{name: "overlong unquoted record", data: "A,B\n1,2,3,4,5,6,7,8,9\nx,y\n", opts: Options{MaxCellBytes: 4, MaxColumns: 2},
			header: []string{"A", "B"},
			rows: []Row{row(2, "row longer than 8 bytes; row has 5 cells, the header has 2", "1", "2"),
				row(3, "", "x", "y")}},
		{name: "cells past MaxColumns are counted, not kept", data: "A,B\n1,2,,,,,,,9\n1,2,,,,,,,\n", opts: Options{MaxColumns: 2},
			header: []string{"A", "B"},
			rows:   []Row{row(2, "row has 9 cells, the header has 2", "1", "2"), row(3, "", "1", "2")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := openBytes([]byte(tt.data), "data.csv", tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			if got := r.Header(); !equalStrings(got, tt.header) {
				t.Errorf("header %q, want %q", got, tt.header)
			}
			checkRows(t, r.Header(), readAll(t, r), tt.rows)
		})
	}
}

func TestMaxRows(t *testing.T) {
	r, err := openBytes([]byte("A\n1\n\n2\n3\n"), "data.csv", Options{MaxRows: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	for _, want := range []int{2, 4} {
		if row, err := r.Next(); err != nil || row.Line != want {
			t.Fatalf("Next = %v, %v; want row %d", row, err, want)
		}
	}
	_, err = r.Next()
	checkErr(t, err, apperr.CodeInvalid, "more than 2 data rows (row 5 is over the limit)")
	if _, again := r.Next(); again != err {
		t.Fatalf("error not sticky: %v", again)
	}
	if err := r.Reset(); err != nil {
		t.Fatal(err)
	}
	if row, err := r.Next(); err != nil || row.Line != 2 {
		t.Fatalf("after Reset: %v, %v", row, err)
	}
}

func TestResetSampleProgress(t *testing.T) {
	r, err := openBytes(testdata(t, "blank_lines.csv"), "data.csv", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if r.BytesRead() >= r.Size() && r.Size() > csvBufSize {
		t.Fatal("progress full before reading")
	}
	first, err := r.Next()
	if err != nil {
		t.Fatal(err)
	}
	sample, err := r.Sample(10)
	if err != nil || len(sample) != 2 || sample[0].Line != 5 || sample[1].Line != 7 {
		t.Fatalf("Sample = %v, %v", sample, err)
	}
	again, err := r.Next()
	if err != nil || again.Line != first.Line || again.Cells[0] != first.Cells[0] {
		t.Fatalf("after Sample, Next = %v, %v; want %v", again, err, first)
	}
	readAll(t, r)
	if _, err := r.Next(); err != io.EOF {
		t.Fatalf("after the end: %v", err)
	}
	if r.BytesRead() != r.Size() {
		t.Fatalf("BytesRead %d, Size %d", r.BytesRead(), r.Size())
	}
	if none, err := r.Sample(0); err != nil || len(none) != 0 {
		t.Fatalf("Sample(0) = %v, %v", none, err)
	}
}

// writeContacts writes a contacts CSV of n rows × 12 columns, some cells
// quoted with commas, and returns its size.
func writeContacts(t testing.TB, w io.Writer, n int) {
	t.Helper()
	bw := bufio.NewWriterSize(w, 1<<20)
	fmt.Fprintln(bw, "First name,Last name,Email,Phone,Company,Title,Street,City,Zip,Country,Owner,Notes")
	for i := range n {
		fmt.Fprintf(bw, "Ann%d,Lee,ann.lee%d@example.com,+1 555 %07d,\"Acme, Inc\",Buyer,%d Main St,Springfield,%05d,US,owner%d,\"said \"\"call back\"\" on Monday\"\n",
			i, i, i, i, i%100000, i%7)
	}
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
}

// TestMemoryBounded reads a ~50 MB CSV and checks the heap does not grow
// with it.
func TestMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 50 MB")
	}
	path := filepath.Join(t.TempDir(), "big.csv")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	writeContacts(t, f, 360_000)
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(path)
	if fi.Size() < 45<<20 {
		t.Fatalf("file only %d bytes", fi.Size())
	}

	r, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var ms runtime.MemStats
	var peak uint64
	n := 0
	for {
		row, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if row.Problem != "" {
			t.Fatalf("row %d: %s", row.Line, row.Problem)
		}
		if n++; n%20_000 == 0 {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
		}
	}
	if n != 360_000 {
		t.Fatalf("read %d rows", n)
	}
	t.Logf("%d MB file, peak HeapInuse %.1f MB", fi.Size()>>20, float64(peak)/(1<<20))
	if peak > 64<<20 {
		t.Fatalf("HeapInuse reached %d MB reading a %d MB file", peak>>20, fi.Size()>>20)
	}
}

// TestRunawayQuoteBounded: a quote opened near the top of a big file and
// never closed costs one problem row of at most the record cap, not the
// file, and not the memory.
func TestRunawayQuoteBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 40 MB")
	}
	path := filepath.Join(t.TempDir(), "runaway.csv")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	fmt.Fprint(bw, "Name,Note,Owner\nAnn,\"never closed,x\n")
	const lines = 2_500_000
	for i := range lines {
		fmt.Fprintf(bw, "name%07d,note,owner\n", i)
	}
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()

	r, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	first, err := r.Next()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(first.Problem, "unterminated quote") || len(first.Cells[1]) > DefaultMaxCellBytes {
		t.Fatalf("first row: %q, note of %d bytes", first.Problem, len(first.Cells[1]))
	}
	var ms runtime.MemStats
	var peak uint64
	n := 0
	for {
		row, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if row.Problem != "" {
			t.Fatalf("row %d after the resync: %s", row.Line, row.Problem)
		}
		if n++; n%100_000 == 0 {
			runtime.ReadMemStats(&ms)
			peak = max(peak, ms.HeapInuse)
		}
	}
	// The cap is MaxCellBytes × MaxColumns (16,384,000 bytes); a line is 23.
	lost, want := lines-n, int(Options{}.withDefaults().maxRecordBytes()/23)
	if lost < want-1 || lost > want+1 {
		t.Fatalf("lost %d lines to the runaway quote", lost)
	}
	if peak > 64<<20 {
		t.Fatalf("HeapInuse reached %d MB", peak>>20)
	}
}
