package store

import (
	"context"
	"database/sql"
	"errors"

	"fieldvault/backend/model"
	"fieldvault/backend/schema"
)

// ReferencedBy reports whether any record (live or in the Trash) that
// import batch batchID did not create points at record id of entity
// target: through a ref field, a refs list or a related record
// (activities, tasks). An import revert must not remove a record others
// now link to.
func ReferencedBy(ctx context.Context, q Querier, target, id, batchID string) (bool, error) {
	check := func(table, query string, args ...any) (bool, error) {
		var one int
		err := q.QueryRowContext(ctx, query+` AND NOT EXISTS (SELECT 1 FROM import_items i
			WHERE i.entity = '`+table+`' AND i.record_id = x.id AND i.batch_id = ? AND i.action = 'create') LIMIT 1`,
			append(args, batchID)...).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return false, nil
		}
		return err == nil, err
	}
	for _, e := range schema.All() {
		for i := range e.Fields {
			f := &e.Fields[i]
			var found bool
			var err error
			switch {
			case f.Type == model.FieldRef && f.Ref == target:
				found, err = check(e.Table, `SELECT 1 FROM `+e.Table+` x WHERE x.`+f.Column+` = ?`, id)
			case f.Type == model.FieldRef && f.Ref == schema.RefAny:
				rel, _ := e.Field(schema.RelatedEntityField)
				found, err = check(e.Table, `SELECT 1 FROM `+e.Table+` x WHERE x.`+rel.Column+` = ? AND x.`+f.Column+` = ?`, target, id)
			default:
				continue
			}
			if err != nil || found {
				return found, err
			}
		}
	}
	var one int
	err := q.QueryRowContext(ctx, `SELECT 1 FROM record_links l WHERE l.target_id = ? AND NOT EXISTS (SELECT 1 FROM import_items i
		WHERE i.entity = l.entity AND i.record_id = l.record_id AND i.batch_id = ? AND i.action = 'create') LIMIT 1`, id, batchID).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}
