package rbac

import (
	"regexp"
	"strconv"
	"strings"
)

var columnName = regexp.MustCompile(`^[a-z_][a-z0-9_.]*$`)

// Where returns a SQL boolean expression and its arguments that keep only
// the rows the actor may act on (act on e), for the caller's owner and team
// columns. It mirrors Allows:
//
//	none → "0"
//	own  → "ownerCol = ?"                          args: UserID
//	team → "(ownerCol = ? OR teamCol IN (?,…))"    args: UserID, team IDs
//	all  → "1"
//
// Team with no teams is the same as own. Without a UserID, own matches
// nothing ("0") and team keeps only the team part. Values only ever travel
// in args; the SQL holds placeholders and the two column names.
//
// ownerCol and teamCol must be compile-time constants of the caller
// (e.g. "c.owner_id"); Where panics when either does not match
// ^[a-z_][a-z0-9_.]*$, because that is a programming error, not input.
func Where(a Actor, e Entity, act Action, ownerCol, teamCol string) (string, []any) {
	for _, c := range []string{ownerCol, teamCol} {
		if !columnName.MatchString(c) {
			panic("rbac.Where: invalid column name " + quote(c))
		}
	}
	scope := a.Scope(e, act)
	var teams []string
	if scope == ScopeTeam {
		teams = a.teams()
		if len(teams) == 0 {
			scope = ScopeOwn
		}
	}
	switch scope {
	case ScopeAll:
		return "1", nil
	case ScopeOwn:
		if a.UserID == "" {
			return "0", nil
		}
		return ownerCol + " = ?", []any{a.UserID}
	case ScopeTeam:
		in := teamCol + " IN (?" + strings.Repeat(",?", len(teams)-1) + ")"
		args := make([]any, 0, len(teams)+1)
		if a.UserID == "" {
			for _, t := range teams {
				args = append(args, t)
			}
			return in, args
		}
		args = append(args, a.UserID)
		for _, t := range teams {
			args = append(args, t)
		}
		return "(" + ownerCol + " = ? OR " + in + ")", args
	default:
		return "0", nil
	}
}

// quote keeps a bad column name short and on one line in the panic.
func quote(s string) string {
	if len(s) > 64 {
		s = s[:64] + "…"
	}
	return strconv.Quote(s)
}
