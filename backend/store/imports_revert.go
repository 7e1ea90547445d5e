package store

import (
	"context"

	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
)

// RevertConflict is a record an import revert may not touch.
type RevertConflict struct {
	ID, Title, Reason string
}

// ImportConflicts returns the records of batch batchID (entity e) that a
// revert by actor a must not touch, each with why: gone or in the Trash,
// changed since the import, erased, outside a's delete (records it
// created) or update (records it updated) scope, or — for records it
// created — linked from a record the batch did not create. Set-based: a
// few queries per entity, whatever the batch's size. At most 500.
func ImportConflicts(ctx context.Context, q Querier, e *schema.Entity, a rbac.Actor, batchID string) ([]RevertConflict, error) {
	var out []RevertConflict
	collect := func(query string, args ...any) error {
		rows, err := q.QueryContext(ctx, query+` LIMIT 500`, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var c RevertConflict
			if err := rows.Scan(&c.ID, &c.Title, &c.Reason); err != nil {
				return err
			}
			out = append(out, c)
		}
		return rows.Err()
	}
	for _, act := range []struct {
		action string
		scope  rbac.Action
	}{{"create", rbac.ActionDelete}, {"update", rbac.ActionUpdate}} {
		where, args := scopeWhere(a, e, act.scope, "t.owner_id", "t.team_id")
		err := collect(`SELECT i.record_id, coalesce(`+e.TitleSQL("t")+`, ''), CASE
				WHEN t.id IS NULL OR t.deleted_at <> '' THEN 'gone or in the Trash'
				WHEN i.erased = 1 THEN 'personal data erased since'
				WHEN t.updated_at <> i.after_updated_at THEN 'changed since the import'
				ELSE 'outside your scope' END
			FROM import_items i LEFT JOIN `+e.Table+` t ON t.id = i.record_id
			WHERE i.batch_id = ? AND i.entity = ? AND i.action = ? AND (t.id IS NULL OR t.deleted_at <> '' OR i.erased = 1
				OR t.updated_at <> i.after_updated_at OR NOT (`+where+`))`,
			append([]any{batchID, string(e.Name), act.action}, args...)...)
		if err != nil {
			return nil, err
		}
	}
	notCreated := func(entityExpr, idExpr string) string {
		return `NOT EXISTS (SELECT 1 FROM import_items j WHERE j.batch_id = i.batch_id AND j.entity = ` + entityExpr +
			` AND j.record_id = ` + idExpr + ` AND j.action = 'create')`
	}
	for _, x := range schema.All() {
		for k := range x.Fields {
			f := &x.Fields[k]
			var on string
			var args []any
			switch {
			case f.Type == model.FieldRef && f.Ref == string(e.Name):
				on = `x.` + f.Column + ` = i.record_id`
			case f.Type == model.FieldRef && f.Ref == schema.RefAny:
				rel, _ := x.Field(schema.RelatedEntityField)
				on, args = `x.`+rel.Column+` = ? AND x.`+f.Column+` = i.record_id`, []any{string(e.Name)}
			default:
				continue
			}
			err := collect(`SELECT DISTINCT i.record_id, coalesce((SELECT `+e.TitleSQL("t")+` FROM `+e.Table+` t WHERE t.id = i.record_id), ''),
				'other records link to it now' FROM import_items i JOIN `+x.Table+` x ON `+on+`
				WHERE i.batch_id = ? AND i.entity = ? AND i.action = 'create' AND `+notCreated("'"+x.Table+"'", "x.id"),
				append(args, batchID, string(e.Name))...)
			if err != nil {
				return nil, err
			}
		}
	}
	err := collect(`SELECT DISTINCT i.record_id, coalesce((SELECT `+e.TitleSQL("t")+` FROM `+e.Table+` t WHERE t.id = i.record_id), ''),
		'other records link to it now' FROM import_items i JOIN record_links l ON l.target_id = i.record_id
		WHERE i.batch_id = ? AND i.entity = ? AND i.action = 'create' AND `+notCreated("l.entity", "l.record_id"), batchID, string(e.Name))
	return out, err
}

// DeleteImported deletes live records of e an import created (a revert,
// after ImportConflicts found none), with their links and search rows,
// through prepared statements.
func DeleteImported(ctx context.Context, tx *Tx, e *schema.Entity, ids []string) error {
	del, err := tx.prepared(ctx, `DELETE FROM `+e.Table+` WHERE id = ? AND deleted_at = ''`)
	if err != nil {
		return tx.s.mapErr(err)
	}
	links, err := tx.prepared(ctx, `DELETE FROM record_links WHERE entity = ? AND record_id = ?`)
	if err != nil {
		return tx.s.mapErr(err)
	}
	for _, id := range ids {
		res, err := del.ExecContext(ctx, id)
		if err := affected(res, err); err != nil {
			return err
		}
		if _, err := links.ExecContext(ctx, e.Table, id); err != nil {
			return tx.s.mapErr(err)
		}
		if err := unindex(ctx, tx, e, id); err != nil {
			return tx.s.mapErr(err)
		}
	}
	return nil
}
