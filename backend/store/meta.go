package store

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// Well-known meta keys.
const (
	MetaName        = "workspace.name"
	MetaCreatedAt   = "workspace.created_at"
	MetaRecoveryAck = "recovery.acknowledged_at"
)

// Meta returns the value of key, with ok=false when it is not set.
func (s *Store) Meta(ctx context.Context, key string) (value string, ok bool, err error) {
	err = s.reader().QueryRowContext(ctx, `SELECT value FROM meta WHERE key = ?`, key).Scan(&value)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, s.mapErr(err)
	}
	return value, true, nil
}

// SetMeta inserts or replaces key inside tx.
func SetMeta(ctx context.Context, tx *Tx, key, value string, now time.Time) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO meta(key, value, updated_at) VALUES (?, ?, ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
		key, value, now.UTC().Format(time.RFC3339Nano))
	return err
}
