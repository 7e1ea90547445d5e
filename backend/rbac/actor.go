package rbac

import (
	"fmt"

	"fieldvault/backend/apperr"
)

// Actor is the signed-in user as authorization sees them: built by the
// service layer per call from the current user row, their role and their
// teams, so a permission change applies on the next call.
type Actor struct {
	UserID   string   `json:"userId"`
	Username string   `json:"username"`
	RoleID   string   `json:"roleId"`
	RoleName string   `json:"roleName"`
	TeamIDs  []string `json:"teamIds"`
	Grants   Grants   `json:"grants"`
}

// Can reports whether the actor holds the advanced permission p.
func (a Actor) Can(p Perm) bool { return a.Grants.Has(p) }

// Scope returns the actor's scope for act on e; ScopeNone when not granted.
func (a Actor) Scope(e Entity, act Action) Scope { return a.Grants.Scope(e, act) }

// Require returns nil when the actor holds p, else a CodeForbidden error
// naming p.
func (a Actor) Require(p Perm) error {
	if a.Can(p) {
		return nil
	}
	return apperr.New(apperr.CodeForbidden, "You do not have the %s permission.", p)
}

// RequireAny returns nil when the actor may do act on at least some records
// of e (scope other than none), else a CodeForbidden error. Use it to refuse
// a whole action early; record checks still go through Allows or Where.
func (a Actor) RequireAny(e Entity, act Action) error {
	if a.Scope(e, act) != ScopeNone {
		return nil
	}
	return apperr.New(apperr.CodeForbidden, "You may not %s %s.", act, e)
}

// Allows decides a record-level check for a record with the given owner and
// team (for create: the owner and team the new record would get):
//
//	none → false
//	own  → ownerID == a.UserID
//	team → own, or teamID is one of a.TeamIDs
//	all  → true
//
// Empty IDs never match, so a record without an owner or team is reachable
// only with scope all, and an actor without a UserID owns nothing. A store
// method that finds the record outside scope reports it as not_found.
func (a Actor) Allows(e Entity, act Action, ownerID, teamID string) bool {
	switch a.Scope(e, act) {
	case ScopeAll:
		return true
	case ScopeTeam:
		if teamID != "" && contains(a.TeamIDs, teamID) {
			return true
		}
		return a.owns(ownerID)
	case ScopeOwn:
		return a.owns(ownerID)
	default:
		return false
	}
}

func (a Actor) owns(ownerID string) bool { return a.UserID != "" && ownerID == a.UserID }

// teams returns the actor's team IDs without empties and duplicates, in
// their original order.
func (a Actor) teams() []string {
	out := make([]string, 0, len(a.TeamIDs))
	for _, t := range a.TeamIDs {
		if t != "" && !contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// String is for logs: user and role IDs, never grants or team lists.
func (a Actor) String() string {
	return fmt.Sprintf("actor(user=%s role=%s)", a.UserID, a.RoleID)
}
