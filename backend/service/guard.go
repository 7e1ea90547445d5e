package service

import (
	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
)

// with runs fn for a signed-in user holding perm (see authorize), under the
// core's lock and a bounded context. Every bound method that needs a
// permission goes through here.
func (c *Core) with(perm rbac.Perm, action, objType, objID string, fn func(cl call) error) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	ctx, cancel := c.ctx()
	defer cancel()
	cl, err := c.authorize(ctx, perm, action, objType, objID)
	if err != nil {
		return err
	}
	return fn(cl)
}

// withSignedIn runs fn for any signed-in user, even one who must still
// change their password (the session's own methods: sign-out, password).
func (c *Core) withSignedIn(fn func(cl call) error) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	ctx, cancel := c.ctx()
	defer cancel()
	cl, err := c.signedIn(ctx)
	if err != nil {
		return err
	}
	return fn(cl)
}

// withAny is with for methods that any of perms allows.
func (c *Core) withAny(perms []rbac.Perm, action, objType, objID string, fn func(cl call) error) error {
	return c.with("", action, objType, objID, func(cl call) error {
		for _, p := range perms {
			if cl.actor.Can(p) {
				return fn(cl)
			}
		}
		return c.deny(cl, action, objType, objID, "missing permission")
	})
}

// requireCovers refuses (audited, CodeForbidden) to act on user u unless the
// caller holds everything u's role grants: a user manager must not reset,
// disable, re-role or delete someone more powerful (an Administrator) and so
// take their account over.
func (c *Core) requireCovers(cl call, action string, u store.UserRecord) error {
	role, err := store.GetRole(cl.ctx, cl.st.Reader(), u.RoleID)
	if err != nil {
		return err
	}
	if rbac.CanGrant(cl.actor.Grants, role.Grants) != nil {
		return c.deny(cl, action, "user", u.ID, "the user holds permissions the caller lacks")
	}
	return nil
}

// requireOtherAdminIfAdmin refuses (CodeConflict) to take away u's access
// when u is the last active Administrator. q is the write transaction, so
// that two processes cannot each remove "the other" administrator.
func (c *Core) requireOtherAdminIfAdmin(cl call, q store.Querier, u store.UserRecord) error {
	role, err := store.GetRole(cl.ctx, q, u.RoleID)
	if err != nil {
		return err
	}
	if !rbac.IsAdministrator(role.Grants) {
		return nil
	}
	return c.requireOtherAdmin(cl, q, u.ID)
}

// requireOtherAdmin refuses when no active user other than exceptID holds
// an administrator role (read through q, the write transaction).
func (c *Core) requireOtherAdmin(cl call, q store.Querier, exceptID string) error {
	return c.requireActiveAdmin(cl, q, exceptID, "", "This is the last active Administrator. Make someone else an Administrator first.")
}

// requireActiveAdmin refuses (CodeConflict, msg) unless some enabled user
// other than exceptUser holds an administrator role other than exceptRole.
// Integration principals do not count: they cannot use the window.
func (c *Core) requireActiveAdmin(cl call, q store.Querier, exceptUser, exceptRole, msg string) error {
	users, err := store.ListUsers(cl.ctx, q)
	if err != nil {
		return err
	}
	roles, err := store.ListRoles(cl.ctx, q)
	if err != nil {
		return err
	}
	admin := map[string]bool{}
	for _, r := range roles {
		admin[r.ID] = r.ID != exceptRole && rbac.IsAdministrator(r.Grants)
	}
	for _, u := range users {
		if u.ID != exceptUser && !u.Disabled && admin[u.RoleID] && u.Kind != model.UserIntegration {
			return nil
		}
	}
	return apperr.New(apperr.CodeConflict, "%s", msg)
}
