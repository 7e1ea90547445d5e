package store

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"database/sql"
	"encoding/hex"
	"errors"
	"strconv"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
)

// Archiving the oldest audit entries (SECURITY.md §5, migration 0010): a
// job plans a range (PlanAuditArchive), streams it out of the log checking
// every entry (NewArchiveReader), writes the file, then CommitAuditArchive
// records the signed anchor and deletes the range in one transaction.

// MetaAuditRetention holds the retention policy in days ("0" or missing:
// keep forever).
const MetaAuditRetention = "audit.retention_days"

// AuditRetentionDays returns the retention policy in days, 0 (keep
// forever) when none is set or the stored value is unreadable. Errors:
// mapped store errors.
func (s *Store) AuditRetentionDays(ctx context.Context) (int, error) {
	v, ok, err := s.Meta(ctx, MetaAuditRetention)
	if err != nil || !ok {
		return 0, err
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, nil
	}
	return n, nil
}

// SetAuditRetentionDays stores the retention policy inside tx (the caller
// validates it and appends the audit entry in the same tx).
func SetAuditRetentionDays(ctx context.Context, tx *Tx, days int, now time.Time) error {
	return SetMeta(ctx, tx, MetaAuditRetention, strconv.Itoa(days), now)
}

// ArchivePlan is the range of the live log an archive takes, fixed when
// the archive starts. Entries 0 means there is nothing to take.
type ArchivePlan struct {
	FirstSeq  int64
	LastSeq   int64
	Entries   int64
	PrevHash  []byte // the first entry's prev_hash: Genesis, or the previous anchor's hash
	LastHash  []byte // the last entry's hash: the new anchor's
	OldestAt  string // stored times of the first and last entry
	NewestAt  string
	AnchorSeq int64 // the newest anchor's seq when planned (0: none)
	Live      int64 // entries in the live log when planned
}

// PlanAuditArchive returns the range an archive of the entries before
// `before` takes: the longest run from the oldest live entry whose times
// are all before it (a clock set back cannot pull a newer entry in), cut at
// upTo when upTo > 0. Errors: mapped store errors.
func PlanAuditArchive(ctx context.Context, q Querier, before time.Time, upTo int64) (ArchivePlan, error) {
	var p ArchivePlan
	var err error
	if p.AnchorSeq, err = latestAnchor(ctx, q); err != nil {
		return p, err
	}
	var maxSeq int64
	err = q.QueryRowContext(ctx, `SELECT seq, prev_hash, at, (SELECT max(seq) FROM audit_log) FROM audit_log ORDER BY seq LIMIT 1`).
		Scan(&p.FirstSeq, &p.PrevHash, &p.OldestAt, &maxSeq)
	if errors.Is(err, sql.ErrNoRows) {
		return ArchivePlan{AnchorSeq: p.AnchorSeq}, nil
	}
	if err != nil {
		return p, err
	}
	p.Live = maxSeq - p.FirstSeq + 1
	// The first entry not before the cutoff. Through the time index (the
	// recent entries): without it SQLite walks the log from its oldest
	// entry, reading every row it may archive (measured at 100k entries cut
	// in half: 3.6 ms against 65–95 ms).
	var stop sql.NullInt64
	if err := q.QueryRowContext(ctx, `SELECT min(seq) FROM audit_log INDEXED BY audit_log_at WHERE at >= ?`,
		before.UTC().Format(auditTime)).Scan(&stop); err != nil {
		return p, err
	}
	last := maxSeq
	if stop.Valid {
		last = stop.Int64 - 1
	}
	if upTo > 0 {
		last = min(last, upTo)
	}
	if last < p.FirstSeq {
		return ArchivePlan{AnchorSeq: p.AnchorSeq, Live: p.Live}, nil
	}
	p.LastSeq, p.Entries = last, last-p.FirstSeq+1
	err = q.QueryRowContext(ctx, `SELECT hash, at FROM audit_log WHERE seq = ?`, last).Scan(&p.LastHash, &p.NewestAt)
	return p, err
}

// SignAuditArchive signs an archive's manifest with the workspace's audit
// signing key under the archive domain (audit.SignArchive) and returns the
// signature. Errors: CodeInternal when the store has no signing key.
func (s *Store) SignAuditArchive(manifest []byte) ([]byte, error) {
	if len(s.auditSign) != ed25519.PrivateKeySize {
		return nil, errNoSigningKey
	}
	return audit.SignArchive(s.auditSign, manifest), nil
}

// ArchiveCommit is what CommitAuditArchive records for a written archive.
type ArchiveCommit struct {
	Plan       ArchivePlan
	FileName   string // the file's base name
	FileSHA256 []byte
	ActorID    string
	ActorName  string
	// Entry is the "audit.archive" entry, appended in the same transaction
	// before the range is deleted (so the log is never empty).
	Entry *audit.Entry
}

var errArchiveMoved = apperr.New(apperr.CodeConflict, "The audit log changed while the archive was written (another archive ran?): nothing was removed. Start it again.")

// CommitAuditArchive records a finished archive in one write transaction:
// it checks that the planned range is still the head of the log as read,
// appends c.Entry, writes the signed anchor, drops the range from the
// search index and deletes it, and writes a checkpoint over c.Entry (so
// cutting the log short after an archive is detected). It returns the
// anchor. Errors: CodeConflict when the log changed since the plan (another
// archive) — nothing is changed then; CodeInternal without a signing key;
// AppendAudit's errors; mapped store errors.
func (s *Store) CommitAuditArchive(ctx context.Context, c ArchiveCommit) (audit.Anchor, error) {
	if len(s.auditSign) != ed25519.PrivateKeySize {
		return audit.Anchor{}, errNoSigningKey
	}
	p := c.Plan
	var a audit.Anchor
	err := s.Write(ctx, func(tx *Tx) error {
		if err := checkPlanHolds(ctx, tx, p); err != nil {
			return err
		}
		if err := AppendAudit(ctx, tx, c.Entry); err != nil {
			return err
		}
		a = audit.Anchor{Seq: p.LastSeq, FirstSeq: p.FirstSeq, Entries: p.Entries, PrevHash: p.PrevHash, Hash: p.LastHash,
			At: s.now(), ActorID: c.ActorID, ActorName: c.ActorName, FileName: c.FileName, FileSHA256: c.FileSHA256}
		audit.SignAnchor(s.auditSign, &a)
		if _, err := tx.ExecContext(ctx, `INSERT INTO audit_anchors(seq, first_seq, entries, prev_hash, hash, at,
			actor_id, actor_name, file_name, file_sha256, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			a.Seq, a.FirstSeq, a.Entries, a.PrevHash, a.Hash, a.At.Format(auditTime), a.ActorID, a.ActorName,
			a.FileName, a.FileSHA256, a.Signature); err != nil {
			return err
		}
		if err := unindexArchived(ctx, tx, p); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM audit_log WHERE seq >= ? AND seq <= ?`, p.FirstSeq, p.LastSeq); err != nil {
			return err
		}
		if c.Entry.Seq%CheckpointEvery == 0 { // AppendAudit wrote one
			return nil
		}
		return s.insertCheckpoint(ctx, tx, c.Entry.Seq, c.Entry.Hash, c.Entry.At)
	})
	return a, err
}

// checkPlanHolds refuses (errArchiveMoved) when p is no longer the head
// of the log: another archive ran, or the range changed.
func checkPlanHolds(ctx context.Context, tx *Tx, p ArchivePlan) error {
	anchor, err := latestAnchor(ctx, tx)
	if err != nil {
		return err
	}
	var first, n int64
	var prev, last []byte
	err = tx.QueryRowContext(ctx, `SELECT (SELECT min(seq) FROM audit_log),
		(SELECT count(*) FROM audit_log WHERE seq >= ?1 AND seq <= ?2),
		(SELECT prev_hash FROM audit_log WHERE seq = ?1), (SELECT hash FROM audit_log WHERE seq = ?2)`,
		p.FirstSeq, p.LastSeq).Scan(&first, &n, &prev, &last)
	if err != nil {
		return err
	}
	if p.Entries == 0 || anchor != p.AnchorSeq || first != p.FirstSeq || n != p.Entries ||
		!bytes.Equal(prev, p.PrevHash) || !bytes.Equal(last, p.LastHash) {
		return errArchiveMoved
	}
	return nil
}

// unindexArchived removes the archived entries from the audit search index
// (only those it already holds: the index is filled in batches) and marks
// the range done, so archived text cannot be searched for any more.
func unindexArchived(ctx context.Context, tx *Tx, p ArchivePlan) error {
	var indexed int64
	if err := tx.QueryRowContext(ctx, `SELECT indexed_seq FROM audit_search_state WHERE id = 1`).Scan(&indexed); err != nil {
		return err
	}
	if indexed >= p.FirstSeq {
		if _, err := tx.ExecContext(ctx, `DELETE FROM audit_fts WHERE rowid >= ? AND rowid <= ?`, p.FirstSeq, min(indexed, p.LastSeq)); err != nil {
			return err
		}
	}
	if indexed < p.LastSeq {
		_, err := tx.ExecContext(ctx, `UPDATE audit_search_state SET indexed_seq = ? WHERE id = 1`, p.LastSeq)
		return err
	}
	return nil
}

// AuditAnchors returns every archive anchor, newest first, as the viewer
// shows them. Errors: mapped store errors.
func AuditAnchors(ctx context.Context, q Querier) ([]model.AuditAnchor, error) {
	anchors, err := loadAnchors(ctx, q)
	if err != nil {
		return nil, err
	}
	out := make([]model.AuditAnchor, 0, len(anchors))
	for i := len(anchors) - 1; i >= 0; i-- {
		a := anchors[i]
		out = append(out, model.AuditAnchor{FirstSeq: a.FirstSeq, LastSeq: a.Seq, Entries: a.Entries, Hash: hex.EncodeToString(a.Hash),
			FileName: a.FileName, FileSHA256: hex.EncodeToString(a.FileSHA256), At: FormatTime(a.At), ActorName: a.ActorName})
	}
	return out, nil
}
