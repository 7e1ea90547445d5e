package service

import (
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// MaxViewQuery bounds (in bytes) a saved view's query, as JSON: shared views
// are sent to everyone who lists them.
const MaxViewQuery = 16 << 10

// ViewService is bound to the frontend: saved list views. A user sees their
// own views and the shared ones of the entities they may read; only the
// owner (or an administrator) changes or deletes a view.
type ViewService struct {
	core *Core
}

// NewViewService returns the service over core.
func NewViewService(core *Core) *ViewService { return &ViewService{core: core} }

// List returns the caller's views of entity and the shared ones, by name.
// CodeInvalid for an unknown entity; CodeForbidden without read scope on it.
func (s *ViewService) List(entity string) ([]model.SavedView, error) {
	var out []model.SavedView
	err := s.core.withEntity(entity, rbac.ActionRead, "views", "", func(cl call, e *schema.Entity) error {
		var err error
		out, err = store.ListViews(cl.ctx, cl.st.Reader(), cl.actor.UserID, string(e.Name))
		return err
	})
	return out, err
}

// Save creates (ID "") or changes a view. The query must be one the caller
// could run (CodeInvalid otherwise, as List's) and at most MaxViewQuery
// bytes as JSON (CodeInvalid naming "query"); the name 1..80 characters.
// Changing someone else's view: CodeNotFound when it is not visible to the
// caller, CodeForbidden (audited) when it is shared but not theirs and they
// are not an administrator. Audited as view.save.
func (s *ViewService) Save(v model.SavedView) (model.SavedView, error) {
	var out model.SavedView
	err := s.core.withEntity(v.Entity, rbac.ActionRead, "view.save", v.ID, func(cl call, e *schema.Entity) error {
		v.Name = strings.TrimSpace(v.Name)
		if n := utf8.RuneCountInString(v.Name); n == 0 || n > 80 || strings.IndexFunc(v.Name, unicode.IsControl) >= 0 {
			return apperr.Invalid("Enter a name of at most 80 characters.", map[string]string{"name": "1 to 80 characters"})
		}
		v.Query.Entity = string(e.Name)
		v.Query.Offset, v.Query.After = 0, ""
		if err := store.CheckListQuery(e, cl.actor, v.Query); err != nil {
			return err
		}
		if b, err := json.Marshal(v.Query); err != nil || len(b) > MaxViewQuery {
			return apperr.Invalid("This view's query is too large to save.", map[string]string{"query": "at most 16 KB"})
		}
		rec := store.ViewRecord{SavedView: v, OwnerID: cl.actor.UserID}
		if v.ID == "" {
			rec.ID = store.NewID()
		} else {
			old, err := s.visible(cl, v.ID)
			if err != nil {
				return err
			}
			if old.Entity != v.Entity {
				return apperr.Invalid("A view keeps its record type.", map[string]string{"entity": "cannot change"})
			}
			if old.OwnerID != cl.actor.UserID && !rbac.IsAdministrator(cl.actor.Grants) {
				return s.core.deny(cl, "view.save", "view", v.ID, "only the owner changes a view")
			}
			rec.OwnerID = old.OwnerID
		}
		err := cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			if err := store.SaveView(cl.ctx, tx, rec, s.core.now()); err != nil {
				return err
			}
			en := s.core.entry(cl.actor, audit.CatConfig, "view.save", "view", rec.ID, rec.Name)
			en.Changes = audit.Diff(nil, map[string]any{"name": rec.Name, "entity": rec.Entity, "shared": rec.Shared}, nil, nil)
			return store.AppendAudit(cl.ctx, tx, en)
		})
		out = rec.SavedView
		out.Mine = rec.OwnerID == cl.actor.UserID
		return err
	})
	return out, err
}

// Delete removes a view: the owner's own, or any (visible) one for an
// administrator. CodeNotFound when not visible; CodeForbidden (audited) for
// someone else's shared view. Audited as view.delete.
func (s *ViewService) Delete(id string) error {
	return s.core.with("", "view.delete", "view", id, func(cl call) error {
		old, err := s.visible(cl, id)
		if err != nil {
			return err
		}
		if old.OwnerID != cl.actor.UserID && !rbac.IsAdministrator(cl.actor.Grants) {
			return s.core.deny(cl, "view.delete", "view", id, "only the owner deletes a view")
		}
		return cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			if err := store.DeleteView(cl.ctx, tx, id); err != nil {
				return err
			}
			return store.AppendAudit(cl.ctx, tx, s.core.entry(cl.actor, audit.CatConfig, "view.delete", "view", id, old.Name))
		})
	})
}

// visible returns a view the caller may see (own, or shared on an entity
// they may read), else CodeNotFound.
func (s *ViewService) visible(cl call, id string) (store.ViewRecord, error) {
	v, err := store.GetView(cl.ctx, cl.st.Reader(), id)
	if err != nil {
		return v, err
	}
	readable := cl.actor.Scope(rbac.Entity(v.Entity), rbac.ActionRead) != rbac.ScopeNone
	if v.OwnerID != cl.actor.UserID && !(v.Shared && readable) {
		return v, apperr.New(apperr.CodeNotFound, "There is no such view.")
	}
	return v, nil
}
