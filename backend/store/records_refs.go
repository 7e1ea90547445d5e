package store

import (
	"context"
	"strings"

	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
)

// RefTitles returns the titles of the records of target (an entity name,
// schema.RefStages or schema.RefUsers) among ids. Record entities only
// answer for live records the actor may read, so a ref never reveals the
// name of a record outside the caller's scope; ids left out are absent or
// unreadable.
func RefTitles(ctx context.Context, q Querier, a rbac.Actor, target string, ids []string) (map[string]string, error) {
	out := map[string]string{}
	ids = uniqueNonEmpty(ids)
	var base string
	var wargs []any
	switch target {
	case schema.RefStages:
		base = `SELECT id, name FROM stages t WHERE 1`
	case schema.RefUsers:
		base = `SELECT id, coalesce(nullif(display_name, ''), username) FROM users t WHERE 1`
	default:
		e, err := schema.Get(target)
		if err != nil {
			return out, nil
		}
		var where string
		where, wargs = rbac.Where(a, e.Name, rbac.ActionRead, "t.owner_id", "t.team_id")
		base = `SELECT t.id, ` + e.TitleSQL("t") + ` FROM ` + e.Table + ` t WHERE t.deleted_at = '' AND ` + where
	}
	for len(ids) > 0 {
		n := min(len(ids), 500)
		args := make([]any, 0, n+len(wargs))
		for _, id := range ids[:n] {
			args = append(args, id)
		}
		ids = ids[n:]
		rows, err := q.QueryContext(ctx, base+` AND t.id IN (?`+strings.Repeat(",?", n-1)+`)`, append(append([]any{}, wargs...), args...)...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var id, title string
			if err := rows.Scan(&id, &title); err != nil {
				rows.Close()
				return nil, err
			}
			out[id] = title
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// RefReadable reports whether id names a live record of target the actor
// may read (any stage or user counts).
func RefReadable(ctx context.Context, q Querier, a rbac.Actor, target, id string) (bool, error) {
	m, err := RefTitles(ctx, q, a, target, []string{id})
	_, ok := m[id]
	return ok, err
}

// LookupRecords returns up to limit ids and titles of live records of e the
// actor may read whose title starts with text (any record when text is
// empty), for ref pickers: a prefix search when text has words, else the
// most recently updated.
func LookupRecords(ctx context.Context, q Querier, e *schema.Entity, a rbac.Actor, text string, limit int) ([]SearchKey, error) {
	if err := CheckSearchText(text); err != nil {
		return nil, err
	}
	if strings.TrimSpace(text) != "" {
		return SearchRecords(ctx, q, a, []*schema.Entity{e}, text, limit)
	}
	where, args := rbac.Where(a, e.Name, rbac.ActionRead, "t.owner_id", "t.team_id")
	rows, err := q.QueryContext(ctx, `SELECT t.id FROM `+e.Table+` t WHERE t.deleted_at = '' AND `+where+
		` ORDER BY t.updated_at DESC, t.rowid DESC LIMIT ?`, append(args, limit)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []SearchKey{}
	for rows.Next() {
		k := SearchKey{Entity: string(e.Name)}
		if err := rows.Scan(&k.ID); err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, rows.Err()
}

func uniqueNonEmpty(ids []string) []string {
	seen := make(map[string]bool, len(ids))
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}
