package store

import (
	"context"
	"database/sql"
	"time"
)

// DedupRules returns the stored duplicate rules of entity (JSON) and
// whether there are any.
func DedupRules(ctx context.Context, q Querier, entity string) (string, bool, error) {
	var raw string
	err := q.QueryRowContext(ctx, `SELECT rules FROM dedup_rules WHERE entity = ?`, entity).Scan(&raw)
	if err == sql.ErrNoRows {
		return "", false, nil
	}
	return raw, err == nil, err
}

// SetDedupRules stores entity's duplicate rules (JSON).
func SetDedupRules(ctx context.Context, tx *Tx, entity, rules, userID string, at time.Time) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO dedup_rules(entity, rules, updated_at, updated_by) VALUES (?, ?, ?, ?)
		ON CONFLICT(entity) DO UPDATE SET rules = excluded.rules, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
		entity, rules, FormatTime(at), userID)
	return tx.s.mapErr(err)
}
