package rbac

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"fieldvault/backend/apperr"
)

// IDs of the built-in roles. They are stable: stored user rows refer to
// them, and the UI may translate their names by ID.
const (
	RoleAdministrator    = "administrator"
	RoleSalesManager     = "sales_manager"
	RoleSalesRep         = "sales_rep"
	RoleMarketingManager = "marketing_manager"
	RoleSupportAgent     = "support_agent"
)

// Limits for role text, shared with the frontend's form schema.
const (
	MaxRoleName        = 60  // runes
	MaxRoleDescription = 500 // runes
)

// Role is a named set of grants. Every user holds exactly one role.
// Builtin roles come from DefaultRoles; admins may copy them, but only
// custom roles are renamed or deleted (the store enforces it).
type Role struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
	Builtin     bool   `json:"builtin"`
	Grants      Grants `json:"grants"`
}

// Validate trims Name and Description in place and returns nil, or a
// CodeInvalid *apperr.Error whose Fields name "name", "description" and
// the "grants.…" entries that are wrong. It does not check uniqueness.
func (r *Role) Validate() error {
	fields := map[string]string{}
	r.Name = strings.TrimSpace(r.Name)
	r.Description = strings.TrimSpace(r.Description)
	switch n := r.Name; {
	case n == "":
		fields["name"] = "Enter a name for the role."
	case !utf8.ValidString(n) || strings.IndexFunc(n, unicode.IsControl) >= 0:
		fields["name"] = "The name cannot contain control characters."
	case utf8.RuneCountInString(n) > MaxRoleName:
		fields["name"] = "Use at most 60 characters."
	}
	if d := r.Description; !utf8.ValidString(d) || utf8.RuneCountInString(d) > MaxRoleDescription {
		fields["description"] = "Use at most 500 characters of text."
	}
	if err := r.Grants.Validate(); err != nil {
		var e *apperr.Error
		if errors.As(err, &e) {
			for k, v := range e.Fields {
				fields["grants."+k] = v
			}
		}
	}
	if len(fields) == 0 {
		return nil
	}
	return apperr.Invalid("The role is not valid.", fields)
}

// IsAdministrator reports whether g makes its holder an administrator for
// the last-administrator rule: it holds every permission at every scope.
// Anything less is not enough: since nobody grants what they do not hold, a
// workspace whose last full holder lost it could never grant it again.
func IsAdministrator(g Grants) bool {
	return CanGrant(g, FullGrants()) == nil
}
