package service

import (
	"fmt"
	"slices"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// Revert undoes import batch id entirely, in one transaction: records it
// created are removed for good (with their search and link rows), records
// it updated get back the values they had before (only the fields the
// import changed, and owner and team). Each record is audited ("purge" /
// "update", reason "revert of import <id>") and the batch is marked
// reverted ("import.revert").
//
// All or nothing: when any record was changed since the import (or is in
// the Trash, or erased, or is now linked from records the import did not
// create), nothing changes and the result lists them in Conflicts. It
// runs as job JobImportRevert (progress; Cancel rolls it back).
//
// Errors: CodeForbidden (audited) without data.import, or for a batch of
// another user unless the caller is an administrator; CodeNotFound for an
// unknown batch; CodeConflict when it was already reverted or is running.
func (s *ImportService) Revert(id string) (model.RevertResult, error) {
	out := model.RevertResult{Conflicts: []string{}}
	var batch store.ImportBatch
	j, err := s.core.startJob(&s.jobs, JobImportRevert, rbac.PermDataImport, "import.revert", "import", func(cl call, j *job) error {
		var err error
		if batch, err = store.GetImportBatch(cl.ctx, cl.st.Reader(), id); err != nil {
			return err
		}
		if batch.CreatedBy != cl.actor.UserID && !rbac.IsAdministrator(cl.actor.Grants) {
			return s.core.deny(cl, "import.revert", "import", id, "another user's import")
		}
		switch batch.Status {
		case "reverted":
			return apperr.New(apperr.CodeConflict, "This import was already reverted.")
		case "running":
			return apperr.New(apperr.CodeConflict, "This import is still running.")
		}
		return nil
	})
	if err != nil {
		return out, err
	}
	defer s.jobs.end(j)
	err = j.do(func(cl call) error {
		return cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			return s.revertIn(j, cl, tx, batch, &out)
		})
	})
	if err != nil && len(out.Conflicts) > 0 {
		return model.RevertResult{Conflicts: out.Conflicts}, nil // nothing changed
	}
	if err != nil {
		return model.RevertResult{Conflicts: []string{}}, j.failed(err)
	}
	return out, nil
}

// errRevertConflict rolls a revert back when records changed since.
var errRevertConflict = apperr.New(apperr.CodeConflict, "Records changed since the import.")

// revertIn does the revert inside tx (see Revert): set-based checks of
// every record first (store.ImportConflicts), then the updates undone one
// by one (each audited with its values) and the created records deleted
// per entity (one audit entry naming them all, as the import did).
func (s *ImportService) revertIn(j *job, cl call, tx *store.Tx, batch store.ImportBatch, out *model.RevertResult) error {
	items, err := store.ImportItems(cl.ctx, tx, batch.ID)
	if err != nil {
		return err
	}
	created := map[string][]string{}
	var updates []store.ImportItem
	for _, it := range items {
		if it.Action == "create" {
			created[it.Entity] = append(created[it.Entity], it.RecordID)
		} else {
			updates = append(updates, it)
		}
	}
	total := int64(len(items) + 1)
	j.progress(0, total)
	for _, e := range schema.All() {
		conflicts, err := store.ImportConflicts(cl.ctx, tx, e, cl.actor, batch.ID)
		if err != nil {
			return err
		}
		for _, c := range conflicts {
			title := c.Title
			if title == "" {
				title = "A " + e.Singular
			}
			out.Conflicts = append(out.Conflicts, title+" ("+c.Reason+")")
		}
	}
	if len(out.Conflicts) > 0 {
		out.Conflicts = slices.Compact(out.Conflicts)
		if len(out.Conflicts) > 200 {
			out.Conflicts = append(out.Conflicts[:200], fmt.Sprintf("… and %d more", len(out.Conflicts)-200))
		}
		return errRevertConflict
	}
	reason := "revert of import " + batch.ID
	done := int64(0)
	for i := len(updates) - 1; i >= 0; i-- {
		if done%500 == 0 {
			if j.ctx.Err() != nil {
				return errCancelled
			}
			j.progress(done, total)
		}
		done++
		it := updates[i]
		e, err := schema.Get(it.Entity)
		if err != nil {
			return err
		}
		cur, err := store.GetRecord(cl.ctx, tx, e, cl.actor, rbac.ActionUpdate, it.RecordID, false)
		if err != nil {
			return err
		}
		owner, _ := it.Before["ownerId"].(string)
		team, _ := it.Before["teamId"].(string)
		vals := map[string]any{}
		for k, v := range it.Before {
			if k != "ownerId" && k != "teamId" {
				vals[k] = v
			}
		}
		norm, err := e.Normalize(vals, cur.Values, true)
		if err != nil {
			return err
		}
		if _, err := s.core.updateRecordWhy(cl, tx, e, cur, norm, owner, team, "update", reason); err != nil {
			return s.core.denyIf(cl, err, e.Singular+".update", e.Singular, cur.ID)
		}
		out.Restored++
	}
	for _, e := range schema.All() {
		ids := created[string(e.Name)]
		if len(ids) == 0 {
			continue
		}
		if j.ctx.Err() != nil {
			return errCancelled
		}
		if err := store.DeleteImported(cl.ctx, tx, e, ids); err != nil {
			return err
		}
		en := s.core.entry(cl.actor, audit.CatImport, e.Singular+".import_revert", "import", batch.ID, "")
		en.Rows = int64(len(ids))
		en.Changes = []audit.Change{{Field: "removed", Before: ids}}
		en.Reason = fmt.Sprintf("removed %d %s the import created", len(ids), e.Def.LabelPlural)
		if err := store.AppendAudit(cl.ctx, tx, en); err != nil {
			return err
		}
		out.Removed += len(ids)
		done += int64(len(ids))
		j.progress(done, total)
	}
	if err := store.MarkImportReverted(cl.ctx, tx, batch.ID, cl.actor.UserID, s.core.now()); err != nil {
		return err
	}
	en := s.core.entry(cl.actor, audit.CatImport, "import.revert", "import", batch.ID, batch.FileName)
	en.Rows = int64(out.Removed + out.Restored)
	en.Reason = fmt.Sprintf("%d records removed, %d restored", out.Removed, out.Restored)
	j.progress(total, total)
	return store.AppendAudit(cl.ctx, tx, en)
}
