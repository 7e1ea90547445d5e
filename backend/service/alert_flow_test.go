package service_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/detect"
	"fieldvault/backend/model"
	"fieldvault/backend/service"
)

const adminPassword, rolePassword = "admin password 1", "their own password 1"

// setRule changes one rule as the administrator.
func (m *matrix) setRule(t *testing.T, id string, change func(r *model.AlertRule)) {
	t.Helper()
	m.signInAs(t, "admin", adminPassword)
	rules, err := m.alerts.Rules()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rules {
		if r.ID == id {
			change(&r)
			if _, err := m.alerts.SaveRule(r); err != nil {
				t.Fatal(err)
			}
			return
		}
	}
	t.Fatalf("no rule %s", id)
}

// alertsOf returns the alerts of rule as the administrator.
func (m *matrix) alertsOf(t *testing.T, rule string) []model.Alert {
	t.Helper()
	m.core.FlushAlertsForTest()
	m.signInAs(t, "admin", adminPassword)
	page, err := m.alerts.List(model.AlertQuery{RuleID: rule})
	if err != nil {
		t.Fatal(err)
	}
	return page.Rows
}

func (m *matrix) userID(t *testing.T, name string) string {
	t.Helper()
	users, err := m.users.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, u := range users {
		if u.Username == name {
			return u.ID
		}
	}
	t.Fatalf("no user %s", name)
	return ""
}

// A "lock" rule disables the account at once: the session ends at its next
// call; an administrator re-enables it in Admin → Users.
func TestAlertLockAction(t *testing.T) {
	m := newMatrix(t)
	m.setRule(t, detect.RuleDeniedBurst, func(r *model.AlertRule) { r.Threshold, r.Action = 3, model.RuleActionLock })
	m.signInAs(t, "sales_rep", rolePassword)
	for i := 0; i < 3; i++ {
		if _, err := m.users.List(); !apperr.Is(err, apperr.CodeForbidden) {
			t.Fatalf("users.List as a rep: %v", err)
		}
	}
	m.core.FlushAlertsForTest()
	if _, err := m.sessions.Me(); !apperr.Is(err, apperr.CodeUnauthenticated) {
		t.Fatalf("the locked user's session goes on: %v", err)
	}
	if _, err := m.sessions.SignIn(model.SignInRequest{Username: "sales_rep", Password: rolePassword}); !apperr.Is(err, apperr.CodeUnauthenticated) {
		t.Fatalf("locked account signed in: %v", err)
	}
	got := m.alertsOf(t, detect.RuleDeniedBurst)
	if len(got) != 1 || !strings.Contains(got[0].ActionTaken, "Locked sales_rep") || len(got[0].Evidence) < 3 {
		t.Fatalf("alerts %+v", got)
	}
	if _, err := m.users.SetDisabled(m.userID(t, "sales_rep"), false); err != nil {
		t.Fatal(err)
	}
	m.signInAs(t, "sales_rep", rolePassword)
}

// A "reauth" rule makes every call of the subject's session fail with
// reauth_required until they sign in again; signing out still works.
func TestAlertReauthAction(t *testing.T) {
	m := newMatrix(t)
	m.setRule(t, detect.RuleDeniedBurst, func(r *model.AlertRule) { r.Threshold, r.Action = 2, model.RuleActionReauth })
	provoke := func() {
		m.signInAs(t, "sales_rep", rolePassword)
		for i := 0; i < 2; i++ {
			if _, err := m.users.List(); !apperr.Is(err, apperr.CodeForbidden) {
				t.Fatalf("users.List as a rep: %v", err)
			}
		}
		m.core.FlushAlertsForTest()
	}
	provoke()
	for name, call := range map[string]func() error{
		"Me":          func() error { _, err := m.sessions.Me(); return err },
		"Records.Get": func() error { _, err := m.records.Get("contacts", "x"); return err },
	} {
		if err := call(); !apperr.Is(err, apperr.CodeReauthRequired) {
			t.Fatalf("%s while re-authentication is due: %v", name, err)
		}
	}
	if _, err := m.sessions.SignIn(model.SignInRequest{Username: "sales_rep", Password: rolePassword}); err != nil {
		t.Fatal(err)
	}
	if _, err := m.sessions.Me(); err != nil {
		t.Fatalf("after signing in again: %v", err)
	}
	m.clock.Advance(11 * time.Minute) // a new window: a new alert, acted on again
	provoke()
	if err := m.sessions.SignOut(); err != nil {
		t.Fatalf("sign-out while re-authentication is due: %v", err)
	}
	if got := m.alertsOf(t, detect.RuleDeniedBurst); len(got) != 2 || !strings.Contains(got[0].ActionTaken, "Asked sales_rep") {
		t.Fatalf("alerts %+v", got)
	}
}

// tee records event payloads beside the fixture's emitter.
type tee struct {
	service.Emitter
	mu      sync.Mutex
	payload []any
}

func (e *tee) Emit(name string, data ...any) {
	e.mu.Lock()
	if name == service.EventAlertNew {
		e.payload = append(e.payload, data...)
	}
	e.mu.Unlock()
	e.Emitter.Emit(name, data...)
}

func count(list []string, s string) int {
	n := 0
	for _, x := range list {
		if x == s {
			n++
		}
	}
	return n
}

// alerts:new reaches only a session holding alerts.manage, with the
// alert's id, severity, title and rule name.
func TestAlertEventsOnlyForAlertManagers(t *testing.T) {
	m := newMatrix(t)
	// the fixture's clock may be off-hours here: only the rules under test
	m.setRule(t, detect.RuleOffHoursAdmin, func(r *model.AlertRule) { r.Enabled = false })
	m.core.FlushAlertsForTest()
	// the rule change is itself a critical change: a new window for the next one
	m.clock.Advance(11 * time.Minute)
	rec := &tee{Emitter: m.em}
	m.core.SetEmitter(rec)
	before := count(m.em.Names(), service.EventAlertNew)
	if _, err := m.roles.Create(model.RoleInput{Name: "Auditors", CopyFrom: "support_agent"}); err != nil {
		t.Fatal(err)
	}
	m.core.FlushAlertsForTest()
	if n := count(m.em.Names(), service.EventAlertNew) - before; n != 1 || len(rec.payload) != 1 {
		t.Fatalf("administrator got %d alerts:new, payloads %v", n, rec.payload)
	}
	ev, ok := rec.payload[0].(service.AlertEvent)
	if !ok || ev.ID == "" || ev.Severity != model.SeverityHigh || ev.RuleName != detect.RuleName(detect.RuleCriticalChange) || !strings.Contains(ev.Title, "Auditors") {
		t.Fatalf("payload %#v", rec.payload[0])
	}
	m.signInAs(t, "sales_rep", rolePassword)
	for i := 0; i < 5; i++ {
		_, _ = m.users.List()
	}
	m.core.FlushAlertsForTest()
	if n := count(m.em.Names(), service.EventAlertNew) - before; n != 1 {
		t.Fatalf("a rep's session got alerts:new (%d events)", n)
	}
	if got := m.alertsOf(t, detect.RuleDeniedBurst); len(got) != 1 || got[0].SubjectName != "sales_rep" {
		t.Fatalf("the rep's refusals raised %+v", got)
	}
}
