package store

import (
	"context"
	"database/sql"

	"fieldvault/backend/model"
	"fieldvault/backend/schema"
)

// ReferencedBy reports whether any record (live or in the Trash) other
// than those in ignore points at record id of entity target: through a ref
// field, a refs list or a related record (activities, tasks). An import
// revert must not remove a record others now link to.
func ReferencedBy(ctx context.Context, q Querier, target, id string, ignore map[string]bool) (bool, error) {
	check := func(query string, args ...any) (bool, error) {
		rows, err := q.QueryContext(ctx, query, args...)
		if err != nil {
			return false, err
		}
		defer rows.Close()
		for rows.Next() {
			var other string
			if err := rows.Scan(&other); err != nil {
				return false, err
			}
			if !ignore[other] {
				return true, nil
			}
		}
		return false, rows.Err()
	}
	for _, e := range schema.All() {
		for i := range e.Fields {
			f := &e.Fields[i]
			var found bool
			var err error
			switch {
			case f.Type == model.FieldRef && f.Ref == target:
				found, err = check(`SELECT id FROM `+e.Table+` WHERE `+f.Column+` = ? LIMIT 50`, id)
			case f.Type == model.FieldRef && f.Ref == schema.RefAny:
				rel, _ := e.Field(schema.RelatedEntityField)
				found, err = check(`SELECT id FROM `+e.Table+` WHERE `+rel.Column+` = ? AND `+f.Column+` = ? LIMIT 50`, target, id)
			default:
				continue
			}
			if err != nil && err != sql.ErrNoRows {
				return false, err
			}
			if found {
				return true, nil
			}
		}
	}
	return check(`SELECT record_id FROM record_links WHERE target_id = ? LIMIT 50`, id)
}
