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

// revertIn does the revert inside tx (see Revert).
func (s *ImportService) revertIn(j *job, cl call, tx *store.Tx, batch store.ImportBatch, out *model.RevertResult) error {
	items, err := store.ImportItems(cl.ctx, tx, batch.ID)
	if err != nil {
		return err
	}
	// first pass: every record must be as the import left it
	type todo struct {
		it  store.ImportItem
		e   *schema.Entity
		cur model.RecordItem
	}
	var plan []todo
	for i, it := range items {
		if i%500 == 0 {
			if j.ctx.Err() != nil {
				return errCancelled
			}
			j.progress(int64(i), int64(2*len(items)))
		}
		e, err := schema.Get(it.Entity)
		if err != nil {
			return err
		}
		act := rbac.ActionUpdate
		if it.Action == "create" {
			act = rbac.ActionDelete
		}
		cur, err := store.GetRecord(cl.ctx, tx, e, cl.actor, act, it.RecordID, false)
		switch {
		case apperr.Is(err, apperr.CodeNotFound):
			out.Conflicts = append(out.Conflicts, fmt.Sprintf("A %s the import wrote is gone, in the Trash or outside your scope.", e.Singular))
			continue
		case err != nil:
			return err
		case it.Erased:
			out.Conflicts = append(out.Conflicts, cur.Title+" (personal data erased since)")
			continue
		case cur.UpdatedAt != it.AfterUpdatedAt:
			out.Conflicts = append(out.Conflicts, cur.Title+" (changed since the import)")
			continue
		}
		if it.Action == "create" {
			linked, err := store.ReferencedBy(cl.ctx, tx, string(e.Name), it.RecordID, batch.ID)
			if err != nil {
				return err
			}
			if linked {
				out.Conflicts = append(out.Conflicts, cur.Title+" (other records link to it now)")
				continue
			}
		}
		plan = append(plan, todo{it, e, cur})
	}
	if len(out.Conflicts) > 0 {
		out.Conflicts = slices.Compact(out.Conflicts)
		if len(out.Conflicts) > 200 {
			out.Conflicts = append(out.Conflicts[:200], fmt.Sprintf("… and %d more", len(out.Conflicts)-200))
		}
		return errRevertConflict
	}
	reason := "revert of import " + batch.ID
	now := store.FormatTime(s.core.now())
	// second pass, newest first: updates back, creates out
	for i := len(plan) - 1; i >= 0; i-- {
		if (len(plan)-i)%500 == 0 {
			if j.ctx.Err() != nil {
				return errCancelled
			}
			j.progress(int64(len(plan)+len(plan)-i), int64(2*len(plan)))
		}
		p := plan[i]
		if p.it.Action == "create" {
			if err := store.TrashRecord(cl.ctx, tx, p.e, cl.actor, p.cur.ID, now); err != nil {
				return err
			}
			if err := store.PurgeRecord(cl.ctx, tx, p.e, cl.actor, p.cur.ID); err != nil {
				return err
			}
			en := s.core.recordEntry(cl, p.e, "purge", p.cur)
			en.Reason = reason
			if err := store.AppendAudit(cl.ctx, tx, en); err != nil {
				return err
			}
			out.Removed++
			continue
		}
		owner, _ := p.it.Before["ownerId"].(string)
		team, _ := p.it.Before["teamId"].(string)
		vals := map[string]any{}
		for k, v := range p.it.Before {
			if k != "ownerId" && k != "teamId" {
				vals[k] = v
			}
		}
		norm, err := p.e.Normalize(vals, p.cur.Values, true)
		if err != nil {
			return err
		}
		if _, err := s.core.updateRecordWhy(cl, tx, p.e, p.cur, norm, owner, team, "update", reason); err != nil {
			return s.core.denyIf(cl, err, p.e.Singular+".update", p.e.Singular, p.cur.ID)
		}
		out.Restored++
	}
	if err := store.MarkImportReverted(cl.ctx, tx, batch.ID, cl.actor.UserID, s.core.now()); err != nil {
		return err
	}
	en := s.core.entry(cl.actor, audit.CatImport, "import.revert", "import", batch.ID, batch.FileName)
	en.Rows = int64(out.Removed + out.Restored)
	en.Reason = fmt.Sprintf("%d records removed, %d restored", out.Removed, out.Restored)
	j.progress(int64(2*len(plan)), int64(2*len(plan)))
	return store.AppendAudit(cl.ctx, tx, en)
}
