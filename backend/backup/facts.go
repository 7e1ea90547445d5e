package backup

import (
	"context"
	"database/sql"
	"errors"

	"fieldvault/backend/audit"
	"fieldvault/backend/schema"
)

// countedTables are the tables whose rows a manifest counts besides the
// record tables: what a restore report shows and checks.
var countedTables = []string{"users", "roles", "teams", "audit_log"}

// tablesToCount returns the record tables and countedTables.
func tablesToCount() []string {
	var out []string
	for _, e := range schema.All() {
		out = append(out, e.Table)
	}
	return append(out, countedTables...)
}

// readFacts fills s.facts from the copy.
func (s *Snapshot) readFacts(ctx context.Context) error {
	f := &s.facts
	f.Cipher = s.cipher.String()
	if err := s.db.QueryRowContext(ctx, `PRAGMA page_count`).Scan(&f.Pages); err != nil {
		return err
	}
	var err error
	if f.Counts, err = countRows(ctx, s.db); err != nil {
		return err
	}
	if f.AuditSeq, f.AuditHash, err = auditHead(ctx, s.db); err != nil {
		return err
	}
	err = s.db.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&f.SchemaVersion)
	if err != nil {
		return err
	}
	err = s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'workspace.name'`).Scan(&f.WorkspaceName)
	if errors.Is(err, sql.ErrNoRows) {
		err = nil
	}
	return err
}

// countRows counts the rows of every table of tablesToCount that q has.
func countRows(ctx context.Context, q interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}) (map[string]int64, error) {
	out := map[string]int64{}
	for _, t := range tablesToCount() {
		var exists int
		if err := q.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?`, t).Scan(&exists); err != nil {
			return nil, err
		}
		if exists == 0 {
			continue
		}
		var n int64
		// t comes from the schema registry and countedTables, never from input.
		if err := q.QueryRowContext(ctx, `SELECT count(*) FROM "`+t+`"`).Scan(&n); err != nil {
			return nil, err
		}
		out[t] = n
	}
	return out, nil
}

// auditHead returns the last audit entry's seq and hash (0 and the genesis
// hash for an empty log).
func auditHead(ctx context.Context, db *sql.DB) (int64, []byte, error) {
	var seq int64
	var hash []byte
	err := db.QueryRowContext(ctx, `SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`).Scan(&seq, &hash)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, audit.Genesis(), nil
	}
	return seq, hash, err
}
