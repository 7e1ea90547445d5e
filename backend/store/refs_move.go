package store

import (
	"context"
	"encoding/json"
	"slices"

	"fieldvault/backend/model"
	"fieldvault/backend/schema"
)

// MovedRef is one link that MoveReferences pointed at another record.
type MovedRef struct {
	Entity string `json:"entity"`
	ID     string `json:"id"`
	Field  string `json:"field"`
	// HadBoth: a refs list already held the new target (the old id was
	// dropped rather than replaced).
	HadBoth bool `json:"hadBoth,omitempty"`
}

// MoveReferences points every link to record from of entity target — ref
// fields, refs lists and related records (activities, tasks), live or in
// the Trash, whoever owns them — at record to instead, inside tx (a merge:
// nothing may keep pointing at the record that goes away). It returns what
// it moved, for UnmoveReferences.
func MoveReferences(ctx context.Context, tx *Tx, target, from, to string) ([]MovedRef, error) {
	var moved []MovedRef
	for _, e := range schema.All() {
		for i := range e.Fields {
			f := &e.Fields[i]
			var ids []string
			var err error
			switch {
			case f.Type == model.FieldRef && f.Ref == target:
				ids, err = updateReturning(ctx, tx, `UPDATE `+e.Table+` SET `+f.Column+` = ? WHERE `+f.Column+` = ? RETURNING id`, to, from)
			case f.Type == model.FieldRef && f.Ref == schema.RefAny:
				rel, _ := e.Field(schema.RelatedEntityField)
				ids, err = updateReturning(ctx, tx, `UPDATE `+e.Table+` SET `+f.Column+` = ? WHERE `+rel.Column+` = ? AND `+f.Column+` = ? RETURNING id`,
					to, target, from)
			case f.Type == model.FieldRefs && f.Ref == target:
				var list []MovedRef
				list, err = moveInLists(ctx, tx, e, f, from, to)
				moved = append(moved, list...)
				continue
			default:
				continue
			}
			if err != nil {
				return nil, tx.s.mapErr(err)
			}
			for _, id := range ids {
				moved = append(moved, MovedRef{Entity: string(e.Name), ID: id, Field: f.Name})
			}
		}
	}
	return moved, nil
}

// UnmoveReferences points the links MoveReferences moved from record from
// to record to back at from, where they still point at to.
func UnmoveReferences(ctx context.Context, tx *Tx, target, from, to string, moved []MovedRef) error {
	for _, m := range moved {
		e, err := schema.Get(m.Entity)
		if err != nil {
			return err
		}
		f, ok := e.Field(m.Field)
		if !ok {
			continue
		}
		if f.Type == model.FieldRefs {
			if err := unmoveInList(ctx, tx, e, f, m.ID, from, to, m.HadBoth); err != nil {
				return err
			}
			continue
		}
		if _, err := tx.ExecContext(ctx, `UPDATE `+e.Table+` SET `+f.Column+` = ? WHERE id = ? AND `+f.Column+` = ?`, from, m.ID, to); err != nil {
			return tx.s.mapErr(err)
		}
	}
	return nil
}

func updateReturning(ctx context.Context, tx *Tx, query string, args ...any) ([]string, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// moveInLists replaces from by to in every refs list f of e holding from.
func moveInLists(ctx context.Context, tx *Tx, e *schema.Entity, f *schema.Field, from, to string) ([]MovedRef, error) {
	ids, err := updateReturning(ctx, tx, `SELECT record_id FROM record_links WHERE entity = ? AND field = ? AND target_id = ?`,
		e.Table, f.Name, from)
	if err != nil {
		return nil, tx.s.mapErr(err)
	}
	out := make([]MovedRef, 0, len(ids))
	for _, id := range ids {
		list, err := readList(ctx, tx, e, f, id)
		if err != nil {
			return nil, err
		}
		had := slices.Contains(list, to)
		next := make([]string, 0, len(list))
		for _, x := range list {
			switch {
			case x == from && !had:
				next = append(next, to)
			case x == from:
			default:
				next = append(next, x)
			}
		}
		if err := writeList(ctx, tx, e, f, id, next, from, to); err != nil {
			return nil, err
		}
		out = append(out, MovedRef{Entity: string(e.Name), ID: id, Field: f.Name, HadBoth: had})
	}
	return out, nil
}

// unmoveInList undoes moveInLists for record id: to becomes from again,
// or, when the list held both, from comes back beside to.
func unmoveInList(ctx context.Context, tx *Tx, e *schema.Entity, f *schema.Field, id, from, to string, hadBoth bool) error {
	list, err := readList(ctx, tx, e, f, id)
	if err != nil || slices.Contains(list, from) {
		return err
	}
	if hadBoth {
		return writeList(ctx, tx, e, f, id, append(list, from), "", from)
	}
	if !slices.Contains(list, to) {
		return nil // changed since: leave it
	}
	next := slices.Clone(list)
	next[slices.Index(next, to)] = from
	return writeList(ctx, tx, e, f, id, next, to, from)
}

func readList(ctx context.Context, tx *Tx, e *schema.Entity, f *schema.Field, id string) ([]string, error) {
	var raw string
	if err := tx.QueryRowContext(ctx, `SELECT `+f.Column+` FROM `+e.Table+` WHERE id = ?`, id).Scan(&raw); err != nil {
		return nil, tx.s.mapErr(err)
	}
	var list []string
	_ = json.Unmarshal([]byte(raw), &list)
	return list, nil
}

// writeList stores record id's list and moves its link rows: drop (when
// not "") loses its row, add gains one.
func writeList(ctx context.Context, tx *Tx, e *schema.Entity, f *schema.Field, id string, list []string, drop, add string) error {
	if list == nil {
		list = []string{}
	}
	b, _ := json.Marshal(list)
	if _, err := tx.ExecContext(ctx, `UPDATE `+e.Table+` SET `+f.Column+` = ? WHERE id = ?`, string(b), id); err != nil {
		return tx.s.mapErr(err)
	}
	if drop != "" {
		if _, err := tx.ExecContext(ctx, `DELETE FROM record_links WHERE entity = ? AND field = ? AND record_id = ? AND target_id = ?`,
			e.Table, f.Name, id, drop); err != nil {
			return tx.s.mapErr(err)
		}
	}
	_, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO record_links(entity, field, target_id, record_id) VALUES (?, ?, ?, ?)`,
		e.Table, f.Name, add, id)
	return tx.s.mapErr(err)
}

// TouchMoved stamps the records whose links MoveReferences (or
// UnmoveReferences) changed as updated at by by: their change shows in
// their history and an import revert sees it.
func TouchMoved(ctx context.Context, tx *Tx, moved []MovedRef, at, by string) error {
	for _, m := range moved {
		e, err := schema.Get(m.Entity)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE `+e.Table+` SET updated_at = ?, updated_by = ? WHERE id = ?`, at, by, m.ID); err != nil {
			return tx.s.mapErr(err)
		}
	}
	return nil
}
