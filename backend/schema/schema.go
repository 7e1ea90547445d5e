// Package schema describes FieldVault's record entities (contacts, companies,
// leads, deals, activities, tasks): the model.EntityDef the frontend renders
// forms and lists from, plus the Go-side extras the store builds SQL from —
// the table, each field's column (snake_case of its name), which fields feed
// full-text search, and the validation rules.
//
// The descriptors are the whitelist: the store only ever puts table and
// column names taken from here into SQL, never a name that came from the
// caller. Sensitive fields are registered with rbac.MarkSensitive in init.
package schema

import (
	"strings"
	"unicode"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
)

// RefAny is the Ref of a field (relatedId) whose target entity is named by
// the sibling field RelatedEntityField of the same record.
const RefAny = ""

// Targets of ref fields that are not record entities.
const (
	RefStages = "stages"
	RefUsers  = "users"
)

// RelatedEntityField names the entity a RefAny field points into.
const RelatedEntityField = "relatedEntity"

// Field is one field of an entity with its storage column.
type Field struct {
	model.FieldDef
	Column string // snake_case of Name; a compile-time constant in effect
	Search bool   // its text goes into the full-text body (never when Sensitive)
	// AlsoIn names a refs field of the same entity that always contains
	// this ref field's id (a deal's primary contact is one of its contacts).
	AlsoIn string
	// Personal marks a field whose value is personal data of the record's
	// data subject: GDPR erasure blanks it (see ErasedValue).
	Personal bool
}

// Entity is a record type with its table.
type Entity struct {
	Def      model.EntityDef
	Name     rbac.Entity
	Singular string // for audit actions: "contact.create"
	Table    string
	Fields   []Field
	// TitleFields are joined with a space to make a record's title.
	TitleFields []string
	// Subtitle lists the fields shown under a search hit (never sensitive).
	Subtitle []string
	// DataSubject marks entities whose records are people (contacts,
	// leads): their audit entries seal personal values with a per-record
	// key, and they can be erased (GDPR).
	DataSubject bool
	byName      map[string]*Field
}

// Field returns the field named name (its JSON name) and whether it exists.
func (e *Entity) Field(name string) (*Field, bool) {
	f, ok := e.byName[name]
	return f, ok
}

// TitleSQL returns the SQL expression of a record's title over alias
// (e.g. "t"); built from descriptor columns only.
func (e *Entity) TitleSQL(alias string) string {
	parts := make([]string, len(e.TitleFields))
	for i, n := range e.TitleFields {
		parts[i] = alias + "." + e.byName[n].Column
	}
	if len(parts) == 1 {
		return parts[0]
	}
	return "trim(" + strings.Join(parts, " || ' ' || ") + ")"
}

// Title builds a record's title from its values.
func (e *Entity) Title(values map[string]any) string {
	var parts []string
	for _, n := range e.TitleFields {
		if s, _ := values[n].(string); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " ")
}

// IsSensitive reports whether field is masked for actors without sensitive.view.
func (e *Entity) IsSensitive(field string) bool { return rbac.IsSensitive(e.Name, field) }

var (
	all    []*Entity
	byName = map[string]*Entity{}
)

// All returns every entity in display order. Treat the result as read-only.
func All() []*Entity { return all }

// Get returns the entity named name, or CodeInvalid with Fields{"entity"}.
func Get(name string) (*Entity, error) {
	if e, ok := byName[name]; ok {
		return e, nil
	}
	return nil, apperr.Invalid("Unknown record type.", map[string]string{"entity": "unknown entity"})
}

// Column returns snake_case of a camelCase field name.
func Column(name string) string {
	var b strings.Builder
	for i, r := range name {
		if unicode.IsUpper(r) {
			if i > 0 {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

func register(e *Entity) {
	e.byName = map[string]*Field{}
	e.Def.Fields = make([]model.FieldDef, len(e.Fields))
	for i := range e.Fields {
		f := &e.Fields[i]
		f.Column = Column(f.Name)
		if f.Sensitive {
			if f.Search {
				panic("schema: sensitive field " + f.Name + " must not be searchable")
			}
			rbac.MarkSensitive(e.Name, f.Name)
		}
		e.byName[f.Name] = f
		e.Def.Fields[i] = f.FieldDef
	}
	for _, n := range append(append([]string{}, e.TitleFields...), e.Subtitle...) {
		if f, ok := e.byName[n]; !ok || f.Sensitive {
			panic("schema: bad title or subtitle field " + n)
		}
	}
	for _, f := range e.Fields {
		if l, ok := e.byName[f.AlsoIn]; f.AlsoIn != "" && (!ok || l.Type != model.FieldRefs || l.Ref != f.Ref || f.Type != model.FieldRef) {
			panic("schema: bad alsoIn of " + f.Name)
		}
		if f.Type == model.FieldRefs && (f.Sortable || f.Search || f.Ref == RefAny) {
			panic("schema: refs field " + f.Name + " must name its entity and be neither sortable nor searchable")
		}
	}
	e.Def.Name = string(e.Name)
	e.Table = string(e.Name)
	all = append(all, e)
	byName[string(e.Name)] = e
}
