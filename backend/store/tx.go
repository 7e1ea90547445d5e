package store

import (
	"context"
	"database/sql"
	"fmt"

	"fieldvault/backend/audit"
)

// Tx is a transaction on the store. Lower-case helpers across the backend
// take *Tx so that a change and its audit entry share one transaction.
type Tx struct {
	*sql.Tx
	s *Store // for the audit keys and clock (AppendAudit)
	// appended collects the entries AppendAudit wrote, handed to the audit
	// observer once (and only if) the transaction commits.
	appended []audit.Entry
	// stmts caches statements prepared in this transaction (prepared):
	// a bulk write appends thousands of audit entries through the same few.
	stmts map[string]*sql.Stmt
}

// prepared returns query prepared in tx, preparing it on first use. The
// statement closes with the transaction.
func (tx *Tx) prepared(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := tx.stmts[query]; ok {
		return st, nil
	}
	st, err := tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if tx.stmts == nil {
		tx.stmts = map[string]*sql.Stmt{}
	}
	tx.stmts[query] = st
	return st, nil
}

// Write runs fn in one IMMEDIATE transaction on the writer connection and
// commits when fn returns nil; any error or panic rolls back. The returned
// error is fn's own (unchanged) or a mapped store error. After a commit that
// appended audit entries, the audit observer (SetAuditObserver) receives
// them, outside the transaction; a rolled-back write reports nothing.
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
	tx := &Tx{Tx: sqlTx, s: s}
	if err := fn(tx); err != nil {
		_ = sqlTx.Rollback()
		return s.mapErr(err)
	}
	if err := sqlTx.Commit(); err != nil {
		return s.mapErr(fmt.Errorf("commit: %w", err))
	}
	if obs := s.observer.Load(); obs != nil && len(tx.appended) > 0 {
		(*obs)(tx.appended)
	}
	return nil
}
