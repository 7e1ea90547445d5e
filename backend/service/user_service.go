package service

import (
	"slices"
	"strings"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/crypto"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
)

// UserService is bound to the frontend: the Admin → Users screen. Every
// method needs users.manage.
type UserService struct {
	core *Core
}

// NewUserService returns the service over core.
func NewUserService(core *Core) *UserService { return &UserService{core: core} }

// List returns every user, without secrets.
func (s *UserService) List() ([]model.User, error) {
	var out []model.User
	err := s.core.with(rbac.PermUsersManage, "user.list", "user", "", func(cl call) error {
		var err error
		out, err = store.ListUsers(cl.ctx, cl.st.Reader())
		return err
	})
	return out, err
}

// Create adds a user who must change the initial password at first sign-in.
// CodeInvalid for bad fields, CodeConflict for a taken name, CodeForbidden
// when the role grants more than the administrator holds.
func (s *UserService) Create(in model.NewUser) (model.User, error) {
	var out model.User
	err := s.core.with(rbac.PermUsersManage, "user.create", "user", "", func(cl call) error {
		var err error
		out, err = s.core.createUserLocked(cl, in, model.UserPerson, true)
		return err
	})
	return out, err
}

// createUserLocked adds an account of kind with a key slot for its
// password (a person's initial password, or an integration's token),
// audited as "user.create". Callers hold c.mu (inside with). Errors as
// UserService.Create's.
func (c *Core) createUserLocked(cl call, in model.NewUser, kind string, mustChange bool) (model.User, error) {
	var out model.User
	in.Username, in.DisplayName = strings.TrimSpace(in.Username), strings.TrimSpace(in.DisplayName)
	fields := map[string]string{}
	if msg := model.ValidateUsername(in.Username); msg != "" {
		fields["username"] = msg
	}
	if msg := model.ValidateDisplayName(in.DisplayName); msg != "" {
		fields["displayName"] = msg
	}
	if msg := model.ValidatePassword(in.Password); msg != "" {
		fields["password"] = msg
	}
	if len(fields) > 0 {
		return out, apperr.Invalid("Some fields need attention.", fields)
	}
	role, err := store.GetRole(cl.ctx, cl.st.Reader(), in.RoleID)
	if err != nil {
		return out, err
	}
	if err := rbac.CanGrant(cl.actor.Grants, role.Grants); err != nil {
		return out, c.deny(cl, "user.create", "role", role.ID, "role grants more than the administrator holds")
	}
	// Refuse a taken name before the key file is touched: a slot for the
	// same name and password would replace the existing user's slot.
	if _, err := store.GetUserByName(cl.ctx, cl.st.Reader(), in.Username); err == nil {
		return out, apperr.Invalid("This user name is taken.", map[string]string{"username": "This user name is taken."})
	} else if !apperr.Is(err, apperr.CodeNotFound) {
		return out, err
	}
	hash, err := crypto.HashPassword(in.Password)
	if err != nil {
		return out, err
	}
	slotID, err := c.session.AddUserSlot(in.Username, in.Password)
	if err != nil {
		return out, err
	}
	rec := store.UserRecord{PasswordHash: hash, KeySlotID: slotID}
	rec.ID, rec.Username, rec.DisplayName, rec.RoleID, rec.Kind = store.NewID(), in.Username, in.DisplayName, role.ID, kind
	rec.TeamIDs, rec.MustChangePassword = dedupe(in.TeamIDs), mustChange
	err = cl.st.Write(cl.ctx, func(tx *store.Tx) error {
		if err := store.InsertUser(cl.ctx, tx, rec, c.now()); err != nil {
			return err
		}
		e := c.entry(cl.actor, audit.CatConfig, "user.create", "user", rec.ID, rec.Username)
		e.Changes = audit.Diff(nil, userFields(rec.User, role.Name), nil, nil)
		return store.AppendAudit(cl.ctx, tx, e)
	})
	if err != nil {
		_ = c.session.RemoveUserSlot(slotID)
		return out, err
	}
	u, err := store.GetUser(cl.ctx, cl.st.Reader(), rec.ID)
	return u.User, err
}

func (s *UserService) Update(up model.UserUpdate) (model.User, error) {
	var out model.User
	err := s.core.with(rbac.PermUsersManage, "user.update", "user", up.ID, func(cl call) error {
		before, err := store.GetUser(cl.ctx, cl.st.Reader(), up.ID)
		if err != nil {
			return err
		}
		self := before.ID == cl.actor.UserID
		if !self {
			if err := s.core.requireCovers(cl, "user.update", before); err != nil {
				return err
			}
		}
		after := before.User
		if up.DisplayName != nil {
			name := strings.TrimSpace(*up.DisplayName)
			if msg := model.ValidateDisplayName(name); msg != "" {
				return apperr.Invalid(msg, map[string]string{"displayName": msg})
			}
			after.DisplayName = name
		}
		oldRole, err := store.GetRole(cl.ctx, cl.st.Reader(), before.RoleID)
		if err != nil {
			return err
		}
		newRole := oldRole
		if up.RoleID != nil && *up.RoleID != before.RoleID {
			if self {
				return s.core.deny(cl, "user.role.change", "user", before.ID, "users cannot change their own role")
			}
			if newRole, err = store.GetRole(cl.ctx, cl.st.Reader(), *up.RoleID); err != nil {
				return err
			}
			if err := rbac.CanGrant(cl.actor.Grants, newRole.Grants); err != nil {
				return s.core.deny(cl, "user.role.change", "role", newRole.ID, "role grants more than the administrator holds")
			}
			after.RoleID = newRole.ID
		}
		if up.TeamIDs != nil {
			teams := dedupe(*up.TeamIDs)
			if self && !sameSet(teams, before.TeamIDs) {
				return s.core.deny(cl, "user.teams.change", "user", before.ID, "users cannot change their own teams")
			}
			after.TeamIDs = teams
		}
		err = cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			if rbac.IsAdministrator(oldRole.Grants) && !rbac.IsAdministrator(newRole.Grants) && !before.Disabled {
				if err := s.core.requireOtherAdmin(cl, tx, before.ID); err != nil {
					return err
				}
			}
			if err := store.UpdateUserProfile(cl.ctx, tx, after.ID, after.DisplayName, after.RoleID, s.core.now()); err != nil {
				return err
			}
			if err := store.SetUserTeams(cl.ctx, tx, after.ID, after.TeamIDs); err != nil {
				return err
			}
			action := "user.update"
			if after.RoleID != before.RoleID {
				action = "user.role.change"
			}
			e := s.core.entry(cl.actor, audit.CatConfig, action, "user", after.ID, after.Username)
			e.Changes = audit.Diff(userFields(before.User, oldRole.Name), userFields(after, newRole.Name), nil, nil)
			return store.AppendAudit(cl.ctx, tx, e)
		})
		if err != nil {
			return err
		}
		u, err := store.GetUser(cl.ctx, cl.st.Reader(), after.ID)
		out = u.User
		return err
	})
	return out, err
}

// SetDisabled disables (removing the user's key slot, ending their access at
// once) or re-enables a user. Nobody disables themselves; the last active
// Administrator cannot be disabled (CodeConflict).
func (s *UserService) SetDisabled(id string, disabled bool) (model.User, error) {
	var out model.User
	action := "user.enable"
	if disabled {
		action = "user.disable"
	}
	err := s.core.with(rbac.PermUsersManage, action, "user", id, func(cl call) error {
		u, err := store.GetUser(cl.ctx, cl.st.Reader(), id)
		if err != nil {
			return err
		}
		if u.ID == cl.actor.UserID {
			return s.core.deny(cl, action, "user", id, "users cannot disable themselves")
		}
		if err := s.core.requireCovers(cl, action, u); err != nil {
			return err
		}
		err = cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			if disabled && !u.Disabled {
				if err := s.core.requireOtherAdminIfAdmin(cl, tx, u); err != nil {
					return err
				}
			}
			if err := store.SetUserDisabled(cl.ctx, tx, id, disabled, s.core.now()); err != nil {
				return err
			}
			e := s.core.entry(cl.actor, audit.CatConfig, action, "user", u.ID, u.Username)
			e.Changes = []audit.Change{{Field: "disabled", Before: u.Disabled, After: disabled}}
			return store.AppendAudit(cl.ctx, tx, e)
		})
		if err != nil {
			return err
		}
		if disabled {
			if err := s.core.session.RemoveUserSlot(u.KeySlotID); err != nil {
				return err
			}
		}
		got, err := store.GetUser(cl.ctx, cl.st.Reader(), id)
		out = got.User
		return err
	})
	return out, err
}

// ResetPassword sets a temporary password the user must change at next
// sign-in (their old key slot is replaced). Use SessionService.ChangePassword
// for one's own password.
func (s *UserService) ResetPassword(id, temporaryPassword string) error {
	return s.core.with(rbac.PermUsersManage, "user.password.reset", "user", id, func(cl call) error {
		if msg := model.ValidatePassword(temporaryPassword); msg != "" {
			return apperr.Invalid(msg, map[string]string{"password": msg})
		}
		u, err := store.GetUser(cl.ctx, cl.st.Reader(), id)
		if err != nil {
			return err
		}
		if u.ID == cl.actor.UserID {
			return apperr.New(apperr.CodeConflict, "Change your own password from your user menu.")
		}
		if err := s.core.requireCovers(cl, "user.password.reset", u); err != nil {
			return err
		}
		if u.Disabled {
			return apperr.New(apperr.CodeConflict, "Enable the user before resetting their password.")
		}
		if u.Kind == model.UserIntegration {
			return apperr.New(apperr.CodeConflict, "This is an integration: give it a new token instead.")
		}
		return s.core.setPasswordLocked(cl, u, temporaryPassword, true, "user.password.reset")
	})
}

// Delete removes a user for good (their audit entries stay). Nobody deletes
// themselves; the last active Administrator cannot be deleted.
func (s *UserService) Delete(id string) error {
	return s.core.with(rbac.PermUsersManage, "user.delete", "user", id, func(cl call) error {
		u, err := store.GetUser(cl.ctx, cl.st.Reader(), id)
		if err != nil {
			return err
		}
		if u.ID == cl.actor.UserID {
			return s.core.deny(cl, "user.delete", "user", id, "users cannot delete themselves")
		}
		if err := s.core.requireCovers(cl, "user.delete", u); err != nil {
			return err
		}
		err = cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			if !u.Disabled {
				if err := s.core.requireOtherAdminIfAdmin(cl, tx, u); err != nil {
					return err
				}
			}
			if err := store.DeleteUser(cl.ctx, tx, id); err != nil {
				return err
			}
			e := s.core.entry(cl.actor, audit.CatConfig, "user.delete", "user", u.ID, u.Username)
			e.Changes = audit.Diff(userFields(u.User, u.RoleName), nil, nil, nil)
			return store.AppendAudit(cl.ctx, tx, e)
		})
		if err != nil {
			return err
		}
		return s.core.session.RemoveUserSlot(u.KeySlotID)
	})
}

func userFields(u model.User, roleName string) map[string]any {
	teams := append([]string{}, u.TeamIDs...)
	slices.Sort(teams)
	return map[string]any{"username": u.Username, "displayName": u.DisplayName, "role": roleName,
		"teams": teams, "disabled": u.Disabled, "kind": orPerson(u.Kind)}
}

func sameSet(a, b []string) bool {
	x, y := append([]string{}, a...), append([]string{}, b...)
	slices.Sort(x)
	slices.Sort(y)
	return slices.Equal(x, y)
}

func dedupe(ids []string) []string {
	out := []string{}
	for _, id := range ids {
		if id != "" && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

func orPerson(kind string) string {
	if kind == "" {
		return model.UserPerson
	}
	return kind
}
