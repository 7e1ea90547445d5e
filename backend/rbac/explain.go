package rbac

// AccessLine is one cell of the effective-access view: the scope the user
// has for an action on an entity, and the role that grants it ("" when the
// scope is none).
type AccessLine struct {
	Entity    Entity `json:"entity"`
	Action    Action `json:"action"`
	Scope     Scope  `json:"scope"`
	GrantedBy string `json:"grantedBy"`
}

// PermLine is one advanced permission in the effective-access view.
type PermLine struct {
	Perm        Perm   `json:"perm"`
	Granted     bool   `json:"granted"`
	GrantedBy   string `json:"grantedBy"`
	Label       string `json:"label"`
	Description string `json:"description"`
}

// Explain returns what the actor may do and why: one AccessLine per entity
// and action (Entities × Actions order) and one PermLine per advanced
// permission (AdvancedPerms order). Each user holds exactly one role, so
// GrantedBy is the role's name (its ID when the name is empty) for every
// granted line and "" otherwise. Unknown entries in the grants are ignored.
func Explain(a Actor) ([]AccessLine, []PermLine) {
	by := a.RoleName
	if by == "" {
		by = a.RoleID
	}
	access := make([]AccessLine, 0, len(Entities)*len(Actions))
	for _, e := range Entities {
		for _, act := range Actions {
			l := AccessLine{Entity: e, Action: act, Scope: a.Scope(e, act)}
			if l.Scope != ScopeNone {
				l.GrantedBy = by
			}
			access = append(access, l)
		}
	}
	perms := make([]PermLine, 0, len(AdvancedPerms))
	for _, p := range AdvancedPerms {
		l := PermLine{Perm: p, Granted: a.Can(p)}
		l.Label, l.Description = PermLabel(p)
		if l.Granted {
			l.GrantedBy = by
		}
		perms = append(perms, l)
	}
	return access, perms
}
