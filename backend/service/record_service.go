package service

import (
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// RecordService is bound to the frontend: lists, detail pages and forms of
// every CRM entity (contacts, companies, leads, deals, activities, tasks).
//
// Every method checks the session itself. Record scope (own/team/all) is
// part of each query, so a record outside the caller's scope reads as
// CodeNotFound, exactly like an absent one; an entity the caller has no
// scope at all for is refused with CodeForbidden (audited). Sensitive
// fields are masked (rbac.Masked, listed in Record.Masked) for callers
// without sensitive.view in every response.
//
// Audit actions are "<singular>.<verb>" with the entity's singular name:
// contact.create, contact.update, contact.delete (to Trash), contact.restore,
// contact.purge, contact.view (Get), contact.assign / deal.stage /
// contact.tag (bulk, one entry per record), lead.convert.
type RecordService struct {
	core *Core
}

// NewRecordService returns the service over core.
func NewRecordService(core *Core) *RecordService { return &RecordService{core: core} }

// Schema returns the entities the caller may read, with their fields.
func (s *RecordService) Schema() ([]model.EntityDef, error) {
	out := []model.EntityDef{}
	err := s.core.with("", "record.schema", "", "", func(cl call) error {
		for _, e := range schema.All() {
			if cl.actor.Scope(e.Name, rbac.ActionRead) != rbac.ScopeNone {
				out = append(out, e.Def)
			}
		}
		return nil
	})
	return out, err
}

// List returns one page of q.Entity's records the caller may read, or with
// q.Trash the Trash records they may delete: the rows after q.After (the
// NextAfter of the previous page; "" = from the start), skipping q.Offset.
// Paging by NextAfter costs the same at any depth; Offset still works
// (alone it is the classic offset, growing with the depth). CodeInvalid for
// an unknown entity, bad paging (Limit 1..500, 0 = 100; Offset ≥ 0; an
// After that is malformed or from another entity, sort field or direction),
// an unknown, unfilterable or masked filter or sort field; CodeForbidden
// without any read (Trash: delete) scope on the entity.
func (s *RecordService) List(q model.ListQuery) (model.RecordPage, error) {
	out := model.RecordPage{Rows: []model.RecordItem{}, Offset: q.Offset}
	act := rbac.ActionRead
	if q.Trash {
		act = rbac.ActionDelete
	}
	err := s.core.withEntity(q.Entity, act, "list", "", func(cl call, e *schema.Entity) error {
		page, err := store.ListRecordsPage(cl.ctx, cl.st.Reader(), e, cl.actor, q)
		if err != nil {
			return err
		}
		if out.Rows, err = present(cl, cl.st.Reader(), e, page.Rows); err != nil {
			return err
		}
		out.Total, out.TotalCapped, out.NextAfter = page.Total, page.Capped, page.NextAfter
		return nil
	})
	return out, err
}

// Get returns one live record the caller may read and audits the view
// (<singular>.view). CodeNotFound when absent, in the Trash or outside scope.
func (s *RecordService) Get(entity, id string) (model.RecordItem, error) {
	var out model.RecordItem
	err := s.core.withEntity(entity, rbac.ActionRead, "view", id, func(cl call, e *schema.Entity) error {
		r, err := store.GetRecord(cl.ctx, cl.st.Reader(), e, cl.actor, rbac.ActionRead, id, false)
		if err != nil {
			return err
		}
		if out, err = presentOne(cl, cl.st.Reader(), e, r); err != nil {
			return err
		}
		return cl.st.AuditWrite(cl.ctx, s.core.recordEntry(cl, e, "view", r))
	})
	return out, err
}

// Lookup returns up to limit (1..50, 0 = 20) records of entity the caller
// may read whose words start with text (the most recent ones for an empty
// text), for ref pickers. CodeForbidden without read scope on the entity.
func (s *RecordService) Lookup(entity, text string, limit int) ([]model.SearchHit, error) {
	out := []model.SearchHit{}
	err := s.core.withEntity(entity, rbac.ActionRead, "lookup", "", func(cl call, e *schema.Entity) error {
		n, err := hitLimit(limit, 20)
		if err != nil {
			return err
		}
		keys, err := store.LookupRecords(cl.ctx, cl.st.Reader(), e, cl.actor, text, n)
		if err != nil {
			return err
		}
		out, err = hits(cl, keys)
		return err
	})
	return out, err
}
