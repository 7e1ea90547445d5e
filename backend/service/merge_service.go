package service

import (
	"fmt"
	"maps"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// Merge merges req.Other into req.Survivor, in one transaction: the
// survivor takes req.Values (fields left out keep its value; a sensitive
// field sent masked is unchanged); every link to the other record —
// activities, tasks, deals, contacts of a company, deal contact lists,
// converted leads — moves to the survivor; the other record goes to the
// Trash. Both records are audited with their values ("<type>.merge"). The
// merge can be undone (UndoMerge) while the survivor is unchanged.
//
// Errors: CodeForbidden (audited) without data.import (it covers merging
// duplicates), update scope on the survivor and delete scope on the other, or when a caller without sensitive.view
// sets a sensitive field; CodeNotFound when either is absent, in the
// Trash or outside scope; CodeInvalid for the same record twice, an entity
// without duplicate rules, or bad values.
func (s *DuplicateService) Merge(req model.MergeRequest) (model.MergeResult, error) {
	var out model.MergeResult
	err := s.core.with(rbac.PermDataImport, "duplicates.merge", req.Entity, req.Survivor, func(cl call) error {
		e, err := s.mergeScope(cl, "duplicates.merge", req.Entity, req.Survivor, req.Other)
		if err != nil {
			return err
		}
		values, reason := sensitiveInput(cl, e, req.Values, false)
		if reason != "" {
			return s.core.deny(cl, e.Singular+".merge", e.Singular, req.Survivor, reason)
		}
		var next model.RecordItem
		err = cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			var err error
			next, out, err = s.mergeIn(cl, tx, e, req, values)
			return err
		})
		if err != nil {
			return s.core.denyIf(cl, err, e.Singular+".merge", e.Singular, req.Survivor)
		}
		out.Survivor, err = s.core.reread(cl, e, next)
		return err
	})
	return out, err
}

// mergeIn does Merge inside tx.
func (s *DuplicateService) mergeIn(cl call, tx *store.Tx, e *schema.Entity, req model.MergeRequest, values map[string]any) (model.RecordItem, model.MergeResult, error) {
	var out model.MergeResult
	sur, err := store.GetRecord(cl.ctx, tx, e, cl.actor, rbac.ActionUpdate, req.Survivor, false)
	if err != nil {
		return sur, out, err
	}
	oth, err := store.GetRecord(cl.ctx, tx, e, cl.actor, rbac.ActionDelete, req.Other, false)
	if err != nil {
		return sur, out, err
	}
	for k := range values {
		if f, ok := e.Field(k); !ok || f.ReadOnly {
			return sur, out, apperr.Invalid("Some fields cannot be merged.", map[string]string{k: "not mergeable"})
		}
	}
	norm, err := e.Normalize(values, sur.Values, false)
	if err != nil {
		return sur, out, err
	}
	moved, err := store.MoveReferences(cl.ctx, tx, string(e.Name), oth.ID, sur.ID)
	if err != nil {
		return sur, out, err
	}
	now := store.FormatTime(s.core.now())
	if err := s.auditMoved(cl, tx, moved, oth.ID, sur.ID, now, "merge of "+oth.ID+" into "+sur.ID); err != nil {
		return sur, out, err
	}
	if err := store.TrashRecord(cl.ctx, tx, e, cl.actor, oth.ID, now); err != nil {
		return sur, out, err
	}
	gone := s.core.recordEntry(cl, e, "merge", oth)
	gone.Changes = audit.Diff(nil, auditValues(oth, true), e.IsSensitive, nil)
	gone.Reason = "merged into " + sur.ID + " (to the Trash)"
	if err := store.AppendAudit(cl.ctx, tx, gone); err != nil {
		return sur, out, err
	}
	next, err := s.core.updateRecordWhy(cl, tx, e, sur, norm, "", "", "merge", fmt.Sprintf("merged %s into it; %d links moved", oth.ID, len(moved)))
	if err != nil {
		return sur, out, err
	}
	if next.UpdatedAt == sur.UpdatedAt { // nothing changed: stamp the merge anyway, for undo checks
		en := s.core.recordEntry(cl, e, "merge", sur)
		en.Reason = fmt.Sprintf("merged %s into it; %d links moved", oth.ID, len(moved))
		if err := store.AppendAudit(cl.ctx, tx, en); err != nil {
			return sur, out, err
		}
	}
	out.ID, out.Moved = store.NewID(), len(moved)
	err = store.InsertMerge(cl.ctx, tx, store.MergeRecord{ID: out.ID, Entity: string(e.Name), SurvivorID: sur.ID, MergedID: oth.ID,
		SurvivorTitle: sur.Title, MergedTitle: oth.Title, SurvivorBefore: withPlacement(sur), MergedBefore: withPlacement(oth),
		Moved: moved, SurvivorUpdatedAt: next.UpdatedAt, MergedBy: cl.actor.UserID, MergedAt: s.core.now()})
	return next, out, err
}

// withPlacement is a record's values with its owner and team.
func withPlacement(r model.RecordItem) map[string]any {
	out := maps.Clone(r.Values)
	if out == nil {
		out = map[string]any{}
	}
	out["ownerId"], out["teamId"] = r.OwnerID, r.TeamID
	return out
}

// UndoMerge undoes merge id: the other record comes back from the Trash,
// the survivor gets its values from before the merge back and the links
// moved to it point at the other record again (those not changed since).
// Audited ("<type>.unmerge"). Errors: CodeForbidden (audited) without
// data.import and update and delete scope on the records, or for another
// user's merge unless the caller is an administrator; CodeNotFound for an unknown
// merge (or records outside scope); CodeConflict when already undone, the
// survivor changed since, the other record left the Trash, or either
// person's data was erased.
func (s *DuplicateService) UndoMerge(id string) (model.RecordItem, error) {
	var out model.RecordItem
	err := s.core.with(rbac.PermDataImport, "duplicates.unmerge", "duplicates", id, func(cl call) error {
		m, err := store.GetMerge(cl.ctx, cl.st.Reader(), id)
		if err != nil {
			return err
		}
		if m.MergedBy != cl.actor.UserID && !rbac.IsAdministrator(cl.actor.Grants) {
			return s.core.deny(cl, "duplicates.unmerge", "duplicates", id, "another user's merge")
		}
		e, err := schema.Get(m.Entity)
		if err != nil {
			return err
		}
		if cl.actor.Scope(e.Name, rbac.ActionUpdate) == rbac.ScopeNone || cl.actor.Scope(e.Name, rbac.ActionDelete) == rbac.ScopeNone {
			return s.core.deny(cl, "duplicates.unmerge", e.Singular, m.SurvivorID, "undoing a merge needs update and delete scope")
		}
		switch {
		case !m.UndoneAt.IsZero():
			return apperr.New(apperr.CodeConflict, "This merge was already undone.")
		case m.Erased:
			return apperr.New(apperr.CodeConflict, "Personal data of these records was erased since; the merge cannot be undone.")
		}
		var sur model.RecordItem
		err = cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			var err error
			sur, err = s.unmergeIn(cl, tx, e, m)
			return err
		})
		if err != nil {
			return s.core.denyIf(cl, err, e.Singular+".unmerge", e.Singular, m.SurvivorID)
		}
		out, err = s.core.reread(cl, e, sur)
		return err
	})
	return out, err
}

func (s *DuplicateService) unmergeIn(cl call, tx *store.Tx, e *schema.Entity, m store.MergeRecord) (model.RecordItem, error) {
	sur, err := store.GetRecord(cl.ctx, tx, e, cl.actor, rbac.ActionUpdate, m.SurvivorID, false)
	if err != nil {
		return sur, err
	}
	if sur.UpdatedAt != m.SurvivorUpdatedAt {
		return sur, apperr.New(apperr.CodeConflict, "%s was changed after the merge; undo those changes first or merge again.", sur.Title)
	}
	oth, err := store.GetRecord(cl.ctx, tx, e, cl.actor, rbac.ActionDelete, m.MergedID, true)
	if apperr.Is(err, apperr.CodeNotFound) {
		return sur, apperr.New(apperr.CodeConflict, "The merged record is no longer in the Trash.")
	}
	if err != nil {
		return sur, err
	}
	if err := store.RestoreRecord(cl.ctx, tx, e, cl.actor, oth.ID, store.FormatTime(s.core.now())); err != nil {
		return sur, err
	}
	back := s.core.recordEntry(cl, e, "unmerge", oth)
	back.Reason = "merge " + m.ID + " undone (from the Trash)"
	if err := store.AppendAudit(cl.ctx, tx, back); err != nil {
		return sur, err
	}
	if err := store.UnmoveReferences(cl.ctx, tx, string(e.Name), oth.ID, sur.ID, m.Moved); err != nil {
		return sur, err
	}
	if err := s.auditMoved(cl, tx, m.Moved, sur.ID, oth.ID, store.FormatTime(s.core.now()), "merge "+m.ID+" undone"); err != nil {
		return sur, err
	}
	vals := map[string]any{}
	for k, v := range m.SurvivorBefore {
		if k != "ownerId" && k != "teamId" {
			vals[k] = v
		}
	}
	norm, err := e.Normalize(vals, sur.Values, true)
	if err != nil {
		return sur, err
	}
	next, err := s.core.updateRecordWhy(cl, tx, e, sur, norm, "", "", "unmerge", "merge "+m.ID+" undone")
	if err != nil {
		return sur, err
	}
	return next, store.MarkMergeUndone(cl.ctx, tx, m.ID, cl.actor.UserID, s.core.now())
}

// Merges lists the newest merges of entity ("" = all, at most 100): the
// caller's own, or everyone's for administrators.
func (s *DuplicateService) Merges(entity string) ([]model.MergeInfo, error) {
	out := []model.MergeInfo{}
	err := s.core.with("", "duplicates.merges", "duplicates", entity, func(cl call) error {
		list, err := store.ListMerges(cl.ctx, cl.st.Reader(), entity, 100)
		if err != nil {
			return err
		}
		names, err := userNames(cl)
		if err != nil {
			return err
		}
		admin := rbac.IsAdministrator(cl.actor.Grants)
		for _, m := range list {
			if !admin && m.MergedBy != cl.actor.UserID {
				continue
			}
			out = append(out, model.MergeInfo{ID: m.ID, Entity: m.Entity, SurvivorID: m.SurvivorID, SurvivorTitle: m.SurvivorTitle,
				MergedTitle: m.MergedTitle, Moved: len(m.Moved), MergedBy: names[m.MergedBy], MergedAt: store.FormatTime(m.MergedAt),
				UndoneAt: formatOpt(m.UndoneAt)})
		}
		return nil
	})
	return out, err
}

// auditMoved stamps every record whose link a merge (or its undo) moved
// from record from to record to, and audits each ("<type>.update": the
// field, the old and new record id) — the records may be anyone's: a
// merge must leave no link to the record that goes away.
func (s *DuplicateService) auditMoved(cl call, tx *store.Tx, moved []store.MovedRef, from, to, now, reason string) error {
	if err := store.TouchMoved(cl.ctx, tx, moved, now, cl.actor.UserID); err != nil {
		return err
	}
	for _, m := range moved {
		e, err := schema.Get(m.Entity)
		if err != nil {
			return err
		}
		en := s.core.entry(cl.actor, audit.CatData, e.Singular+".update", e.Singular, m.ID, "")
		en.Changes = []audit.Change{{Field: m.Field, Before: from, After: to}}
		en.Reason = reason
		if err := store.AppendAudit(cl.ctx, tx, en); err != nil {
			return err
		}
	}
	return nil
}
