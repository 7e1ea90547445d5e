package rbac

import (
	"testing"

	"fieldvault/backend/apperr"
)

// A write (update, delete) scope wider than read would let a role read
// records through the write: Validate refuses it, naming the cell.
func TestValidateRefusesWriteScopeWiderThanRead(t *testing.T) {
	tests := []struct {
		name        string
		read, write Scope
		action      Action
		bad         bool
	}{
		{"update all over read team", ScopeTeam, ScopeAll, ActionUpdate, true},
		{"update team over read own", ScopeOwn, ScopeTeam, ActionUpdate, true},
		{"update own without read", ScopeNone, ScopeOwn, ActionUpdate, true},
		{"delete all over read own", ScopeOwn, ScopeAll, ActionDelete, true},
		{"update equal to read", ScopeTeam, ScopeTeam, ActionUpdate, false},
		{"delete narrower than read", ScopeAll, ScopeOwn, ActionDelete, false},
		{"create wider than read", ScopeOwn, ScopeAll, ActionCreate, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := Grants{Scopes: map[Entity]map[Action]Scope{EntityDeals: {ActionRead: tt.read, tt.action: tt.write}}}
			err := g.Validate()
			if !tt.bad {
				if err != nil {
					t.Fatalf("unexpected %v", err)
				}
				return
			}
			e, ok := err.(*apperr.Error)
			if !ok || e.Code != apperr.CodeInvalid || e.Fields["grants.deals."+string(tt.action)] == "" {
				t.Fatalf("got %#v, want invalid naming grants.deals.%s", err, tt.action)
			}
		})
	}
}

func TestDefaultRolesKeepWritesWithinRead(t *testing.T) {
	for _, r := range DefaultRoles() {
		if err := r.Grants.Validate(); err != nil {
			t.Errorf("%s: %v", r.ID, err)
		}
	}
	if err := FullGrants().Validate(); err != nil {
		t.Errorf("full grants: %v", err)
	}
}
