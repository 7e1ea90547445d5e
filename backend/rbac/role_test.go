package rbac

import (
	"strings"
	"testing"

	"fieldvault/backend/apperr"
)

func TestDefaultRolesValidate(t *testing.T) {
	roles := DefaultRoles()
	wantIDs := []string{RoleAdministrator, RoleSalesManager, RoleSalesRep, RoleMarketingManager, RoleSupportAgent}
	if len(roles) != len(wantIDs) {
		t.Fatalf("got %d roles, want %d", len(roles), len(wantIDs))
	}
	for i, r := range roles {
		t.Run(r.ID, func(t *testing.T) {
			if r.ID != wantIDs[i] || !r.Builtin || r.Name == "" || r.Description == "" {
				t.Fatalf("bad role header %+v", r)
			}
			if err := r.Validate(); err != nil {
				t.Fatalf("validate: %v", err)
			}
			if got, want := IsAdministrator(r.Grants), r.ID == RoleAdministrator; got != want {
				t.Fatalf("IsAdministrator = %v, want %v", got, want)
			}
		})
	}
	roles[0].Grants.Advanced[PermUsersManage] = false
	if again, _ := DefaultRole(RoleAdministrator); !IsAdministrator(again.Grants) {
		t.Fatal("DefaultRoles returned shared maps")
	}
}

func TestDefaultRoleMatrix(t *testing.T) {
	type cell struct {
		e    Entity
		a    Action
		want Scope
	}
	type perm struct {
		p    Perm
		want bool
	}
	tests := []struct {
		role  string
		cells []cell
		perms []perm
	}{
		{RoleAdministrator,
			[]cell{{EntityDeals, ActionDelete, ScopeAll}, {EntityContacts, ActionRead, ScopeAll}, {EntityTasks, ActionCreate, ScopeAll}},
			[]perm{{PermUsersManage, true}, {PermRolesManage, true}, {PermSettingsManage, true}, {PermAuditView, true}, {PermAlertsManage, true}, {PermSensitiveView, true}}},
		{RoleSalesManager,
			[]cell{{EntityDeals, ActionRead, ScopeTeam}, {EntityDeals, ActionDelete, ScopeTeam}, {EntityLeads, ActionCreate, ScopeTeam}, {EntityContacts, ActionRead, ScopeTeam}},
			[]perm{{PermReportsManage, true}, {PermDashboardsManage, true}, {PermDataExport, true}, {PermDataImport, true}, {PermSensitiveView, true}, {PermAuditView, false}, {PermUsersManage, false}, {PermRolesManage, false}}},
		{RoleSalesRep,
			[]cell{{EntityDeals, ActionRead, ScopeTeam}, {EntityDeals, ActionCreate, ScopeOwn}, {EntityDeals, ActionUpdate, ScopeOwn}, {EntityDeals, ActionDelete, ScopeNone},
				{EntityContacts, ActionDelete, ScopeNone}, {EntityActivities, ActionDelete, ScopeOwn}, {EntityTasks, ActionDelete, ScopeOwn}, {EntityTasks, ActionRead, ScopeTeam}},
			[]perm{{PermReportsView, true}, {PermDashboardsView, true}, {PermReportsManage, false}, {PermDataExport, false}, {PermSensitiveView, false}}},
		{RoleMarketingManager,
			[]cell{{EntityLeads, ActionDelete, ScopeAll}, {EntityContacts, ActionRead, ScopeAll}, {EntityCompanies, ActionUpdate, ScopeAll},
				{EntityDeals, ActionRead, ScopeAll}, {EntityDeals, ActionUpdate, ScopeNone}, {EntityDeals, ActionCreate, ScopeNone}, {EntityDeals, ActionDelete, ScopeNone}},
			[]perm{{PermReportsManage, true}, {PermDashboardsManage, true}, {PermDataImport, true}, {PermDataExport, true}, {PermSensitiveView, false}, {PermUsersManage, false}}},
		{RoleSupportAgent,
			[]cell{{EntityContacts, ActionRead, ScopeAll}, {EntityCompanies, ActionRead, ScopeAll}, {EntityContacts, ActionUpdate, ScopeTeam}, {EntityContacts, ActionDelete, ScopeNone},
				{EntityActivities, ActionCreate, ScopeOwn}, {EntityTasks, ActionDelete, ScopeOwn}, {EntityLeads, ActionRead, ScopeNone}, {EntityDeals, ActionUpdate, ScopeNone}},
			[]perm{{PermSensitiveView, false}, {PermDataExport, false}, {PermReportsManage, false}, {PermDashboardsView, true}}},
	}
	for _, tt := range tests {
		r, ok := DefaultRole(tt.role)
		if !ok {
			t.Fatalf("no default role %s", tt.role)
		}
		for _, c := range tt.cells {
			t.Run(tt.role+"/"+string(c.e)+"."+string(c.a), func(t *testing.T) {
				if got := r.Grants.Scope(c.e, c.a); got != c.want {
					t.Fatalf("got %s, want %s", got, c.want)
				}
			})
		}
		for _, p := range tt.perms {
			t.Run(tt.role+"/"+string(p.p), func(t *testing.T) {
				if got := r.Grants.Has(p.p); got != p.want {
					t.Fatalf("got %v, want %v", got, p.want)
				}
			})
		}
	}
}

func TestRoleValidate(t *testing.T) {
	tests := []struct {
		name       string
		role       Role
		wantFields []string
	}{
		{"ok", Role{Name: " Field Sales "}, nil},
		{"empty name", Role{Name: "  "}, []string{"name"}},
		{"long name", Role{Name: strings.Repeat("r", MaxRoleName+1)}, []string{"name"}},
		{"control char", Role{Name: "a\x00b"}, []string{"name"}},
		{"long description", Role{Name: "x", Description: strings.Repeat("d", MaxRoleDescription+1)}, []string{"description"}},
		{"bad grants", Role{Name: "x", Grants: Grants{Advanced: map[Perm]bool{"root": true}}}, []string{"grants.advanced.root"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.role.Validate()
			if len(tt.wantFields) == 0 {
				if err != nil || tt.role.Name != strings.TrimSpace(tt.role.Name) {
					t.Fatalf("unexpected %v (name %q)", err, tt.role.Name)
				}
				return
			}
			e, ok := err.(*apperr.Error)
			if !ok || e.Code != apperr.CodeInvalid || len(e.Fields) != len(tt.wantFields) {
				t.Fatalf("got %v, want invalid on %v", err, tt.wantFields)
			}
			for _, f := range tt.wantFields {
				if e.Fields[f] == "" {
					t.Fatalf("field %q missing in %v", f, e.Fields)
				}
			}
		})
	}
}

func TestIsAdministrator(t *testing.T) {
	tests := []struct {
		name  string
		perms []Perm
		want  bool
	}{
		{"users and roles only: not enough", []Perm{PermUsersManage, PermRolesManage}, false},
		{"users only", []Perm{PermUsersManage}, false},
		{"roles only", []Perm{PermRolesManage}, false},
		{"neither", []Perm{PermSettingsManage, PermAuditView}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsAdministrator(grantsOf(nil, tt.perms...)); got != tt.want {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
		})
	}
	if !IsAdministrator(FullGrants()) {
		t.Fatal("full grants are not an administrator")
	}
}
