package store

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"time"

	"fieldvault/backend/apperr"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// migration is one numbered, append-only schema step: NNNN_name.sql.
type migration struct {
	version int
	name    string
	sql     string
}

// loadMigrations returns the embedded migrations in version order; it fails
// on a malformed file name or a duplicate number (a build-time mistake).
func loadMigrations(fsys fs.FS) ([]migration, error) {
	entries, err := fs.ReadDir(fsys, "migrations")
	if err != nil {
		return nil, err
	}
	var out []migration
	seen := map[int]string{}
	for _, e := range entries {
		name := e.Name()
		num, rest, ok := strings.Cut(strings.TrimSuffix(name, ".sql"), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 || rest == "" {
			return nil, fmt.Errorf("migration %q: want NNNN_name.sql", name)
		}
		if prev, dup := seen[v]; dup {
			return nil, fmt.Errorf("migrations %q and %q share number %d", prev, name, v)
		}
		seen[v] = name
		body, err := fs.ReadFile(fsys, "migrations/"+name)
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: rest, sql: string(body)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	return out, nil
}

// migrate applies every migration newer than the database, each in its own
// transaction together with its schema_migrations row, so a crash leaves the
// schema at a whole step. A database newer than this binary is refused.
func (s *Store) migrate(ctx context.Context, list []migration) error {
	if _, err := s.w.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		name       TEXT NOT NULL,
		applied_at TEXT NOT NULL) STRICT`); err != nil {
		return s.mapErr(err)
	}
	current, err := s.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	if n := len(list); n > 0 && current > list[n-1].version {
		return apperr.New(apperr.CodeConflict, "The workspace has schema version %d, newer than this app (%d): update FieldVault.", current, list[n-1].version)
	}
	for _, m := range list {
		if m.version <= current {
			continue
		}
		err := s.Write(ctx, func(tx *Tx) error {
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return apperr.Wrap(fmt.Errorf("migration %04d_%s: %w", m.version, m.name, err), apperr.CodeInternal, "The workspace could not be upgraded.")
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)`,
				m.version, m.name, time.Now().UTC().Format(time.RFC3339Nano))
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// SchemaVersion returns the highest applied migration (0 for a new file).
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.reader().QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v)
	return v, s.mapErr(err)
}
