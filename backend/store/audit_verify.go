package store

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/json"
	"time"

	"fieldvault/backend/audit"
	"fieldvault/backend/crypto"
)

// progressEvery is how many entries pass between two progress callbacks.
const progressEvery = 10_000

// VerifyOptions tune VerifyAuditWith.
type VerifyOptions struct {
	// Progress (may be nil) is called with (entries checked, total) every
	// 10,000 entries and once at the end.
	Progress func(done, total int64)
	// Hold (may be nil) is called before every batch of reads and must
	// return a func that ends the hold, or an error that stops the
	// verification with that error. A caller that may close the store
	// meanwhile (a background job) holds its lock there, so the store is
	// never closed under a running query.
	Hold func() (release func(), err error)
}

// VerifyAudit is VerifyAuditWith with only a progress callback.
func (s *Store) VerifyAudit(ctx context.Context, progress func(done, total int64)) (audit.Report, error) {
	return s.VerifyAuditWith(ctx, VerifyOptions{Progress: progress})
}

// VerifyAuditWith checks every entry and checkpoint as of the moment it
// starts (entries appended later are left out) against the hash chain and
// the checkpoint signatures, and returns the report of an audit.Verifier
// over the whole log. A tampered log is not an error: the report's Problem
// names the first bad entry. The entries are read in seq ranges on two
// reader connections and hashed in parallel (see audit_verify_scan.go);
// from the first anomaly on, an audit.Verifier reads row by row and names
// the problem. Errors: CodeInternal without an audit key; ctx's error when
// cancelled; Hold's error; mapped store errors for I/O.
func (s *Store) VerifyAuditWith(ctx context.Context, o VerifyOptions) (audit.Report, error) {
	hold := o.Hold
	if hold == nil {
		hold = func() (func(), error) { return func() {}, nil }
	}
	snap, err := s.verifySnapshot(ctx, hold)
	if err != nil {
		return audit.Report{}, err
	}
	defer crypto.Wipe(snap.key)
	if snap.problem != nil { // the anchors do not hold: nothing after them can be trusted
		if o.Progress != nil {
			o.Progress(0, 0)
		}
		return audit.Report{Problem: snap.problem}, nil
	}
	lk := newLinker(snap, o.Progress)
	from := snap.minSeq
	if from >= 1 { // a seq below 1 (a doctored file) goes to the row-by-row verifier at once
		if err := s.scanAudit(ctx, snap, hold, lk); err != nil {
			return audit.Report{}, err
		}
		from = lk.next
	}
	v := audit.NewVerifierFrom(snap.key, snap.pub, lk.report())
	for _, c := range snap.cps[lk.cpAt:] {
		v.AddCheckpoint(c)
	}
	if lk.stopped || from < 1 {
		if err := s.feedFrom(ctx, hold, v, lk, from, snap.maxSeq); err != nil {
			return audit.Report{}, err
		}
	}
	if o.Progress != nil {
		o.Progress(lk.done, lk.total)
	}
	return v.Finish(), nil
}

// verifyState is what a verification works from: one read snapshot's last
// seq and checkpoints, where the live log starts (entry 1 and Genesis, or
// right after the newest archive anchor: see audit_verify_anchor.go), and
// copies of the keys (the store may be closed while the entries are
// hashed). problem is set when the anchors themselves do not hold.
type verifyState struct {
	minSeq    int64
	maxSeq    int64
	start     int64  // seq the first live entry must have
	startHash []byte // the prev hash it must have
	cps       []audit.Checkpoint
	key       []byte
	pub       ed25519.PublicKey
	problem   *audit.Problem
}

func (s *Store) verifySnapshot(ctx context.Context, hold func() (func(), error)) (verifyState, error) {
	release, err := hold()
	if err != nil {
		return verifyState{}, err
	}
	defer release()
	if len(s.auditKey) != crypto.KeySize {
		return verifyState{}, errNoAuditKey
	}
	st := verifyState{key: bytes.Clone(s.auditKey), pub: s.AuditPublicKey()}
	err = s.Read(ctx, func(tx *Tx) error {
		if err := tx.QueryRowContext(ctx, `SELECT coalesce((SELECT min(seq) FROM audit_log), 1),
			coalesce((SELECT max(seq) FROM audit_log), 0)`).Scan(&st.minSeq, &st.maxSeq); err != nil {
			return err
		}
		if st.cps, err = loadCheckpoints(ctx, tx); err != nil {
			return err
		}
		return st.fromAnchors(ctx, tx)
	})
	return st, err
}

func loadCheckpoints(ctx context.Context, tx *Tx) ([]audit.Checkpoint, error) {
	rows, err := tx.QueryContext(ctx, `SELECT seq, at, last_hash, signature FROM audit_checkpoints ORDER BY seq`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []audit.Checkpoint
	for rows.Next() {
		var c audit.Checkpoint
		var at string
		if err := rows.Scan(&c.Seq, &at, &c.LastHash, &c.Signature); err != nil {
			return nil, err
		}
		c.At, _ = time.Parse(time.RFC3339Nano, at) // unparsable: zero time, the signature fails
		out = append(out, c)
	}
	return out, rows.Err()
}

// slowChunk is how many rows the row-by-row verifier reads per hold.
const slowChunk = 256

// feedFrom streams the entries with seq in [from, maxSeq] through v, row
// by row with every column, until v has its verdict.
func (s *Store) feedFrom(ctx context.Context, hold func() (func(), error), v *audit.Verifier, lk *linker, from, maxSeq int64) error {
	for from <= maxSeq {
		release, err := hold()
		if err != nil {
			return err
		}
		n, last, more, err := feedEntries(ctx, s.reader(), v, from, maxSeq, lk)
		release()
		if err != nil || !more || n < slowChunk {
			return s.mapErr(err)
		}
		from = last + 1
	}
	return nil
}

// feedEntries scans up to slowChunk entries with seq in [from, to] into one
// reused Entry; more is false once the verifier has its verdict.
func feedEntries(ctx context.Context, q Querier, v *audit.Verifier, from, to int64, lk *linker) (n int, last int64, more bool, err error) {
	rows, err := q.QueryContext(ctx, `SELECT seq, id, at, actor_id, actor_name, actor_role,
		device_id, hostname, os_user, app_version, session_hash, category, action,
		object_type, object_id, object_label, changes, outcome, reason, rows, prev_hash, hash
		FROM audit_log WHERE seq >= ? AND seq <= ? ORDER BY seq LIMIT ?`, from, to, slowChunk)
	if err != nil {
		return 0, 0, false, err
	}
	defer rows.Close()
	var e audit.Entry
	var at, changes string
	more = true
	for more && rows.Next() {
		if err := rows.Scan(&e.Seq, &e.ID, &at, &e.Actor.UserID, &e.Actor.Username, &e.Actor.Role,
			&e.Device.DeviceID, &e.Device.Hostname, &e.Device.OSUser, &e.Device.AppVersion, &e.SessionHash,
			&e.Category, &e.Action, &e.ObjectType, &e.ObjectID, &e.ObjectLabel, &changes, &e.Outcome, &e.Reason,
			&e.Rows, &e.PrevHash, &e.Hash); err != nil {
			return n, last, false, err
		}
		e.At, e.Changes = parseAuditTime([]byte(at)), decodeChanges([]byte(changes))
		n, last = n+1, e.Seq
		lk.count(1)
		more = v.Add(&e)
	}
	return n, last, more, rows.Err()
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
