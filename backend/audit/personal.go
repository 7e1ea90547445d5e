package audit

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"strings"

	"fieldvault/backend/crypto"
)

// Personal values in audit entries (GDPR erasure, SECURITY.md §5).
//
// An entry about a data subject (a contact or lead, or an activity or task
// linked to one) stores its object label and every change value sealed
// with that subject's own random key, as a text envelope:
//
//	pd1:<subject type>:<subject id>:<key id>:<base64url(nonce ‖ XChaCha20-Poly1305 ciphertext)>
//
// The plaintext is the value's JSON; the AAD binds the subject, its key id and
// the slot (the label, or a field's before/after), so an envelope cannot be moved to
// another subject or field. The hash chain authenticates the envelope, not
// the plaintext, so destroying the subject's key (erasure) makes the values
// unreadable while every entry still verifies.

// Subject names the data subject whose key seals an entry's personal
// values. It is not part of the entry's canonical form: the envelopes carry
// it, authenticated by the chain. KeyID names which of the subject's keys
// (a subject edited after its erasure gets a new one) sealed a value.
type Subject struct{ Type, ID, KeyID string }

// IsZero reports whether s names no subject.
func (s Subject) IsZero() bool { return s.Type == "" || s.ID == "" }

// Valid reports whether s can name an envelope's key: type, id and key id
// each 1-64 bytes without ':' or NUL.
func (s Subject) Valid() bool {
	return validSubjectPart(s.Type) && validSubjectPart(s.ID) && validSubjectPart(s.KeyID)
}

const envelopePrefix = "pd1:"

var errInvalidSubject = errors.New("audit: invalid data subject")

// Erased replaces a personal value whose subject's key was destroyed.
const Erased = "[erased]"

// Slots of SealValue/OpenValue.
const (
	SlotLabel = "label"
)

// ChangeSlot is the slot of one side ("before" or "after") of a field's change.
func ChangeSlot(field, side string) string { return "change\x00" + field + "\x00" + side }

func envelopeAAD(s Subject, slot string) []byte {
	return []byte("fieldvault audit personal v1\x00" + s.Type + "\x00" + s.ID + "\x00" + s.KeyID + "\x00" + slot)
}

// validSubjectPart keeps the envelope parseable: ids and types are short
// and never contain ':' (record ids are hex, types lower-case words).
func validSubjectPart(p string) bool {
	return p != "" && len(p) <= 64 && !strings.ContainsAny(p, ":\x00")
}

// SealValue returns v (any JSON-encodable value) sealed for subject s in
// slot, as an envelope string. Errors: an invalid subject or key, or a
// value JSON cannot encode.
func SealValue(key []byte, s Subject, slot string, v any) (string, error) {
	if !s.Valid() {
		return "", errInvalidSubject
	}
	pt, err := json.Marshal(v)
	if err != nil {
		return "", err
	}
	nonce, ct, err := crypto.Seal(key, pt, envelopeAAD(s, slot))
	if err != nil {
		return "", err
	}
	return envelopePrefix + s.Type + ":" + s.ID + ":" + s.KeyID + ":" + base64.RawURLEncoding.EncodeToString(append(nonce, ct...)), nil
}

// EnvelopeSubject returns the subject an envelope names, and false when v
// is not an envelope string.
func EnvelopeSubject(v any) (Subject, bool) {
	str, ok := v.(string)
	if !ok || !strings.HasPrefix(str, envelopePrefix) {
		return Subject{}, false
	}
	parts := strings.SplitN(str[len(envelopePrefix):], ":", 4)
	if len(parts) != 4 {
		return Subject{}, false
	}
	s := Subject{Type: parts[0], ID: parts[1], KeyID: parts[2]}
	return s, s.Valid()
}

// OpenValue reverses SealValue for slot with the subject's key. ok is false
// when v is not an envelope, or it does not open with key (a wrong key, slot
// or changed bytes): the caller then shows v as stored.
func OpenValue(key []byte, slot string, v any) (out any, ok bool) {
	s, isEnv := EnvelopeSubject(v)
	if !isEnv {
		return v, false
	}
	str := v.(string)
	raw, err := base64.RawURLEncoding.DecodeString(str[strings.LastIndexByte(str, ':')+1:])
	if err != nil || len(raw) < 24 {
		return v, false
	}
	pt, err := crypto.Open(key, raw[:24], raw[24:], envelopeAAD(s, slot))
	if err != nil {
		return v, false
	}
	out, err = normalizeJSON(pt)
	if err != nil {
		return v, false
	}
	return out, true
}

func normalizeJSON(b []byte) (any, error) {
	var out any
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.UseNumber()
	err := dec.Decode(&out)
	return out, err
}

// SealPersonal seals e's object label and every unmasked, non-nil change
// value for subject s (KeyID set) with key, in place. It runs after Validate (which
// normalises the values) and before hashing, so the chain authenticates
// the envelopes. An empty label stays empty.
func SealPersonal(e *Entry, key []byte, s Subject) error {
	if e.ObjectLabel != "" {
		env, err := SealValue(key, s, SlotLabel, e.ObjectLabel)
		if err != nil {
			return err
		}
		e.ObjectLabel = env
	}
	for i := range e.Changes {
		c := &e.Changes[i]
		if c.Masked {
			continue
		}
		for _, side := range [...]struct {
			v    *any
			name string
		}{{&c.Before, "before"}, {&c.After, "after"}} {
			if *side.v == nil {
				continue
			}
			env, err := SealValue(key, s, ChangeSlot(c.Field, side.name), *side.v)
			if err != nil {
				return err
			}
			*side.v = env
		}
	}
	return nil
}

// RevealPersonal opens the envelopes of e (label and change values) in
// place with keys, which returns a subject's key or nil when it no longer
// exists (erased). Values of an erased subject become Erased and its label
// ErasedLabel(subject); an envelope that does not open with an existing key
// (a damaged entry: the chain check names it) is left as stored. It reports
// whether anything was erased.
func RevealPersonal(e *Entry, keys func(Subject) []byte) (erased bool) {
	open := func(slot string, v any) any {
		s, ok := EnvelopeSubject(v)
		if !ok {
			return v
		}
		key := keys(s)
		if key == nil {
			erased = true
			if slot == SlotLabel {
				return ErasedLabel(s)
			}
			return Erased
		}
		out, _ := OpenValue(key, slot, v)
		return out
	}
	if l, ok := open(SlotLabel, e.ObjectLabel).(string); ok {
		e.ObjectLabel = l
	}
	for i := range e.Changes {
		c := &e.Changes[i]
		c.Before = open(ChangeSlot(c.Field, "before"), c.Before)
		c.After = open(ChangeSlot(c.Field, "after"), c.After)
	}
	return erased
}

// ErasedLabel is what an erased subject's label reads as, e.g.
// "Erased contact".
func ErasedLabel(s Subject) string { return "Erased " + s.Type }

// DisplayLabel returns label for display without any key: an envelope
// becomes "a contact" (its subject type), other text is returned as is.
func DisplayLabel(label string) string {
	if s, ok := EnvelopeSubject(label); ok {
		return "a " + s.Type
	}
	return label
}
