package schema

import "fieldvault/backend/model"

// fieldOpt adjusts a field while the tables below are built.
type fieldOpt func(*Field)

var (
	required   fieldOpt = func(f *Field) { f.Required = true }
	sensitive  fieldOpt = func(f *Field) { f.Sensitive = true }
	sortable   fieldOpt = func(f *Field) { f.Sortable, f.Filterable = true, true }
	filterable fieldOpt = func(f *Field) { f.Filterable = true }
	inList     fieldOpt = func(f *Field) { f.InList = true }
	readOnly   fieldOpt = func(f *Field) { f.ReadOnly = true }
	search     fieldOpt = func(f *Field) { f.Search = true }
	personal   fieldOpt = func(f *Field) { f.Personal = true }
)

func options(o ...string) fieldOpt { return func(f *Field) { f.Options = o } }
func ref(entity string) fieldOpt   { return func(f *Field) { f.Ref = entity } }
func maxLen(n int) fieldOpt        { return func(f *Field) { f.MaxLen = n } }

// externalID is the id a record has in the system it was imported from: a
// match key for re-imports (see package importmap).
func externalID() Field {
	return field("externalId", "External ID", model.FieldText, filterable, maxLen(128))
}

// alsoIn makes a ref field's id part of the refs field list on save.
func alsoIn(list string) fieldOpt { return func(f *Field) { f.AlsoIn = list } }

func field(name, label, typ string, opts ...fieldOpt) Field {
	f := Field{FieldDef: model.FieldDef{Name: name, Label: label, Type: typ, Options: []string{}}}
	for _, o := range opts {
		o(&f)
	}
	if f.Type == model.FieldEnum || f.Type == model.FieldRef || f.Type == model.FieldRefs || f.Type == model.FieldBool {
		f.Filterable = true
	}
	return f
}

// Shared option lists.
var (
	regions    = []string{"North", "South", "East", "West", "International"}
	sources    = []string{"Website", "Referral", "Event", "Cold call", "Partner", "Advertising", "Other"}
	industries = []string{"Software", "Manufacturing", "Retail", "Healthcare", "Finance", "Education", "Logistics", "Energy", "Media", "Other"}
	currencies = []string{"EUR", "USD", "GBP", "CHF", "SEK", "JPY"}
	products   = []string{"Starter", "Professional", "Enterprise", "Services", "Support plan"}
	// RelatedEntities are the entities an activity or task may be linked to.
	relatedEntities = []string{"contacts", "companies", "leads", "deals"}
)
