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
		start := time.Now()
		res, err := d.Scan("contacts")
		if err != nil {
			b.Fatal(err)
		}
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		b.ReportMetric(time.Since(start).Seconds(), "s/scan")
		b.ReportMetric(float64(res.Records), "records")
		b.ReportMetric(float64(res.GroupCount), "groups")
		b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/(1<<20), "MB-allocated")
	}
}
