package store_test

import (
	"context"
	"testing"

	"fieldvault/backend/store"
	"fieldvault/backend/testutil"
)

// BenchmarkAuditVerify reads and verifies a 100k-entry log from the
// encrypted database; the target is ≥ 500k entries/s.
func BenchmarkAuditVerify(b *testing.B) {
	const n = 100_000
	s := testutil.OpenStore(b)
	appendN(b, s, n)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		rep, err := s.VerifyAudit(ctx, nil)
		if err != nil || rep.Problem != nil || rep.Entries != n {
			b.Fatalf("%+v %v", rep, err)
		}
	}
	b.ReportMetric(float64(b.N)*n/b.Elapsed().Seconds(), "entries/s")
}

// BenchmarkAuditAppend appends entries inside write transactions: alone (one
// commit each, like a denied attempt) and 100 per transaction (an import).
func BenchmarkAuditAppend(b *testing.B) {
	for _, per := range []int{1, 100} {
		b.Run(map[int]string{1: "1 per tx", 100: "100 per tx"}[per], func(b *testing.B) {
			s := testutil.OpenStore(b)
			ctx := context.Background()
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				err := s.Write(ctx, func(tx *store.Tx) error {
					for range per {
						if err := store.AppendAudit(ctx, tx, entry("Jane Doe")); err != nil {
							return err
						}
					}
					return nil
				})
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N*per)/b.Elapsed().Seconds(), "entries/s")
		})
	}
}
