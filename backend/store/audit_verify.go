package store

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"time"

	"fieldvault/backend/audit"
	"fieldvault/backend/crypto"
)

// progressEvery is how many entries pass between two progress callbacks.
const progressEvery = 10_000

// VerifyAudit streams every checkpoint and entry from one read snapshot
// through an audit.Verifier and returns its report. A tampered log is not an
// error: the report's Problem names the first bad entry. progress (may be
// nil) is called with (entries read, total) every 10,000 entries and once
// at the end. Errors: CodeInternal without an audit key; ctx's error when
// cancelled; mapped store errors for I/O.
func (s *Store) VerifyAudit(ctx context.Context, progress func(done, total int64)) (audit.Report, error) {
	var rep audit.Report
	if len(s.auditKey) != crypto.KeySize {
		return rep, errNoAuditKey
	}
	err := s.Read(ctx, func(tx *Tx) error {
		var total int64
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM audit_log`).Scan(&total); err != nil {
			return err
		}
		v := audit.NewVerifier(s.auditKey, s.AuditPublicKey())
		if err := addCheckpoints(ctx, tx, v); err != nil {
			return err
		}
		done, err := feedEntries(ctx, tx, v, total, progress)
		if err != nil {
			return err
		}
		if progress != nil {
			progress(done, total)
		}
		rep = v.Finish()
		return nil
	})
	return rep, err
}

func addCheckpoints(ctx context.Context, tx *Tx, v *audit.Verifier) error {
	rows, err := tx.QueryContext(ctx, `SELECT seq, at, last_hash, signature FROM audit_checkpoints ORDER BY seq`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var c audit.Checkpoint
		var at string
		if err := rows.Scan(&c.Seq, &at, &c.LastHash, &c.Signature); err != nil {
			return err
		}
		c.At, _ = time.Parse(time.RFC3339Nano, at) // unparsable: zero time, the signature fails
		v.AddCheckpoint(c)
	}
	return rows.Err()
}

// feedEntries scans the log in seq order into one reused Entry (blobs as
// RawBytes, repeated strings reused) until the verifier has its verdict.
func feedEntries(ctx context.Context, tx *Tx, v *audit.Verifier, total int64, progress func(done, total int64)) (int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT seq, id, at, actor_id, actor_name, actor_role,
		device_id, hostname, os_user, app_version, session_hash, category, action,
		object_type, object_id, object_label, changes, outcome, reason, rows, prev_hash, hash
		FROM audit_log ORDER BY seq`)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	var (
		e                audit.Entry
		raw              [18]sql.RawBytes // id … reason, in column order
		prevRaw, hashRaw sql.RawBytes
		done             int64
	)
	dest := []any{&e.Seq}
	for i := range raw {
		dest = append(dest, &raw[i])
	}
	dest = append(dest, &e.Rows, &prevRaw, &hashRaw)
	str := [...]*string{&e.ID, nil, &e.Actor.UserID, &e.Actor.Username, &e.Actor.Role,
		&e.Device.DeviceID, &e.Device.Hostname, &e.Device.OSUser, &e.Device.AppVersion, &e.SessionHash,
		&e.Category, &e.Action, &e.ObjectType, &e.ObjectID, &e.ObjectLabel, nil, &e.Outcome, &e.Reason}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return done, err
		}
		for i, p := range str {
			if p != nil && string(raw[i]) != *p { // no allocation when unchanged
				*p = string(raw[i])
			}
		}
		e.At = parseAuditTime(raw[1])
		e.Changes = decodeChanges(raw[15])
		e.PrevHash, e.Hash = prevRaw, hashRaw // valid until the next row; the verifier copies what it keeps
		done++
		if progress != nil && done%progressEvery == 0 {
			progress(done, total)
		}
		if !v.Add(&e) {
			break
		}
	}
	return done, rows.Err()
}

// parseAuditTime reads an "at" column; anything unparsable becomes the zero
// time, which then fails the hash check (reported as edited).
func parseAuditTime(b []byte) time.Time {
	t, err := time.Parse(time.RFC3339Nano, string(b))
	if err != nil {
		return time.Time{}
	}
	return t
}

// decodeChanges reads a changes column into the values Validate produces
// (numbers as json.Number). Text that is not a JSON array of changes becomes
// one change carrying the raw text, so the hash check fails and the entry is
// reported as edited rather than the scan failing.
func decodeChanges(b []byte) []audit.Change {
	if len(b) == 0 || string(b) == "[]" {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var out []audit.Change
	if err := dec.Decode(&out); err != nil || dec.More() {
		return []audit.Change{{Field: "\x00undecodable", After: string(b)}}
	}
	return out
}
