package service_test

import (
	"context"
	"reflect"
	"sort"
	"strings"
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/service"
)

// access says who may call a bound method.
const (
	public   = "public"   // anyone, even signed out
	signedIn = "signedIn" // any signed-in user
	// adminOnly: rbac.IsAdministrator; "scope:<entity>.<action>": some scope.
	adminOnly = "administrator"
)

type matrix struct {
	fixture
	ws       *service.WorkspaceService
	sessions *service.SessionService
	users    *service.UserService
	roles    *service.RoleService
	teams    *service.TeamService
	access   *service.AccessService
	settings *service.SettingsService
	audit    *service.AuditService
	records  *service.RecordService
	search   *service.SearchService
	pipeline *service.PipelineService
	leads    *service.LeadService
	views    *service.ViewService
	alerts   *service.AlertService
	adminID  string
}

// methodCases lists every bound method with what it requires and a call that
// gets past the permission check without changing anything that matters to
// the other cases (unknown ids, invalid input).
func methodCases() map[string]struct {
	need string
	call func(m *matrix) error
} {
	type c = struct {
		need string
		call func(m *matrix) error
	}
	bad := "no-such-id"
	cases := map[string]c{
		"WorkspaceService.Status":                 {public, func(m *matrix) error { _, err := m.ws.Status(); return err }},
		"WorkspaceService.ProbeKeychain":          {public, func(m *matrix) error { _, err := m.ws.ProbeKeychain(); return err }},
		"WorkspaceService.Create":                 {public, func(m *matrix) error { _, err := m.ws.Create(model.CreateWorkspaceRequest{}); return err }},
		"WorkspaceService.UnlockKeychain":         {public, func(m *matrix) error { _, err := m.ws.UnlockKeychain(); return err }},
		"WorkspaceService.UnlockPassphrase":       {public, func(m *matrix) error { _, err := m.ws.UnlockPassphrase("x"); return err }},
		"WorkspaceService.UnlockRecovery":         {public, func(m *matrix) error { _, err := m.ws.UnlockRecovery("x"); return err }},
		"WorkspaceService.Lock":                   {public, nil}, // exercised by the flow tests: it ends everything
		"WorkspaceService.AcknowledgeRecoveryKey": {string(rbac.PermSettingsManage), func(m *matrix) error { return m.ws.AcknowledgeRecoveryKey() }},
		"WorkspaceService.ChangePassphrase":       {string(rbac.PermSettingsManage), func(m *matrix) error { return m.ws.ChangePassphrase("", "short") }},
		"WorkspaceService.SetKeychainUnlock":      {string(rbac.PermSettingsManage), func(m *matrix) error { _, err := m.ws.SetKeychainUnlock(true); return err }},
		"WorkspaceService.RotateKeychainKey":      {string(rbac.PermSettingsManage), func(m *matrix) error { return m.ws.RotateKeychainKey() }},
		"SessionService.SignIn":                   {public, nil}, // the fixture signs in and out through it
		"SessionService.SignOut":                  {signedIn, nil},
		"SessionService.AutoLock":                 {signedIn, nil},
		"SessionService.Heartbeat":                {signedIn, func(m *matrix) error { _, err := m.sessions.Heartbeat(); return err }},
		"SessionService.Me":                       {signedIn, func(m *matrix) error { _, err := m.sessions.Me(); return err }},
		"SessionService.ChangePassword":           {signedIn, func(m *matrix) error { return m.sessions.ChangePassword("wrong", "x") }},
		"UserService.List":                        {string(rbac.PermUsersManage), func(m *matrix) error { _, err := m.users.List(); return err }},
		"UserService.Create":                      {string(rbac.PermUsersManage), func(m *matrix) error { _, err := m.users.Create(model.NewUser{}); return err }},
		"UserService.Update":                      {string(rbac.PermUsersManage), func(m *matrix) error { _, err := m.users.Update(model.UserUpdate{ID: bad}); return err }},
		"UserService.SetDisabled":                 {string(rbac.PermUsersManage), func(m *matrix) error { _, err := m.users.SetDisabled(bad, true); return err }},
		"UserService.ResetPassword":               {string(rbac.PermUsersManage), func(m *matrix) error { return m.users.ResetPassword(bad, "x") }},
		"UserService.Delete":                      {string(rbac.PermUsersManage), func(m *matrix) error { return m.users.Delete(bad) }},
		"RoleService.Catalog":                     {"roles.manage|users.manage", func(m *matrix) error { _, err := m.roles.Catalog(); return err }},
		"RoleService.List":                        {"roles.manage|users.manage", func(m *matrix) error { _, err := m.roles.List(); return err }},
		"RoleService.Create":                      {string(rbac.PermRolesManage), func(m *matrix) error { _, err := m.roles.Create(model.RoleInput{}); return err }},
		"RoleService.Rename":                      {string(rbac.PermRolesManage), func(m *matrix) error { _, err := m.roles.Rename(bad, "x", ""); return err }},
		"RoleService.SetPermissions": {string(rbac.PermRolesManage), func(m *matrix) error {
			_, err := m.roles.SetPermissions(model.RolePermissions{RoleID: bad})
			return err
		}},
		"RoleService.Delete":             {string(rbac.PermRolesManage), func(m *matrix) error { return m.roles.Delete(bad) }},
		"TeamService.List":               {signedIn, func(m *matrix) error { _, err := m.teams.List(); return err }},
		"TeamService.Create":             {string(rbac.PermUsersManage), func(m *matrix) error { _, err := m.teams.Create(""); return err }},
		"TeamService.Rename":             {string(rbac.PermUsersManage), func(m *matrix) error { _, err := m.teams.Rename(bad, "x"); return err }},
		"TeamService.Delete":             {string(rbac.PermUsersManage), func(m *matrix) error { return m.teams.Delete(bad) }},
		"AccessService.Effective":        {"users.manage|roles.manage", func(m *matrix) error { _, err := m.access.Effective(m.adminID); return err }},
		"SettingsService.Security":       {string(rbac.PermSettingsManage), func(m *matrix) error { _, err := m.settings.Security(); return err }},
		"SettingsService.UpdateSecurity": {string(rbac.PermSettingsManage), func(m *matrix) error { _, err := m.settings.UpdateSecurity(model.SecuritySettings{}); return err }},
		"AuditService.Verify":            {string(rbac.PermAuditView), func(m *matrix) error { _, err := m.audit.Verify(); return err }},
		// Entity-scoped methods use an entity every built-in role holds the
		// scope for; record_service_test.go asserts the scopes themselves.
		"RecordService.Schema": {signedIn, func(m *matrix) error { _, err := m.records.Schema(); return err }},
		"RecordService.List":   {signedIn, func(m *matrix) error { _, err := m.records.List(model.ListQuery{Entity: "contacts"}); return err }},
		"RecordService.Get":    {signedIn, func(m *matrix) error { _, err := m.records.Get("contacts", bad); return err }},
		"RecordService.Create": {signedIn, func(m *matrix) error { _, err := m.records.Create(model.RecordInput{Entity: "contacts"}); return err }},
		"RecordService.Update": {signedIn, func(m *matrix) error {
			_, err := m.records.Update(model.RecordInput{Entity: "contacts", ID: bad})
			return err
		}},
		"RecordService.Delete":  {signedIn, func(m *matrix) error { return m.records.Delete("activities", bad) }},
		"RecordService.Restore": {signedIn, func(m *matrix) error { _, err := m.records.Restore("activities", bad); return err }},
		"RecordService.Purge":   {adminOnly, func(m *matrix) error { return m.records.Purge("activities", bad) }},
		"RecordService.Bulk": {signedIn, func(m *matrix) error {
			_, err := m.records.Bulk(model.BulkRequest{Entity: "activities", Action: model.BulkDelete, IDs: []string{bad}})
			return err
		}},
		"RecordService.Timeline": {signedIn, func(m *matrix) error { _, err := m.records.Timeline("contacts", bad); return err }},
		"RecordService.Lookup":   {signedIn, func(m *matrix) error { _, err := m.records.Lookup("contacts", "a", 5); return err }},
		"SearchService.Search":   {signedIn, func(m *matrix) error { _, err := m.search.Search("acme", 10); return err }},
		"PipelineService.Stages": {signedIn, func(m *matrix) error { _, err := m.pipeline.Stages(); return err }},
		"PipelineService.SaveStages": {string(rbac.PermSettingsManage), func(m *matrix) error {
			_, err := m.pipeline.SaveStages(nil)
			return err
		}},
		"LeadService.Convert": {"scope:leads.update", func(m *matrix) error {
			_, err := m.leads.Convert(model.ConvertLeadRequest{LeadID: bad})
			return err
		}},
		"ViewService.List":   {signedIn, func(m *matrix) error { _, err := m.views.List("contacts"); return err }},
		"ViewService.Save":   {signedIn, func(m *matrix) error { _, err := m.views.Save(model.SavedView{Entity: "contacts"}); return err }},
		"ViewService.Delete": {signedIn, func(m *matrix) error { return m.views.Delete(bad) }},
	}
	for _, more := range []map[string]c{auditViewCases(), alertCases(), privacyCases(), archiveCases(), reportCases(), dashboardCases(), scheduleCases(), importCases()} {
		for k, v := range more {
			cases[k] = v
		}
	}
	return cases
}

// Every exported method of every bound service must be in the table.
func TestMatrixCoversEveryBoundMethod(t *testing.T) {
	cases := methodCases()
	var missing []string
	for _, svc := range service.Bindings(service.NewCore(service.Config{Dir: t.TempDir()})) {
		typ := reflect.TypeOf(svc)
		for i := 0; i < typ.NumMethod(); i++ {
			name := typ.Elem().Name() + "." + typ.Method(i).Name
			if _, ok := cases[name]; !ok {
				missing = append(missing, name)
			}
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Fatalf("bound methods missing from the permission matrix: %s", strings.Join(missing, ", "))
	}
}

func newMatrix(t *testing.T) *matrix {
	f := newFixture(t)
	m := &matrix{fixture: f}
	for _, b := range service.Bindings(f.core) {
		switch s := b.(type) {
		case *service.WorkspaceService:
			m.ws = s
		case *service.SessionService:
			m.sessions = s
		case *service.UserService:
			m.users = s
		case *service.RoleService:
			m.roles = s
		case *service.TeamService:
			m.teams = s
		case *service.AccessService:
			m.access = s
		case *service.SettingsService:
			m.settings = s
		case *service.AuditService:
			m.audit = s
		case *service.AlertService:
			m.alerts = s
		case *service.RecordService:
			m.records = s
		case *service.SearchService:
			m.search = s
		case *service.PipelineService:
			m.pipeline = s
		case *service.LeadService:
			m.leads = s
		case *service.ViewService:
			m.views = s
		}
	}
	res, err := m.ws.Create(model.CreateWorkspaceRequest{Name: "Acme", Unlock: model.UnlockPassphrase, Passphrase: pass,
		AdminUsername: "admin", AdminPassword: "admin password 1"})
	if err != nil {
		t.Fatal(err)
	}
	m.adminID = res.Status.SignedIn.User.ID
	// one user per built-in role, past their first password change
	for _, r := range rbac.DefaultRoles() {
		if r.ID == rbac.RoleAdministrator {
			continue
		}
		if _, err := m.users.Create(model.NewUser{Username: r.ID, RoleID: r.ID, Password: "initial password 1"}); err != nil {
			t.Fatalf("create %s: %v", r.ID, err)
		}
	}
	for _, r := range rbac.DefaultRoles() {
		if r.ID == rbac.RoleAdministrator {
			continue
		}
		m.signInAs(t, r.ID, "initial password 1")
		if err := m.sessions.ChangePassword("initial password 1", "their own password 1"); err != nil {
			t.Fatalf("%s: %v", r.ID, err)
		}
	}
	return m
}

func (m *matrix) signInAs(t *testing.T, user, password string) {
	t.Helper()
	_ = m.sessions.SignOut()
	if _, err := m.sessions.SignIn(model.SignInRequest{Username: user, Password: password}); err != nil {
		t.Fatalf("sign in as %s: %v", user, err)
	}
}

func (m *matrix) deniedCount(t *testing.T) int {
	t.Helper()
	var n int
	err := m.core.StoreForTest().Reader().QueryRowContext(context.Background(),
		`SELECT count(*) FROM audit_log WHERE outcome = 'denied'`).Scan(&n)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func allowedFor(need string, g rbac.Grants) bool {
	switch need {
	case public, signedIn:
		return true
	case adminOnly:
		return rbac.IsAdministrator(g)
	}
	if scope, ok := strings.CutPrefix(need, "scope:"); ok {
		e, a, _ := strings.Cut(scope, ".")
		return g.Scope(rbac.Entity(e), rbac.Action(a)) != rbac.ScopeNone
	}
	if strings.Contains(need, "+") { // every one of them
		for _, p := range strings.Split(need, "+") {
			if !g.Has(rbac.Perm(p)) {
				return false
			}
		}
		return true
	}
	for _, p := range strings.Split(need, "|") {
		if g.Has(rbac.Perm(p)) {
			return true
		}
	}
	return false
}

// Every bound method × each built-in role (and signed out): allowed or
// forbidden exactly as the permission matrix says, and every refusal is
// audited.
func TestPermissionMatrix(t *testing.T) {
	m := newMatrix(t)
	cases := methodCases()
	names := make([]string, 0, len(cases))
	for n := range cases {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, role := range rbac.DefaultRoles() {
		user, password := role.ID, "their own password 1"
		if role.ID == rbac.RoleAdministrator {
			user, password = "admin", "admin password 1"
		}
		t.Run(role.ID, func(t *testing.T) {
			m.signInAs(t, user, password)
			for _, name := range names {
				c := cases[name]
				if c.call == nil || c.need == public {
					continue
				}
				before := m.deniedCount(t)
				err := c.call(m)
				forbidden := apperr.Is(err, apperr.CodeForbidden)
				if want := !allowedFor(c.need, role.Grants); forbidden != want {
					t.Errorf("%s as %s: err = %v, want forbidden=%v", name, role.ID, err, want)
					continue
				}
				if apperr.Is(err, apperr.CodeUnauthenticated) || apperr.Is(err, apperr.CodeLocked) {
					t.Errorf("%s as %s lost the session: %v", name, role.ID, err)
				}
				if after := m.deniedCount(t); forbidden && after != before+1 {
					t.Errorf("%s as %s: refusal wrote %d audit entries, want 1", name, role.ID, after-before)
				}
			}
		})
	}
	t.Run("signed out", func(t *testing.T) {
		_ = m.sessions.SignOut()
		for _, name := range names {
			c := cases[name]
			if c.call == nil || c.need == public {
				continue
			}
			if err := c.call(m); !apperr.Is(err, apperr.CodeUnauthenticated) {
				t.Errorf("%s signed out: err = %v, want unauthenticated", name, err)
			}
		}
	})
}
