package store

import (
	"context"
	"strings"

	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
)

// RefCount is how many records of one entity link to a record, and how
// many of those the actor may read (live ones in their read scope).
type RefCount struct {
	Entity   string
	Total    int // live or in the Trash, whoever owns them
	Readable int
}

// CountReferences counts, per entity, the records that link to record id
// of entity target the way MoveReferences would move them — ref fields,
// refs lists, related records —, each record once however many of its
// fields link. Entities with no such record are left out; the order is
// schema.All's.
func CountReferences(ctx context.Context, q Querier, a rbac.Actor, target, id string) ([]RefCount, error) {
	var out []RefCount
	for _, e := range schema.All() {
		var conds []string
		var args []any
		for i := range e.Fields {
			f := &e.Fields[i]
			switch {
			case f.Type == model.FieldRef && f.Ref == target:
				conds, args = append(conds, "t."+f.Column+" = ?"), append(args, id)
			case f.Type == model.FieldRef && f.Ref == schema.RefAny:
				rel, _ := e.Field(schema.RelatedEntityField)
				conds, args = append(conds, "(t."+rel.Column+" = ? AND t."+f.Column+" = ?)"), append(args, target, id)
			case f.Type == model.FieldRefs && f.Ref == target:
				conds = append(conds, "t.id IN (SELECT record_id FROM record_links WHERE entity = ? AND field = ? AND target_id = ?)")
				args = append(args, e.Table, f.Name, id)
			}
		}
		if len(conds) == 0 {
			continue
		}
		where, wargs := rbac.Where(a, e.Name, rbac.ActionRead, "t.owner_id", "t.team_id")
		var c RefCount
		err := q.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(t.deleted_at = '' AND `+where+`), 0) FROM `+e.Table+
			` t WHERE `+strings.Join(conds, " OR "), append(wargs, args...)...).Scan(&c.Total, &c.Readable)
		if err != nil {
			return nil, err
		}
		if c.Total > 0 {
			c.Entity = string(e.Name)
			out = append(out, c)
		}
	}
	return out, nil
}
