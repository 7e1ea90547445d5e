package rbac

import "fieldvault/backend/apperr"

// Entity names a record kind that permissions are given for.
type Entity string

// Action is what an entity permission allows.
type Action string

// Scope says which records an entity permission reaches. Scopes are ordered
// none < own < team < all; see Covers.
type Scope string

// Perm is an advanced (not per-entity) permission.
type Perm string

// The entities. A record package for a new entity adds its name here first;
// Grants.Validate and MarkSensitive reject names missing from Entities.
const (
	EntityContacts   Entity = "contacts"
	EntityCompanies  Entity = "companies"
	EntityLeads      Entity = "leads"
	EntityDeals      Entity = "deals"
	EntityActivities Entity = "activities"
	EntityTasks      Entity = "tasks"
)

// The actions. Create is scoped like the others: it is checked with Allows
// against the owner and team the new record would get.
const (
	ActionRead   Action = "read"
	ActionCreate Action = "create"
	ActionUpdate Action = "update"
	ActionDelete Action = "delete"
)

// The scopes: none reaches no record, own the records the user owns, team
// those plus the records of the user's teams, all every record.
const (
	ScopeNone Scope = "none"
	ScopeOwn  Scope = "own"
	ScopeTeam Scope = "team"
	ScopeAll  Scope = "all"
)

// The advanced permissions.
const (
	PermReportsView      Perm = "reports.view"
	PermReportsManage    Perm = "reports.manage"
	PermDashboardsView   Perm = "dashboards.view"
	PermDashboardsManage Perm = "dashboards.manage"
	PermDataExport       Perm = "data.export"
	PermDataImport       Perm = "data.import"
	PermSensitiveView    Perm = "sensitive.view"
	PermAuditView        Perm = "audit.view"
	PermAlertsManage     Perm = "alerts.manage"
	PermUsersManage      Perm = "users.manage"
	PermRolesManage      Perm = "roles.manage"
	PermSettingsManage   Perm = "settings.manage"
	PermPrivacyManage    Perm = "privacy.manage"
)

// Entities, Actions, Scopes (in ascending order) and AdvancedPerms list every
// known value in display order. Treat them as read-only.
var (
	Entities      = []Entity{EntityContacts, EntityCompanies, EntityLeads, EntityDeals, EntityActivities, EntityTasks}
	Actions       = []Action{ActionRead, ActionCreate, ActionUpdate, ActionDelete}
	Scopes        = []Scope{ScopeNone, ScopeOwn, ScopeTeam, ScopeAll}
	AdvancedPerms = []Perm{
		PermReportsView, PermReportsManage, PermDashboardsView, PermDashboardsManage,
		PermDataExport, PermDataImport, PermSensitiveView, PermAuditView,
		PermAlertsManage, PermUsersManage, PermRolesManage, PermSettingsManage,
		PermPrivacyManage,
	}
)

// rank returns the position of s in Scopes, or -1 when s is unknown.
func (s Scope) rank() int {
	for i, k := range Scopes {
		if k == s {
			return i
		}
	}
	return -1
}

// Covers reports whether s reaches at least as far as other (s >= other).
// An unknown scope on either side covers and is covered by nothing, so a
// corrupt value can never widen access.
func (s Scope) Covers(other Scope) bool {
	r, o := s.rank(), other.rank()
	return r >= 0 && o >= 0 && r >= o
}

// Valid reports whether s is one of Scopes.
func (s Scope) Valid() bool { return s.rank() >= 0 }

// Valid reports whether e is one of Entities.
func (e Entity) Valid() bool { return contains(Entities, e) }

// Valid reports whether a is one of Actions.
func (a Action) Valid() bool { return contains(Actions, a) }

// Valid reports whether p is one of AdvancedPerms.
func (p Perm) Valid() bool { return contains(AdvancedPerms, p) }

// ParseEntity returns the Entity named s (exact, lower case), or a
// CodeInvalid error with Fields{"entity"} when there is none.
func ParseEntity(s string) (Entity, error) { return parse(s, Entities, "entity") }

// ParseAction returns the Action named s, or CodeInvalid with Fields{"action"}.
func ParseAction(s string) (Action, error) { return parse(s, Actions, "action") }

// ParseScope returns the Scope named s, or CodeInvalid with Fields{"scope"}.
func ParseScope(s string) (Scope, error) { return parse(s, Scopes, "scope") }

// ParsePerm returns the Perm named s, or CodeInvalid with Fields{"permission"}.
func ParsePerm(s string) (Perm, error) { return parse(s, AdvancedPerms, "permission") }

func parse[T ~string](s string, known []T, what string) (T, error) {
	if v := T(s); contains(known, v) {
		return v, nil
	}
	return "", apperr.Invalid("Unknown "+what+".", map[string]string{what: "unknown " + what})
}

func contains[T comparable](list []T, v T) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
