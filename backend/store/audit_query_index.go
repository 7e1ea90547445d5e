package store

import (
	"context"
)

// auditIndexBatch bounds the entries one catch-up transaction indexes, so
// the writer is never held for long.
const auditIndexBatch = 50_000

// IndexAuditSearch adds the entries appended since the last call to the
// audit full-text index (see migrations 0007 and 0009: it is filled in
// batches, not per append, with sealed personal labels opened) and returns how many it added. Callers run it before a text
// search. Cheap when there is nothing to add: one read. Errors: mapped store
// errors; ctx's error.
func (s *Store) IndexAuditSearch(ctx context.Context) (int64, error) {
	var indexed, last int64
	err := s.reader().QueryRowContext(ctx, `SELECT (SELECT indexed_seq FROM audit_search_state WHERE id = 1),
		(SELECT coalesce(max(seq), 0) FROM audit_log)`).Scan(&indexed, &last)
	if err != nil || indexed >= last {
		return 0, s.mapErr(err)
	}
	var total int64
	for {
		var from, to int64
		err := s.Write(ctx, func(tx *Tx) error {
			if err := tx.QueryRowContext(ctx, `SELECT indexed_seq FROM audit_search_state WHERE id = 1`).Scan(&from); err != nil {
				return err
			}
			if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(seq), ?) FROM (SELECT seq FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?)`,
				from, from, auditIndexBatch).Scan(&to); err != nil || to == from {
				return err
			}
			if err := indexAuditRange(ctx, tx, from, to); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, `UPDATE audit_search_state SET indexed_seq = ? WHERE id = 1`, to)
			return err
		})
		if err != nil {
			return total, err
		}
		total += to - from // seq is gap-free
		if to-from < auditIndexBatch {
			return total, nil
		}
	}
}

// indexAuditRange indexes entries from < seq ≤ to: plain labels straight
// from the log, sealed ones (see audit_personal.go) opened with their
// subject's key — an erased subject's as audit.ErasedLabel.
func indexAuditRange(ctx context.Context, tx *Tx, from, to int64) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO audit_fts(rowid, object_label, action, actor_name, reason)
		SELECT seq, object_label, action, actor_name, reason FROM audit_log
		WHERE seq > ? AND seq <= ? AND object_label NOT LIKE 'pd1:%' ORDER BY seq`, from, to); err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, `SELECT seq, object_label, action, actor_name, reason FROM audit_log
		WHERE seq > ? AND seq <= ? AND object_label LIKE 'pd1:%' ORDER BY seq`, from, to)
	if err != nil {
		return err
	}
	type sealed struct {
		seq                          int64
		label, action, actor, reason string
	}
	var todo []sealed
	for rows.Next() {
		var r sealed
		if err := rows.Scan(&r.seq, &r.label, &r.action, &r.actor, &r.reason); err != nil {
			rows.Close()
			return err
		}
		todo = append(todo, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	keys := newSubjectKeys(ctx, tx)
	for _, r := range todo {
		if _, err := tx.ExecContext(ctx, `INSERT INTO audit_fts(rowid, object_label, action, actor_name, reason) VALUES (?, ?, ?, ?, ?)`,
			r.seq, keys.label(r.label), r.action, r.actor, r.reason); err != nil {
			return err
		}
	}
	return keys.err
}
