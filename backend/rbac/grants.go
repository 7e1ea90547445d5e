package rbac

import (
	"fmt"

	"fieldvault/backend/apperr"
)

// Grants is what a role holds: a scope per entity and action, and the set of
// advanced permissions. The zero value grants nothing. A missing entity,
// action or permission means none / not held.
type Grants struct {
	Scopes   map[Entity]map[Action]Scope `json:"scopes"`
	Advanced map[Perm]bool               `json:"advanced"`
}

// Scope returns the scope g gives for action a on entity e: ScopeNone when
// it is missing or not a known scope (fail closed).
func (g Grants) Scope(e Entity, a Action) Scope {
	s := g.Scopes[e][a]
	if !s.Valid() {
		return ScopeNone
	}
	return s
}

// Has reports whether g holds the advanced permission p.
func (g Grants) Has(p Perm) bool { return g.Advanced[p] }

// Clone returns a deep copy with non-nil maps, so a copied role (or a
// request being edited) never shares maps with its source.
func (g Grants) Clone() Grants {
	c := Grants{Scopes: map[Entity]map[Action]Scope{}, Advanced: map[Perm]bool{}}
	for e, acts := range g.Scopes {
		m := make(map[Action]Scope, len(acts))
		for a, s := range acts {
			m[a] = s
		}
		c.Scopes[e] = m
	}
	for p, ok := range g.Advanced {
		c.Advanced[p] = ok
	}
	return c
}

// Normalized returns a copy holding only known entries that grant
// something (scope other than none, permission true), for storage and
// comparison. Unknown entries are dropped, so validate first.
func (g Grants) Normalized() Grants {
	n := Grants{Scopes: map[Entity]map[Action]Scope{}, Advanced: map[Perm]bool{}}
	for _, e := range Entities {
		for _, a := range Actions {
			if s := g.Scope(e, a); s != ScopeNone {
				if n.Scopes[e] == nil {
					n.Scopes[e] = map[Action]Scope{}
				}
				n.Scopes[e][a] = s
			}
		}
	}
	for _, p := range AdvancedPerms {
		if g.Has(p) {
			n.Advanced[p] = true
		}
	}
	return n
}

// Validate returns nil when every key and value of g is known and no update
// or delete scope is wider than the read scope of the same entity, else a
// CodeInvalid *apperr.Error whose Fields name each culprit as
// "scopes.<entity>", "scopes.<entity>.<action>", "advanced.<perm>" or, for
// a scope wider than read, "grants.<entity>.<action>".
func (g Grants) Validate() error {
	fields := map[string]string{}
	wider := false
	for e, acts := range g.Scopes {
		if !e.Valid() {
			fields["scopes."+string(e)] = "unknown entity"
			continue
		}
		for a, s := range acts {
			key := "scopes." + string(e) + "." + string(a)
			switch {
			case !a.Valid():
				fields[key] = "unknown action"
			case !s.Valid():
				fields[key] = "unknown scope"
			case (a == ActionUpdate || a == ActionDelete) && !g.Scope(e, ActionRead).Covers(s):
				// Writing a record returns it: a write scope wider than
				// read would read through the write.
				fields["grants."+string(e)+"."+string(a)] = "wider than the read scope"
				wider = true
			}
		}
	}
	for p := range g.Advanced {
		if !p.Valid() {
			fields["advanced."+string(p)] = "unknown permission"
		}
	}
	if len(fields) == 0 {
		return nil
	}
	if wider && len(fields) == 1 {
		return apperr.Invalid("A role cannot change or delete records it cannot see: widen its read scope first.", fields)
	}
	return apperr.Invalid("The permissions contain unknown entries.", fields)
}

// FullGrants returns grants with ScopeAll for every entity and action and
// every advanced permission: what the Administrator role holds.
func FullGrants() Grants {
	g := Grants{Scopes: map[Entity]map[Action]Scope{}, Advanced: map[Perm]bool{}}
	for _, e := range Entities {
		g.Scopes[e] = map[Action]Scope{}
		for _, a := range Actions {
			g.Scopes[e][a] = ScopeAll
		}
	}
	for _, p := range AdvancedPerms {
		g.Advanced[p] = true
	}
	return g
}

// CanGrant enforces "nobody grants what they don't hold": every scope in g
// must be covered by granter's scope for the same entity and action, and
// every advanced permission in g must be held by granter. It applies both to
// saving a role's grants and to assigning a role to a user.
//
// It returns nil when allowed; a CodeInvalid error (as Validate) when g
// holds unknown entries; otherwise a CodeForbidden error whose message and
// Fields name the first offending permission, in the order of Entities,
// Actions and AdvancedPerms (e.g. "deals.delete" or "data.export"). It does
// not check that the granter may manage roles or users at all.
func CanGrant(granter, g Grants) error {
	if err := g.Validate(); err != nil {
		return err
	}
	for _, e := range Entities {
		for _, a := range Actions {
			want, have := g.Scope(e, a), granter.Scope(e, a)
			if !have.Covers(want) {
				name := string(e) + "." + string(a)
				return forbidden(name, fmt.Sprintf("You cannot grant %s with scope %q: you hold %q.", name, want, have))
			}
		}
	}
	for _, p := range AdvancedPerms {
		if g.Has(p) && !granter.Has(p) {
			return forbidden(string(p), fmt.Sprintf("You cannot grant %s: you do not hold it.", p))
		}
	}
	return nil
}

func forbidden(name, msg string) error {
	e := apperr.New(apperr.CodeForbidden, "%s", msg)
	e.Fields = map[string]string{name: "not held by you"}
	return e
}
