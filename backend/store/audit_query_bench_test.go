package store_test

import (
	"context"
	"testing"
	"time"

	"fieldvault/backend/model"
	"fieldvault/backend/store"
)

// BenchmarkAuditLogList measures the viewer's first page (and a deep page)
// over the benchmark log (see benchAuditN; entries of 50 users, with
// denials, logins and views mixed in), one filter shape at a time.
func BenchmarkAuditLogList(b *testing.B) {
	n := benchAuditN()
	s := openBenchStore(b, n)
	ctx := context.Background()
	last := time.Now().UTC().Add(-time.Hour).Format(time.RFC3339)
	if _, err := s.IndexAuditSearch(ctx); err != nil {
		b.Fatal(err)
	}
	cases := []struct {
		name string
		q    model.AuditQuery
	}{
		{"newest", model.AuditQuery{}},
		{"user", model.AuditQuery{UserID: "user-07"}},
		{"outcome_denied", model.AuditQuery{Outcome: "denied"}},
		{"category_auth", model.AuditQuery{Category: "auth"}},
		{"action_exact", model.AuditQuery{Action: "contact.delete"}},
		{"action_prefix", model.AuditQuery{Action: "auth."}},
		{"object", model.AuditQuery{ObjectType: "contact", ObjectID: "c123"}},
		{"time_last_hour", model.AuditQuery{From: last}},
		{"text_rare", model.AuditQuery{Text: "Contact 4711"}},
		{"text_common", model.AuditQuery{Text: "müller"}},
		{"text_and_user", model.AuditQuery{Text: "müller", UserID: "user-07"}},
		{"user_and_denied", model.AuditQuery{UserID: "user-07", Outcome: "denied"}},
		{"no_match", model.AuditQuery{UserID: "nobody"}},
		{"deep_page", model.AuditQuery{BeforeSeq: int64(n / 2)}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			var page model.AuditPage
			for b.Loop() {
				var err error
				if page, err = store.ListAudit(ctx, s.Reader(), c.q); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(page.Rows)), "rows")
			b.ReportMetric(float64(page.Total), "total")
		})
	}
}
