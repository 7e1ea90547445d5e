package store

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// NameFailures are the failure counters of a user name that matches no user.
type NameFailures struct {
	Attempts, Lockouts int
	LockedUntil        time.Time
}

// GetNameFailures returns the counters of name (zero when none).
func GetNameFailures(ctx context.Context, q Querier, name string) (NameFailures, error) {
	var f NameFailures
	var until string
	err := q.QueryRowContext(ctx, `SELECT attempts, lockouts, locked_until FROM auth_failures WHERE name = ?`, name).
		Scan(&f.Attempts, &f.Lockouts, &until)
	if errors.Is(err, sql.ErrNoRows) {
		return f, nil
	}
	f.LockedUntil = ParseTime(until)
	return f, err
}

// SetNameFailures stores the counters of name.
func SetNameFailures(ctx context.Context, tx *Tx, name string, f NameFailures) error {
	until := ""
	if !f.LockedUntil.IsZero() {
		until = FormatTime(f.LockedUntil)
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO auth_failures(name, attempts, lockouts, locked_until) VALUES (?, ?, ?, ?)
		ON CONFLICT(name) DO UPDATE SET attempts = excluded.attempts, lockouts = excluded.lockouts, locked_until = excluded.locked_until`,
		name, f.Attempts, f.Lockouts, until)
	return err
}
