package service_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/service"
)

func auditActions(t *testing.T, m *matrix) []string {
	t.Helper()
	rows, err := m.core.StoreForTest().Reader().QueryContext(context.Background(), `SELECT action || ':' || outcome FROM audit_log ORDER BY seq`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		_ = rows.Scan(&s)
		out = append(out, s)
	}
	return out
}

func countAction(list []string, action string) int {
	n := 0
	for _, a := range list {
		if a == action {
			n++
		}
	}
	return n
}

// Five failures lock the account with a growing delay; unknown names get the
// same answers, so nobody learns which names exist.
func TestLockoutAndNoEnumeration(t *testing.T) {
	m := newMatrix(t)
	_ = m.sessions.SignOut()
	for _, name := range []string{"sales_rep", "nobody_here"} {
		t.Run(name, func(t *testing.T) {
			var msgs []string
			for i := 0; i < 5; i++ {
				_, err := m.sessions.SignIn(model.SignInRequest{Username: name, Password: "wrong password!"})
				msgs = append(msgs, string(apperr.CodeOf(err))+": "+err.Error())
			}
			for i := 0; i < 4; i++ {
				if msgs[i] != "unauthenticated: unauthenticated: Wrong user name or password." {
					t.Fatalf("failure %d: %s", i+1, msgs[i])
				}
			}
			if !strings.HasPrefix(msgs[4], "locked:") || !strings.Contains(msgs[4], "1 minute") {
				t.Fatalf("fifth failure: %s", msgs[4])
			}
			// even the right password is refused while locked
			_, err := m.sessions.SignIn(model.SignInRequest{Username: name, Password: "their own password 1"})
			if !apperr.Is(err, apperr.CodeLocked) {
				t.Fatalf("while locked: %v", err)
			}
			m.clock.Advance(61 * time.Second)
			for i := 0; i < 5; i++ {
				_, err = m.sessions.SignIn(model.SignInRequest{Username: name, Password: "wrong again!!"})
			}
			if !apperr.Is(err, apperr.CodeLocked) || !strings.Contains(err.Error(), "2 minutes") {
				t.Fatalf("second lockout should last longer: %v", err)
			}
			m.clock.Advance(3 * time.Minute)
		})
	}
	if _, err := m.sessions.SignIn(model.SignInRequest{Username: "sales_rep", Password: "their own password 1"}); err != nil {
		t.Fatalf("after the lockout: %v", err)
	}
	acts := auditActions(t, m)
	// both names: two lockouts each, ten failures each — the unknown one indistinguishable
	if countAction(acts, "auth.lockout:denied") != 4 || countAction(acts, "auth.login.failed:failed") < 20 {
		t.Fatalf("sign-in failures not audited: %v", acts[len(acts)-12:])
	}
}

// Similar timing: an unknown user costs a password check too.
func TestUnknownUserCostsAPasswordCheck(t *testing.T) {
	m := newMatrix(t)
	_ = m.sessions.SignOut()
	timeOf := func(name string) time.Duration {
		best := time.Hour
		for i := 0; i < 3; i++ {
			start := time.Now()
			_, _ = m.sessions.SignIn(model.SignInRequest{Username: name, Password: "wrong-" + string(rune('a'+i))})
			best = min(best, time.Since(start))
		}
		return best
	}
	known, unknown := timeOf("sales_manager"), timeOf("ghost_user")
	if unknown < known/3 {
		t.Fatalf("an unknown user answers much faster (%v vs %v): names can be enumerated", unknown, known)
	}
}

// A workspace without keychain opens with a user's sign-in; a password
// change rewraps the user's slot; disabling removes it.
func TestUserSlotFollowsPasswordAndDisable(t *testing.T) {
	m := newMatrix(t)
	lockAndSignIn := func(user, password string) error {
		if err := m.ws.Lock(); err != nil && !apperr.Is(err, apperr.CodeLocked) {
			t.Fatal(err)
		}
		_, err := m.sessions.SignIn(model.SignInRequest{Username: user, Password: password})
		return err
	}
	if err := lockAndSignIn("sales_rep", "their own password 1"); err != nil {
		t.Fatalf("sign-in on a locked workspace: %v", err)
	}
	if err := m.sessions.ChangePassword("their own password 1", "a brand new password"); err != nil {
		t.Fatal(err)
	}
	if err := lockAndSignIn("sales_rep", "their own password 1"); !apperr.Is(err, apperr.CodeUnauthenticated) {
		t.Fatalf("old password still unlocks: %v", err)
	}
	if err := lockAndSignIn("sales_rep", "a brand new password"); err != nil {
		t.Fatalf("new password: %v", err)
	}
	m.signInAs(t, "admin", "admin password 1")
	users, _ := m.users.List()
	for _, u := range users {
		if u.Username == "sales_rep" {
			if _, err := m.users.SetDisabled(u.ID, true); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := lockAndSignIn("sales_rep", "a brand new password"); !apperr.Is(err, apperr.CodeUnauthenticated) {
		t.Fatalf("a disabled user still unlocks the workspace: %v", err)
	}
}

func TestAdministratorRules(t *testing.T) {
	m := newMatrix(t)
	m.signInAs(t, "admin", "admin password 1")
	users, _ := m.users.List()
	ids := map[string]string{}
	for _, u := range users {
		ids[u.Username] = u.ID
	}
	admin := rbac.RoleAdministrator
	mgr := rbac.RoleSalesManager
	steps := []struct {
		name string
		do   func() error
		code apperr.Code
	}{
		{"own role", func() error { _, err := m.users.Update(model.UserUpdate{ID: m.adminID, RoleID: &mgr}); return err }, apperr.CodeForbidden},
		{"disable self", func() error { _, err := m.users.SetDisabled(m.adminID, true); return err }, apperr.CodeForbidden},
		{"Administrator role keeps everything", func() error {
			_, err := m.roles.SetPermissions(model.RolePermissions{RoleID: admin})
			return err
		}, apperr.CodeConflict},
		{"second admin", func() error {
			_, err := m.users.Update(model.UserUpdate{ID: ids["sales_manager"], RoleID: &admin})
			return err
		}, ""},
		{"demote the other admin: fine, one remains", func() error {
			_, err := m.users.Update(model.UserUpdate{ID: ids["sales_manager"], RoleID: &mgr})
			return err
		}, ""},
		{"built-in roles stay", func() error { return m.roles.Delete(rbac.RoleSalesRep) }, apperr.CodeConflict},
		{"custom role copy and delete", func() error {
			r, err := m.roles.Create(model.RoleInput{Name: "Field Auditor", CopyFrom: rbac.RoleSupportAgent})
			if err != nil {
				return err
			}
			return m.roles.Delete(r.ID)
		}, ""},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			err := s.do()
			if (s.code == "" && err != nil) || (s.code != "" && !apperr.Is(err, s.code)) {
				t.Fatalf("got %v, want %q", err, s.code)
			}
		})
	}
	// a manager holding users.manage cannot hand out the Administrator role
	r, err := m.roles.Create(model.RoleInput{Name: "People Lead", CopyFrom: rbac.RoleSalesManager})
	if err != nil {
		t.Fatal(err)
	}
	grants, adv := r.Grants, append(r.Advanced, "users.manage")
	if _, err := m.roles.SetPermissions(model.RolePermissions{RoleID: r.ID, Grants: grants, Advanced: adv}); err != nil {
		t.Fatal(err)
	}
	if _, err := m.users.Update(model.UserUpdate{ID: ids["sales_manager"], RoleID: &r.ID}); err != nil {
		t.Fatal(err)
	}
	m.signInAs(t, "sales_manager", "their own password 1")
	if _, err := m.users.Update(model.UserUpdate{ID: ids["sales_rep"], RoleID: &admin}); !apperr.Is(err, apperr.CodeForbidden) {
		t.Fatalf("granted more than held: %v", err)
	}
	if _, err := m.users.Update(model.UserUpdate{ID: ids["sales_rep"], RoleID: &mgr}); err != nil {
		t.Fatalf("granting what one holds: %v", err)
	}
}

// Permission changes apply to a signed-in user at their next call: the
// support agent stays signed in (one window) while the administrator changes
// the role elsewhere (another window on the same workspace).
func TestChangesApplyImmediately(t *testing.T) {
	m := newMatrix(t)
	m.signInAs(t, "support_agent", "their own password 1")
	if _, err := m.users.List(); !apperr.Is(err, apperr.CodeForbidden) {
		t.Fatalf("before: %v", err)
	}
	other := service.NewCore(service.Config{Dir: m.dir, Keychain: m.kc, Now: m.clock.Now})
	defer other.Shutdown()
	if _, err := service.NewWorkspaceService(other).UnlockPassphrase(pass); err != nil {
		t.Fatal(err)
	}
	if _, err := service.NewSessionService(other).SignIn(model.SignInRequest{Username: "admin", Password: "admin password 1"}); err != nil {
		t.Fatal(err)
	}
	roles := service.NewRoleService(other)
	list, _ := roles.List()
	for _, r := range list {
		if r.ID == rbac.RoleSupportAgent {
			if _, err := roles.SetPermissions(model.RolePermissions{RoleID: r.ID, Grants: r.Grants, Advanced: append(r.Advanced, "users.manage")}); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := m.users.List(); err != nil {
		t.Fatalf("the grant did not reach the signed-in user: %v", err)
	}
}

func TestIdleTimeoutSignsOut(t *testing.T) {
	m := newMatrix(t)
	m.signInAs(t, "sales_rep", "their own password 1")
	m.clock.Advance(14 * time.Minute)
	if _, err := m.sessions.Me(); err != nil {
		t.Fatalf("within the idle time: %v", err)
	}
	m.clock.Advance(16 * time.Minute)
	_, err := m.sessions.Me()
	if !apperr.Is(err, apperr.CodeUnauthenticated) || !strings.Contains(err.Error(), "15 minutes") {
		t.Fatalf("after 16 idle minutes: %v", err)
	}
	acts := auditActions(t, m)
	if countAction(acts, "auth.autolock:success") != 1 {
		t.Fatalf("auto-lock not audited")
	}
}
