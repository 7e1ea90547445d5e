package store

import (
	"context"
	"database/sql"
	"strings"

	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
)

// Inserter inserts many records of one entity through prepared statements
// (the record and its search index row), for creates and the demo generator.
type Inserter struct {
	e      *schema.Entity
	rec    *sql.Stmt
	search *searchWriter
	links  *linkWriter
}

// NewInserter prepares the statements in tx; Close them when done.
func NewInserter(ctx context.Context, tx *Tx, e *schema.Entity) (*Inserter, error) {
	cols := []string{"id", "owner_id", "team_id", "created_at", "created_by", "updated_at", "updated_by"}
	for _, f := range e.Fields {
		cols = append(cols, f.Column)
	}
	rec, err := tx.PrepareContext(ctx, `INSERT INTO `+e.Table+`(`+strings.Join(cols, ", ")+`) VALUES (?`+
		strings.Repeat(", ?", len(cols)-1)+`)`)
	if err != nil {
		return nil, err
	}
	sw, err := newSearchWriter(ctx, tx)
	if err != nil {
		rec.Close()
		return nil, err
	}
	return &Inserter{e: e, rec: rec, search: sw, links: &linkWriter{tx: tx}}, nil
}

// Insert stores r (ID, OwnerID, TeamID, CreatedAt/By, UpdatedAt/By and every
// field in storage form) live, and indexes it for search.
func (i *Inserter) Insert(ctx context.Context, r model.RecordItem) error {
	args := []any{r.ID, r.OwnerID, r.TeamID, r.CreatedAt, r.CreatedBy, r.UpdatedAt, r.UpdatedBy}
	for j := range i.e.Fields {
		f := &i.e.Fields[j]
		args = append(args, sqlValue(f, r.Values[f.Name]))
	}
	if _, err := i.rec.ExecContext(ctx, args...); err != nil {
		return err
	}
	if err := i.links.set(ctx, i.e, r.ID, r.Values, false); err != nil {
		return err
	}
	return i.search.add(ctx, i.e, r)
}

// Close releases the prepared statements.
func (i *Inserter) Close() {
	i.rec.Close()
	i.search.close()
	i.links.close()
}

// InsertRecord stores one new record (see Inserter.Insert).
func InsertRecord(ctx context.Context, tx *Tx, e *schema.Entity, r model.RecordItem) error {
	ins, err := NewInserter(ctx, tx, e)
	if err != nil {
		return err
	}
	defer ins.Close()
	return ins.Insert(ctx, r)
}

// UpdateRecord writes the changed fields (storage form) and r's owner, team
// and updated stamp to live record r.ID, if the actor may update it, and
// re-indexes r (which must hold the record's complete new values).
// CodeNotFound when it is absent, in the Trash or outside scope.
func UpdateRecord(ctx context.Context, tx *Tx, e *schema.Entity, a rbac.Actor, r model.RecordItem, changed map[string]any) error {
	sets := []string{"owner_id = ?", "team_id = ?", "updated_at = ?", "updated_by = ?"}
	args := []any{r.OwnerID, r.TeamID, r.UpdatedAt, r.UpdatedBy}
	for j := range e.Fields {
		f := &e.Fields[j]
		if v, ok := changed[f.Name]; ok {
			sets = append(sets, f.Column+" = ?")
			args = append(args, sqlValue(f, v))
		}
	}
	where, wargs := scopeWhere(a, e, rbac.ActionUpdate, "owner_id", "team_id")
	args = append(append(args, r.ID), wargs...)
	res, err := tx.ExecContext(ctx, `UPDATE `+e.Table+` SET `+strings.Join(sets, ", ")+
		` WHERE id = ? AND deleted_at = '' AND `+where, args...)
	if err := affected(res, err); err != nil {
		return err
	}
	lw := &linkWriter{tx: tx}
	defer lw.close()
	if err := lw.set(ctx, e, r.ID, changed, true); err != nil {
		return err
	}
	return reindex(ctx, tx, e, r)
}

// TrashRecord moves a live record the actor may delete to the Trash (at is
// the deletion time) and takes it out of the search index.
func TrashRecord(ctx context.Context, tx *Tx, e *schema.Entity, a rbac.Actor, id, at string) error {
	where, wargs := scopeWhere(a, e, rbac.ActionDelete, "owner_id", "team_id")
	res, err := tx.ExecContext(ctx, `UPDATE `+e.Table+` SET deleted_at = ?, updated_at = ?, updated_by = ?
		WHERE id = ? AND deleted_at = '' AND `+where, append([]any{at, at, a.UserID, id}, wargs...)...)
	if err := affected(res, err); err != nil {
		return err
	}
	return unindex(ctx, tx, e, id)
}

// RestoreRecord brings a record the actor may delete back from the Trash
// and re-indexes it.
func RestoreRecord(ctx context.Context, tx *Tx, e *schema.Entity, a rbac.Actor, id, at string) error {
	where, wargs := scopeWhere(a, e, rbac.ActionDelete, "t.owner_id", "t.team_id")
	res, err := tx.ExecContext(ctx, `UPDATE `+e.Table+` AS t SET deleted_at = '', updated_at = ?, updated_by = ?
		WHERE t.id = ? AND t.deleted_at <> '' AND `+where, append([]any{at, a.UserID, id}, wargs...)...)
	if err := affected(res, err); err != nil {
		return err
	}
	r, err := GetRecord(ctx, tx, e, a, rbac.ActionDelete, id, false)
	if err != nil {
		return err
	}
	return reindex(ctx, tx, e, r)
}

// PurgeRecord deletes a record in the Trash for good (the caller checks
// that the actor is an administrator).
func PurgeRecord(ctx context.Context, tx *Tx, e *schema.Entity, a rbac.Actor, id string) error {
	where, wargs := scopeWhere(a, e, rbac.ActionDelete, "owner_id", "team_id")
	res, err := tx.ExecContext(ctx, `DELETE FROM `+e.Table+` WHERE id = ? AND deleted_at <> '' AND `+where,
		append([]any{id}, wargs...)...)
	if err := affected(res, err); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM record_links WHERE entity = ? AND record_id = ?`, e.Table, id); err != nil {
		return err
	}
	return unindex(ctx, tx, e, id)
}

func affected(res sql.Result, err error) error {
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		if err != nil {
			return err
		}
		return errRecordNotFound()
	}
	return nil
}
