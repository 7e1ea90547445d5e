package store

import (
	"context"
	"database/sql"
	"errors"

	"fieldvault/backend/audit"
	"fieldvault/backend/crypto"
	"fieldvault/backend/schema"
)

// Personal values in audit entries: see migration 0009 and audit/personal.go.

// entrySubject returns the data subject whose key seals e: e.Subject when
// the caller set one, else e's object when it is a data-subject record
// (a contact or lead). The zero Subject when there is none or e carries
// nothing personal (no label, no unmasked value: e.g. a denied attempt), so
// no key is made for ids nobody wrote about.
func entrySubject(e *audit.Entry) audit.Subject {
	s := e.Subject
	if s.IsZero() && schema.SubjectEntity(e.ObjectType) != nil {
		s = audit.Subject{Type: e.ObjectType, ID: e.ObjectID}
	}
	if s.IsZero() || !hasPersonal(e) {
		return audit.Subject{}
	}
	return s
}

func hasPersonal(e *audit.Entry) bool {
	if e.ObjectLabel != "" {
		return true
	}
	for _, c := range e.Changes {
		if !c.Masked && (c.Before != nil || c.After != nil) {
			return true
		}
	}
	return false
}

// sealPersonal seals e's personal values with its subject's current key,
// creating the key on first use, inside tx. A subject whose type or id
// cannot name an envelope (never a record id) leaves e as it is.
func sealPersonal(ctx context.Context, tx *Tx, e *audit.Entry, now string) error {
	s := entrySubject(e)
	if s.IsZero() {
		return nil
	}
	if s.KeyID = "probe"; !s.Valid() { // type and id must fit an envelope
		return nil
	}
	var key []byte
	get, err := tx.prepared(ctx, `SELECT key_id, key FROM subject_keys WHERE subject_type = ? AND subject_id = ?
		ORDER BY created_at DESC, key_id LIMIT 1`)
	if err != nil {
		return tx.s.mapErr(err)
	}
	err = get.QueryRowContext(ctx, s.Type, s.ID).Scan(&s.KeyID, &key)
	if errors.Is(err, sql.ErrNoRows) {
		s.KeyID, key = randomHex(8), crypto.RandomKey()
		var put *sql.Stmt
		if put, err = tx.prepared(ctx, `INSERT INTO subject_keys(subject_type, subject_id, key_id, key, created_at) VALUES (?, ?, ?, ?, ?)`); err == nil {
			_, err = put.ExecContext(ctx, s.Type, s.ID, s.KeyID, key, now)
		}
	}
	if err != nil {
		return tx.s.mapErr(err)
	}
	defer crypto.Wipe(key)
	return audit.SealPersonal(e, key, s)
}

// subjectKeys returns a lookup of subject keys through q, caching what it
// found (absent keys too) for the lookup's life: one per page or batch, so
// an erasure is seen by the next one. A read error counts as "no key" for
// the value (it shows as erased) but is returned by err().
type subjectKeys struct {
	ctx   context.Context
	q     Querier
	cache map[audit.Subject][]byte
	err   error
}

func newSubjectKeys(ctx context.Context, q Querier) *subjectKeys {
	return &subjectKeys{ctx: ctx, q: q, cache: map[audit.Subject][]byte{}}
}

func (k *subjectKeys) get(s audit.Subject) []byte {
	if key, ok := k.cache[s]; ok {
		return key
	}
	var key []byte
	err := k.q.QueryRowContext(k.ctx, `SELECT key FROM subject_keys WHERE subject_type = ? AND subject_id = ? AND key_id = ?`,
		s.Type, s.ID, s.KeyID).Scan(&key)
	if err != nil && !errors.Is(err, sql.ErrNoRows) && k.err == nil {
		k.err = err
	}
	k.cache[s] = key
	return key
}

// reveal opens the personal values of es in place (see audit.RevealPersonal).
func (k *subjectKeys) reveal(es []audit.Entry) error {
	for i := range es {
		audit.RevealPersonal(&es[i], k.get)
	}
	return k.err
}

// label opens one sealed label ("" and plain labels are returned as they are).
func (k *subjectKeys) label(l string) string {
	if _, ok := audit.EnvelopeSubject(l); !ok {
		return l
	}
	e := audit.Entry{ObjectLabel: l}
	audit.RevealPersonal(&e, k.get)
	return e.ObjectLabel
}

// RevealAudit opens the personal values of es in place with the subject
// keys readable through q: values of erased subjects read audit.Erased.
// Every reader that shows entries calls it (the store's own readers do).
// Errors: mapped store errors while reading keys.
func RevealAudit(ctx context.Context, q Querier, es []audit.Entry) error {
	return newSubjectKeys(ctx, q).reveal(es)
}
