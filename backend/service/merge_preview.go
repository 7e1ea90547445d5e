package service

import (
	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// MergePreview counts what merging other into survivor (records of entity)
// would move: per entity, the records linking to other — all of them move,
// also those outside the caller's scope or in the Trash, so the count says
// how many the caller can read. It checks what Merge checks, reads only,
// and is not audited (a refusal is).
//
// Errors: CodeForbidden (audited) without data.import, update or delete
// scope on entity; CodeNotFound when either record is absent, in the
// Trash or outside scope; CodeInvalid for the same record twice or an
// entity without duplicate rules.
func (s *DuplicateService) MergePreview(entity, survivor, other string) (model.MergePreview, error) {
	out := model.MergePreview{Links: []model.MergeLinks{}}
	err := s.core.with(rbac.PermDataImport, "duplicates.merge_preview", entity, survivor, func(cl call) error {
		e, err := s.mergeScope(cl, "duplicates.merge_preview", entity, survivor, other)
		if err != nil {
			return err
		}
		q := cl.st.Reader()
		if _, err := store.GetRecord(cl.ctx, q, e, cl.actor, rbac.ActionUpdate, survivor, false); err != nil {
			return err
		}
		if _, err := store.GetRecord(cl.ctx, q, e, cl.actor, rbac.ActionDelete, other, false); err != nil {
			return err
		}
		counts, err := store.CountReferences(cl.ctx, q, cl.actor, string(e.Name), other)
		if err != nil {
			return err
		}
		for _, c := range counts {
			le, err := schema.Get(c.Entity)
			if err != nil {
				return err
			}
			out.Links = append(out.Links, model.MergeLinks{Entity: c.Entity, Label: le.Def.Label, LabelPlural: le.Def.LabelPlural,
				Total: c.Total, Readable: c.Readable})
			out.Moved += c.Total
		}
		return nil
	})
	return out, err
}

// mergeScope checks a merge's request and the caller's scope: an entity
// with duplicate rules, two different records, update and delete scope
// on the entity (a refusal is audited as action).
func (s *DuplicateService) mergeScope(cl call, action, entity, survivor, other string) (*schema.Entity, error) {
	e, err := dedupEntity(entity)
	if err != nil {
		return nil, err
	}
	if survivor == "" || survivor == other {
		return nil, apperr.Invalid("Choose two different records.", map[string]string{"other": "same record"})
	}
	if cl.actor.Scope(e.Name, rbac.ActionUpdate) == rbac.ScopeNone || cl.actor.Scope(e.Name, rbac.ActionDelete) == rbac.ScopeNone {
		return nil, s.core.deny(cl, action, e.Singular, survivor, "merging needs update and delete scope")
	}
	return e, nil
}
