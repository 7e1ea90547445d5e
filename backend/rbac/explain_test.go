package rbac

import "testing"

func TestExplain(t *testing.T) {
	mgr, _ := DefaultRole(RoleSalesManager)
	support, _ := DefaultRole(RoleSupportAgent)
	tests := []struct {
		name   string
		actor  Actor
		wantBy string
	}{
		{"sales manager", Actor{UserID: "u1", RoleID: mgr.ID, RoleName: mgr.Name, Grants: mgr.Grants}, "Sales Manager"},
		{"support agent", Actor{UserID: "u2", RoleID: support.ID, RoleName: support.Name, Grants: support.Grants}, "Support Agent"},
		{"name missing falls back to ID", Actor{UserID: "u3", RoleID: "custom_1", Grants: support.Grants}, "custom_1"},
		{"nothing granted", Actor{UserID: "u4", RoleName: "Empty"}, "Empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			access, perms := Explain(tt.actor)
			if len(access) != len(Entities)*len(Actions) || len(perms) != len(AdvancedPerms) {
				t.Fatalf("got %d access and %d perm lines", len(access), len(perms))
			}
			i := 0
			for _, e := range Entities {
				for _, a := range Actions {
					l := access[i]
					i++
					want := tt.actor.Scope(e, a)
					if l.Entity != e || l.Action != a || l.Scope != want {
						t.Fatalf("line %d = %+v, want %s.%s %s", i, l, e, a, want)
					}
					if by := grantedBy(want != ScopeNone, tt.wantBy); l.GrantedBy != by {
						t.Fatalf("%s.%s granted by %q, want %q", e, a, l.GrantedBy, by)
					}
				}
			}
			for j, p := range AdvancedPerms {
				l := perms[j]
				if l.Perm != p || l.Granted != tt.actor.Can(p) || l.Label == "" || l.Description == "" {
					t.Fatalf("perm line %+v", l)
				}
				if by := grantedBy(l.Granted, tt.wantBy); l.GrantedBy != by {
					t.Fatalf("%s granted by %q, want %q", p, l.GrantedBy, by)
				}
			}
		})
	}
}

func grantedBy(granted bool, role string) string {
	if granted {
		return role
	}
	return ""
}
