package store

import (
	"context"

	"fieldvault/backend/audit"
	"fieldvault/backend/schema"
)

// EraseSubjectKeys destroys every key of the data subject (typ, id) inside
// tx — the caller's erasure transaction, after it has anonymised the
// subject's records — so each personal value sealed for it in the audit log
// (audit_personal.go) becomes unreadable while every entry still verifies.
// The subject's rows in the audit search index are rewritten with
// audit.ErasedLabel, so its name no longer finds them. The key rows are
// deleted with secure_delete on; Store.PurgeErased afterwards rewrites the
// search indexes and empties the WAL so no old copy of a page survives in
// the files. Returns how many keys were destroyed. Errors: mapped store
// errors.
func EraseSubjectKeys(ctx context.Context, tx *Tx, typ, id string) (int64, error) {
	if _, err := tx.ExecContext(ctx, `PRAGMA secure_delete = ON`); err != nil {
		return 0, tx.s.mapErr(err)
	}
	defer tx.ExecContext(ctx, `PRAGMA secure_delete = OFF`) //nolint:errcheck // restores the default; failure only costs speed
	res, err := tx.ExecContext(ctx, `DELETE FROM subject_keys WHERE subject_type = ? AND subject_id = ?`, typ, id)
	if err != nil {
		return 0, tx.s.mapErr(err)
	}
	n, _ := res.RowsAffected()
	if err := reindexErased(ctx, tx, audit.Subject{Type: typ, ID: id}); err != nil {
		return n, tx.s.mapErr(err)
	}
	return n, nil
}

// reindexErased replaces the indexed rows of the entries sealed for s (as
// far as the index reaches; later entries are indexed erased anyway).
func reindexErased(ctx context.Context, tx *Tx, s audit.Subject) error {
	rows, err := tx.QueryContext(ctx, `SELECT seq, action, actor_name, reason FROM audit_log
		WHERE object_label GLOB ? AND seq <= (SELECT indexed_seq FROM audit_search_state WHERE id = 1)`,
		"pd1:"+globEscape(s.Type)+":"+globEscape(s.ID)+":*")
	if err != nil {
		return err
	}
	type row struct {
		seq                   int64
		action, actor, reason string
	}
	var todo []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.seq, &r.action, &r.actor, &r.reason); err != nil {
			rows.Close()
			return err
		}
		todo = append(todo, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	label := audit.ErasedLabel(s)
	for _, r := range todo {
		if _, err := tx.ExecContext(ctx, `DELETE FROM audit_fts WHERE rowid = ?`, r.seq); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO audit_fts(rowid, object_label, action, actor_name, reason) VALUES (?, ?, ?, ?, ?)`,
			r.seq, label, r.action, r.actor, r.reason); err != nil {
			return err
		}
	}
	return nil
}

// globEscape makes s match itself literally in a GLOB pattern.
func globEscape(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '*', '?', '[':
			out = append(out, '[', c, ']')
		default:
			out = append(out, c)
		}
	}
	return string(out)
}

// RecordRef is a record found by LinkedRecords, and whether it is in the Trash.
type RecordRef struct {
	ID      string
	Trashed bool
}

// LinkedRecords returns every record of e, live or in the Trash, whose
// field (a descriptor field: a ref, or relatedId with relEntity naming its
// entity) equals id, whatever anyone's scope: erasure must find them all
// and then decides what the caller may do. Errors: CodeInvalid for a field
// e does not have; mapped store errors.
func LinkedRecords(ctx context.Context, q Querier, e *schema.Entity, field, relEntity, id string) ([]RecordRef, error) {
	f, ok := e.Field(field)
	if !ok {
		return nil, invalid("field", "unknown field "+field)
	}
	where, args := f.Column+" = ?", []any{id}
	if relEntity != "" {
		rel, ok := e.Field(schema.RelatedEntityField)
		if !ok {
			return nil, invalid("field", "no related entity")
		}
		where, args = where+" AND "+rel.Column+" = ?", append(args, relEntity)
	}
	rows, err := q.QueryContext(ctx, `SELECT id, deleted_at != '' FROM `+e.Table+` WHERE `+where+` ORDER BY id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []RecordRef
	for rows.Next() {
		var r RecordRef
		if err := rows.Scan(&r.ID, &r.Trashed); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// PurgeErased makes an erasure final in the files: with secure_delete on it
// rewrites the audit and record search indexes (FTS5 'optimize' drops the
// deleted terms that old index segments still hold) and checkpoints the WAL
// into the database, truncating it, so no page written before the erasure
// (holding a destroyed key or an old name) remains readable with the
// workspace key. Backups taken before the erasure still hold them. Errors:
// mapped store errors; ctx's error.
func (s *Store) PurgeErased(ctx context.Context) error {
	err := s.Write(ctx, func(tx *Tx) error {
		for _, q := range []string{`PRAGMA secure_delete = ON`,
			`INSERT INTO audit_fts(audit_fts) VALUES ('optimize')`,
			`INSERT INTO search_fts(search_fts) VALUES ('optimize')`,
			`PRAGMA secure_delete = OFF`} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return s.mapErr(err)
	}
	_, err = s.w.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`)
	return s.mapErr(err)
}
