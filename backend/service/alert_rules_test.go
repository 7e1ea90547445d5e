package service

import (
	"regexp"
	"testing"
	"time"

	"fieldvault/backend/audit"
	"fieldvault/backend/detect"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
)

const (
	data, security, config = audit.CatData, audit.CatSecurity, audit.CatConfig
	ok, refused            = audit.OutcomeSuccess, audit.OutcomeDenied
)

// For each rule: a scripted sequence that must raise it (fires) and near
// misses that must not, on a real encrypted store with a fake clock.
func TestRulesFireAndNearMiss(t *testing.T) {
	views := func(h *ruleHarness, n int) { h.do(n, 10*time.Second, ofUser("ana", data, "contact.view", ok)) }
	// history: a view window of per views on each of the last 6 days
	viewHistory := func(h *ruleHarness, per int) {
		for d := 0; d < 6; d++ {
			views(h, per)
			h.clock.Advance(24 * time.Hour)
		}
	}
	signIns := func(h *ruleHarness, n int, hour int) {
		for i := 0; i < n; i++ {
			h.at(hour, 5)
			h.do(1, 0, signIn("ana", "d1", "ana"))
		}
	}
	cases := []struct {
		name   string
		rule   string
		fires  bool
		script func(h *ruleHarness)
	}{
		{"failed burst: 5 for one name in 10 min", detect.RuleFailedUser, true, func(h *ruleHarness) { h.do(5, time.Minute, failedSignIn("ana")) }},
		{"failed burst: unknown name", detect.RuleFailedUser, true, func(h *ruleHarness) { h.do(5, time.Minute, failedSignIn("ghost")) }},
		{"failed burst: 4 only", detect.RuleFailedUser, false, func(h *ruleHarness) { h.do(4, time.Minute, failedSignIn("ana")) }},
		{"failed burst: 5 spread over 12 min", detect.RuleFailedUser, false, func(h *ruleHarness) { h.do(5, 3*time.Minute, failedSignIn("ana")) }},
		{"failed burst: 5 split over two names", detect.RuleFailedUser, false, func(h *ruleHarness) {
			h.do(2, time.Minute, failedSignIn("ana"), failedSignIn("bo"))
		}},
		{"overall burst: 6 across names", detect.RuleFailedAll, true, func(h *ruleHarness) {
			h.setRule(detect.RuleFailedAll, func(r *model.AlertRule) { r.Threshold = 6 })
			h.do(2, time.Minute, failedSignIn("ana"), failedSignIn("bo"), failedSignIn("ghost"))
		}},
		{"overall burst: 5 across names", detect.RuleFailedAll, false, func(h *ruleHarness) {
			h.setRule(detect.RuleFailedAll, func(r *model.AlertRule) { r.Threshold = 6 })
			h.do(1, time.Minute, failedSignIn("ana"), failedSignIn("bo"), failedSignIn("ghost"), failedSignIn("x"), failedSignIn("y"))
		}},
		{"success after 3 failures", detect.RuleSuccessAfter, true, func(h *ruleHarness) {
			h.do(3, time.Minute, failedSignIn("ana"))
			h.do(1, 0, signIn("ana", "d1", "ana"))
		}},
		{"success after 2 failures", detect.RuleSuccessAfter, false, func(h *ruleHarness) {
			h.do(2, time.Minute, failedSignIn("ana"))
			h.do(1, 0, signIn("ana", "d1", "ana"))
		}},
		{"success 40 min after 3 failures", detect.RuleSuccessAfter, false, func(h *ruleHarness) {
			h.do(3, time.Minute, failedSignIn("ana"))
			h.clock.Advance(40 * time.Minute)
			h.do(1, 0, signIn("ana", "d1", "ana"))
		}},
		{"outside hours: rep at 22:00", detect.RuleOutsideHours, true, func(h *ruleHarness) {
			h.setRule(detect.RuleOutsideHours, func(r *model.AlertRule) { r.Hours = []model.RoleHours{{RoleID: rbac.RoleSalesRep, From: 8, To: 18}} })
			h.at(22, 0)
			h.do(1, 0, signIn("ana", "d1", "ana"))
		}},
		{"outside hours: rep at 17:59, admin unrestricted at 22:00", detect.RuleOutsideHours, false, func(h *ruleHarness) {
			h.setRule(detect.RuleOutsideHours, func(r *model.AlertRule) { r.Hours = []model.RoleHours{{RoleID: rbac.RoleSalesRep, From: 8, To: 18}} })
			h.at(17, 59)
			h.do(1, 0, signIn("ana", "d1", "ana"))
			h.at(22, 0)
			h.do(1, 0, signIn("admin", "d1", "admin"))
		}},
		{"unusual hour: 03:05 after 20 sign-ins near 10:00", detect.RuleUnusualHour, true, func(h *ruleHarness) {
			signIns(h, 20, 10)
			signIns(h, 1, 3)
		}},
		{"unusual hour: 10:55 is usual", detect.RuleUnusualHour, false, func(h *ruleHarness) {
			signIns(h, 20, 10)
			h.at(10, 55)
			h.do(1, 0, signIn("ana", "d1", "ana"))
		}},
		{"unusual hour: too little history", detect.RuleUnusualHour, false, func(h *ruleHarness) {
			signIns(h, 19, 10)
			signIns(h, 1, 3)
		}},
		{"new device", detect.RuleNewDevice, true, func(h *ruleHarness) {
			h.do(1, time.Hour, signIn("ana", "d1", "ana"), signIn("ana", "d2", "ana"))
		}},
		{"new OS account", detect.RuleNewDevice, true, func(h *ruleHarness) {
			h.do(1, time.Hour, signIn("ana", "d1", "ana"), signIn("ana", "d1", "root"))
		}},
		{"known device; first sign-ins", detect.RuleNewDevice, false, func(h *ruleHarness) {
			h.do(1, time.Hour, signIn("ana", "d1", "ana"), signIn("ana", "d1", "ana"), signIn("bo", "d9", "bo"))
		}},
		{"views: 30 in 5 min, limit 30", detect.RuleExcessiveViews, true, func(h *ruleHarness) {
			h.setRule(detect.RuleExcessiveViews, func(r *model.AlertRule) { r.Threshold = 30 })
			views(h, 30)
		}},
		{"views: 29 in 5 min, limit 30", detect.RuleExcessiveViews, false, func(h *ruleHarness) {
			h.setRule(detect.RuleExcessiveViews, func(r *model.AlertRule) { r.Threshold = 30 })
			views(h, 29)
		}},
		{"views: 21 against a baseline of 4", detect.RuleExcessiveViews, true, func(h *ruleHarness) {
			viewHistory(h, 4)
			views(h, 21)
		}},
		{"views: 21 against a baseline of 5", detect.RuleExcessiveViews, false, func(h *ruleHarness) {
			viewHistory(h, 5)
			views(h, 21)
		}},
		{"export of 1001 rows", detect.RuleLargeExport, true, func(h *ruleHarness) { h.do(1, 0, exported("ana", 1001)) }},
		{"export of 1000 rows", detect.RuleLargeExport, false, func(h *ruleHarness) { h.do(1, 0, exported("ana", 1000)) }},
		{"5 refusals in 10 min", detect.RuleDeniedBurst, true, func(h *ruleHarness) { h.do(5, time.Minute, ofUser("ana", security, "user.list", refused)) }},
		{"4 refusals; sign-in refusals are not role attempts", detect.RuleDeniedBurst, false, func(h *ruleHarness) {
			h.do(4, time.Minute, ofUser("ana", security, "user.list", refused))
			h.do(1, 0, ofUser("ana", audit.CatAuth, "auth.login.locked", refused))
		}},
		{"critical: role permissions", detect.RuleCriticalChange, true, func(h *ruleHarness) { h.do(1, 0, ofUser("admin", config, "role.permission.change", ok)) }},
		{"critical: new administrator", detect.RuleCriticalChange, true, func(h *ruleHarness) { h.do(1, 0, created("admin", "cy", "Administrator")) }},
		{"critical: 5 deletes in 10 min", detect.RuleCriticalChange, true, func(h *ruleHarness) {
			h.setRule(detect.RuleCriticalChange, func(r *model.AlertRule) { r.Threshold = 5 })
			h.do(5, time.Minute, ofUser("ana", data, "contact.delete", ok))
		}},
		{"not critical: new rep, setup admin, 4 deletes, refused grant", detect.RuleCriticalChange, false, func(h *ruleHarness) {
			h.setRule(detect.RuleCriticalChange, func(r *model.AlertRule) { r.Threshold = 5 })
			h.do(1, 0, created("admin", "cy", "Sales Representative"), created("admin", "admin", "Administrator"))
			h.do(4, time.Minute, ofUser("ana", data, "contact.delete", ok))
			h.do(1, 0, ofUser("ana", security, "role.permission.grant", refused), ofUser("ana", data, "contact.update", ok))
		}},
		{"off-hours: role created at 22:00", detect.RuleOffHoursAdmin, true, func(h *ruleHarness) {
			h.at(22, 0)
			h.do(1, 0, ofUser("admin", config, "role.create", ok))
		}},
		{"off-hours: alert rule changed at 22:00", detect.RuleOffHoursAdmin, true, func(h *ruleHarness) {
			h.at(22, 0)
			h.do(1, 0, ofUser("admin", config, "alert.rule.update", ok))
		}},
		{"off-hours: alert resolved at 22:00", detect.RuleOffHoursAdmin, true, func(h *ruleHarness) {
			h.at(22, 0)
			h.do(1, 0, ofUser("admin", security, "alert.resolve", ok))
		}},
		{"in hours; routine and the system's own entries off-hours", detect.RuleOffHoursAdmin, false, func(h *ruleHarness) {
			h.at(19, 59)
			h.do(1, 0, ofUser("admin", config, "role.create", ok))
			h.at(22, 0)
			h.do(1, 0, ofUser("ana", audit.CatKey, "key.userslot.add", ok), ofSystem("alert.raise"), ofSystem("alert.action.lock"),
				ofUser("ana", security, "user.list", refused))
		}},
		{"critical: alert rule changed", detect.RuleCriticalChange, true, func(h *ruleHarness) {
			h.do(1, 0, ofUser("admin", config, "alert.rule.update", ok))
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			h := newRuleHarness(t)
			c.script(h)
			got := h.alerts(c.rule)
			if c.fires != (len(got) == 1) || len(got) > 1 {
				t.Fatalf("%s: %d alerts %+v, want fires=%v", c.rule, len(got), got, c.fires)
			}
			if !c.fires {
				return
			}
			a := got[0]
			if a.RuleName != detect.RuleName(c.rule) || a.Severity == "" || a.Title == "" || a.Detail == "" || len(a.Evidence) == 0 ||
				a.Status != model.AlertOpen || a.ActionTaken != "Alert only." {
				t.Fatalf("alert %+v", a)
			}
		})
	}
}

// One open alert per rule and subject per window: later evidence joins it;
// after the window, or once resolved, a new alert.
func TestAlertDeduplication(t *testing.T) {
	h := newRuleHarness(t)
	h.do(8, time.Minute, failedSignIn("ana"))
	got := h.alerts(detect.RuleFailedUser)
	// the title counts the burst as the watcher first saw it: 5 when it
	// ran per entry, more when a loaded machine handed it several at once
	if len(got) != 1 || len(got[0].Evidence) != 8 || !regexp.MustCompile(`^[5-8] failed sign-ins for ana$`).MatchString(got[0].Title) {
		t.Fatalf("burst of 8: %+v", got)
	}
	h.do(5, time.Minute, failedSignIn("bo"))
	if got := h.alerts(detect.RuleFailedUser); len(got) != 2 || got[0].SubjectName != "bo" {
		t.Fatalf("another subject: %+v", got)
	}
	h.clock.Advance(30 * time.Minute)
	h.do(5, time.Minute, failedSignIn("ana"))
	if got := h.alerts(detect.RuleFailedUser); len(got) != 3 {
		t.Fatalf("after the window: %d alerts", len(got))
	}
	if n := len(h.fx.raised); n != 3 {
		t.Fatalf("announced %d alerts, want 3 (evidence is not announced)", n)
	}
}

// ofSystem is an entry the alert subsystem writes itself.
func ofSystem(action string) audit.Entry {
	return audit.Entry{Actor: systemActor, Category: security, Action: action, ObjectType: "alert", ObjectID: "a1", Outcome: ok}
}
