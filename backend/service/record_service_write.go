package service

import (
	"errors"
	"slices"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// Create adds a record owned by in.OwnerID ("" = the caller) in team
// in.TeamID ("" = the owner's first team). CodeInvalid with Fields for bad
// values, refs that do not exist or the caller may not read, an unknown
// owner or team; CodeForbidden (audited) without create scope for that
// owner and team, or when a caller without sensitive.view sets a sensitive
// field.
func (s *RecordService) Create(in model.RecordInput) (model.RecordItem, error) {
	var out model.RecordItem
	err := s.core.withEntity(in.Entity, rbac.ActionCreate, "create", "", func(cl call, e *schema.Entity) error {
		values, reason := sensitiveInput(cl, e, in.Values, true)
		if reason != "" {
			return s.core.deny(cl, e.Singular+".create", e.Singular, "", reason)
		}
		norm, err := e.Normalize(values, nil, false)
		if err != nil {
			return err
		}
		r := model.RecordItem{ID: store.NewID(), Entity: string(e.Name), Values: norm}
		err = cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			if err := s.core.placeRecord(cl, tx, e, &r, in.OwnerID, in.TeamID, ""); err != nil {
				return err
			}
			return s.core.insertRecord(cl, tx, e, &r)
		})
		if err != nil {
			return s.core.denyIf(cl, err, e.Singular+".create", e.Singular, "")
		}
		out, err = s.core.reread(cl, e, r)
		return err
	})
	return out, err
}

// Update changes the given fields (and owner/team when set) of a live record
// the caller may update. A sensitive field sent as rbac.Masked is left
// unchanged. Errors as Create's; CodeNotFound when the record is absent, in
// the Trash or outside the caller's update scope.
func (s *RecordService) Update(in model.RecordInput) (model.RecordItem, error) {
	var out model.RecordItem
	err := s.core.withEntity(in.Entity, rbac.ActionUpdate, "update", in.ID, func(cl call, e *schema.Entity) error {
		values, reason := sensitiveInput(cl, e, in.Values, false)
		if reason != "" {
			return s.core.deny(cl, e.Singular+".update", e.Singular, in.ID, reason)
		}
		var r model.RecordItem
		err := cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			cur, err := store.GetRecord(cl.ctx, tx, e, cl.actor, rbac.ActionUpdate, in.ID, false)
			if err != nil {
				return err
			}
			norm, err := e.Normalize(values, cur.Values, false)
			if err != nil {
				return err
			}
			r, err = s.core.updateRecord(cl, tx, e, cur, norm, in.OwnerID, in.TeamID, "update")
			return err
		})
		if err != nil {
			return s.core.denyIf(cl, err, e.Singular+".update", e.Singular, in.ID)
		}
		out, err = s.core.reread(cl, e, r)
		return err
	})
	return out, err
}

// Delete moves a live record the caller may delete to the Trash (and out of
// search). CodeNotFound when absent, already in the Trash or outside scope.
func (s *RecordService) Delete(entity, id string) error {
	return s.core.withEntity(entity, rbac.ActionDelete, "delete", id, func(cl call, e *schema.Entity) error {
		return cl.st.Write(cl.ctx, func(tx *store.Tx) error { return s.core.trashRecord(cl, tx, e, id) })
	})
}

// Restore brings a record back from the Trash (needs delete scope on it).
// CodeNotFound when it is not in the Trash or outside scope.
func (s *RecordService) Restore(entity, id string) (model.RecordItem, error) {
	var out model.RecordItem
	err := s.core.withEntity(entity, rbac.ActionDelete, "restore", id, func(cl call, e *schema.Entity) error {
		var r model.RecordItem
		err := cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			var err error
			if r, err = store.GetRecord(cl.ctx, tx, e, cl.actor, rbac.ActionDelete, id, true); err != nil {
				return err
			}
			if err := store.RestoreRecord(cl.ctx, tx, e, cl.actor, id, store.FormatTime(s.core.now())); err != nil {
				return err
			}
			return store.AppendAudit(cl.ctx, tx, s.core.recordEntry(cl, e, "restore", r))
		})
		if err != nil {
			return err
		}
		out, err = s.core.reread(cl, e, r)
		return err
	})
	return out, err
}

// Purge deletes a record in the Trash for good. Only administrators
// (rbac.IsAdministrator) may: others get an audited CodeForbidden.
// CodeNotFound when the record is not in the Trash.
func (s *RecordService) Purge(entity, id string) error {
	return s.core.withEntity(entity, rbac.ActionDelete, "purge", id, func(cl call, e *schema.Entity) error {
		if !rbac.IsAdministrator(cl.actor.Grants) {
			return s.core.deny(cl, e.Singular+".purge", e.Singular, id, "only administrators purge records")
		}
		return cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			r, err := store.GetRecord(cl.ctx, tx, e, cl.actor, rbac.ActionDelete, id, true)
			if err != nil {
				return err
			}
			if err := store.PurgeRecord(cl.ctx, tx, e, cl.actor, id); err != nil {
				return err
			}
			return store.AppendAudit(cl.ctx, tx, s.core.recordEntry(cl, e, "purge", r))
		})
	})
}

// sensitiveInput drops sensitive fields sent as rbac.Masked (unchanged) and
// returns a refusal reason when a caller without sensitive.view sends any
// other value for one (on create, an empty value is allowed).
func sensitiveInput(cl call, e *schema.Entity, in map[string]any, create bool) (map[string]any, string) {
	out := make(map[string]any, len(in))
	for k, v := range in {
		if e.IsSensitive(k) {
			if rbac.IsMasked(v) {
				continue
			}
			if !cl.actor.SeesField(e.Name, k) && !(create && (v == nil || v == "")) {
				return nil, "sensitive field " + k + " without sensitive.view"
			}
		}
		out[k] = v
	}
	return out, ""
}

// denied is returned from inside a write transaction for a refusal that must
// be audited once the transaction has rolled back (the audit write needs the
// writer connection).
type denied struct{ reason string }

func (d denied) Error() string { return "denied: " + d.reason }

// denyIf turns a denied error into an audited CodeForbidden; others pass.
func (c *Core) denyIf(cl call, err error, action, objType, objID string) error {
	var d denied
	if errors.As(err, &d) {
		return c.deny(cl, action, objType, objID, d.reason)
	}
	return err
}

// placeRecord sets r's owner and team: owner "" = keep (current) or the
// caller (create); team "" = the owner's first team when the owner changes.
// The team must be one of the owner's teams (CodeInvalid naming "teamId"),
// and the placement within the caller's create scope (denied).
func (c *Core) placeRecord(cl call, tx *store.Tx, e *schema.Entity, r *model.RecordItem, owner, team, curOwner string) error {
	if owner == "" {
		owner = curOwner
	}
	if owner == "" {
		owner = cl.actor.UserID
	}
	if owner != r.OwnerID || team != "" {
		u, err := store.GetUser(cl.ctx, tx, owner)
		if err != nil {
			return apperr.Invalid("There is no such user.", map[string]string{"ownerId": "There is no such user."})
		}
		switch {
		case team != "":
			if _, err := store.GetTeam(cl.ctx, tx, team); err != nil {
				return apperr.Invalid("There is no such team.", map[string]string{"teamId": "There is no such team."})
			}
			if !slices.Contains(u.TeamIDs, team) {
				return apperr.Invalid("The owner is not in this team.", map[string]string{"teamId": "The owner is not in this team."})
			}
		case owner != r.OwnerID || r.TeamID == "":
			team = ""
			if len(u.TeamIDs) > 0 {
				team = u.TeamIDs[0]
			}
		default:
			team = r.TeamID
		}
		r.OwnerID, r.TeamID = owner, team
	}
	if !cl.actor.Allows(e.Name, rbac.ActionCreate, r.OwnerID, r.TeamID) {
		return denied{"owner or team outside the caller's create scope"}
	}
	return nil
}

// insertRecord stamps, checks refs, inserts and audits a new record.
func (c *Core) insertRecord(cl call, tx *store.Tx, e *schema.Entity, r *model.RecordItem) error {
	ins, err := store.NewInserter(cl.ctx, tx, e)
	if err != nil {
		return err
	}
	defer ins.Close()
	return c.insertRecordWith(cl, tx, ins, e, r, insertOpts{})
}

// insertOpts adjust insertRecordWith: Reason goes on the audit entry (e.g.
// the import batch); RefsChecked skips checkRefs for a caller that
// resolved every ref from records the actor may read (an import's
// lookups); Unaudited leaves the entry to the caller, who audits the
// records in bulk (an import chunk: ids and a digest of their values).
type insertOpts struct {
	Reason      string
	RefsChecked bool
	Unaudited   bool
}

// insertRecordWith is insertRecord through a prepared Inserter of e (many
// records in one transaction), as o says.
func (c *Core) insertRecordWith(cl call, tx *store.Tx, ins *store.Inserter, e *schema.Entity, r *model.RecordItem, o insertOpts) error {
	if !o.RefsChecked {
		if err := checkRefs(cl, tx, e, r.Values, r.Values, nil); err != nil {
			return err
		}
	}
	now := store.FormatTime(c.now())
	r.CreatedAt, r.CreatedBy, r.UpdatedAt, r.UpdatedBy = now, cl.actor.UserID, now, cl.actor.UserID
	r.Title = e.Title(r.Values)
	if err := ins.Insert(cl.ctx, *r); err != nil {
		return err
	}
	if o.Unaudited {
		return nil
	}
	en := c.recordEntry(cl, e, "create", *r)
	en.Changes = audit.Diff(nil, auditValues(*r, true), e.IsSensitive, nil)
	en.Reason = o.Reason
	return store.AppendAudit(cl.ctx, tx, en)
}

// updateRecord applies changes (storage form) and a new placement to cur,
// checks refs, writes and audits "<singular>.<verb>"; it returns the new
// record. When nothing changes it writes and audits nothing and returns cur.
func (c *Core) updateRecord(cl call, tx *store.Tx, e *schema.Entity, cur model.RecordItem, changes map[string]any, owner, team, verb string) (model.RecordItem, error) {
	return c.updateRecordWhy(cl, tx, e, cur, changes, owner, team, verb, "")
}

// updateRecordWhy is updateRecord with a reason on its audit entry (an
// import batch, a revert).
func (c *Core) updateRecordWhy(cl call, tx *store.Tx, e *schema.Entity, cur model.RecordItem, changes map[string]any, owner, team, verb, reason string) (model.RecordItem, error) {
	r := cur
	r.Values = make(map[string]any, len(cur.Values))
	for k, v := range cur.Values {
		r.Values[k] = v
	}
	for k, v := range changes {
		r.Values[k] = v
	}
	if owner != "" && owner != cur.OwnerID || team != "" && team != cur.TeamID {
		if err := c.placeRecord(cl, tx, e, &r, owner, team, cur.OwnerID); err != nil {
			return r, err
		}
	}
	if err := checkRefs(cl, tx, e, changes, r.Values, cur.Values); err != nil {
		return r, err
	}
	diff := audit.Diff(auditValues(cur, false), auditValues(r, false), e.IsSensitive, nil)
	if len(diff) == 0 {
		return cur, nil
	}
	r.UpdatedAt, r.UpdatedBy, r.Title = store.FormatTime(c.now()), cl.actor.UserID, e.Title(r.Values)
	if err := store.UpdateRecord(cl.ctx, tx, e, cl.actor, r, changes); err != nil {
		return r, err
	}
	en := c.recordEntry(cl, e, verb, r)
	en.Changes, en.Reason = diff, reason
	return r, store.AppendAudit(cl.ctx, tx, en)
}

// trashRecord moves a record the caller may delete to the Trash, audited.
func (c *Core) trashRecord(cl call, tx *store.Tx, e *schema.Entity, id string) error {
	r, err := store.GetRecord(cl.ctx, tx, e, cl.actor, rbac.ActionDelete, id, false)
	if err != nil {
		return err
	}
	if err := store.TrashRecord(cl.ctx, tx, e, cl.actor, id, store.FormatTime(c.now())); err != nil {
		return err
	}
	return store.AppendAudit(cl.ctx, tx, c.recordEntry(cl, e, "delete", r))
}

// checkRefs refuses (CodeInvalid naming the field) a changed ref that does
// not name a live record the caller may read. all is the whole new record
// (for the entity of a relatedId); before the stored one (nil on create):
// ids a refs list already held are not checked again, so a list may keep
// (or drop) a linked record its editor cannot see.
func checkRefs(cl call, tx *store.Tx, e *schema.Entity, changed, all, before map[string]any) error {
	bad := map[string]string{}
	for i := range e.Fields {
		f := &e.Fields[i]
		if list, ok := changed[f.Name].([]string); ok && f.Type == model.FieldRefs {
			old, _ := before[f.Name].([]string)
			for _, id := range list {
				if slices.Contains(old, id) {
					continue
				}
				if ok, err := store.RefReadable(cl.ctx, tx, cl.actor, f.Ref, id); err != nil {
					return err
				} else if !ok {
					bad[f.Name] = "A linked record does not exist, or you may not see it."
					break
				}
			}
			continue
		}
		id, _ := changed[f.Name].(string)
		_, relChanged := changed[schema.RelatedEntityField]
		if f.Type != model.FieldRef || (id == "" && !(f.Ref == schema.RefAny && relChanged)) {
			continue
		}
		if id == "" {
			id, _ = all[f.Name].(string)
			if id == "" {
				continue
			}
		}
		target := refTarget(f, all)
		ok, err := store.RefReadable(cl.ctx, tx, cl.actor, target, id)
		if err != nil {
			return err
		}
		if !ok || target == "" {
			bad[f.Name] = "There is no such record, or you may not see it."
		}
	}
	if len(bad) > 0 {
		return apperr.Invalid("Some fields need attention.", bad)
	}
	return nil
}

// auditValues is a record as audit before/after values (empty values left
// out of creates), with its owner and team.
func auditValues(r model.RecordItem, create bool) map[string]any {
	out := map[string]any{"ownerId": r.OwnerID, "teamId": r.TeamID}
	for k, v := range r.Values {
		if create && (v == nil || v == "" || v == false) {
			continue
		}
		if list, ok := v.([]string); ok && create && len(list) == 0 {
			continue
		}
		out[k] = v
	}
	return out
}

// reread returns the record as the caller now sees it: only its ID and
// entity when they may not read it (it left their read scope, or was never
// in it), so a write never reveals what a read would not.
func (c *Core) reread(cl call, e *schema.Entity, r model.RecordItem) (model.RecordItem, error) {
	got, err := store.GetRecord(cl.ctx, cl.st.Reader(), e, cl.actor, rbac.ActionRead, r.ID, false)
	if apperr.Is(err, apperr.CodeNotFound) {
		return model.RecordItem{ID: r.ID, Entity: r.Entity, Values: map[string]any{}}, nil
	}
	if err != nil {
		return got, err
	}
	return presentOne(cl, cl.st.Reader(), e, got)
}
