package store_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"fieldvault/backend/audit"
	"fieldvault/backend/store"
	"fieldvault/backend/testutil"
)

// Every query the suspicious-activity rules run (backend/detect, one row
// per rule and query) searches the index of its window — the user's
// entries (audit_log_actor_at) or the action's (audit_log_action_at) —
// never the whole log: a seq bound used as an index range made SQLite walk
// audit_log_outcome or the table backwards from the entry, 340–500 ms per
// record view at a million entries. Without statistics (the store runs no
// ANALYZE) the plans do not depend on the data, so an empty store shows them.
func TestAuditScanPlans(t *testing.T) {
	ctx := context.Background()
	s := testutil.OpenStore(t)
	since := time.Date(2026, 5, 1, 10, 0, 0, 0, time.UTC)
	const upTo = 1_000_000
	failures := []string{"auth.login.failed", "auth.login.locked"}
	signIn := []string{"auth.login.success"}
	const (
		actorAt  = "audit_log_actor_at (actor_id=? AND at>?"
		actionAt = "audit_log_action_at (action=? AND at>?"
		actor    = "audit_log_actor (actor_id=?)"
		action   = "audit_log_action_at (action=?)"
	)
	cases := []struct {
		name  string
		kinds []string
		scan  store.AuditScan
		index string // the SEARCH the plan must use
	}{
		{"signin.failed.user", []string{"count", "seqs"},
			store.AuditScan{Actions: failures, Username: "ana", Since: since, UpTo: upTo}, actionAt},
		{"signin.failed.all", []string{"count", "seqs", "find"},
			store.AuditScan{Actions: append(failures, "auth.unlock.failed"), Since: since, UpTo: upTo}, actionAt},
		{"signin.success.after.failures: previous sign-in", []string{"find"},
			store.AuditScan{Actions: signIn, UserID: "u1", Since: since, UpTo: upTo}, actionAt},
		{"signin.success.after.failures: failures since", []string{"count", "seqs"},
			store.AuditScan{Actions: []string{"auth.login.failed"}, Username: "ana", Since: since, AfterSeq: 10, UpTo: upTo}, actionAt},
		{"signin.unusual.hour", []string{"find"},
			store.AuditScan{Actions: signIn, UserID: "u1", UpTo: upTo}, actor},
		{"signin.new.device", []string{"count"},
			store.AuditScan{Actions: signIn, UserID: "u1", DeviceID: "d1", UpTo: upTo}, action},
		{"data.views.excessive", []string{"count", "seqs"},
			store.AuditScan{Category: audit.CatData, Suffixes: []string{".view"}, Outcome: audit.OutcomeSuccess, UserID: "u1", Since: since, UpTo: upTo}, actorAt},
		{"data.views.excessive: baseline", []string{"buckets"},
			store.AuditScan{Category: audit.CatData, Suffixes: []string{".view"}, Outcome: audit.OutcomeSuccess, UserID: "u1",
				Since: since.Add(-30 * 24 * time.Hour), Before: since, UpTo: upTo}, actorAt},
		{"access.denied.burst", []string{"count", "seqs", "find"},
			store.AuditScan{Outcome: audit.OutcomeDenied, Category: audit.CatSecurity, UserID: "u1", Since: since, UpTo: upTo}, actorAt},
		{"change.critical: bulk delete", []string{"count", "seqs"},
			store.AuditScan{Category: audit.CatData, Suffixes: []string{".delete", ".purge"}, Outcome: audit.OutcomeSuccess, UserID: "u1", Since: since, UpTo: upTo}, actorAt},
	}
	for _, c := range cases {
		for _, kind := range c.kinds {
			t.Run(c.name+" "+kind, func(t *testing.T) {
				plan, err := store.AuditScanPlanForTest(ctx, s.Reader(), kind, c.scan, 10*time.Minute)
				if err != nil {
					t.Fatal(err)
				}
				text := strings.Join(plan, "\n")
				if !strings.Contains(text, "SEARCH audit_log USING INDEX "+c.index) && !strings.Contains(text, "SEARCH audit_log USING COVERING INDEX "+c.index) {
					t.Fatalf("plan does not search %s:\n%s", c.index, text)
				}
				if strings.Contains(text, "rowid") || strings.Contains(text, "SCAN audit_log") {
					t.Fatalf("plan walks the log:\n%s", text)
				}
			})
		}
	}
}
