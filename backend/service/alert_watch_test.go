package service

import (
	"strings"
	"testing"
	"time"

	"fieldvault/backend/detect"
	"fieldvault/backend/model"
	"fieldvault/backend/store"
)

// Entries the watcher did not see as they committed (written before it
// started, or whose batch was lost) are caught up from the log, in order;
// entries it evaluated are not evaluated again after a restart.
func TestWatcherCatchesUpAndKeepsItsPlace(t *testing.T) {
	steps := []struct {
		name string
		run  func(h *ruleHarness)
		want int // failed-burst alerts afterwards
	}{
		{"written before the watcher started", func(h *ruleHarness) {
			h.w.close()
			h.do(5, time.Minute, failedSignIn("ana"))
			h.start()
		}, 1},
		{"lost batches: the next batch's gap is read back at once", func(h *ruleHarness) {
			h.st.SetAuditObserver(nil)
			h.do(4, time.Minute, failedSignIn("bo"))
			h.st.SetAuditObserver(h.w.observe)
			h.do(1, time.Minute, failedSignIn("bo"))
			waitForAlerts(h, 2) // without flush, which would catch up anyway
		}, 2},
		{"dropped batches are counted and caught up", func(h *ruleHarness) {
			h.st.SetAuditObserver(nil)
			h.do(5, time.Minute, failedSignIn("ghost"))
			h.w.dropped.Add(5)
			h.st.SetAuditObserver(h.w.observe)
		}, 3},
		{"a restart evaluates nothing twice", func(h *ruleHarness) {
			resolveAll(h)
			h.w.close()
			h.start()
		}, 3},
	}
	h := newRuleHarness(t)
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			s.run(h)
			if got := h.alerts(detect.RuleFailedUser); len(got) != s.want {
				t.Fatalf("%d alerts, want %d", len(got), s.want)
			}
		})
	}
}

// waitForAlerts polls (up to 5 s) until n alerts exist.
func waitForAlerts(h *ruleHarness, n int) {
	h.t.Helper()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if page, err := store.ListAlerts(h.ctx, h.st.Reader(), model.AlertQuery{Limit: 200}); err == nil && page.Total >= n {
			return
		}
	}
	h.t.Fatalf("no %d alerts within 5 s", n)
}

func resolveAll(h *ruleHarness) {
	h.t.Helper()
	for _, a := range h.alerts("") {
		err := h.st.Write(h.ctx, func(tx *store.Tx) error {
			return store.SetAlertStatus(h.ctx, tx, a.ID, model.AlertComment{At: store.FormatTime(h.clock.Now()), Status: model.AlertResolved, Text: "ok"})
		})
		if err != nil {
			h.t.Fatal(err)
		}
	}
}

// The lock action disables the subject in the alert's transaction (audited),
// except the last active administrator and accounts that do not exist; the
// reauth action marks a signed-in subject only.
func TestRuleActions(t *testing.T) {
	cases := []struct {
		name, action, user string
		signedIn           string
		wantTaken          string
		wantDisabled       bool
		wantReauth         bool
	}{
		{"lock a rep", model.RuleActionLock, "ana", "", "Locked ana", true, false},
		{"never the last administrator", model.RuleActionLock, "admin", "", "last active Administrator", false, false},
		{"no account to lock", model.RuleActionLock, "ghost", "", "Not locked", false, false},
		{"reauth the signed-in user", model.RuleActionReauth, "ana", "ana", "Asked ana", false, true},
		{"reauth someone not signed in here", model.RuleActionReauth, "ana", "bo", "not signed in", false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := newRuleHarness(t)
			if c.signedIn != "" {
				h.fx.signIn(c.signedIn)
			}
			h.setRule(detect.RuleDeniedBurst, func(r *model.AlertRule) { r.Action = c.action })
			h.do(7, time.Minute, ofUser(c.user, security, "user.list", refused))
			got := h.alerts(detect.RuleDeniedBurst)
			if len(got) != 1 || !strings.Contains(got[0].ActionTaken, c.wantTaken) {
				t.Fatalf("alerts %+v, want action %q", got, c.wantTaken)
			}
			u, err := store.GetUser(h.ctx, h.st.Reader(), "u-"+c.user)
			if err == nil && u.Disabled != c.wantDisabled {
				t.Fatalf("disabled = %v", u.Disabled)
			}
			acts := countActions(h, "alert.")
			wantActs := map[string]int{"alert.raise": 1}
			if c.wantDisabled {
				wantActs["alert.action.lock"] = 1
			}
			if c.wantReauth {
				wantActs["alert.action.reauth"] = 1
			}
			if len(acts) != len(wantActs) || acts["alert.raise"] != 1 || acts["alert.action.lock"] != wantActs["alert.action.lock"] ||
				acts["alert.action.reauth"] != wantActs["alert.action.reauth"] {
				t.Fatalf("audited %v, want %v", acts, wantActs)
			}
			if (h.fx.slots > 0) != c.wantDisabled || (len(h.fx.reauths) > 0) != c.wantReauth {
				t.Fatalf("effects: slots %d, reauth %v", h.fx.slots, h.fx.reauths)
			}
		})
	}
}

func countActions(h *ruleHarness, prefix string) map[string]int {
	h.t.Helper()
	rows, err := h.st.Reader().QueryContext(h.ctx, `SELECT action FROM audit_log WHERE action LIKE ? || '%'`, prefix)
	if err != nil {
		h.t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var a string
		_ = rows.Scan(&a)
		out[a]++
	}
	return out
}

// A bulk action is one batch: its findings become one alert and one
// alert.raise entry, with the evidence capped.
func TestBulkBatchRaisesOnce(t *testing.T) {
	h := newRuleHarness(t)
	const n = 2000
	start := time.Now()
	err := h.st.Write(h.ctx, func(tx *store.Tx) error {
		for i := 0; i < n; i++ {
			e := ofUser("ana", data, "contact.delete", ok)
			if err := store.AppendAudit(h.ctx, tx, &e); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	got := h.alerts(detect.RuleCriticalChange)
	t.Logf("%d deletes evaluated in %v", n, time.Since(start))
	if len(got) != 1 || len(got[0].Evidence) != store.MaxAlertEvidence || got[0].Evidence[0] != 1 || !strings.Contains(got[0].Title, "200+") {
		t.Fatalf("alerts %d %+v", len(got), got)
	}
	if acts := countActions(h, "alert."); acts["alert.raise"] != 1 {
		t.Fatalf("audited %v", acts)
	}
}
