package service

import (
	"strings"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
)

// RoleService is bound to the frontend: Admin → Roles. Reading needs
// roles.manage or users.manage (role pickers); changing needs roles.manage.
type RoleService struct {
	core *Core
}

// NewRoleService returns the service over core.
func NewRoleService(core *Core) *RoleService { return &RoleService{core: core} }

var roleReaders = []rbac.Perm{rbac.PermRolesManage, rbac.PermUsersManage}

// Catalog lists entities, actions, scopes and advanced permissions with labels.
func (s *RoleService) Catalog() (model.PermissionCatalog, error) {
	var out model.PermissionCatalog
	err := s.core.withAny(roleReaders, "role.catalog", "role", "", func(call) error {
		for _, e := range rbac.Entities {
			out.Entities = append(out.Entities, string(e))
		}
		for _, a := range rbac.Actions {
			out.Actions = append(out.Actions, string(a))
		}
		for _, sc := range rbac.Scopes {
			out.Scopes = append(out.Scopes, string(sc))
		}
		for _, p := range rbac.AdvancedPerms {
			label, desc := rbac.PermLabel(p)
			out.Advanced = append(out.Advanced, model.PermissionInfo{Key: string(p), Label: label, Description: desc})
		}
		return nil
	})
	return out, err
}

// List returns every role with its matrix and user count.
func (s *RoleService) List() ([]model.Role, error) {
	out := []model.Role{}
	err := s.core.withAny(roleReaders, "role.list", "role", "", func(cl call) error {
		roles, err := store.ListRoles(cl.ctx, cl.st.Reader())
		for _, r := range roles {
			out = append(out, roleToModel(r))
		}
		return err
	})
	return out, err
}

// Create adds a custom role, empty or copied from in.CopyFrom (whose grants
// the caller must hold: CodeForbidden otherwise).
func (s *RoleService) Create(in model.RoleInput) (model.Role, error) {
	var out model.Role
	err := s.core.with(rbac.PermRolesManage, "role.create", "role", "", func(cl call) error {
		r := store.RoleRecord{ID: store.NewID(), Name: strings.TrimSpace(in.Name), Description: strings.TrimSpace(in.Description),
			Grants: rbac.Grants{Scopes: map[rbac.Entity]map[rbac.Action]rbac.Scope{}, Advanced: map[rbac.Perm]bool{}}}
		if in.CopyFrom != "" {
			src, err := store.GetRole(cl.ctx, cl.st.Reader(), in.CopyFrom)
			if err != nil {
				return err
			}
			if err := rbac.CanGrant(cl.actor.Grants, src.Grants); err != nil {
				return s.core.deny(cl, "role.create", "role", src.ID, "copied role grants more than the caller holds")
			}
			r.Grants = src.Grants.Clone()
		}
		if err := validateRole(&r); err != nil {
			return err
		}
		err := cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			if err := store.InsertRole(cl.ctx, tx, r, s.core.now()); err != nil {
				return err
			}
			e := s.core.entry(cl.actor, audit.CatConfig, "role.create", "role", r.ID, r.Name)
			e.Changes = audit.Diff(nil, roleFields(r), nil, nil)
			return store.AppendAudit(cl.ctx, tx, e)
		})
		if err != nil {
			return err
		}
		got, err := store.GetRole(cl.ctx, cl.st.Reader(), r.ID)
		out = roleToModel(got)
		return err
	})
	return out, err
}

// Rename changes a role's name and description (built-in roles included:
// their permissions are what is protected).
func (s *RoleService) Rename(id, name, description string) (model.Role, error) {
	return s.update(id, "role.rename", func(cl call, r *store.RoleRecord) error {
		r.Name, r.Description = strings.TrimSpace(name), strings.TrimSpace(description)
		return validateRole(r)
	})
}

// SetPermissions replaces a role's matrix and advanced permissions. Nobody
// grants what they do not hold (CodeForbidden); the built-in Administrator
// role keeps everything (CodeConflict); a change that would leave no active
// Administrator is refused (CodeConflict). Signed-in holders of the role are
// affected at their next call.
func (s *RoleService) SetPermissions(p model.RolePermissions) (model.Role, error) {
	return s.update(p.RoleID, "role.permission.change", func(cl call, r *store.RoleRecord) error {
		g, err := grantsFromModel(p.Grants, p.Advanced)
		if err != nil {
			return err
		}
		if r.ID == rbac.RoleAdministrator {
			return apperr.New(apperr.CodeConflict, "The built-in Administrator role always holds every permission. Copy it to make a narrower role.")
		}
		if err := rbac.CanGrant(cl.actor.Grants, g); err != nil {
			return s.core.deny(cl, "role.permission.grant", "role", r.ID, "grants more than the caller holds")
		}
		r.Grants = g
		return nil
	})
}

// Delete removes a custom role that nobody holds (CodeConflict otherwise;
// built-in roles cannot be deleted).
func (s *RoleService) Delete(id string) error {
	return s.core.with(rbac.PermRolesManage, "role.delete", "role", id, func(cl call) error {
		r, err := store.GetRole(cl.ctx, cl.st.Reader(), id)
		if err != nil {
			return err
		}
		if r.Builtin {
			return apperr.New(apperr.CodeConflict, "Built-in roles cannot be deleted.")
		}
		return cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			if err := store.DeleteRole(cl.ctx, tx, id); err != nil {
				return err
			}
			e := s.core.entry(cl.actor, audit.CatConfig, "role.delete", "role", r.ID, r.Name)
			e.Changes = audit.Diff(roleFields(r), nil, nil, nil)
			return store.AppendAudit(cl.ctx, tx, e)
		})
	})
}

func (s *RoleService) update(id, action string, change func(cl call, r *store.RoleRecord) error) (model.Role, error) {
	var out model.Role
	err := s.core.with(rbac.PermRolesManage, action, "role", id, func(cl call) error {
		before, err := store.GetRole(cl.ctx, cl.st.Reader(), id)
		if err != nil {
			return err
		}
		after := before
		after.Grants = before.Grants.Clone()
		if err := change(cl, &after); err != nil {
			return err
		}
		err = cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			if rbac.IsAdministrator(before.Grants) && !rbac.IsAdministrator(after.Grants) {
				if err := s.core.requireAdminOutsideRole(cl, tx, before.ID); err != nil {
					return err
				}
			}
			if err := store.UpdateRole(cl.ctx, tx, after, s.core.now()); err != nil {
				return err
			}
			e := s.core.entry(cl.actor, audit.CatConfig, action, "role", after.ID, after.Name)
			e.Changes = audit.Diff(roleFields(before), roleFields(after), nil, nil)
			return store.AppendAudit(cl.ctx, tx, e)
		})
		if err != nil {
			return err
		}
		got, err := store.GetRole(cl.ctx, cl.st.Reader(), id)
		out = roleToModel(got)
		return err
	})
	return out, err
}

// requireAdminOutsideRole refuses when every active Administrator holds roleID.
func (c *Core) requireAdminOutsideRole(cl call, q store.Querier, roleID string) error {
	return c.requireActiveAdmin(cl, q, "", roleID, "This change would leave no active Administrator.")
}

func validateRole(r *store.RoleRecord) error {
	role := rbac.Role{ID: r.ID, Name: r.Name, Description: r.Description, Grants: r.Grants}
	if err := role.Validate(); err != nil {
		return err
	}
	r.Name, r.Description = role.Name, role.Description
	return nil
}

func roleToModel(r store.RoleRecord) model.Role {
	m := model.Role{ID: r.ID, Name: r.Name, Description: r.Description, Builtin: r.Builtin, UserCount: r.UserCount}
	m.Grants, m.Advanced = grantsToModel(r.Grants)
	return m
}

func roleFields(r store.RoleRecord) map[string]any {
	out := grantsSummary(r.Grants)
	out["name"], out["description"] = r.Name, r.Description
	return out
}
