package schema

import (
	"encoding/json"
	"math"
	"net/mail"
	"net/url"
	"reflect"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
)

// Limits shared with the frontend's form schemas.
const (
	MaxText     = 200    // runes in a one-line text (and email, url, phone)
	MaxLongText = 20_000 // runes in a longtext
	MaxTags     = 50
	MaxTagLen   = 50
	MaxRefLen   = 64
	MaxRefs     = 20   // ids in a refs field
	MaxNumber   = 1e15 // |x|: money and numbers stay exact in float64
)

// Normalize validates in (field name → value, as decoded from JSON) and
// returns it in storage form: string for text, email, phone, url, date,
// datetime, enum and ref fields ("" when empty); float64 or nil for number
// and money; bool; []string for tags.
//
// current is the stored record for an update and nil for a create. On a
// create every field is returned (missing ones empty) and required fields
// must be set; on an update only the given fields are returned, and a
// required field may not be emptied. Read-only fields are refused unless
// internal is true (the backend sets them itself, e.g. at lead conversion)
// or the value equals the current one (a form that sends the whole record
// back). Refs are only checked for shape here; the caller checks that they
// exist and are readable. A ref field with AlsoIn adds its id to that refs
// list when missing (see withAlsoIn).
//
// Text is kept verbatim apart from trimming one-line fields: markup, SQL,
// right-to-left text and emoji are data. Errors: CodeInvalid whose Fields
// map each offending field name to the reason; nothing is ever truncated.
func (e *Entity) Normalize(in map[string]any, current map[string]any, internal bool) (map[string]any, error) {
	out := map[string]any{}
	bad := map[string]string{}
	for name, raw := range in {
		f, ok := e.byName[name]
		if !ok {
			bad[name] = "Unknown field."
			continue
		}
		v, msg := normalizeValue(f, raw)
		if msg != "" {
			bad[name] = msg
			continue
		}
		if f.ReadOnly && !internal {
			if current != nil && sameValue(current[name], v) || current == nil && isEmpty(v) {
				continue
			}
			bad[name] = "This field cannot be changed."
			continue
		}
		if f.Required && isEmpty(v) {
			bad[name] = "This field is required."
			continue
		}
		out[name] = v
	}
	if current == nil {
		for i := range e.Fields {
			f := &e.Fields[i]
			if _, ok := out[f.Name]; ok || bad[f.Name] != "" {
				continue
			}
			if f.Required {
				bad[f.Name] = "This field is required."
				continue
			}
			out[f.Name] = emptyValue(f.Type)
		}
	}
	if len(bad) > 0 {
		return nil, apperr.Invalid("Some fields need attention.", bad)
	}
	if err := e.withAlsoIn(out, current); err != nil {
		return nil, err
	}
	return out, nil
}

// EmptyValue is the storage form of an unset field of type typ.
func emptyValue(typ string) any {
	switch typ {
	case model.FieldNumber, model.FieldMoney:
		return nil
	case model.FieldBool:
		return false
	case model.FieldTags, model.FieldRefs:
		return []string{}
	}
	return ""
}

func isEmpty(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case string:
		return x == ""
	case []string:
		return len(x) == 0
	}
	return false
}

func sameValue(a, b any) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return reflect.DeepEqual(ja, jb)
}

func normalizeValue(f *Field, raw any) (any, string) {
	switch f.Type {
	case model.FieldNumber, model.FieldMoney:
		return number(raw)
	case model.FieldBool:
		if raw == nil {
			return false, ""
		}
		b, ok := raw.(bool)
		if !ok {
			return nil, "Expected true or false."
		}
		return b, ""
	case model.FieldTags:
		return tags(raw)
	case model.FieldRefs:
		return refs(raw)
	}
	if raw == nil {
		return "", ""
	}
	s, ok := raw.(string)
	if !ok {
		return nil, "Expected text."
	}
	if f.Type != model.FieldLongText {
		s = strings.TrimSpace(s)
	}
	if msg := text(s, f); msg != "" {
		return nil, msg
	}
	if s == "" {
		return s, ""
	}
	switch f.Type {
	case model.FieldEmail:
		if a, err := mail.ParseAddress(s); err != nil || a.Name != "" || a.Address != s {
			return nil, "Enter one email address, like name@example.com."
		}
	case model.FieldPhone:
		if msg := phone(s); msg != "" {
			return nil, msg
		}
	case model.FieldURL:
		if u, err := url.Parse(s); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, "Enter a web address starting with http:// or https://."
		}
	case model.FieldDate:
		if _, err := time.Parse(time.DateOnly, s); err != nil {
			return nil, "Enter a date as YYYY-MM-DD."
		}
	case model.FieldDateTime:
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			return nil, "Enter a date and time (RFC 3339)."
		}
		s = t.UTC().Format(time.RFC3339)
	case model.FieldEnum:
		for _, o := range f.Options {
			if o == s {
				return s, ""
			}
		}
		return nil, "Choose one of the listed values."
	case model.FieldRef:
		if len(s) > MaxRefLen {
			return nil, "Not a record id."
		}
	}
	return s, ""
}

// text checks length and characters; control characters are refused except
// newline and tab in long text.
func text(s string, f *Field) string {
	max := MaxText
	if f.MaxLen > 0 {
		max = f.MaxLen
	} else if f.Type == model.FieldLongText {
		max = MaxLongText
	}
	if !utf8.ValidString(s) {
		return "The text is not valid UTF-8."
	}
	// Byte length bounds rune count from above: a 1 MB value is refused
	// without counting it.
	if len(s) > 4*max || utf8.RuneCountInString(s) > max {
		return "Use at most " + itoa(max) + " characters."
	}
	bad := strings.IndexFunc(s, func(r rune) bool {
		if f.Type == model.FieldLongText && (r == '\n' || r == '\t') {
			return false
		}
		return unicode.IsControl(r)
	})
	if bad >= 0 {
		return "The text contains control characters."
	}
	return ""
}

func phone(s string) string {
	n := utf8.RuneCountInString(s)
	if n < 3 || n > 32 {
		return "Enter 3 to 32 characters."
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || strings.ContainsRune(" +-().", r)) {
			return "Use digits, spaces and + - ( ) . only."
		}
	}
	if Digits(s) == "" {
		return "Enter a phone number."
	}
	return ""
}

// Digits returns the ASCII digits of s (phone numbers are also indexed so).
func Digits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

func number(raw any) (any, string) {
	var x float64
	switch v := raw.(type) {
	case nil:
		return nil, ""
	case float64:
		x = v
	case float32:
		x = float64(v)
	case int:
		x = float64(v)
	case int64:
		x = float64(v)
	case json.Number:
		f, err := v.Float64()
		if err != nil {
			return nil, "Enter a number."
		}
		x = f
	default:
		return nil, "Enter a number."
	}
	if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) > MaxNumber {
		return nil, "Enter a finite number below 10^15."
	}
	return x, ""
}

// stringList decodes a JSON list of strings (nil = empty); false for
// anything else.
func stringList(raw any) ([]string, bool) {
	switch v := raw.(type) {
	case nil:
		return nil, true
	case []string:
		return v, true
	case []any:
		list := make([]string, 0, len(v))
		for _, x := range v {
			s, ok := x.(string)
			if !ok {
				return nil, false
			}
			list = append(list, s)
		}
		return list, true
	}
	return nil, false
}

func tags(raw any) (any, string) {
	list, ok := stringList(raw)
	if !ok {
		return nil, "Expected a list of tags (text)."
	}
	out := []string{}
	seen := map[string]bool{}
	for _, t := range list {
		t = strings.TrimSpace(t)
		if t == "" || seen[t] {
			continue
		}
		if !utf8.ValidString(t) || utf8.RuneCountInString(t) > MaxTagLen || strings.IndexFunc(t, unicode.IsControl) >= 0 {
			return nil, "A tag has at most 50 characters of text."
		}
		seen[t] = true
		out = append(out, t)
	}
	if len(out) > MaxTags {
		return nil, "Use at most 50 tags."
	}
	return out, ""
}

// refs normalizes a list of record ids: duplicates and empty ids dropped,
// order kept, at most MaxRefs.
func refs(raw any) (any, string) {
	list, ok := stringList(raw)
	if !ok {
		return nil, "Expected a list of records."
	}
	out := []string{}
	seen := map[string]bool{}
	for _, id := range list {
		if id == "" || seen[id] {
			continue
		}
		if len(id) > MaxRefLen || strings.IndexFunc(id, func(r rune) bool { return r <= ' ' || r > '~' }) >= 0 {
			return nil, "Not a record id."
		}
		seen[id] = true
		out = append(out, id)
	}
	if len(out) > MaxRefs {
		return nil, "Link at most " + itoa(MaxRefs) + " records."
	}
	return out, ""
}

// withAlsoIn puts each set ref field's id into the refs list its AlsoIn
// names, in values (storage form, as returned by Normalize; changed in
// place). current holds the stored record for an update (nil for a
// create); a list is only written when the id is missing from it. A full
// list (MaxRefs) that lacks the id is CodeInvalid naming the list.
func (e *Entity) withAlsoIn(values, current map[string]any) error {
	for i := range e.Fields {
		f := &e.Fields[i]
		if f.AlsoIn == "" {
			continue
		}
		id, set := values[f.Name].(string)
		if !set && current != nil {
			id, _ = current[f.Name].(string)
		}
		list, given := values[f.AlsoIn].([]string)
		if !given && current != nil {
			list, _ = current[f.AlsoIn].([]string)
		}
		if id == "" || slices.Contains(list, id) {
			continue
		}
		if len(list) >= MaxRefs {
			return apperr.Invalid("Some fields need attention.", map[string]string{f.AlsoIn: "Link at most " + itoa(MaxRefs) + " records, " + f.Label + " included."})
		}
		values[f.AlsoIn] = append([]string{id}, list...)
	}
	return nil
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
