package audit_test

import (
	"testing"

	"fieldvault/backend/audit"
)

// BenchmarkVerifier measures the pure chain check (no storage).
func BenchmarkVerifier(b *testing.B) {
	entries := chain(b, 10_000)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		v := audit.NewVerifier(testKey, testPub)
		for _, e := range entries {
			v.Add(e)
		}
		if r := v.Finish(); r.Problem != nil {
			b.Fatal(r.Problem)
		}
	}
	b.ReportMetric(float64(b.N)*float64(len(entries))/b.Elapsed().Seconds(), "entries/s")
}
