package report

import (
	"strings"

	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
)

// field is one reportable field of a base entity: a descriptor field, a
// pseudo field every record has, or a joined field. expr is SQL over the
// aliases of this file and descriptor columns only.
type field struct {
	key   string
	label string
	typ   string // a model.Field* type
	expr  string
	join  *joinDef // nil for the base table
	// owner and name say whose sensitivity rule applies.
	owner rbac.Entity
	name  string
	// order, when set, is what a group on this field sorts by (a stage's
	// pipeline position rather than its name).
	order string
}

// joinDef is a table a base entity may join, always LEFT JOINed on a
// descriptor column of the base (alias t).
type joinDef struct {
	prefix string // the key prefix: "company" in "company.region"
	alias  string
	table  string
	on     string // base column holding the joined id
	label  string
	// entity is set for record tables: the join then also requires the
	// joined record to be live and inside the viewer's read scope.
	entity rbac.Entity
	// fields are the joined record's field names allowed (entity joins) or,
	// for other tables, key suffix → SQL expression.
	fields []string
	exprs  map[string]string
	order  map[string]string
}

var (
	joinCompany = &joinDef{prefix: "company", alias: "c", table: "companies", on: "t.company_id", label: "Company",
		entity: rbac.EntityCompanies, fields: []string{"name", "region", "customerType", "industry"}}
	joinLead = &joinDef{prefix: "lead", alias: "l", table: "leads", on: "t.lead_id", label: "Lead",
		entity: rbac.EntityLeads, fields: []string{"campaign", "source"}}
	joinDeal = &joinDef{prefix: "deal", alias: "d", table: "deals", on: "t.converted_deal_id", label: "Converted deal",
		entity: rbac.EntityDeals, fields: []string{"amount", "outcome", "closedAt"}}
	joinOwner = &joinDef{prefix: "owner", alias: "u", table: "users", on: "t.owner_id", label: "Owner",
		exprs: map[string]string{"name": "coalesce(nullif(u.display_name, ''), u.username, '')"}}
	joinTeam = &joinDef{prefix: "team", alias: "tm", table: "teams", on: "t.team_id", label: "Team",
		exprs: map[string]string{"name": "coalesce(tm.name, '')"}}
	joinStage = &joinDef{prefix: "stage", alias: "s", table: "stages", on: "t.stage_id", label: "Stage",
		exprs: map[string]string{"name": "coalesce(s.name, '')"}, order: map[string]string{"name": "s.sort_order"}}
)

// joinsOf lists the joins each base entity offers, in the order their SQL
// is written (stable SQL for the same spec).
var joinsOf = map[rbac.Entity][]*joinDef{
	rbac.EntityContacts:   {joinCompany, joinOwner, joinTeam},
	rbac.EntityCompanies:  {joinOwner, joinTeam},
	rbac.EntityLeads:      {joinDeal, joinOwner, joinTeam},
	rbac.EntityDeals:      {joinCompany, joinLead, joinStage, joinOwner, joinTeam},
	rbac.EntityActivities: {joinOwner, joinTeam},
	rbac.EntityTasks:      {joinOwner, joinTeam},
}

// pseudo are the fields every record has beside its descriptor fields.
var pseudo = []struct{ key, label, typ, col string }{
	{"id", "Record ID", model.FieldRef, "t.id"},
	{"createdAt", "Created", model.FieldDateTime, "t.created_at"},
	{"updatedAt", "Updated", model.FieldDateTime, "t.updated_at"},
	{"ownerId", "Owner ID", model.FieldRef, "t.owner_id"},
	{"teamId", "Team ID", model.FieldRef, "t.team_id"},
}

// lookup resolves key against base e; false when it is not reportable.
// Refs fields (kept outside the record table) are not.
func lookup(e *schema.Entity, key string) (*field, bool) {
	for _, p := range pseudo {
		if p.key == key {
			return &field{key: key, label: p.label, typ: p.typ, expr: p.col, owner: e.Name, name: key}, true
		}
	}
	if f, ok := e.Field(key); ok {
		if f.Type == model.FieldRefs {
			return nil, false
		}
		return &field{key: key, label: f.Label, typ: f.Type, expr: "t." + f.Column, owner: e.Name, name: f.Name}, true
	}
	prefix, rest, ok := strings.Cut(key, ".")
	if !ok {
		return nil, false
	}
	for _, j := range joinsOf[e.Name] {
		if j.prefix != prefix {
			continue
		}
		if j.entity == "" {
			x, ok := j.exprs[rest]
			if !ok {
				return nil, false
			}
			return &field{key: key, label: j.label, typ: model.FieldText, expr: x, join: j, owner: e.Name, name: key, order: j.order[rest]}, true
		}
		return joinedField(j, key, rest)
	}
	return nil, false
}

func joinedField(j *joinDef, key, name string) (*field, bool) {
	allowed := false
	for _, n := range j.fields {
		allowed = allowed || n == name
	}
	target, err := schema.Get(string(j.entity))
	if !allowed || err != nil {
		return nil, false
	}
	f, ok := target.Field(name)
	if !ok {
		return nil, false
	}
	col := j.alias + "." + f.Column
	expr := "coalesce(" + col + ", '')" // a missing join reads as empty
	if f.Type == model.FieldNumber || f.Type == model.FieldMoney {
		expr = col
	}
	return &field{key: key, label: j.label + " " + strings.ToLower(f.Label), typ: f.Type, expr: expr, join: j, owner: j.entity, name: f.Name}, true
}

// sensitive reports whether the field is masked for viewers without
// sensitive.view.
func (f *field) sensitive() bool { return rbac.IsSensitive(f.owner, f.name) }

// FieldInfo describes a reportable field for the report builder.
type FieldInfo struct {
	Key       string   `json:"key"`
	Label     string   `json:"label"`
	Type      string   `json:"type"`
	Sensitive bool     `json:"sensitive"`
	Groupable bool     `json:"groupable"`
	Numeric   bool     `json:"numeric"` // may be summed, averaged, min/maxed
	Operators []string `json:"operators"`
}

// Fields lists what a report on entity may use, in display order.
// CodeInvalid naming "entity" when entity is unknown.
func Fields(entity string) ([]FieldInfo, error) {
	e, err := schema.Get(entity)
	if err != nil {
		return nil, invalid("entity", "Unknown record type.")
	}
	var keys []string
	for _, p := range pseudo {
		keys = append(keys, p.key)
	}
	for _, f := range e.Fields {
		keys = append(keys, f.Name)
	}
	for _, j := range joinsOf[e.Name] {
		for _, n := range j.fields {
			keys = append(keys, j.prefix+"."+n)
		}
		for n := range j.exprs {
			keys = append(keys, j.prefix+"."+n)
		}
	}
	out := []FieldInfo{}
	for _, k := range keys {
		f, ok := lookup(e, k)
		if !ok {
			continue
		}
		out = append(out, FieldInfo{Key: k, Label: f.label, Type: f.typ, Sensitive: f.sensitive(),
			Groupable: groupable(f.typ), Numeric: numeric(f.typ), Operators: append([]string{}, opsOf(f.typ)...)})
	}
	return out, nil
}

func numeric(typ string) bool { return typ == model.FieldNumber || typ == model.FieldMoney }

func isDate(typ string) bool { return typ == model.FieldDate || typ == model.FieldDateTime }

func groupable(typ string) bool {
	switch typ {
	case model.FieldLongText, model.FieldTags, model.FieldRefs, model.FieldNumber, model.FieldMoney:
		return false
	}
	return true
}
