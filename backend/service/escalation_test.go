package service_test

import (
	"testing"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/crypto"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/service"
)

// peopleLead makes a custom role (Sales Manager + users.manage + roles.manage)
// and gives it to the sales_manager user, who then signs in.
func peopleLead(t *testing.T, m *matrix) map[string]string {
	t.Helper()
	m.signInAs(t, "admin", "admin password 1")
	r, err := m.roles.Create(model.RoleInput{Name: "People Lead", CopyFrom: rbac.RoleSalesManager})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.roles.SetPermissions(model.RolePermissions{RoleID: r.ID, Grants: r.Grants,
		Advanced: append(r.Advanced, "users.manage", "roles.manage")}); err != nil {
		t.Fatal(err)
	}
	users, _ := m.users.List()
	ids := map[string]string{}
	for _, u := range users {
		ids[u.Username] = u.ID
	}
	if _, err := m.users.Update(model.UserUpdate{ID: ids["sales_manager"], RoleID: &r.ID}); err != nil {
		t.Fatal(err)
	}
	ids["peopleLeadRole"] = r.ID
	m.signInAs(t, "sales_manager", "their own password 1")
	return ids
}

// A user manager cannot take over an account more powerful than their own,
// nor widen their own reach.
func TestNoTakeoverOfStrongerAccounts(t *testing.T) {
	m := newMatrix(t)
	ids := peopleLead(t, m)
	team, err := m.teams.Create("West")
	if err != nil {
		t.Fatal(err)
	}
	sup := rbac.RoleSupportAgent
	tests := []struct {
		name string
		do   func() error
	}{
		{"reset the admin's password", func() error { return m.users.ResetPassword(m.adminID, "taken over password") }},
		{"disable the admin", func() error { _, err := m.users.SetDisabled(m.adminID, true); return err }},
		{"delete the admin", func() error { return m.users.Delete(m.adminID) }},
		{"demote the admin", func() error { _, err := m.users.Update(model.UserUpdate{ID: m.adminID, RoleID: &sup}); return err }},
		{"rename the admin", func() error {
			n := "x"
			_, err := m.users.Update(model.UserUpdate{ID: m.adminID, DisplayName: &n})
			return err
		}},
		{"join another team", func() error {
			teams := []string{team.ID}
			_, err := m.users.Update(model.UserUpdate{ID: ids["sales_manager"], TeamIDs: &teams})
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.do(); !apperr.Is(err, apperr.CodeForbidden) {
				t.Fatalf("got %v, want forbidden", err)
			}
		})
	}
	// what the lead does hold stays possible
	if err := m.users.ResetPassword(ids["sales_rep"], "a temporary password"); err != nil {
		t.Fatalf("resetting a weaker account: %v", err)
	}
}

// Holding users.manage and roles.manage is not "Administrator": a custom role
// with only those cannot remove the last full Administrator.
func TestLastAdministratorMeansFullGrants(t *testing.T) {
	m := newMatrix(t)
	m.signInAs(t, "admin", "admin password 1")
	r, err := m.roles.Create(model.RoleInput{Name: "Ops"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.roles.SetPermissions(model.RolePermissions{RoleID: r.ID, Advanced: []string{"users.manage", "roles.manage"}}); err != nil {
		t.Fatal(err)
	}
	// promote the Ops user to Administrator, then try to make the admin Ops
	users, _ := m.users.List()
	for _, u := range users {
		if u.Username == "sales_rep" {
			if _, err := m.users.Update(model.UserUpdate{ID: u.ID, RoleID: &r.ID}); err != nil {
				t.Fatal(err)
			}
		}
	}
	m.signInAs(t, "sales_rep", "their own password 1")
	if _, err := m.users.Update(model.UserUpdate{ID: m.adminID, RoleID: &r.ID}); !apperr.Is(err, apperr.CodeForbidden) {
		t.Fatalf("an Ops user demoted the Administrator: %v", err)
	}
}

// Status is polled by the page: it must not keep an idle session alive.
func TestStatusDoesNotKeepSessionsAlive(t *testing.T) {
	m := newMatrix(t)
	m.signInAs(t, "sales_rep", "their own password 1")
	for i := 0; i < 3; i++ {
		m.clock.Advance(6 * time.Minute)
		if _, err := m.ws.Status(); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := m.sessions.Me(); !apperr.Is(err, apperr.CodeUnauthenticated) {
		t.Fatalf("18 idle minutes of Status polling kept the session: %v", err)
	}
}

// An open session is no unlimited password oracle.
func TestChangePasswordGuessesLockTheAccount(t *testing.T) {
	m := newMatrix(t)
	m.signInAs(t, "sales_rep", "their own password 1")
	var err error
	for i := 0; i < 5; i++ {
		err = m.sessions.ChangePassword("guess number "+string(rune('a'+i)), "a new password 123")
	}
	if !apperr.Is(err, apperr.CodeLocked) {
		t.Fatalf("fifth wrong guess: %v", err)
	}
	if _, err := m.sessions.Me(); !apperr.Is(err, apperr.CodeUnauthenticated) {
		t.Fatalf("the session survived the lockout: %v", err)
	}
}

// Unknown names are counted in the workspace, so a restart does not tell
// them apart from real ones.
func TestUnknownNamesLockAcrossRestarts(t *testing.T) {
	m := newMatrix(t)
	_ = m.sessions.SignOut()
	results := map[string]apperr.Code{}
	for _, name := range []string{"sales_rep", "nobody_here"} {
		for i := 0; i < 5; i++ {
			core := service.NewCore(service.Config{Dir: m.dir, Keychain: crypto.WithTimeout(m.kc, time.Second), Now: m.clock.Now})
			ws, sess := service.NewWorkspaceService(core), service.NewSessionService(core)
			if _, err := ws.UnlockPassphrase(pass); err != nil {
				t.Fatal(err)
			}
			_, err := sess.SignIn(model.SignInRequest{Username: name, Password: "wrong password " + string(rune('a'+i))})
			results[name] = apperr.CodeOf(err)
			_ = core.Shutdown()
		}
	}
	if results["sales_rep"] != apperr.CodeLocked || results["nobody_here"] != apperr.CodeLocked {
		t.Fatalf("after five failures over five restarts: %v", results)
	}
}
