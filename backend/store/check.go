package store

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fieldvault/backend/apperr"
	"fieldvault/backend/encvfs"
)

// CheckResult is what Check found.
type CheckResult struct {
	PageCount int
	Integrity string // "ok", or SQLite's first complaints
}

// Check moves the WAL into the main file, authenticates every page of it
// with the page key (naming the first bad page as CodeCorrupt), then runs
// SQLite's integrity_check. A nil error with Integrity != "ok" means the
// pages decrypt but the b-trees are inconsistent.
func (s *Store) Check(ctx context.Context) (CheckResult, error) {
	var res CheckResult
	pages, err := s.verifyPages(ctx)
	if err != nil {
		var pe *encvfs.PageError
		switch {
		case errors.As(err, &pe):
			return res, apperr.Wrap(err, apperr.CodeCorrupt, pageMessage(pe))
		case errors.Is(err, encvfs.ErrTruncated):
			return res, apperr.Wrap(err, apperr.CodeCorrupt, "The workspace file is damaged: it was cut short.")
		}
		return res, err
	}
	res.PageCount = pages
	rows, err := s.reader().QueryContext(ctx, `PRAGMA integrity_check(20)`)
	if err != nil {
		return res, s.mapErr(err)
	}
	defer rows.Close()
	var msgs []string
	for rows.Next() {
		var m string
		if err := rows.Scan(&m); err != nil {
			return res, s.mapErr(err)
		}
		msgs = append(msgs, m)
	}
	if err := rows.Err(); err != nil {
		return res, s.mapErr(err)
	}
	res.Integrity = strings.Join(msgs, "; ")
	if res.Integrity == "" {
		return res, fmt.Errorf("integrity_check returned nothing")
	}
	return res, nil
}

// verifyPages empties the WAL into the main file, then authenticates every
// page while holding the write lock (the writer connection in this process,
// an IMMEDIATE transaction against others), so nothing changes under it.
func (s *Store) verifyPages(ctx context.Context) (int, error) {
	conn, err := s.w.Conn(ctx)
	if err != nil {
		return 0, s.mapErr(err)
	}
	defer conn.Close()
	var busy, logFrames, done int
	if err := conn.QueryRowContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`).Scan(&busy, &logFrames, &done); err != nil {
		return 0, s.mapErr(err)
	}
	if busy != 0 {
		return 0, apperr.New(apperr.CodeUnavailable, "The workspace is in use by another FieldVault window; close it and check again.")
	}
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		return 0, s.mapErr(err)
	}
	defer conn.ExecContext(context.Background(), `ROLLBACK`) //nolint:errcheck // read-only transaction
	return encvfs.VerifyFile(s.path, s.key, s.cipher)
}

// PageCount returns the number of pages in the database.
func (s *Store) PageCount(ctx context.Context) (int, error) {
	var n int
	err := s.reader().QueryRowContext(ctx, `PRAGMA page_count`).Scan(&n)
	return n, s.mapErr(err)
}
