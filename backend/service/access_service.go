package service

import (
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
)

// AccessService is bound to the frontend: the "effective access" view.
type AccessService struct {
	core *Core
}

// NewAccessService returns the service over core.
func NewAccessService(core *Core) *AccessService { return &AccessService{core: core} }

// Effective shows what the user may do and which role grants it. Anyone may
// see their own; others' needs users.manage or roles.manage (CodeForbidden).
func (s *AccessService) Effective(userID string) (model.EffectiveAccess, error) {
	var out model.EffectiveAccess
	err := s.core.with("", "access.view", "user", userID, func(cl call) error {
		if userID != cl.actor.UserID && !cl.actor.Can(rbac.PermUsersManage) && !cl.actor.Can(rbac.PermRolesManage) {
			return s.core.deny(cl, "access.view", "user", userID, "missing permission users.manage")
		}
		a, err := loadActor(cl.ctx, cl.st, userID)
		if err != nil {
			return err
		}
		u, err := store.GetUser(cl.ctx, cl.st.Reader(), userID)
		if err != nil {
			return err
		}
		lines, perms := rbac.Explain(a.Actor)
		out.User = u.User
		for _, l := range lines {
			out.Lines = append(out.Lines, model.AccessLine{Entity: string(l.Entity), Action: string(l.Action), Scope: string(l.Scope), GrantedBy: l.GrantedBy})
		}
		for _, p := range perms {
			out.Advanced = append(out.Advanced, model.PermissionLine{Key: string(p.Perm), Label: p.Label, Granted: p.Granted, GrantedBy: p.GrantedBy})
		}
		return nil
	})
	return out, err
}
