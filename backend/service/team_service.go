package service

import (
	"strings"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
)

// TeamService is bound to the frontend: Admin → Teams. Any signed-in user
// may list teams (they label records); changes need users.manage.
type TeamService struct {
	core *Core
}

// NewTeamService returns the service over core.
func NewTeamService(core *Core) *TeamService { return &TeamService{core: core} }

// List returns every team with its member count.
func (s *TeamService) List() ([]model.Team, error) {
	var out []model.Team
	err := s.core.with("", "team.list", "team", "", func(cl call) error {
		var err error
		out, err = store.ListTeams(cl.ctx, cl.st.Reader())
		return err
	})
	return out, err
}

// Create adds a team; CodeConflict for a taken name.
func (s *TeamService) Create(name string) (model.Team, error) {
	var out model.Team
	err := s.core.with(rbac.PermUsersManage, "team.create", "team", "", func(cl call) error {
		t := model.Team{ID: store.NewID(), Name: strings.TrimSpace(name)}
		if err := validateTeamName(t.Name); err != nil {
			return err
		}
		out = t
		return cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			if err := store.InsertTeam(cl.ctx, tx, t, s.core.now()); err != nil {
				return err
			}
			e := s.core.entry(cl.actor, audit.CatConfig, "team.create", "team", t.ID, t.Name)
			e.Changes = audit.Diff(nil, map[string]any{"name": t.Name}, nil, nil)
			return store.AppendAudit(cl.ctx, tx, e)
		})
	})
	return out, err
}

// Rename renames a team.
func (s *TeamService) Rename(id, name string) (model.Team, error) {
	var out model.Team
	err := s.core.with(rbac.PermUsersManage, "team.rename", "team", id, func(cl call) error {
		name = strings.TrimSpace(name)
		if err := validateTeamName(name); err != nil {
			return err
		}
		before, err := store.GetTeam(cl.ctx, cl.st.Reader(), id)
		if err != nil {
			return err
		}
		err = cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			if err := store.RenameTeam(cl.ctx, tx, id, name); err != nil {
				return err
			}
			e := s.core.entry(cl.actor, audit.CatConfig, "team.rename", "team", id, name)
			e.Changes = audit.Diff(map[string]any{"name": before.Name}, map[string]any{"name": name}, nil, nil)
			return store.AppendAudit(cl.ctx, tx, e)
		})
		if err != nil {
			return err
		}
		out, err = store.GetTeam(cl.ctx, cl.st.Reader(), id)
		return err
	})
	return out, err
}

// Delete removes a team; its members leave it (their access narrows at once).
func (s *TeamService) Delete(id string) error {
	return s.core.with(rbac.PermUsersManage, "team.delete", "team", id, func(cl call) error {
		t, err := store.GetTeam(cl.ctx, cl.st.Reader(), id)
		if err != nil {
			return err
		}
		return cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			if err := store.DeleteTeam(cl.ctx, tx, id); err != nil {
				return err
			}
			e := s.core.entry(cl.actor, audit.CatConfig, "team.delete", "team", id, t.Name)
			e.Changes = audit.Diff(map[string]any{"name": t.Name, "members": t.MemberCount}, nil, nil, nil)
			return store.AppendAudit(cl.ctx, tx, e)
		})
	})
}

func validateTeamName(name string) error {
	if msg := model.ValidateWorkspaceName(name); msg != "" {
		return apperr.Invalid(msg, map[string]string{"name": msg})
	}
	return nil
}
