package store

import (
	"context"
	"strings"

	"fieldvault/backend/apperr"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
)

// MatchRow is one live record as match keys and duplicate checks need it.
type MatchRow struct {
	ID, OwnerID, TeamID string
	Values              []string // the requested fields' stored text, in order
}

// ScanForMatching calls fn for every live record of e the actor may read,
// with the text of fields (schema field names; only text-like columns) —
// what imports and duplicate scans build their indexes from. The MatchRow
// passed to fn is reused: copy what you keep. Errors: CodeInvalid for an
// unknown field, fn's error, or a mapped store error.
func ScanForMatching(ctx context.Context, q Querier, e *schema.Entity, a rbac.Actor, fields []string, fn func(r *MatchRow) error) error {
	cols := make([]string, len(fields))
	for i, name := range fields {
		f, ok := e.Field(name)
		if !ok {
			return apperr.Invalid("Unknown field.", map[string]string{"field": name})
		}
		cols[i] = "t." + f.Column
	}
	where, args := scopeWhere(a, e, rbac.ActionRead, "t.owner_id", "t.team_id")
	sel := "t.id, t.owner_id, t.team_id"
	if len(cols) > 0 {
		sel += ", " + strings.Join(cols, ", ")
	}
	rows, err := q.QueryContext(ctx, `SELECT `+sel+` FROM `+e.Table+` t WHERE t.deleted_at = '' AND `+where, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	r := &MatchRow{Values: make([]string, len(fields))}
	dst := make([]any, 3+len(fields))
	dst[0], dst[1], dst[2] = &r.ID, &r.OwnerID, &r.TeamID
	for i := range fields {
		dst[3+i] = &r.Values[i]
	}
	for rows.Next() {
		if err := rows.Scan(dst...); err != nil {
			return err
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}

// CountLive returns how many live records of e the actor may read.
func CountLive(ctx context.Context, q Querier, e *schema.Entity, a rbac.Actor) (int64, error) {
	where, args := scopeWhere(a, e, rbac.ActionRead, "t.owner_id", "t.team_id")
	var n int64
	err := q.QueryRowContext(ctx, `SELECT count(*) FROM `+e.Table+` t WHERE t.deleted_at = '' AND `+where, args...).Scan(&n)
	return n, err
}
