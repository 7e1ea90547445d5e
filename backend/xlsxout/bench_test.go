package xlsxout

import (
	"bytes"
	"io"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// benchColumns: 10 columns of mixed kinds.
var benchColumns = []Column{
	{Title: "Customer", Kind: Text}, {Title: "Email", Kind: Text}, {Title: "ID", Kind: Integer},
	{Title: "Score", Kind: Number}, {Title: "Amount", Kind: Money, Currency: "EUR"}, {Title: "Rate", Kind: Percent},
	{Title: "Close date", Kind: Date}, {Title: "Updated", Kind: DateTime}, {Title: "Won", Kind: Bool},
	{Title: "Note", Kind: Text},
}

var benchBase = time.Date(2020, 1, 1, 8, 0, 0, 0, time.UTC)

// benchRow fills row with the values of data row i, as a report query
// would hand them over (strings, numbers, times, bools).
func benchRow(row []any, i int) {
	n := strconv.Itoa(i)
	row[0] = "Customer " + n
	row[1] = "user" + n + "@example.com"
	row[2] = int64(i)
	row[3] = float64(i) * 1.5
	row[4] = float64(i%100_000)/100 + 0.99
	row[5] = float64(i%100) / 100
	row[6] = benchBase.AddDate(0, 0, i%3650)
	row[7] = benchBase.Add(time.Duration(i) * time.Second)
	row[8] = i%2 == 0
	if i%10 == 0 {
		row[9] = "-" + n + " discount" // formula-looking: escaped by Writer
	} else {
		row[9] = "Follow up on order " + n
	}
}

// exportWriter writes rows rows through Writer.
func exportWriter(b *testing.B, rows int, out io.Writer, password string) {
	w, err := New(out, Options{TmpDir: b.TempDir(), Password: password})
	if err != nil {
		b.Fatal(err)
	}
	defer w.Abort()
	s, err := w.AddSheet(Sheet{Name: "Data", Columns: benchColumns})
	if err != nil {
		b.Fatal(err)
	}
	row := make([]any, len(benchColumns))
	for i := 0; i < rows; i++ {
		benchRow(row, i)
		if err := s.Row(row); err != nil {
			b.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		b.Fatal(err)
	}
}

// exportBaseline writes the same values with excelize's StreamWriter the
// way a hand-written exporter would: styled header, frozen pane, fixed
// widths, a number format per column, values passed as they come.
func exportBaseline(b *testing.B, rows int, out io.Writer) {
	f := excelize.NewFile(excelize.Options{TmpDir: b.TempDir()})
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		b.Fatal(err)
	}
	head, _ := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	styles := make([]int, len(benchColumns))
	header := make([]any, len(benchColumns))
	for i, c := range benchColumns {
		if nf := c.numFmt(); nf != "" {
			styles[i], _ = f.NewStyle(&excelize.Style{CustomNumFmt: &nf})
		}
		_ = sw.SetColWidth(i+1, i+1, 15)
		header[i] = excelize.Cell{StyleID: head, Value: c.Title}
	}
	_ = sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"})
	if err := sw.SetRow("A1", header); err != nil {
		b.Fatal(err)
	}
	row := make([]any, len(benchColumns))
	cells := make([]any, len(benchColumns))
	for i := 0; i < rows; i++ {
		benchRow(row, i)
		for j, v := range row {
			if styles[j] != 0 {
				cells[j] = excelize.Cell{StyleID: styles[j], Value: v}
			} else {
				cells[j] = v
			}
		}
		if err := sw.SetRow("A"+strconv.Itoa(i+2), cells); err != nil {
			b.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		b.Fatal(err)
	}
	if _, err := f.WriteTo(out); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkExport compares Writer with raw excelize streaming on the same
// values, and measures Writer with a password. 100k rows always; 1M rows
// with FIELDVAULT_BENCH_1M=1. Each
// iteration runs both, so the ratio is measured under the same conditions;
// metrics: writer-s and baseline-s (fastest run of each), ratio, per path the peak
// heap (runtime/metrics heap bytes sampled every 2 ms) and peak RSS (VmHWM
// after resetting it through /proc/self/clear_refs).
func BenchmarkExport(b *testing.B) {
	sizes := []int{100_000}
	if os.Getenv("FIELDVAULT_BENCH_1M") == "1" {
		sizes = append(sizes, 1_000_000)
	}
	for _, rows := range sizes {
		b.Run(strconv.Itoa(rows/1000)+"k", func(b *testing.B) {
			// Fastest run of each path: the machine is shared, and noise
			// only ever adds time. The order alternates between iterations.
			tw, tb := time.Duration(math.MaxInt64), time.Duration(math.MaxInt64)
			var heapW, heapB, rssW, rssB uint64
			var size int
			for i := 0; i < b.N; i++ {
				var cw, cb countWriter
				runBaseline := func() {
					d, heap, rss := measure(func() { exportBaseline(b, rows, &cb) })
					tb, heapB, rssB = min(tb, d), max(heapB, heap), max(rssB, rss)
				}
				runWriter := func() {
					d, heap, rss := measure(func() { exportWriter(b, rows, &cw, "") })
					tw, heapW, rssW = min(tw, d), max(heapW, heap), max(rssW, rss)
				}
				if i%2 == 0 {
					runBaseline()
					runWriter()
				} else {
					runWriter()
					runBaseline()
				}
				size = cw.n
			}
			b.ReportMetric(tw.Seconds(), "writer-s")
			b.ReportMetric(tb.Seconds(), "baseline-s")
			b.ReportMetric(float64(tw)/float64(tb), "ratio")
			b.ReportMetric(float64(heapW)/1e6, "writer-peak-heap-MB")
			b.ReportMetric(float64(heapB)/1e6, "baseline-peak-heap-MB")
			b.ReportMetric(float64(rssW)/1e6, "writer-peak-RSS-MB")
			b.ReportMetric(float64(rssB)/1e6, "baseline-peak-RSS-MB")
			b.ReportMetric(float64(size)/1e6, "file-MB")
		})
		// With a password excelize builds and encrypts the whole zip in
		// memory: no baseline, only the cost.
		b.Run(strconv.Itoa(rows/1000)+"k-password", func(b *testing.B) {
			var tw time.Duration
			var heapW, rssW uint64
			for i := 0; i < b.N; i++ {
				d, heap, rss := measure(func() { exportWriter(b, rows, io.Discard, "benchmark") })
				tw, heapW, rssW = tw+d, max(heapW, heap), max(rssW, rss)
			}
			b.ReportMetric(tw.Seconds()/float64(b.N), "writer-s")
			b.ReportMetric(float64(heapW)/1e6, "writer-peak-heap-MB")
			b.ReportMetric(float64(rssW)/1e6, "writer-peak-RSS-MB")
		})
	}
}

// measure runs fn and returns its duration, the peak of the Go heap
// (objects, live or not yet collected) while it ran, and the process's
// peak RSS while it ran (0 where /proc is missing).
func measure(fn func()) (time.Duration, uint64, uint64) {
	runtime.GC()
	debug.FreeOSMemory()
	resetPeakRSS()
	var peak atomic.Uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			if v := sample[0].Value.Uint64(); v > peak.Load() {
				peak.Store(v)
			}
			select {
			case <-stop:
				return
			case <-tick.C:
			}
		}
	}()
	start := time.Now()
	fn()
	d := time.Since(start)
	close(stop)
	<-done
	return d, peak.Load(), peakRSS()
}

// resetPeakRSS sets VmHWM back to the current RSS (Linux ≥ 4.0).
func resetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// peakRSS reads VmHWM from /proc/self/status, in bytes.
func peakRSS() uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	i := bytes.Index(b, []byte("VmHWM:"))
	if i < 0 {
		return 0
	}
	fields := bytes.Fields(b[i+len("VmHWM:"):])
	if len(fields) == 0 {
		return 0
	}
	kb, _ := strconv.ParseUint(string(fields[0]), 10, 64)
	return kb * 1024
}

// countWriter counts the bytes of the workbook and drops them.
type countWriter struct{ n int }

func (c *countWriter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }
