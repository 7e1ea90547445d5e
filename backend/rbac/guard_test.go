package rbac

import (
	"testing"

	"fieldvault/backend/apperr"
)

func TestCheckSelfRoleChange(t *testing.T) {
	tests := []struct {
		name                   string
		actor, target, old, nu string
		want                   apperr.Code
	}{
		{"own role change", "u1", "u1", "sales_rep", "administrator", apperr.CodeForbidden},
		{"own role unchanged", "u1", "u1", "sales_rep", "sales_rep", ""},
		{"someone else", "u1", "u2", "sales_rep", "sales_manager", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := apperr.CodeOf(CheckSelfRoleChange(tt.actor, tt.target, tt.old, tt.nu)); got != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCheckLastAdmin(t *testing.T) {
	tests := []struct {
		name              string
		wasAdmin, stays   bool
		otherActiveAdmins int
		want              apperr.Code
	}{
		{"demote last admin", true, false, 0, apperr.CodeConflict},
		{"demote one of two", true, false, 1, ""},
		{"admin stays admin", true, true, 0, ""},
		{"non-admin change", false, false, 0, ""},
		{"promote", false, true, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := apperr.CodeOf(CheckLastAdmin(tt.wasAdmin, tt.stays, tt.otherActiveAdmins)); got != tt.want {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
		})
	}
}
