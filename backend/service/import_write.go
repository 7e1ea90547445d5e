package service

import (
	"encoding/json"
	"errors"
	"maps"

	"fieldvault/backend/apperr"
	"fieldvault/backend/dedup"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// checkChunk is the dry run's view of writeChunk: scope, placement and the
// changes an update would make, read from the store without writing.
func (ir *importRunner) checkChunk(cl call, chunk []*importRow) error {
	for _, r := range chunk {
		switch r.outcome {
		case model.RowNew:
			if !ir.placementOK(r) {
				ir.refuse(r, "You may not create records for this owner.")
				continue
			}
			if r.company != "" {
				if !ir.mayCreateCompany(cl) {
					ir.refuse(r, "You may not create companies.")
					continue
				}
				ir.newCompanies[dedup.NormalizeCompany(r.company)] = ""
			}
		case model.RowUpdate:
			cur, err := store.GetRecord(cl.ctx, cl.st.Reader(), ir.e, cl.actor, rbac.ActionUpdate, r.matchID, false)
			if apperr.Is(err, apperr.CodeNotFound) {
				ir.refuse(r, "It matches a record you may not change.")
				continue
			}
			if err != nil {
				return err
			}
			norm := ir.checkValues(r, false)
			if norm == nil {
				continue
			}
			if !changesAnything(cur, norm, r.ownerID) {
				r.outcome = model.RowUnchanged
			}
		}
	}
	return nil
}

// writeChunk writes a chunk in one transaction: creates, updates and the
// batch's items. A row refused or invalid here is reported, not fatal.
func (ir *importRunner) writeChunk(cl call, chunk []*importRow) error {
	return cl.st.Write(cl.ctx, func(tx *store.Tx) error {
		ins, err := store.NewInserter(cl.ctx, tx, ir.e)
		if err != nil {
			return err
		}
		defer ins.Close()
		var items []store.ImportItem
		reason := "import " + ir.batchID
		ir.created = createdInChunk{}
		for _, r := range chunk {
			switch r.outcome {
			case model.RowNew:
				it, err := ir.create(cl, tx, ins, r, reason, &items)
				if err != nil {
					return err
				}
				if it != nil {
					items = append(items, *it)
				}
			case model.RowUpdate:
				it, err := ir.update(cl, tx, r, reason)
				if err != nil {
					return err
				}
				if it != nil {
					items = append(items, *it)
				}
			}
		}
		if err := store.AddImportItems(cl.ctx, tx, ir.batchID, ir.number(items)); err != nil {
			return err
		}
		return ir.created.audit(cl, tx, ir)
	})
}

// number gives items their sequence numbers within the batch.
func (ir *importRunner) number(items []store.ImportItem) []store.ImportItem {
	for i := range items {
		ir.seq++
		items[i].Seq = ir.seq
	}
	return items
}

// create inserts a new record (and the company it names, when asked).
// It returns nil (and marks the row) when the row is refused or invalid.
func (ir *importRunner) create(cl call, tx *store.Tx, ins *store.Inserter, r *importRow, reason string, items *[]store.ImportItem) (*store.ImportItem, error) {
	vals := maps.Clone(r.norm)
	rec := model.RecordItem{ID: store.NewID(), Entity: string(ir.e.Name), Values: vals}
	// placed as placeRecord would, from the lookups (no user read per row)
	rec.OwnerID, rec.TeamID = r.ownerID, r.teamID
	if rec.OwnerID == "" {
		rec.OwnerID, rec.TeamID = cl.actor.UserID, ir.lk.userTeams[cl.actor.UserID]
	}
	if !cl.actor.Allows(ir.e.Name, rbac.ActionCreate, rec.OwnerID, rec.TeamID) {
		ir.refuse(r, "You may not create records for this owner.")
		return nil, nil
	}
	if r.company != "" { // only for a row that is going in
		id, it, err := ir.companyFor(cl, tx, r, reason)
		if err != nil || id == "" {
			return nil, err
		}
		if it != nil {
			*items = append(*items, *it)
		}
		vals["companyId"] = id
	}
	// every ref came from the lookups: companies and stages the caller reads
	if err := ir.s.core.insertRecordWith(cl, tx, ins, ir.e, &rec, insertOpts{RefsChecked: true, Unaudited: true}); err != nil {
		return nil, ir.rowError(r, err)
	}
	ir.created.add(ir.e, rec)
	return &store.ImportItem{Entity: string(ir.e.Name), RecordID: rec.ID, Action: "create", AfterUpdatedAt: rec.UpdatedAt}, nil
}

// companyFor returns the id of the company r names, creating it (once per
// import) when it does not exist.
func (ir *importRunner) companyFor(cl call, tx *store.Tx, r *importRow, reason string) (string, *store.ImportItem, error) {
	key := dedup.NormalizeCompany(r.company)
	if id := ir.newCompanies[key]; id != "" {
		return id, nil, nil
	}
	if !ir.mayCreateCompany(cl) {
		ir.refuse(r, "You may not create companies.")
		return "", nil, nil
	}
	ce, _ := schema.Get("companies")
	vals, err := ce.Normalize(map[string]any{"name": r.company}, nil, false)
	if err != nil {
		return "", nil, ir.rowError(r, err)
	}
	rec := model.RecordItem{ID: store.NewID(), Entity: "companies", Values: vals}
	if err := ir.s.core.placeRecord(cl, tx, ce, &rec, "", "", ""); err != nil {
		return "", nil, ir.rowError(r, err)
	}
	ins, err := store.NewInserter(cl.ctx, tx, ce)
	if err != nil {
		return "", nil, err
	}
	defer ins.Close()
	if err := ir.s.core.insertRecordWith(cl, tx, ins, ce, &rec, insertOpts{RefsChecked: true, Unaudited: true}); err != nil {
		return "", nil, ir.rowError(r, err)
	}
	ir.created.add(ce, rec)
	ir.newCompanies[key] = rec.ID // later rows naming it find it here (the lookups belong to the reader)
	return rec.ID, &store.ImportItem{Entity: "companies", RecordID: rec.ID, Action: "create", AfterUpdatedAt: rec.UpdatedAt}, nil
}

func (ir *importRunner) mayCreateCompany(cl call) bool {
	return cl.actor.Scope(rbac.EntityCompanies, rbac.ActionCreate) != rbac.ScopeNone
}

// update applies r's non-empty cells to the record it matched.
func (ir *importRunner) update(cl call, tx *store.Tx, r *importRow, reason string) (*store.ImportItem, error) {
	cur, err := store.GetRecord(cl.ctx, tx, ir.e, cl.actor, rbac.ActionUpdate, r.matchID, false)
	if apperr.Is(err, apperr.CodeNotFound) {
		ir.refuse(r, "It matches a record you may not change.")
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	norm := ir.checkValues(r, false)
	if norm == nil {
		return nil, nil
	}
	if !changesAnything(cur, norm, r.ownerID) {
		r.outcome = model.RowUnchanged
		return nil, nil
	}
	next, err := ir.s.core.updateRecordWhy(cl, tx, ir.e, cur, norm, r.ownerID, r.teamID, "update", reason)
	if err != nil {
		return nil, ir.rowError(r, err)
	}
	before := map[string]any{"ownerId": cur.OwnerID, "teamId": cur.TeamID}
	for k := range norm {
		before[k] = cur.Values[k]
	}
	return &store.ImportItem{Entity: string(ir.e.Name), RecordID: cur.ID, Action: "update", Before: before, AfterUpdatedAt: next.UpdatedAt}, nil
}

// rowError turns a refusal or invalid value into the row's problem (nil
// error); other errors stop the import.
func (ir *importRunner) rowError(r *importRow, err error) error {
	var d denied
	switch {
	case errors.As(err, &d):
		ir.refuse(r, "You may not create or change records for this owner or team.")
		return nil
	case apperr.Is(err, apperr.CodeInvalid):
		p := apperr.ToPayload(err)
		for field, reason := range p.Fields {
			col, cell := ir.columnOf(field, r)
			r.problem(&ir.req, ir.header, col, cell, reason)
		}
		if len(p.Fields) == 0 {
			r.problem(&ir.req, ir.header, -1, "", p.Message)
		}
		return nil
	}
	return err
}

// refuse marks r invalid with reason: a refusal by scope, counted for
// the run's audit entry.
func (ir *importRunner) refuse(r *importRow, reason string) {
	ir.refused++
	r.problem(&ir.req, ir.header, -1, "", reason)
}

// changesAnything reports whether norm (and a new owner) would change cur.
func changesAnything(cur model.RecordItem, norm map[string]any, owner string) bool {
	if owner != "" && owner != cur.OwnerID {
		return true
	}
	for k, v := range norm {
		if !sameStored(cur.Values[k], v) {
			return true
		}
	}
	return false
}

// sameStored compares two stored values by their JSON form.
func sameStored(a, b any) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) == string(jb)
}
