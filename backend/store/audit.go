package store

import (
	"context"
	"crypto/ed25519"
	"database/sql"
	"encoding/json"
	"errors"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/crypto"
)

// CheckpointEvery is how many entries separate two automatic signed
// checkpoints (entry seq multiples of it get one, in the same transaction).
const CheckpointEvery = 1000

// auditTime is how "at" columns are written: RFC 3339, UTC, milliseconds.
const auditTime = "2006-01-02T15:04:05.000Z07:00"

var errNoAuditKey = apperr.Wrap(errors.New("store opened without Options.AuditKey"), apperr.CodeInternal, "The audit log is not available.")
var errNoSigningKey = apperr.Wrap(errors.New("store opened without Options.AuditSigningKey"), apperr.CodeInternal, "The audit log is not available.")

// AppendAudit appends e to the audit log inside tx — the caller's write
// transaction — so the change and its entry commit or roll back together.
// It fills e.Seq (last + 1, gap-free since writes are serialised), e.ID
// (random), e.At (the store clock, UTC, ms), e.Device (the store's default
// when e names none), e.PrevHash and e.Hash, after e.Validate (which
// normalises e). Every CheckpointEvery entries it also writes a signed
// checkpoint. The personal values of an entry about a data subject are
// sealed with the subject's key first (audit_personal.go): e then holds
// them sealed, as stored and hashed. Errors: CodeInvalid from Validate; CodeInternal when the store
// has no 32-byte audit key (or no signing key when a checkpoint is due) or tx is not
// a write transaction of this store; otherwise a mapped store error. On
// error the filled fields of e mean nothing and tx must be rolled back.
func AppendAudit(ctx context.Context, tx *Tx, e *audit.Entry) error {
	s := tx.s
	if s == nil || len(s.auditKey) != crypto.KeySize {
		return errNoAuditKey
	}
	if e.Device == (audit.Device{}) {
		e.Device = s.device
	}
	e.ID = randomHex(16)
	e.At = s.now().UTC().Truncate(time.Millisecond)
	if err := e.Validate(); err != nil {
		return err
	}
	if err := sealPersonal(ctx, tx, e, e.At.Format(auditTime)); err != nil {
		return err
	}
	lastSeq, lastHash, err := auditTail(ctx, tx)
	if err != nil {
		return err
	}
	e.Seq, e.PrevHash = lastSeq+1, lastHash
	e.Hash = audit.ChainHash(s.auditKey, e.PrevHash, e)
	changes := []byte("[]")
	if len(e.Changes) > 0 {
		if changes, err = json.Marshal(e.Changes); err != nil {
			return apperr.Wrap(err, apperr.CodeInternal, "The audit entry could not be encoded.")
		}
	}
	ins, err := tx.prepared(ctx, `INSERT INTO audit_log(seq, id, at, actor_id, actor_name, actor_role,
		device_id, hostname, os_user, app_version, session_hash, category, action,
		object_type, object_id, object_label, changes, outcome, reason, rows, prev_hash, hash)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return s.mapErr(err)
	}
	_, err = ins.ExecContext(ctx,
		e.Seq, e.ID, e.At.Format(auditTime), e.Actor.UserID, e.Actor.Username, e.Actor.Role,
		e.Device.DeviceID, e.Device.Hostname, e.Device.OSUser, e.Device.AppVersion, e.SessionHash,
		e.Category, e.Action, e.ObjectType, e.ObjectID, e.ObjectLabel, string(changes),
		e.Outcome, e.Reason, e.Rows, e.PrevHash, e.Hash)
	if err != nil {
		return s.mapErr(err)
	}
	if e.Seq%CheckpointEvery == 0 {
		if err := s.insertCheckpoint(ctx, tx, e.Seq, e.Hash, e.At); err != nil {
			return err
		}
	}
	tx.appended = append(tx.appended, *e)
	return nil
}

// SetAuditObserver makes fn receive, after each write transaction commits,
// the audit entries it appended (Seq and the other store-filled fields set,
// in seq order). fn runs on the committing goroutine after the commit and
// outside any transaction, never for a rolled-back one; it must return
// quickly and must not block (hand the entries to a worker). nil removes
// the observer. Entries written by another process or Store are not seen.
func (s *Store) SetAuditObserver(fn func([]audit.Entry)) {
	if fn == nil {
		s.observer.Store(nil)
		return
	}
	s.observer.Store(&fn)
}

// AuditWrite appends e in a write transaction of its own: for denied
// attempts and failed sign-ins, which change nothing else. Errors as
// AppendAudit's.
func (s *Store) AuditWrite(ctx context.Context, e *audit.Entry) error {
	return s.Write(ctx, func(tx *Tx) error { return AppendAudit(ctx, tx, e) })
}

// AuditCheckpointNow writes a signed checkpoint over the current last entry
// (e.g. when the app closes), so that cutting entries off the end is
// detected. It does nothing when the log is empty or the last entry already
// has one. Errors: CodeInternal without a signing key; store errors.
func (s *Store) AuditCheckpointNow(ctx context.Context) error {
	if len(s.auditSign) == 0 {
		return errNoSigningKey
	}
	return s.Write(ctx, func(tx *Tx) error {
		seq, hash, err := auditTail(ctx, tx)
		if err != nil || seq == 0 {
			return err
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM audit_checkpoints WHERE seq = ?`, seq).Scan(&n); err != nil || n > 0 {
			return err
		}
		return s.insertCheckpoint(ctx, tx, seq, hash, s.now())
	})
}

// AuditPublicKey returns the key that verifies checkpoints, nil when the
// store has no signing key.
func (s *Store) AuditPublicKey() ed25519.PublicKey {
	if len(s.auditSign) != ed25519.PrivateKeySize {
		return nil
	}
	return s.auditSign.Public().(ed25519.PublicKey)
}

// AuditCount returns the number of audit entries.
func (s *Store) AuditCount(ctx context.Context) (int64, error) {
	var n int64
	err := s.reader().QueryRowContext(ctx, `SELECT count(*) FROM audit_log`).Scan(&n)
	return n, s.mapErr(err)
}

// auditTail returns the last entry's seq and hash, or 0 and the genesis
// hash for an empty log. Reading it inside the write transaction keeps it
// right across rollbacks (the primary key makes it one b-tree step).
func auditTail(ctx context.Context, tx *Tx) (int64, []byte, error) {
	if n := len(tx.appended); n > 0 { // this transaction appended the tail itself
		last := tx.appended[n-1]
		return last.Seq, last.Hash, nil
	}
	var seq int64
	var hash []byte
	err := tx.QueryRowContext(ctx, `SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1`).Scan(&seq, &hash)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, audit.Genesis(), nil
	}
	return seq, hash, err
}

func (s *Store) insertCheckpoint(ctx context.Context, tx *Tx, seq int64, hash []byte, at time.Time) error {
	if len(s.auditSign) != ed25519.PrivateKeySize {
		return errNoSigningKey
	}
	c := audit.SignCheckpoint(s.auditSign, seq, hash, at)
	_, err := tx.ExecContext(ctx, `INSERT INTO audit_checkpoints(seq, at, last_hash, signature) VALUES (?, ?, ?, ?)`,
		c.Seq, c.At.Format(auditTime), c.LastHash, c.Signature)
	return s.mapErr(err)
}
