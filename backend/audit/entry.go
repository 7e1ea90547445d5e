// Package audit builds tamper-evident audit entries: field-level diffs with
// masking, a canonical byte encoding, the HMAC hash chain, signed checkpoints
// and streaming verification. It is pure: storage lives in package store.
package audit

import (
	"encoding/json"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"fieldvault/backend/apperr"
)

// Categories (SECURITY.md §5).
const (
	CatAuth     = "auth"
	CatData     = "data"
	CatConfig   = "config"
	CatReport   = "report"
	CatExport   = "export"
	CatImport   = "import"
	CatSecurity = "security"
	CatKey      = "key"
)

// Outcomes.
const (
	OutcomeSuccess = "success"
	OutcomeDenied  = "denied"
	OutcomeFailed  = "failed"
)

// Limits enforced by Validate.
const (
	MaxText   = 512 // runes in any free-text field; longer text is cut (see Validate)
	MaxAction = 64  // bytes in Action
	MaxField  = 128 // runes in a Change's field name
)

// Actor is who acted. Role is the role name at the time (a snapshot, so a
// later rename or demotion does not rewrite history).
type Actor struct{ UserID, Username, Role string }

// Device is where the action happened.
type Device struct{ DeviceID, Hostname, OSUser, AppVersion string }

// Change is one field's before/after. Masked means the values were replaced
// by Mask (sensitive field) or left out entirely (secret field).
type Change struct {
	Field  string `json:"field"`
	Before any    `json:"before,omitempty"`
	After  any    `json:"after,omitempty"`
	Masked bool   `json:"masked,omitempty"`
}

// Entry is one audit record. Seq, ID, At, PrevHash and Hash are filled by
// the store when the entry is appended.
type Entry struct {
	Seq         int64
	ID          string
	At          time.Time // UTC, millisecond precision
	Actor       Actor
	Device      Device
	SessionHash string // hex SHA-256 of the session token, never the token
	Category    string // one of the Cat* constants
	Action      string // e.g. "auth.login.failed", "contact.update"
	ObjectType  string
	ObjectID    string
	ObjectLabel string
	Changes     []Change
	Outcome     string // one of the Outcome* constants
	Reason      string
	Rows        int64 // rows read or exported
	// Subject, when set, is the data subject whose key seals the personal
	// values (label, change values) as the store appends the entry (see
	// personal.go); the store sets it itself for entries whose object is a
	// personal record. Not hashed, not stored: the envelopes carry it.
	Subject  Subject
	PrevHash []byte
	Hash     []byte
}

// Validate checks and normalises e in place, so that what is hashed is
// exactly what is stored and read back:
//   - every free-text field (actor, device, object, reason, id) becomes valid
//     UTF-8 and is cut to MaxText runes, the last one being "…" (cut, not
//     rejected: an over-long label must never stop an action from being
//     audited); text is otherwise kept verbatim — newlines and markup are data;
//   - Changes' values are normalised to their JSON form (numbers become
//     json.Number, structs become map[string]any).
//
// It returns a CodeInvalid *apperr.Error naming each bad field when the
// category or outcome is unknown, Action is empty, longer than MaxAction or
// outside [a-z0-9_.], Rows is negative, SessionHash is not 64 lower-case hex
// digits (so a raw token can never be stored there), a change has an empty,
// over-long or duplicate field name, a masked change carries a value other
// than Mask, a field whose name looks secret (SecretName) carries any value,
// or a value cannot be encoded as JSON. It does not look at Seq, ID, At,
// PrevHash or Hash.
func (e *Entry) Validate() error {
	bad := map[string]string{}
	if !knownCategory(e.Category) {
		bad["category"] = "unknown category"
	}
	if !validAction(e.Action) {
		bad["action"] = "must be 1-64 characters of a-z, 0-9, '_' and '.'"
	}
	switch e.Outcome {
	case OutcomeSuccess, OutcomeDenied, OutcomeFailed:
	default:
		bad["outcome"] = "unknown outcome"
	}
	if e.Rows < 0 {
		bad["rows"] = "must not be negative"
	}
	if e.SessionHash != "" && !isHex64(e.SessionHash) {
		bad["sessionHash"] = "must be the hex SHA-256 of the session token"
	}
	for _, p := range []*string{&e.ID, &e.Actor.UserID, &e.Actor.Username, &e.Actor.Role,
		&e.Device.DeviceID, &e.Device.Hostname, &e.Device.OSUser, &e.Device.AppVersion,
		&e.ObjectType, &e.ObjectID, &e.ObjectLabel, &e.Reason} {
		*p = Clip(*p)
	}
	if msg := e.normalizeChanges(); msg != "" {
		bad["changes"] = msg
	}
	if len(bad) > 0 {
		return apperr.Invalid("The audit entry is not valid.", bad)
	}
	return nil
}

func (e *Entry) normalizeChanges() string {
	seen := make(map[string]bool, len(e.Changes))
	for i := range e.Changes {
		c := &e.Changes[i]
		n := utf8.RuneCountInString(c.Field)
		switch {
		case n == 0 || n > MaxField || !utf8.ValidString(c.Field) || strings.IndexFunc(c.Field, unicode.IsControl) >= 0:
			return "a field name is empty, too long or not plain text"
		case seen[c.Field]:
			return "field " + c.Field + " appears twice"
		case SecretName(c.Field) && (c.Before != nil || c.After != nil || !c.Masked):
			return "field " + c.Field + " is secret: record only that it changed"
		case c.Masked && (!maskOrNil(c.Before) || !maskOrNil(c.After)):
			return "masked field " + c.Field + " carries a value"
		}
		seen[c.Field] = true
		var err error
		if c.Before, err = normalize(c.Before); err != nil {
			return "field " + c.Field + ": value is not JSON-encodable"
		}
		if c.After, err = normalize(c.After); err != nil {
			return "field " + c.Field + ": value is not JSON-encodable"
		}
	}
	return ""
}

func maskOrNil(v any) bool { return v == nil || v == any(Mask) }

// normalize returns v as encoding/json would decode it back (with
// UseNumber): nil, bool, string, json.Number, []any or map[string]any.
func normalize(v any) (any, error) {
	switch x := v.(type) {
	case nil, bool:
		return v, nil
	case string:
		if utf8.ValidString(x) {
			return v, nil
		}
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	var out any
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.UseNumber()
	err = dec.Decode(&out)
	return out, err
}

// Clip returns s as valid UTF-8 cut to MaxText runes, ending in "…" when cut.
func Clip(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if len(s) <= MaxText { // bytes ≥ runes: nothing to count
		return s
	}
	n := 0
	for i := range s {
		if n == MaxText-1 {
			if utf8.RuneCountInString(s[i:]) == 1 {
				return s
			}
			return s[:i] + "…"
		}
		n++
	}
	return s
}

func knownCategory(c string) bool {
	switch c {
	case CatAuth, CatData, CatConfig, CatReport, CatExport, CatImport, CatSecurity, CatKey:
		return true
	}
	return false
}

func validAction(a string) bool {
	if a == "" || len(a) > MaxAction {
		return false
	}
	for i := 0; i < len(a); i++ {
		c := a[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

func isHex64(s string) bool {
	if len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}
