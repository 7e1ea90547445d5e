package rbac

import (
	"strings"
	"testing"

	"fieldvault/backend/apperr"
)

func TestActorRequire(t *testing.T) {
	rep, _ := DefaultRole(RoleSalesRep)
	a := Actor{UserID: "u1", RoleID: rep.ID, RoleName: rep.Name, Grants: rep.Grants}
	tests := []struct {
		name string
		err  error
		want apperr.Code
	}{
		{"held perm", a.Require(PermReportsView), ""},
		{"missing perm", a.Require(PermDataExport), apperr.CodeForbidden},
		{"some scope", a.RequireAny(EntityDeals, ActionRead), ""},
		{"no scope", a.RequireAny(EntityDeals, ActionDelete), apperr.CodeForbidden},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := apperr.CodeOf(tt.err); got != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
	if s := a.String(); strings.Contains(s, "reports") || !strings.Contains(s, "u1") {
		t.Fatalf("String() = %q", s)
	}
}
