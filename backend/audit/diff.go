package audit

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
)

// Mask replaces the values of a sensitive field in Changes.
const Mask = "••••"

// Diff returns the field-level changes from before to after (flat maps,
// field → JSON-encodable value), sorted by field name; unchanged fields are
// left out, and two values are equal when their JSON encodings are (so int 5
// equals float64 5). A field present on one side only is a change whose
// other side is nil.
//   - secret fields — secret(field) or SecretName(field) is true — are never
//     recorded: only {Field, Masked: true}, saying that they changed, with no
//     value, hash or length;
//   - sensitive fields (sensitive(field) true) keep Before/After as Mask on
//     each side where the field exists, with Masked true.
//
// Nil sensitive or secret functions mean "none" (SecretName still applies).
// Values are kept verbatim: free text is data. Returns nil when nothing changed.
func Diff(before, after map[string]any, sensitive, secret func(field string) bool) []Change {
	fields := make([]string, 0, len(after))
	for f := range before {
		fields = append(fields, f)
	}
	for f := range after {
		if _, ok := before[f]; !ok {
			fields = append(fields, f)
		}
	}
	slices.Sort(fields)
	var out []Change
	for _, f := range fields {
		b, inB := before[f]
		a, inA := after[f]
		if inB == inA && sameValue(b, a) {
			continue
		}
		c := Change{Field: f, Before: b, After: a}
		switch {
		case SecretName(f) || (secret != nil && secret(f)):
			c = Change{Field: f, Masked: true}
		case sensitive != nil && sensitive(f):
			c = Change{Field: f, Masked: true}
			if inB {
				c.Before = Mask
			}
			if inA {
				c.After = Mask
			}
		}
		out = append(out, c)
	}
	return out
}

func sameValue(a, b any) bool {
	ja, errA := json.Marshal(a)
	jb, errB := json.Marshal(b)
	if errA != nil || errB != nil {
		return reflect.DeepEqual(a, b)
	}
	return bytes.Equal(ja, jb)
}

// secretWords are name fragments of fields whose values must never reach
// the audit log, whatever the caller's field rules say.
var secretWords = []string{"password", "passwd", "passphrase", "secret", "token", "apikey",
	"privatekey", "recoverykey", "sessionkey", "credential"}

// secretNames are whole (normalised) names that are secret.
var secretNames = map[string]bool{"key": true, "dek": true, "kek": true, "pin": true, "otp": true, "totp": true, "salt": true}

// SecretName reports whether a field name looks like it holds a secret
// (password, token, API key, ...), compared case-insensitively ignoring
// '_', '-', '.' and spaces. Diff and Validate use it as a backstop behind
// the caller's own field rules.
func SecretName(field string) bool {
	n := strings.Map(func(r rune) rune {
		switch r {
		case '_', '-', '.', ' ':
			return -1
		}
		return r
	}, strings.ToLower(field))
	if secretNames[n] {
		return true
	}
	for _, w := range secretWords {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}
