package store

import (
	"context"
	"database/sql"
	"fmt"
)

// Tx is a transaction on the store. Lower-case helpers across the backend
// take *Tx so that a change and its audit entry share one transaction.
type Tx struct {
	*sql.Tx
	s *Store // for the audit keys and clock (AppendAudit)
}

// Write runs fn in one IMMEDIATE transaction on the writer connection and
// commits when fn returns nil; any error or panic rolls back. The returned
// error is fn's own (unchanged) or a mapped store error.
func (s *Store) Write(ctx context.Context, fn func(tx *Tx) error) (err error) {
	sqlTx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return s.mapErr(err)
	}
	return s.run(sqlTx, fn)
}

// Read runs fn in a read-only transaction on the reader pool: a consistent
// snapshot while the writer commits.
func (s *Store) Read(ctx context.Context, fn func(tx *Tx) error) error {
	sqlTx, err := s.reader().BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return s.mapErr(err)
	}
	return s.run(sqlTx, fn)
}

func (s *Store) run(sqlTx *sql.Tx, fn func(tx *Tx) error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			_ = sqlTx.Rollback()
			panic(p)
		}
	}()
	if err := fn(&Tx{Tx: sqlTx, s: s}); err != nil {
		_ = sqlTx.Rollback()
		return s.mapErr(err)
	}
	if err := sqlTx.Commit(); err != nil {
		return s.mapErr(fmt.Errorf("commit: %w", err))
	}
	return nil
}
