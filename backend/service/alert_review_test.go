package service

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fieldvault/backend/audit"
	"fieldvault/backend/detect"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
)

// slowHistory makes every rule query take delay, and counts them.
type slowHistory struct {
	detect.History
	delay time.Duration
	calls atomic.Int64
}

func (s *slowHistory) wait() {
	s.calls.Add(1)
	time.Sleep(s.delay)
}

func (s *slowHistory) Find(ctx context.Context, q detect.Query) ([]audit.Entry, error) {
	s.wait()
	return s.History.Find(ctx, q)
}

func (s *slowHistory) Seqs(ctx context.Context, q detect.Query) ([]int64, error) {
	s.wait()
	return s.History.Seqs(ctx, q)
}

func (s *slowHistory) Count(ctx context.Context, q detect.Query) (int, error) {
	s.wait()
	return s.History.Count(ctx, q)
}

func (s *slowHistory) Buckets(ctx context.Context, q detect.Query, width time.Duration) ([]int, error) {
	s.wait()
	return s.History.Buckets(ctx, q, width)
}

// H2: locking the workspace stops the watcher under Core.mu, so close must
// not wait for a backlog: it stops between entries, saves its place, and
// the next start evaluates the rest (nothing lost, nothing twice).
func TestCloseDuringBacklogReturnsPromptly(t *testing.T) {
	const n = 1500 // ~1 ms of rule queries each: 1.5 s or more to evaluate them all
	backlog := func(h *ruleHarness) {
		for i := 0; i < n; i++ {
			h.do(1, 10*time.Second, ofUser("ana", data, "contact.view", ok))
		}
		h.do(1, 0, exported("bo", 5000)) // the last entry raises an alert
	}
	cases := []struct {
		name string
		run  func(h *ruleHarness, slow *slowHistory)
	}{
		{"catching up at start", func(h *ruleHarness, slow *slowHistory) {
			h.w.close()
			backlog(h)
			h.startWith(func(hist detect.History) detect.History { slow.History = hist; return slow })
		}},
		{"batches queued by the observer", func(h *ruleHarness, slow *slowHistory) {
			h.w.close()
			h.startWith(func(hist detect.History) detect.History { slow.History = hist; return slow })
			backlog(h) // one transaction each: up to watchBuffer batches wait, the rest is dropped
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := newRuleHarness(t)
			slow := &slowHistory{delay: time.Millisecond}
			c.run(h, slow)
			for deadline := time.Now().Add(5 * time.Second); slow.calls.Load() < 20; time.Sleep(time.Millisecond) {
				if time.Now().After(deadline) {
					t.Fatal("the watcher evaluated nothing")
				}
			}
			start := time.Now()
			h.w.close()
			if took := time.Since(start); took > 300*time.Millisecond {
				t.Fatalf("close took %v with a backlog", took)
			}
			last := int64(n + 1)
			if c := h.cursor(); c == 0 {
				t.Fatal("close saved no progress")
			}
			h.start()
			if got := h.alerts(detect.RuleLargeExport); len(got) != 1 {
				t.Fatalf("after the restart: %d export alerts", len(got))
			}
			h.w.close()
			if c := h.cursor(); c < last {
				t.Fatalf("cursor %d after catching up, want at least %d", c, last)
			}
		})
	}
}

// alertsUnavailable makes every new alert fail to store until restored.
func alertsUnavailable(h *ruleHarness) (restore func()) {
	h.exec(`CREATE TRIGGER test_alerts_fail BEFORE INSERT ON alerts BEGIN SELECT RAISE(ABORT, 'test: alerts unavailable'); END`)
	return func() { h.exec(`DROP TRIGGER test_alerts_fail`) }
}

// M1: a raise that fails keeps its finding (retried at the next poll) and
// keeps the saved cursor before its entries, so that a restart evaluates
// them again; after maxRaiseAttempts the finding is given up.
func TestRaiseFailureKeepsTheFinding(t *testing.T) {
	burst := func(h *ruleHarness) { h.do(5, time.Minute, failedSignIn("ana")) } // fires at seq 5
	t.Run("retried at the next poll", func(t *testing.T) {
		h := newRuleHarness(t)
		restore := alertsUnavailable(h)
		burst(h)
		if got := h.alerts(detect.RuleFailedUser); len(got) != 0 {
			t.Fatalf("alerts %+v", got)
		}
		restore()
		got := h.alerts(detect.RuleFailedUser) // flush: what a poll does
		if len(got) != 1 || len(got[0].Evidence) != 5 {
			t.Fatalf("after the store recovered: %+v", got)
		}
		if acts := countActions(h, "alert.raise"); acts["alert.raise"] != 1 {
			t.Fatalf("audited %v", acts)
		}
	})
	t.Run("kept across a restart", func(t *testing.T) {
		h := newRuleHarness(t)
		restore := alertsUnavailable(h)
		burst(h)
		h.alerts(detect.RuleFailedUser)
		h.w.close()
		if c := h.cursor(); c >= 5 {
			t.Fatalf("cursor saved at %d, past the finding that was not raised (seq 5)", c)
		}
		restore()
		h.start()
		if got := h.alerts(detect.RuleFailedUser); len(got) != 1 {
			t.Fatalf("after the restart: %d alerts", len(got))
		}
	})
	t.Run("given up after a bounded number of attempts", func(t *testing.T) {
		h := newRuleHarness(t)
		restore := alertsUnavailable(h)
		burst(h)
		for i := 0; i < maxRaiseAttempts; i++ {
			h.alerts(detect.RuleFailedUser)
		}
		restore()
		if got := h.alerts(detect.RuleFailedUser); len(got) != 0 {
			t.Fatalf("alerts %+v after giving up", got)
		}
		h.w.close()
		if c := h.cursor(); c < 5 {
			t.Fatalf("cursor %d: stuck before a finding given up", c)
		}
	})
}

// M1: the cursor is saved in the raise's own transaction, so a crash right
// after a raise evaluates nothing again (here: the alert was resolved, so
// evaluating its entries again would raise it a second time).
func TestRaiseSavesTheCursorWithTheAlert(t *testing.T) {
	h := newRuleHarness(t)
	h.do(5, time.Minute, failedSignIn("ana"))
	if got := h.alerts(detect.RuleFailedUser); len(got) != 1 {
		t.Fatalf("alerts %+v", got)
	}
	saved := h.cursor()
	if saved < 5 {
		t.Fatalf("cursor %d after raising the alert of seq 5", saved)
	}
	resolveAll(h)
	h.w.close()
	h.exec(`UPDATE alert_state SET value = ` + itoa(int(saved)) + ` WHERE key = 'cursor'`) // as if it crashed after the raise
	h.start()
	if got := h.alerts(detect.RuleFailedUser); len(got) != 1 {
		t.Fatalf("after a crash: %d alerts", len(got))
	}
}

// M3: only open alerts take more evidence, and only for one window from
// their first: once acknowledged, new activity is a new alert and its
// action applies again.
func TestAcknowledgedAlertTakesNoMoreEvidence(t *testing.T) {
	h := newRuleHarness(t)
	h.setRule(detect.RuleDeniedBurst, func(r *model.AlertRule) { r.Action = model.RuleActionLock })
	denied := ofUser("ana", security, "user.list", refused)
	h.do(5, time.Minute, denied)
	first := h.alerts(detect.RuleDeniedBurst)
	if len(first) != 1 || !strings.Contains(first[0].ActionTaken, "Locked ana") {
		t.Fatalf("alerts %+v", first)
	}
	err := h.st.Write(h.ctx, func(tx *store.Tx) error {
		if err := store.SetUserDisabled(h.ctx, tx, "u-ana", false, h.clock.Now()); err != nil {
			return err
		}
		return store.SetAlertStatus(h.ctx, tx, first[0].ID, model.AlertComment{At: store.FormatTime(h.clock.Now()), UserID: "u-admin",
			Name: "admin", Status: model.AlertAcknowledged, Text: "Re-enabled; watching."})
	})
	if err != nil {
		t.Fatal(err)
	}
	h.do(1, time.Minute, denied) // within the window: still a burst
	got := h.alerts(detect.RuleDeniedBurst)
	if len(got) != 2 || got[1].ID != first[0].ID || len(got[1].Evidence) != 5 || !strings.Contains(got[0].ActionTaken, "Locked ana") {
		t.Fatalf("alerts %+v", got)
	}
	if u, err := store.GetUser(h.ctx, h.st.Reader(), "u-ana"); err != nil || !u.Disabled {
		t.Fatalf("ana not locked again: %+v %v", u, err)
	}
}

// M3: activity that goes on raises an alert per rule window (from each
// alert's first evidence), live and in a catch-up, not one alert forever.
func TestOngoingActivityRaisesAnAlertPerWindow(t *testing.T) {
	// failures every minute for 35 minutes: the rule (5 in 10 minutes)
	// fires from the 5th (minute 4) on; alerts start at minutes 4, 15, 26.
	for _, catchUp := range []bool{false, true} {
		h := newRuleHarness(t)
		if catchUp {
			h.w.close()
		}
		h.do(35, time.Minute, failedSignIn("ghost"))
		if catchUp {
			h.start()
		}
		got := h.alerts(detect.RuleFailedUser)
		if len(got) != 3 {
			t.Fatalf("catch-up %v: %d alerts, want 3", catchUp, len(got))
		}
		for _, a := range got {
			if a.Status != model.AlertOpen || len(a.Evidence) < 5 {
				t.Fatalf("catch-up %v: alert %+v", catchUp, a)
			}
		}
	}
}

// H3: settings stored before validation refused it (or written around it)
// still cannot make a sign-in failure rule lock the typed name's account.
func TestSignInRuleNeverLocks(t *testing.T) {
	h := newRuleHarness(t)
	r := ruleByID(detect.Defaults(), detect.RuleFailedUser)
	r.Action = model.RuleActionLock
	err := h.st.Write(h.ctx, func(tx *store.Tx) error { return store.SaveAlertRuleSettings(h.ctx, tx, r, "u-admin", h.clock.Now()) })
	if err != nil {
		t.Fatal(err)
	}
	h.w.reloadRules()
	h.do(5, time.Minute, failedSignIn("bo"))
	got := h.alerts(detect.RuleFailedUser)
	if len(got) != 1 || !strings.Contains(got[0].ActionTaken, "cannot lock") {
		t.Fatalf("alerts %+v", got)
	}
	if u, err := store.GetUser(h.ctx, h.st.Reader(), "u-bo"); err != nil || u.Disabled {
		t.Fatalf("bo locked by a typed name: %+v %v", u, err)
	}
}

// H4: a lock rule locks only users its last editor could disable by hand:
// someone holding users.manage and every permission of the user's role.
func TestLockOnlyWhomTheEditorCouldDisable(t *testing.T) {
	cases := []struct {
		name, editor, subject string
		locked                bool
		taken                 string
	}{
		{"a user manager locks a rep", "mgr", "bo", true, "Locked bo"},
		{"a user manager cannot lock an administrator", "mgr", "admin", false, "holds permissions that mgr"},
		{"an administrator locks another administrator", "admin", "root", true, "Locked root"},
		{"an editor without users.manage locks nobody", "ana", "bo", false, "may no longer manage users"},
		{"settings without an editor lock nobody", "", "bo", false, "nobody who manages users"},
		{"an editor who was deleted locks nobody", "gone", "bo", false, "no longer exists"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := newRuleHarness(t)
			rep, _ := rbac.DefaultRole(rbac.RoleSalesRep)
			mgr := rep.Grants
			mgr.Advanced[rbac.PermUsersManage], mgr.Advanced[rbac.PermAlertsManage] = true, true
			err := h.st.Write(h.ctx, func(tx *store.Tx) error {
				if err := store.InsertRole(h.ctx, tx, store.RoleRecord{ID: "r-mgr", Name: "User managers", Grants: mgr}, h.clock.Now()); err != nil {
					return err
				}
				for name, role := range map[string]string{"mgr": "r-mgr", "root": rbac.RoleAdministrator} {
					u := store.UserRecord{User: model.User{ID: "u-" + name, Username: name, DisplayName: name, RoleID: role}, PasswordHash: "x"}
					if err := store.InsertUser(h.ctx, tx, u, h.clock.Now()); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			editor := ""
			if c.editor != "" {
				editor = "u-" + c.editor
			}
			h.setRuleBy(editor, detect.RuleDeniedBurst, func(r *model.AlertRule) { r.Action = model.RuleActionLock })
			h.do(5, time.Minute, ofUser(c.subject, security, "user.list", refused))
			got := h.alerts(detect.RuleDeniedBurst)
			if len(got) != 1 || !strings.Contains(got[0].ActionTaken, c.taken) {
				t.Fatalf("alerts %+v, want %q", got, c.taken)
			}
			u, err := store.GetUser(h.ctx, h.st.Reader(), "u-"+c.subject)
			if err != nil || u.Disabled != c.locked {
				t.Fatalf("%s disabled = %v (%v), want %v", c.subject, u.Disabled, err, c.locked)
			}
		})
	}
}

// L2: when the rule settings cannot be read, the watcher keeps the ones it
// had: rules someone turned off stay off (the defaults would turn them on).
func TestUnreadableRulesKeepThePreviousOnes(t *testing.T) {
	h := newRuleHarness(t)
	h.setRule(detect.RuleFailedUser, func(r *model.AlertRule) { r.Enabled = false })
	h.do(1, time.Minute, failedSignIn("x")) // the disabled settings are in force
	h.alerts(detect.RuleFailedUser)
	h.exec(`ALTER TABLE alert_rules RENAME TO alert_rules_away`)
	h.w.reloadRules()
	h.do(5, time.Minute, failedSignIn("ana"))
	got := h.alerts(detect.RuleFailedUser)
	h.exec(`ALTER TABLE alert_rules_away RENAME TO alert_rules`)
	if len(got) != 0 {
		t.Fatalf("a disabled rule fired while its settings were unreadable: %+v", got)
	}
}

// L3: a reauth applies only to the session that did it: evaluated late (a
// catch-up), it must not hit the user's newer session here.
func TestReauthOnlyForTheSessionThatDidIt(t *testing.T) {
	h := newRuleHarness(t)
	h.setRule(detect.RuleDeniedBurst, func(r *model.AlertRule) { r.Action = model.RuleActionReauth })
	h.w.close()
	h.do(5, time.Minute, ofUser("ana", security, "user.list", refused)) // ana's earlier session
	h.fx.mu.Lock()
	h.fx.signedIn, h.fx.session = "u-ana", sessionOf("ana again") // she signed in again since
	h.fx.mu.Unlock()
	h.start()
	got := h.alerts(detect.RuleDeniedBurst)
	if len(got) != 1 || !strings.Contains(got[0].ActionTaken, "not signed in") {
		t.Fatalf("alerts %+v", got)
	}
	h.fx.mu.Lock()
	defer h.fx.mu.Unlock()
	if len(h.fx.reauths) != 0 {
		t.Fatalf("asked the newer session for its password: %v", h.fx.reauths)
	}
	if acts := countActions(h, "alert.action."); len(acts) != 0 {
		t.Fatalf("audited %v", acts)
	}
}

// M2: turning the rules off is reported, judged by the rules in force
// before the change: the entry that turns the critical-change rule off
// raises a critical-change alert.
func TestTurningRulesOffIsReported(t *testing.T) {
	h := newRuleHarness(t)
	h.setRule(detect.RuleCriticalChange, func(r *model.AlertRule) { r.Enabled = false }) // stored first, as SaveRule does
	e := ofUser("admin", config, ruleUpdateAction, ok)
	e.ObjectType, e.ObjectID = "alert_rule", detect.RuleCriticalChange
	e.Changes = []audit.Change{{Field: "enabled", Before: true, After: false}}
	h.do(1, time.Minute, e)
	got := h.alerts(detect.RuleCriticalChange)
	if len(got) != 1 || got[0].SubjectName != "admin" || !strings.Contains(got[0].Title, "Alert rule changed") {
		t.Fatalf("alerts %+v", got)
	}
	h.do(1, time.Minute, ofUser("admin", config, "role.create", ok)) // the change applies after it
	h.clock.Advance(time.Hour)
	h.do(1, time.Minute, ofUser("admin", config, "role.delete", ok))
	if got := h.alerts(detect.RuleCriticalChange); len(got) != 1 {
		t.Fatalf("a disabled rule fired: %+v", got)
	}
}

// L3: the live session is named by user and session hash: a late finding
// of an earlier session of the same user (or without a session) neither
// counts as signed in here nor asks for the password.
func TestLiveSessionMatchesTheSessionHash(t *testing.T) {
	c := &Core{}
	c.live.set("u1", "h1")
	for _, x := range []struct {
		user, hash string
		want       bool
	}{{"u1", "h1", true}, {"u1", "h0", false}, {"u1", "", false}, {"u2", "h1", false}, {"", "", false}} {
		if got := c.signedInHere(x.user, x.hash); got != x.want {
			t.Errorf("signedInHere(%q, %q) = %v", x.user, x.hash, got)
		}
	}
	if c.requireReauth("u1", "h0") || c.live.needsReauth() {
		t.Fatal("an earlier session's finding asked the current one for its password")
	}
	if !c.requireReauth("u1", "h1") || !c.live.needsReauth() {
		t.Fatal("the session's own finding did not ask for the password")
	}
	c.live.set("u1", "h2") // signed in again
	if c.live.needsReauth() {
		t.Fatal("a new session still must re-enter its password")
	}
}
