package service_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/detect"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/service"
	"fieldvault/backend/store"
)

// addUser creates user name with role as the administrator and has them
// choose their own password (rolePassword).
func (m *matrix) addUser(t *testing.T, name, roleID string) {
	t.Helper()
	m.signInAs(t, "admin", adminPassword)
	if _, err := m.users.Create(model.NewUser{Username: name, RoleID: roleID, Password: "initial password 1"}); err != nil {
		t.Fatal(err)
	}
	m.signInAs(t, name, "initial password 1")
	if err := m.sessions.ChangePassword("initial password 1", rolePassword); err != nil {
		t.Fatal(err)
	}
}

// auditedDenial counts refused attempts of action.
func auditedDenial(t *testing.T, m *matrix, action string) int {
	t.Helper()
	var n int
	err := m.core.StoreForTest().Reader().QueryRowContext(context.Background(),
		`SELECT count(*) FROM audit_log WHERE action = ? AND outcome = 'denied'`, action).Scan(&n)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// H4: alerts.manage alone may tune rules but not make one lock accounts:
// that needs users.manage too (refused and audited otherwise).
func TestLockRuleNeedsUsersManage(t *testing.T) {
	m := newMatrix(t)
	m.signInAs(t, "admin", adminPassword)
	role, err := m.roles.Create(model.RoleInput{Name: "Alert desk", CopyFrom: rbac.RoleSupportAgent})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.roles.SetPermissions(model.RolePermissions{RoleID: role.ID, Grants: role.Grants,
		Advanced: append(role.Advanced, string(rbac.PermAlertsManage))}); err != nil {
		t.Fatal(err)
	}
	m.addUser(t, "desk", role.ID)
	rules, err := m.alerts.Rules()
	if err != nil {
		t.Fatal(err)
	}
	r := ruleByID(rules, detect.RuleOffHoursAdmin)
	r.Action, r.Hours = model.RuleActionLock, []model.RoleHours{{From: 0, To: 1}} // "admins are never in hours"
	if _, err := m.alerts.SaveRule(r); !apperr.Is(err, apperr.CodeForbidden) {
		t.Fatalf("lock rule saved without users.manage: %v", err)
	}
	if n := auditedDenial(t, m, "alert.rule.update"); n != 1 {
		t.Fatalf("%d audited refusals", n)
	}
	if got, _ := m.alerts.Rules(); ruleByID(got, r.ID).Action != model.RuleActionAlert {
		t.Fatalf("stored anyway: %+v", ruleByID(got, r.ID))
	}
	r.Action = model.RuleActionReauth
	if _, err := m.alerts.SaveRule(r); err != nil {
		t.Fatalf("other settings: %v", err)
	}
	m.signInAs(t, "admin", adminPassword)
	r.Action = model.RuleActionLock
	if _, err := m.alerts.SaveRule(r); err != nil {
		t.Fatalf("an administrator: %v", err)
	}
}

func ruleByID(list []model.AlertRule, id string) model.AlertRule {
	for _, r := range list {
		if r.ID == id {
			return r
		}
	}
	return model.AlertRule{}
}

// M2: nobody handles an alert about themselves (refused and audited);
// another alert manager does.
func TestAlertAboutYourselfIsForbidden(t *testing.T) {
	m := newMatrix(t)
	m.addUser(t, "admin2", rbac.RoleAdministrator)
	m.core.FlushAlertsForTest()
	m.clock.Advance(11 * time.Minute) // past the window of admin2's creation
	m.signInAs(t, "admin", adminPassword)
	if _, err := m.roles.Create(model.RoleInput{Name: "Auditors", CopyFrom: rbac.RoleSupportAgent}); err != nil {
		t.Fatal(err)
	}
	var mine model.Alert
	for _, a := range m.alertsOf(t, detect.RuleCriticalChange) {
		if strings.Contains(a.Title, "Auditors") {
			mine = a
		}
	}
	if mine.SubjectName != "admin" {
		t.Fatalf("no critical-change alert about admin: %+v", mine)
	}
	for _, status := range []string{model.AlertAcknowledged, model.AlertResolved} {
		if _, err := m.alerts.Transition(model.AlertTransition{ID: mine.ID, Status: status, Comment: "Fine."}); !apperr.Is(err, apperr.CodeForbidden) {
			t.Fatalf("%s an alert about oneself: %v", status, err)
		}
	}
	if n := auditedDenial(t, m, "alert.transition"); n != 2 {
		t.Fatalf("%d audited refusals", n)
	}
	m.signInAs(t, "admin2", rolePassword)
	if a, err := m.alerts.Transition(model.AlertTransition{ID: mine.ID, Status: model.AlertResolved, Comment: "Expected."}); err != nil || a.Status != model.AlertResolved {
		t.Fatalf("another administrator: %+v %v", a, err)
	}
}

// M2: turning a rule off through SaveRule is a critical change, reported
// by the critical-change rule even when that is the rule turned off.
func TestDisablingRulesIsReported(t *testing.T) {
	m := newMatrix(t)
	m.signInAs(t, "admin", adminPassword)
	m.core.FlushAlertsForTest()
	m.clock.Advance(11 * time.Minute)
	m.setRule(t, detect.RuleCriticalChange, func(r *model.AlertRule) { r.Enabled = false })
	got := m.alertsOf(t, detect.RuleCriticalChange)
	if len(got) != 1 || !strings.Contains(got[0].Title, "Alert rule changed") || got[0].SubjectName != "admin" {
		t.Fatalf("alerts %+v", got)
	}
}

// M4: a session that must re-enter its password gets no alerts:new (nor
// does a disabled user); once it has signed in again it does.
func TestNoAlertEventsWhileReauthIsDue(t *testing.T) {
	m := newMatrix(t)
	m.setRule(t, detect.RuleDeniedBurst, func(r *model.AlertRule) { r.Threshold, r.Action = 2, model.RuleActionReauth })
	m.core.FlushAlertsForTest()
	m.clock.Advance(11 * time.Minute)
	rec := &tee{Emitter: m.em}
	m.core.SetEmitter(rec)
	m.signInAs(t, "admin", adminPassword)
	for i := 0; i < 2; i++ { // refused: nobody disables themselves
		if _, err := m.users.SetDisabled(m.userID(t, "admin"), true); !apperr.Is(err, apperr.CodeForbidden) {
			t.Fatalf("disabling oneself: %v", err)
		}
	}
	m.core.FlushAlertsForTest()
	if _, err := m.sessions.Me(); !apperr.Is(err, apperr.CodeReauthRequired) {
		t.Fatalf("Me: %v", err)
	}
	if len(rec.payload) != 0 {
		t.Fatalf("alerts:new sent to a session that must re-enter its password: %v", rec.payload)
	}
	if _, err := m.sessions.SignIn(model.SignInRequest{Username: "admin", Password: adminPassword}); err != nil {
		t.Fatal(err)
	}
	if _, err := m.roles.Create(model.RoleInput{Name: "Auditors", CopyFrom: rbac.RoleSupportAgent}); err != nil {
		t.Fatal(err)
	}
	m.core.FlushAlertsForTest()
	if len(rec.payload) != 1 {
		t.Fatalf("after signing in again: %d alerts:new", len(rec.payload))
	}
}

func TestNoAlertEventsForADisabledUser(t *testing.T) {
	m := newMatrix(t)
	m.addUser(t, "admin2", rbac.RoleAdministrator)
	m.setRule(t, detect.RuleDeniedBurst, func(r *model.AlertRule) { r.Threshold, r.Action = 2, model.RuleActionLock })
	m.core.FlushAlertsForTest()
	m.clock.Advance(11 * time.Minute)
	rec := &tee{Emitter: m.em}
	m.core.SetEmitter(rec)
	m.signInAs(t, "admin2", rolePassword)
	for i := 0; i < 2; i++ {
		_, _ = m.users.SetDisabled(m.userID(t, "admin2"), true)
	}
	m.core.FlushAlertsForTest()
	if _, err := m.sessions.Me(); !apperr.Is(err, apperr.CodeUnauthenticated) {
		t.Fatalf("the locked administrator's session goes on: %v", err)
	}
	if len(rec.payload) != 0 {
		t.Fatalf("alerts:new sent to a user the alert disabled: %v", rec.payload)
	}
}

// L1: signing in starts the alert watcher outside its write transaction
// (restarting the watcher waits for it, and it may be writing).
func TestSignInStartsTheWatcherOutsideItsTransaction(t *testing.T) {
	m := newMatrix(t)
	var inTx []string
	service.SetWatchHookForTest(func(st *store.Store) {
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		defer cancel()
		if err := st.Write(ctx, func(*store.Tx) error { return nil }); err != nil {
			inTx = append(inTx, err.Error())
		}
	})
	t.Cleanup(func() { service.SetWatchHookForTest(nil) })
	m.signInAs(t, "sales_rep", rolePassword)
	if len(inTx) > 0 {
		t.Fatalf("the watcher was started with the writer busy: %v", inTx)
	}
}

// M4 (jobs): what a job that runs outside Core.mu checks before each batch:
// the same session, not asked for its password again, its user enabled.
func TestSessionGoneForJobs(t *testing.T) {
	m := newMatrix(t)
	m.setRule(t, detect.RuleDeniedBurst, func(r *model.AlertRule) { r.Threshold, r.Action = 2, model.RuleActionReauth })
	m.signInAs(t, "sales_rep", rolePassword)
	hash := m.core.SessionHashForTest()
	if err := m.core.SessionGoneForTest(hash); err != nil {
		t.Fatalf("an open session: %v", err)
	}
	for i := 0; i < 2; i++ {
		_, _ = m.users.List()
	}
	m.core.FlushAlertsForTest()
	if err := m.core.SessionGoneForTest(hash); !apperr.Is(err, apperr.CodeReauthRequired) {
		t.Fatalf("while re-authentication is due: %v", err)
	}
	if _, err := m.sessions.SignIn(model.SignInRequest{Username: "sales_rep", Password: rolePassword}); err != nil {
		t.Fatal(err)
	}
	if err := m.core.SessionGoneForTest(hash); !apperr.Is(err, apperr.CodeUnauthenticated) {
		t.Fatalf("the session before signing in again: %v", err)
	}
	hash = m.core.SessionHashForTest()
	if err := m.core.SessionGoneForTest(hash); err != nil {
		t.Fatalf("the new session: %v", err)
	}
	err := m.core.StoreForTest().Write(context.Background(), func(tx *store.Tx) error {
		return store.SetUserDisabled(context.Background(), tx, m.core.UserIDForTest(), true, m.clock.Now())
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := m.core.SessionGoneForTest(hash); !apperr.Is(err, apperr.CodeUnauthenticated) {
		t.Fatalf("a disabled user: %v", err)
	}
}
