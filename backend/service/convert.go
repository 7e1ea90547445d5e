package service

import (
	"sort"
	"strconv"
	"unicode/utf8"

	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
)

// grantsToModel lists every entity × action (none included) and the held
// advanced permissions, in catalog order.
func grantsToModel(g rbac.Grants) ([]model.Grant, []string) {
	grants := make([]model.Grant, 0, len(rbac.Entities)*len(rbac.Actions))
	for _, e := range rbac.Entities {
		for _, a := range rbac.Actions {
			grants = append(grants, model.Grant{Entity: string(e), Action: string(a), Scope: string(g.Scope(e, a))})
		}
	}
	perms := []string{}
	for _, p := range rbac.AdvancedPerms {
		if g.Has(p) {
			perms = append(perms, string(p))
		}
	}
	return grants, perms
}

// grantsFromModel parses a matrix from the UI; unknown names are CodeInvalid.
func grantsFromModel(grants []model.Grant, advanced []string) (rbac.Grants, error) {
	g := rbac.Grants{Scopes: map[rbac.Entity]map[rbac.Action]rbac.Scope{}, Advanced: map[rbac.Perm]bool{}}
	for _, gr := range grants {
		e, err := rbac.ParseEntity(gr.Entity)
		if err != nil {
			return g, err
		}
		a, err := rbac.ParseAction(gr.Action)
		if err != nil {
			return g, err
		}
		s, err := rbac.ParseScope(gr.Scope)
		if err != nil {
			return g, err
		}
		if g.Scopes[e] == nil {
			g.Scopes[e] = map[rbac.Action]rbac.Scope{}
		}
		g.Scopes[e][a] = s
	}
	for _, p := range advanced {
		perm, err := rbac.ParsePerm(p)
		if err != nil {
			return g, err
		}
		g.Advanced[perm] = true
	}
	return g, g.Validate()
}

// grantsSummary flattens grants for audit before/after values.
func grantsSummary(g rbac.Grants) map[string]any {
	out := map[string]any{}
	for _, e := range rbac.Entities {
		for _, a := range rbac.Actions {
			out[string(e)+"."+string(a)] = string(g.Scope(e, a))
		}
	}
	held := []string{}
	for _, p := range rbac.AdvancedPerms {
		if g.Has(p) {
			held = append(held, string(p))
		}
	}
	sort.Strings(held)
	out["advanced"] = held
	return out
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n])
}

func itoa(n int) string { return strconv.Itoa(n) }
