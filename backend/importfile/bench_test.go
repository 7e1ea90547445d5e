package importfile

import (
	"bytes"
	"io"
	"testing"
)

// BenchmarkReadCSV reads a 100k-row × 12-column contacts CSV (quoted cells
// with commas and doubled quotes included) and reports rows per second.
func BenchmarkReadCSV(b *testing.B) {
	var buf bytes.Buffer
	const rows = 100_000
	writeContacts(b, &buf, rows)
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		r, err := openBytes(data, "contacts.csv", Options{})
		if err != nil {
			b.Fatal(err)
		}
		n := 0
		for {
			_, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != rows {
			b.Fatalf("%d rows", n)
		}
		r.Close()
	}
	b.ReportMetric(float64(rows*b.N)/b.Elapsed().Seconds(), "rows/s")
}
