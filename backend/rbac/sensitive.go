package rbac

import (
	"sort"
	"sync"
)

// Masked replaces the value of a sensitive field for an actor without
// sensitive.view. It is a string whatever the field's type, so the frontend
// can tell a masked value from a real one.
const Masked = "••••"

// sensitive is the field-level security registry: entity → JSON field names.
var sensitive = struct {
	sync.RWMutex
	fields map[Entity]map[string]struct{}
}{fields: map[Entity]map[string]struct{}{}}

// MarkSensitive marks field (its JSON name, as in responses and audit
// diffs) of entity e as sensitive. Record packages call it from init().
// Marking twice is harmless. It panics when e is not in Entities or field
// is empty: a typo there would silently leak data.
func MarkSensitive(e Entity, field string) {
	if !e.Valid() || field == "" {
		panic("rbac.MarkSensitive: unknown entity or empty field: " + quote(string(e)+"."+field))
	}
	sensitive.Lock()
	defer sensitive.Unlock()
	if sensitive.fields[e] == nil {
		sensitive.fields[e] = map[string]struct{}{}
	}
	sensitive.fields[e][field] = struct{}{}
}

// IsSensitive reports whether field of e has been marked sensitive.
func IsSensitive(e Entity, field string) bool {
	sensitive.RLock()
	defer sensitive.RUnlock()
	_, ok := sensitive.fields[e][field]
	return ok
}

// SensitiveFields returns the sensitive fields of e, sorted; nil when none.
func SensitiveFields(e Entity) []string {
	sensitive.RLock()
	defer sensitive.RUnlock()
	var out []string
	for f := range sensitive.fields[e] {
		out = append(out, f)
	}
	sort.Strings(out)
	return out
}

// SeesField reports whether the actor may see field of e unmasked: true
// unless the field is sensitive and the actor lacks sensitive.view.
func (a Actor) SeesField(e Entity, field string) bool {
	return a.Can(PermSensitiveView) || !IsSensitive(e, field)
}

// MaskValue returns v, or Masked when field of e is sensitive and the actor
// lacks sensitive.view. Empty and nil values are masked too, so a masked
// response does not reveal whether a value exists.
func (a Actor) MaskValue(e Entity, field string, v any) any {
	if a.SeesField(e, field) {
		return v
	}
	return Masked
}

// MaskMap masks, in place, every sensitive key of m (a record as a JSON
// map, an export row or an audit before/after map) that the actor may not
// see. Keys that are absent stay absent. A nil map is a no-op.
func (a Actor) MaskMap(e Entity, m map[string]any) {
	if a.Can(PermSensitiveView) {
		return
	}
	for _, f := range SensitiveFields(e) {
		if _, ok := m[f]; ok {
			m[f] = Masked
		}
	}
}

// IsMasked reports whether v is the Masked placeholder. An update that
// sends a field back as Masked must leave the stored value unchanged.
func IsMasked(v any) bool {
	s, ok := v.(string)
	return ok && s == Masked
}
