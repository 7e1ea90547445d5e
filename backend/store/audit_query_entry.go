package store

import (
	"context"
	"crypto/ed25519"
	"database/sql"
	"errors"
	"strconv"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
)

// auditEntryCols are every column of an entry (as "a"), in audit.Entry order.
const auditEntryCols = `a.seq, a.id, a.at, a.actor_id, a.actor_name, a.actor_role, a.device_id, a.hostname,
	a.os_user, a.app_version, a.session_hash, a.category, a.action, a.object_type, a.object_id, a.object_label,
	a.changes, a.outcome, a.reason, a.rows, a.prev_hash, a.hash`

// GetAuditEntry returns entry seq in full, personal values opened (see
// RevealAudit), changes unmasked (the caller masks). Errors: CodeNotFound when there is no such entry;
// mapped store errors.
func GetAuditEntry(ctx context.Context, q Querier, seq int64) (audit.Entry, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+auditEntryCols+` FROM audit_log a WHERE a.seq = ?`, seq)
	if err != nil {
		return audit.Entry{}, err
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return audit.Entry{}, err
		}
		return audit.Entry{}, apperr.New(apperr.CodeNotFound, "There is no audit entry %d.", seq)
	}
	e, err := scanAuditEntry(rows)
	if err != nil {
		return e, err
	}
	rows.Close()
	es := []audit.Entry{e}
	err = RevealAudit(ctx, q, es)
	return es[0], err
}

// AuditEntriesAfter returns up to limit entries with after < seq ≤ maxSeq
// that match aq (its paging fields ignored), oldest first, personal values
// opened: the next batch of an export. Errors as ListAudit's.
func AuditEntriesAfter(ctx context.Context, q Querier, aq model.AuditQuery, after, maxSeq int64, limit int) ([]audit.Entry, error) {
	aq.BeforeSeq, aq.Limit = 0, 0
	f, err := compileAudit(aq)
	if err != nil {
		return nil, err
	}
	p, err := planAudit(ctx, q, f, "seq > ? AND seq <= ?", []any{after, maxSeq})
	if err != nil {
		return nil, err
	}
	rows, err := q.QueryContext(ctx, `SELECT `+auditEntryCols+` FROM `+p.from+` WHERE `+p.where+
		` ORDER BY `+p.seq+` LIMIT `+strconv.Itoa(limit), p.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []audit.Entry
	for rows.Next() {
		e, err := scanAuditEntry(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	return out, RevealAudit(ctx, q, out)
}

func scanAuditEntry(rows *sql.Rows) (audit.Entry, error) {
	var e audit.Entry
	var at, changes string
	err := rows.Scan(&e.Seq, &e.ID, &at, &e.Actor.UserID, &e.Actor.Username, &e.Actor.Role,
		&e.Device.DeviceID, &e.Device.Hostname, &e.Device.OSUser, &e.Device.AppVersion, &e.SessionHash,
		&e.Category, &e.Action, &e.ObjectType, &e.ObjectID, &e.ObjectLabel, &changes, &e.Outcome, &e.Reason,
		&e.Rows, &e.PrevHash, &e.Hash)
	e.At, e.Changes = parseAuditTime([]byte(at)), decodeChanges([]byte(changes))
	return e, err
}

// AuditHead returns the newest entry's seq and hash (0 and the genesis
// hash for an empty log) and the stored time of the newest checkpoint (""
// when there is none): two b-tree steps. Errors: mapped store errors.
func AuditHead(ctx context.Context, q Querier) (seq int64, hash []byte, lastCheckpoint string, err error) {
	err = q.QueryRowContext(ctx, `SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`).Scan(&seq, &hash)
	if errors.Is(err, sql.ErrNoRows) {
		seq, hash, err = 0, audit.Genesis(), nil
	}
	if err != nil {
		return 0, nil, "", err
	}
	err = q.QueryRowContext(ctx, `SELECT at FROM audit_checkpoints ORDER BY seq DESC LIMIT 1`).Scan(&lastCheckpoint)
	if errors.Is(err, sql.ErrNoRows) {
		err = nil
	}
	return seq, hash, lastCheckpoint, err
}

// SignAuditBundle signs an export bundle's manifest with the workspace's
// audit signing key (the checkpoints' key), under the bundle domain so the
// signature can never pass for a checkpoint's (audit.SignBundle), and
// returns the signature and the public key that verifies it. Errors:
// CodeInternal when the store has no signing key.
func (s *Store) SignAuditBundle(manifest []byte) (sig []byte, pub ed25519.PublicKey, err error) {
	if len(s.auditSign) != ed25519.PrivateKeySize {
		return nil, nil, errNoSigningKey
	}
	return audit.SignBundle(s.auditSign, manifest), s.AuditPublicKey(), nil
}
