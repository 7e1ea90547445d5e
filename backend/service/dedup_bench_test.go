package service_test

import (
	"runtime"
	"testing"
	"time"

	"fieldvault/backend/service"
)

// BenchmarkDuplicateScan runs "find duplicates" over the benchmark
// workspace's contacts ($FIELDVAULT_BENCH_N, default 100,000: demo data)
// as the administrator, end to end: every record read from the encrypted
// store, matched, grouped, audited. Run:
//
//	FIELDVAULT_BENCH_N=1000000 go test ./backend/service -run '^$' -bench DuplicateScan -benchtime 1x
func BenchmarkDuplicateScan(b *testing.B) {
	w := benchWorkspace(b)
	w.signIn(b, "admin")
	d := service.NewDuplicateService(w.core)
	for b.Loop() {
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		peak := sampleHeap()
		start := time.Now()
		res, err := d.Scan("contacts")
		elapsed := time.Since(start)
		if err != nil {
			b.Fatal(err)
		}
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		b.ReportMetric(peak(), "MB-peak-heap")
		b.ReportMetric(elapsed.Seconds(), "s/scan")
		b.ReportMetric(float64(res.Records), "records")
		b.ReportMetric(float64(res.GroupCount), "groups")
		b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/(1<<20), "MB-allocated")
	}
}

// sampleHeap samples the live heap every 25ms until the returned function
// is called, which returns the largest HeapAlloc seen, in MiB (the whole
// process: the open workspace included).
func sampleHeap() (stop func() float64) {
	var peak uint64
	done, finished := make(chan struct{}), make(chan struct{})
	sample := func() {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapAlloc)
	}
	go func() {
		defer close(finished)
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
		close(done)
		<-finished
		sample()
		return float64(peak) / (1 << 20)
	}
}
