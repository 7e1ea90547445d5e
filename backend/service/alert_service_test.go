package service_test

import (
	"context"
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/detect"
	"fieldvault/backend/model"
	"fieldvault/backend/service"
)

func alertAuditCount(t *testing.T, m *matrix, action string) int {
	t.Helper()
	var n int
	err := m.core.StoreForTest().Reader().QueryRowContext(context.Background(),
		`SELECT count(*) FROM audit_log WHERE action = ? AND outcome = 'success'`, action).Scan(&n)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// open → acknowledged → resolved → open, each step with a comment and
// audited; other moves refused.
func TestAlertWorkflow(t *testing.T) {
	m := newMatrix(t)
	m.signInAs(t, "sales_rep", rolePassword)
	for i := 0; i < 5; i++ {
		_, _ = m.users.List()
	}
	got := m.alertsOf(t, detect.RuleDeniedBurst)
	if len(got) != 1 {
		t.Fatalf("alerts %+v", got)
	}
	id := got[0].ID
	before := count(m.em.Names(), service.EventAlertsChanged)
	steps := []struct {
		status, comment string
		code            apperr.Code // "" = allowed
		audited         string
	}{
		{model.AlertAcknowledged, "Looking into it.", "", "alert.acknowledge"},
		{model.AlertAcknowledged, "Again.", apperr.CodeInvalid, ""},
		{model.AlertResolved, "   ", apperr.CodeInvalid, ""},
		{model.AlertResolved, "Expected: new team.", "", "alert.resolve"},
		{model.AlertAcknowledged, "Too late.", apperr.CodeInvalid, ""},
		{"closed", "Unknown status.", apperr.CodeInvalid, ""},
		{model.AlertOpen, "It happened again.", "", "alert.reopen"},
	}
	for _, s := range steps {
		t.Run(s.status+" "+s.comment, func(t *testing.T) {
			n := 0
			if s.audited != "" {
				n = alertAuditCount(t, m, s.audited)
			}
			a, err := m.alerts.Transition(model.AlertTransition{ID: id, Status: s.status, Comment: s.comment})
			if s.code != "" {
				if !apperr.Is(err, s.code) {
					t.Fatalf("got %v, want %s", err, s.code)
				}
				return
			}
			if err != nil || a.Status != s.status || a.Comments[len(a.Comments)-1].Text != s.comment {
				t.Fatalf("got %+v, %v", a, err)
			}
			if alertAuditCount(t, m, s.audited) != n+1 {
				t.Fatalf("%s not audited", s.audited)
			}
		})
	}
	if _, err := m.alerts.Transition(model.AlertTransition{ID: "nope", Status: model.AlertResolved, Comment: "x"}); !apperr.Is(err, apperr.CodeNotFound) {
		t.Fatalf("unknown alert: %v", err)
	}
	a, err := m.alerts.Get(id)
	if err != nil || len(a.Comments) != 3 || a.Comments[0].Name != "admin" {
		t.Fatalf("workflow %+v, %v", a, err)
	}
	if n := count(m.em.Names(), service.EventAlertsChanged) - before; n != 3 {
		t.Fatalf("%d alerts:changed events, want 3", n)
	}
	page, err := m.alerts.List(model.AlertQuery{Status: model.AlertOpen})
	if err != nil || page.Open < 1 || page.Total != page.Open {
		t.Fatalf("open list %+v, %v", page, err)
	}
}

// SaveRule validates, stores and audits (alert.rule.update, before/after).
func TestSaveRule(t *testing.T) {
	m := newMatrix(t)
	m.signInAs(t, "admin", adminPassword)
	rules, err := m.alerts.Rules()
	if err != nil || len(rules) != 11 {
		t.Fatalf("rules %d, %v", len(rules), err)
	}
	base := rules[0] // signin.failed.user
	bad := []struct {
		name  string
		edit  func(r *model.AlertRule)
		code  apperr.Code
		field string
	}{
		{"threshold", func(r *model.AlertRule) { r.Threshold = 1 }, apperr.CodeInvalid, "threshold"},
		{"window", func(r *model.AlertRule) { r.WindowMinutes = 0 }, apperr.CodeInvalid, "windowMinutes"},
		{"severity", func(r *model.AlertRule) { r.Severity = "urgent" }, apperr.CodeInvalid, "severity"},
		{"action", func(r *model.AlertRule) { r.Action = "delete" }, apperr.CodeInvalid, "action"},
		{"hours on a rule without", func(r *model.AlertRule) { r.Hours = []model.RoleHours{{From: 8, To: 18}} }, apperr.CodeInvalid, "hours"},
		{"hours of an unknown role", func(r *model.AlertRule) {
			*r = rules[3]
			r.Hours = []model.RoleHours{{RoleID: "ghosts", From: 8, To: 18}}
		}, apperr.CodeInvalid, "hours"},
		{"unknown rule", func(r *model.AlertRule) { r.ID = "no.such.rule" }, apperr.CodeNotFound, ""},
		{"lock on a rule about typed user names", func(r *model.AlertRule) { r.Action = model.RuleActionLock }, apperr.CodeInvalid, "action"},
	}
	for _, b := range bad {
		t.Run(b.name, func(t *testing.T) {
			r := base
			b.edit(&r)
			_, err := m.alerts.SaveRule(r)
			var ae *apperr.Error
			if !apperr.Is(err, b.code) {
				t.Fatalf("got %v, want %s", err, b.code)
			}
			if ae, _ = err.(*apperr.Error); b.field != "" && ae.Fields[b.field] == "" {
				t.Fatalf("fields %v, want %s", ae.Fields, b.field)
			}
		})
	}
	r := base
	r.Threshold, r.Severity, r.Action = 3, model.SeverityCritical, model.RuleActionReauth
	saved, err := m.alerts.SaveRule(r)
	if err != nil || saved.Threshold != 3 || saved.Name != base.Name {
		t.Fatalf("saved %+v, %v", saved, err)
	}
	if got, _ := m.alerts.Rules(); got[0].Threshold != 3 || got[0].Action != model.RuleActionReauth {
		t.Fatalf("rules after save %+v", got[0])
	}
	if _, err := m.alerts.SaveRule(saved); err != nil || alertAuditCount(t, m, "alert.rule.update") != 1 {
		t.Fatalf("an unchanged save must not be audited again: %v", err)
	}
}

func TestSecurityDashboard(t *testing.T) {
	m := newMatrix(t)
	m.setRule(t, detect.RuleFailedUser, func(r *model.AlertRule) { r.Threshold = 3 })
	_ = m.sessions.SignOut()
	for i := 0; i < 3; i++ {
		_, _ = m.sessions.SignIn(model.SignInRequest{Username: "marketing_manager", Password: "wrong " + string(rune('a'+i))})
	}
	m.core.FlushAlertsForTest()
	m.signInAs(t, "admin", adminPassword)
	d, err := m.alerts.Dashboard(7)
	if err != nil {
		t.Fatal(err)
	}
	failed := 0
	for _, f := range d.FailedSignIns {
		failed += f.Count
	}
	if d.Days != 7 || d.OpenAlerts < 1 || len(d.AlertsByDay) == 0 || failed != 3 || len(d.CriticalChanges) == 0 ||
		d.CriticalChanges[0].Action != "alert.rule.update" || !hasRule(d.AlertsByRule, detect.RuleFailedUser) {
		t.Fatalf("dashboard %+v", d)
	}
	if _, err := m.alerts.Dashboard(0); !apperr.Is(err, apperr.CodeInvalid) {
		t.Fatalf("0 days: %v", err)
	}
	if n := auditCount(t, &crm{matrix: m}, "alert.dashboard.view"); n != 1 {
		t.Fatalf("the dashboard view wrote %d audit entries, want 1", n)
	}
}

func hasRule(list []model.KeyCount, id string) bool {
	for _, k := range list {
		if k.Key == id && k.Label == detect.RuleName(id) && k.Count > 0 {
			return true
		}
	}
	return false
}
