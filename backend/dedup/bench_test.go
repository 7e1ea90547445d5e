package dedup

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// heapPeak samples the live heap every 25ms until stopped and returns the
// largest HeapAlloc seen, in MiB.
func heapPeak() (stop func() float64) {
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	sample := func() {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		if ms.HeapAlloc > peak.Load() {
			peak.Store(ms.HeapAlloc)
		}
	}
	go func() {
		defer wg.Done()
		t := time.NewTicker(25 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				sample()
			}
		}
	}()
	return func() float64 {
		sample()
		close(done)
		wg.Wait()
		return float64(peak.Load()) / (1 << 20)
	}
}

// benchScan scans n generated records, streamed from the generator as a
// database cursor would (generation time included), and reports
// records/s and the peak heap.
func benchScan(b *testing.B, n int) {
	r := DefaultRules("contacts")
	var groups int
	for i := 0; i < b.N; i++ {
		runtime.GC()
		g := newGenerator(uint64(i+1), n*82/100, false)
		emitted := 0
		next := func() (Record, bool, error) {
			if emitted == n {
				return Record{}, false, nil
			}
			rec, ok := g.next()
			if !ok {
				return Record{}, false, nil
			}
			emitted++
			return rec.rec, true, nil
		}
		stop := heapPeak()
		start := time.Now()
		out, err := Scan(context.Background(), r, next, n, nil)
		elapsed := time.Since(start)
		peak := stop()
		if err != nil {
			b.Fatal(err)
		}
		groups = len(out)
		b.ReportMetric(float64(emitted)/elapsed.Seconds(), "records/s")
		b.ReportMetric(peak, "MB-heap")
		b.ReportMetric(elapsed.Seconds(), "s/scan")
	}
	b.ReportMetric(float64(groups), "groups")
}

func BenchmarkScan100k(b *testing.B) { benchScan(b, 100_000) }
func BenchmarkScan1M(b *testing.B)   { benchScan(b, 1_000_000) }

// BenchmarkIndexFind measures one import-preview lookup against an Index
// holding 100,000 existing records.
func BenchmarkIndexFind(b *testing.B) {
	g := newGenerator(3, 100_000, false)
	ix := NewIndex(DefaultRules("contacts"))
	var probes []Record
	for r, ok := g.next(); ok; r, ok = g.next() {
		if len(probes) < 10_000 && r.rec.ID[len(r.rec.ID)-2] == 'd' {
			probes = append(probes, r.rec)
			continue
		}
		ix.Add(r.rec)
	}
	b.ResetTimer()
	found := 0
	for i := 0; i < b.N; i++ {
		if len(ix.Find(probes[i%len(probes)], 5)) > 0 {
			found++
		}
	}
	b.ReportMetric(float64(found)/float64(b.N), "hit-rate")
}
