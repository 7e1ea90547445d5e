package service

import (
	"errors"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// MaxBulkIDs is the most records one bulk action takes.
const MaxBulkIDs = 10_000

// Bulk applies one action to many records, each checked on its own in one
// transaction: assign (Value: the new owner; update scope on the record,
// and the new owner must be within the caller's create scope), stage
// (deals; Value: a stage id), tag (contacts; Value: a tag), delete (to the
// Trash; delete scope). A record absent or outside scope is listed in
// Failed as not found, one refused (denied) as such, audited; every record
// changed gets its own audit entry. A repeated id counts once; a record the
// action leaves unchanged counts as done but is neither written nor audited.
// CodeInvalid for an unknown entity or action, no or over 10,000 ids, a bad
// value; CodeForbidden (audited) without any scope for the action, or for
// an owner outside the create scope.
func (s *RecordService) Bulk(req model.BulkRequest) (model.BulkResult, error) {
	out := model.BulkResult{Failed: []model.BulkFailure{}}
	act := rbac.ActionUpdate
	if req.Action == model.BulkDelete {
		act = rbac.ActionDelete
	}
	err := s.core.withEntity(req.Entity, act, "bulk", "", func(cl call, e *schema.Entity) error {
		if len(req.IDs) == 0 || len(req.IDs) > MaxBulkIDs {
			return apperr.Invalid("Select 1 to 10,000 records.", map[string]string{"ids": "1 to 10,000 records"})
		}
		apply, err := s.bulkAction(cl, e, req)
		if err != nil {
			return err
		}
		var refused []model.BulkFailure
		err = cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			out.Failed, refused, out.Done = []model.BulkFailure{}, nil, 0
			for _, id := range uniqueIDs(req.IDs) {
				if err := apply(tx, id); err != nil {
					var d denied
					if errors.As(err, &d) {
						out.Failed = append(out.Failed, model.BulkFailure{ID: id, Message: bulkMessage(d)})
						refused = append(refused, model.BulkFailure{ID: id, Message: d.reason})
						continue
					}
					if apperr.CodeOf(err) == apperr.CodeInternal {
						return err
					}
					out.Failed = append(out.Failed, model.BulkFailure{ID: id, Message: bulkMessage(err)})
					continue
				}
				out.Done++
			}
			return nil
		})
		if err != nil {
			return err
		}
		// Refusals are audited once the batch is written (the audit write
		// needs the writer connection).
		for _, f := range refused {
			_ = s.core.deny(cl, e.Singular+"."+string(req.Action), e.Singular, f.ID, f.Message)
		}
		return nil
	})
	return out, err
}

// uniqueIDs returns ids without repeats, in first-seen order.
func uniqueIDs(ids []string) []string {
	seen := make(map[string]bool, len(ids))
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

func bulkMessage(err error) string {
	if e, ok := err.(*apperr.Error); ok {
		return e.Message
	}
	if _, ok := err.(denied); ok {
		return "You may not do this to this record."
	}
	return "The record could not be changed."
}

// bulkAction validates req and returns what to do to one record.
func (s *RecordService) bulkAction(cl call, e *schema.Entity, req model.BulkRequest) (func(tx *store.Tx, id string) error, error) {
	c := s.core
	update := func(tx *store.Tx, id string, changes map[string]any, owner, verb string) error {
		cur, err := store.GetRecord(cl.ctx, tx, e, cl.actor, rbac.ActionUpdate, id, false)
		if err != nil {
			return err
		}
		if changes == nil {
			changes = map[string]any{}
		}
		_, err = c.updateRecord(cl, tx, e, cur, changes, owner, "", verb)
		return err
	}
	switch req.Action {
	case model.BulkDelete:
		return func(tx *store.Tx, id string) error { return c.trashRecord(cl, tx, e, id) }, nil
	case model.BulkAssign:
		u, err := store.GetUser(cl.ctx, cl.st.Reader(), req.Value)
		if err != nil {
			return nil, apperr.Invalid("There is no such user.", map[string]string{"value": "There is no such user."})
		}
		team := ""
		if len(u.TeamIDs) > 0 {
			team = u.TeamIDs[0]
		}
		if !cl.actor.Allows(e.Name, rbac.ActionCreate, u.ID, team) {
			return nil, c.deny(cl, e.Singular+".assign", "user", u.ID, "owner outside the caller's create scope")
		}
		return func(tx *store.Tx, id string) error { return update(tx, id, nil, u.ID, "assign") }, nil
	case model.BulkStage:
		if e.Name != rbac.EntityDeals {
			break
		}
		st, err := store.GetStage(cl.ctx, cl.st.Reader(), req.Value)
		if err != nil {
			return nil, apperr.Invalid("There is no such stage.", map[string]string{"value": "There is no such stage."})
		}
		changes := map[string]any{"stageId": st.ID}
		switch {
		case st.Won:
			changes["outcome"], changes["closedAt"] = "won", c.now().UTC().Format("2006-01-02")
		case st.Lost:
			changes["outcome"], changes["closedAt"] = "lost", c.now().UTC().Format("2006-01-02")
		default:
			changes["outcome"], changes["closedAt"] = "open", ""
		}
		return func(tx *store.Tx, id string) error { return update(tx, id, changes, "", "stage") }, nil
	case model.BulkTag:
		f, ok := e.Field("tags")
		if !ok || f.Type != model.FieldTags {
			break
		}
		norm, err := e.Normalize(map[string]any{"tags": []string{req.Value}}, map[string]any{}, false)
		ts, _ := norm["tags"].([]string)
		if err != nil || len(ts) != 1 || ts[0] == "" {
			return nil, apperr.Invalid("Enter a tag of at most 50 characters.", map[string]string{"value": "bad tag"})
		}
		tag := ts[0]
		return func(tx *store.Tx, id string) error {
			cur, err := store.GetRecord(cl.ctx, tx, e, cl.actor, rbac.ActionUpdate, id, false)
			if err != nil {
				return err
			}
			tags, _ := cur.Values["tags"].([]string)
			for _, t := range tags {
				if t == tag {
					return nil
				}
			}
			if len(tags) >= schema.MaxTags {
				return apperr.New(apperr.CodeInvalid, "The record already has 50 tags.")
			}
			_, err = c.updateRecord(cl, tx, e, cur, map[string]any{"tags": append(append([]string{}, tags...), tag)}, "", "", "tag")
			return err
		}, nil
	}
	return nil, apperr.Invalid("This action does not apply to these records.", map[string]string{"action": "unknown action for the entity"})
}
