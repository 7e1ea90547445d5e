package store

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"slices"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/crypto"
	"fieldvault/backend/model"
)

// ArchiveReader streams a planned range out of the log in its stored form
// and checks every entry on the way — its seq, its link to the one before
// and its HMAC — and every checkpoint in the range, so that an archive can
// never launder a tampered entry under a fresh signed anchor. It holds a
// copy of the audit key (the store may be closed meanwhile); Close wipes
// it. Not safe for concurrent use.
type ArchiveReader struct {
	plan ArchivePlan
	next int64
	prev []byte
	h    *hasher
	key  []byte
	pub  ed25519.PublicKey
	cps  []audit.Checkpoint // in the range, by seq
	cpAt int
	st   audit.Stored
}

// NewArchiveReader returns a reader over p. Errors: CodeInternal without
// an audit key; mapped store errors.
func (s *Store) NewArchiveReader(ctx context.Context, p ArchivePlan) (*ArchiveReader, error) {
	if len(s.auditKey) != crypto.KeySize {
		return nil, errNoAuditKey
	}
	r := &ArchiveReader{plan: p, next: p.FirstSeq, prev: slices.Clone(p.PrevHash), key: bytes.Clone(s.auditKey), pub: s.AuditPublicKey()}
	r.h = newHasher(r.key)
	err := s.Read(ctx, func(tx *Tx) error {
		cps, err := loadCheckpoints(ctx, tx)
		for _, c := range cps {
			if c.Seq >= p.FirstSeq && c.Seq <= p.LastSeq {
				r.cps = append(r.cps, c)
			}
		}
		return err
	})
	if err != nil {
		r.Close()
		return nil, err
	}
	return r, nil
}

// Checkpoints returns the signed checkpoints over entries of the range
// (an archive carries them: they stay checkable offline with the public key).
func (r *ArchiveReader) Checkpoints() []audit.Checkpoint { return r.cps }

// Close wipes the reader's copy of the audit key.
func (r *ArchiveReader) Close() { crypto.Wipe(r.key) }

// Done reports whether every entry of the range was read.
func (r *ArchiveReader) Done() bool { return r.next > r.plan.LastSeq }

// Next reads up to limit further entries of the range through q, oldest
// first ([] once Done). Errors: CodeCorrupt naming the first entry that is
// missing, out of place or does not verify (nothing should be archived
// then: run the verification); mapped store errors.
func (r *ArchiveReader) Next(ctx context.Context, q Querier, limit int) ([]model.AuditStoredRow, error) {
	if r.Done() {
		return nil, nil
	}
	rows, err := q.QueryContext(ctx, `SELECT * FROM audit_log WHERE seq >= ? AND seq <= ? ORDER BY seq LIMIT ?`,
		r.next, r.plan.LastSeq, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	vals, ptrs := make([]any, len(cols)), make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	var out []model.AuditStoredRow
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		row := storedRow(cols, vals)
		if err := r.check(&row); err != nil {
			return nil, err
		}
		out = append(out, row)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 && !r.Done() {
		return nil, r.bad(r.next, "it is missing")
	}
	return out, nil
}

// check verifies row as the next entry of the range.
func (r *ArchiveReader) check(row *model.AuditStoredRow) error {
	if row.Seq != r.next {
		return r.bad(r.next, "it is missing")
	}
	if !bytes.Equal(row.PrevHash, r.prev) {
		return r.bad(row.Seq, "it does not continue the chain from the entry before it")
	}
	st := &r.st
	st.Seq, st.ID, st.AtMilli = row.Seq, []byte(row.ID), auditMilli([]byte(row.At))
	for i, t := range [13]string{row.ActorID, row.ActorName, row.ActorRole, row.DeviceID, row.Hostname, row.OSUser,
		row.AppVersion, row.SessionHash, row.Category, row.Action, row.ObjectType, row.ObjectID, row.ObjectLabel} {
		st.Text[i] = []byte(t)
	}
	st.Changes, st.Outcome, st.Reason, st.Rows, st.PrevHash = []byte(row.Changes), []byte(row.Outcome), []byte(row.Reason), row.Rows, row.PrevHash
	if !r.h.authentic(st, row.Hash) {
		return r.bad(row.Seq, "its hash does not match: it was edited")
	}
	for r.cpAt < len(r.cps) && r.cps[r.cpAt].Seq <= row.Seq {
		c := r.cps[r.cpAt]
		if c.Seq != row.Seq || !audit.VerifyCheckpoint(r.pub, c) || !bytes.Equal(c.LastHash, row.Hash) {
			return r.bad(c.Seq, "its signed checkpoint is not valid")
		}
		r.cpAt++
	}
	if row.Seq == r.plan.LastSeq && !bytes.Equal(row.Hash, r.plan.LastHash) {
		return r.bad(row.Seq, "it changed while the archive was written")
	}
	r.next, r.prev = row.Seq+1, append(r.prev[:0], row.Hash...)
	return nil
}

func (r *ArchiveReader) bad(seq int64, why string) error {
	return apperr.New(apperr.CodeCorrupt, "Audit entry %d does not verify (%s), so nothing was archived. Run the verification to see what is wrong.", seq, why)
}

// storedRow maps one `SELECT *` row of audit_log; columns the store does
// not know (added by a later migration) go to Extra, so an archive keeps
// them too.
func storedRow(cols []string, vals []any) model.AuditStoredRow {
	var r model.AuditStoredRow
	str := func(v any) string {
		switch x := v.(type) {
		case string:
			return x
		case []byte:
			return string(x)
		case nil:
			return ""
		}
		return fmt.Sprint(v)
	}
	num := func(v any) int64 {
		n, _ := v.(int64)
		return n
	}
	blob := func(v any) []byte {
		switch x := v.(type) {
		case []byte:
			return bytes.Clone(x)
		case string:
			return []byte(x)
		}
		return nil
	}
	for i, c := range cols {
		v := vals[i]
		switch c {
		case "seq":
			r.Seq = num(v)
		case "rows":
			r.Rows = num(v)
		case "prev_hash":
			r.PrevHash = blob(v)
		case "hash":
			r.Hash = blob(v)
		default:
			if dst := textColumn(&r, c); dst != nil {
				*dst = str(v)
				continue
			}
			if r.Extra == nil {
				r.Extra = map[string]any{}
			}
			if b, ok := v.([]byte); ok {
				v = "hex:" + hex.EncodeToString(b)
			}
			r.Extra[c] = v
		}
	}
	return r
}

// textColumn returns the field of r that text column name fills, nil for
// a column the store does not know.
func textColumn(r *model.AuditStoredRow, name string) *string {
	switch name {
	case "id":
		return &r.ID
	case "at":
		return &r.At
	case "actor_id":
		return &r.ActorID
	case "actor_name":
		return &r.ActorName
	case "actor_role":
		return &r.ActorRole
	case "device_id":
		return &r.DeviceID
	case "hostname":
		return &r.Hostname
	case "os_user":
		return &r.OSUser
	case "app_version":
		return &r.AppVersion
	case "session_hash":
		return &r.SessionHash
	case "category":
		return &r.Category
	case "action":
		return &r.Action
	case "object_type":
		return &r.ObjectType
	case "object_id":
		return &r.ObjectID
	case "object_label":
		return &r.ObjectLabel
	case "changes":
		return &r.Changes
	case "outcome":
		return &r.Outcome
	case "reason":
		return &r.Reason
	}
	return nil
}
