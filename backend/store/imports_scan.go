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
	base, args, err := matchQuery(e, a, fields)
	if err != nil {
		return err
	}
	return scanMatchRows(ctx, q, base, args, len(fields), fn)
}

// ScanForMatchingIDs is ScanForMatching over the records among ids only
// (in no particular order; ids absent, deleted or unreadable are skipped),
// looked up 500 at a time.
func ScanForMatchingIDs(ctx context.Context, q Querier, e *schema.Entity, a rbac.Actor, fields, ids []string, fn func(r *MatchRow) error) error {
	base, wargs, err := matchQuery(e, a, fields)
	if err != nil {
		return err
	}
	ids = uniqueNonEmpty(ids)
	for len(ids) > 0 {
		n := min(len(ids), 500)
		args := append(make([]any, 0, len(wargs)+n), wargs...)
		for _, id := range ids[:n] {
			args = append(args, id)
		}
		ids = ids[n:]
		if err := scanMatchRows(ctx, q, base+` AND t.id IN (?`+strings.Repeat(",?", n-1)+`)`, args, len(fields), fn); err != nil {
			return err
		}
	}
	return nil
}

// matchQuery is the query of ScanForMatching and its arguments.
func matchQuery(e *schema.Entity, a rbac.Actor, fields []string) (string, []any, error) {
	cols := make([]string, len(fields))
	for i, name := range fields {
		f, ok := e.Field(name)
		if !ok {
			return "", nil, apperr.Invalid("Unknown field.", map[string]string{"field": name})
		}
		cols[i] = "t." + f.Column
	}
	where, args := scopeWhere(a, e, rbac.ActionRead, "t.owner_id", "t.team_id")
	sel := "t.id, t.owner_id, t.team_id"
	if len(cols) > 0 {
		sel += ", " + strings.Join(cols, ", ")
	}
	return `SELECT ` + sel + ` FROM ` + e.Table + ` t WHERE t.deleted_at = '' AND ` + where, args, nil
}

// scanMatchRows runs query and calls fn with each row as a MatchRow of
// nfields values.
func scanMatchRows(ctx context.Context, q Querier, query string, args []any, nfields int, fn func(r *MatchRow) error) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	r := &MatchRow{Values: make([]string, nfields)}
	dst := make([]any, 3+nfields)
	dst[0], dst[1], dst[2] = &r.ID, &r.OwnerID, &r.TeamID
	for i := range nfields {
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
