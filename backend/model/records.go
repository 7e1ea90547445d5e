package model

// Field types of record fields. The frontend renders an input per type; the
// backend validates per type.
const (
	FieldText     = "text"     // one line, MaxLen
	FieldLongText = "longtext" // multi-line notes
	FieldEmail    = "email"
	FieldPhone    = "phone" // stored as typed; searchable digits
	FieldURL      = "url"
	FieldNumber   = "number"   // float64
	FieldMoney    = "money"    // float64 amount; currency in a sibling enum field
	FieldDate     = "date"     // "YYYY-MM-DD"
	FieldDateTime = "datetime" // RFC 3339 UTC
	FieldBool     = "bool"
	FieldEnum     = "enum" // one of Options
	FieldRef      = "ref"  // id of a record of entity Ref; the list shows its title
	FieldTags     = "tags" // []string
	FieldRefs     = "refs" // []string of ids of records of entity Ref (at most 20)
)

// FieldDef describes one field of an entity, for forms, lists and filters.
type FieldDef struct {
	Name       string   `json:"name"` // JSON key in RecordItem.Values
	Label      string   `json:"label"`
	Type       string   `json:"type"`
	Required   bool     `json:"required"`
	MaxLen     int      `json:"maxLen"`  // text types; 0 = type default
	Options    []string `json:"options"` // enum
	Ref        string   `json:"ref"`     // ref: target entity
	Sensitive  bool     `json:"sensitive"`
	Sortable   bool     `json:"sortable"`
	Filterable bool     `json:"filterable"`
	InList     bool     `json:"inList"` // shown as a list column by default
	ReadOnly   bool     `json:"readOnly"`
}

// EntityDef describes a record type.
type EntityDef struct {
	Name        string     `json:"name"` // contacts, companies, leads, deals, activities, tasks
	Label       string     `json:"label"`
	LabelPlural string     `json:"labelPlural"`
	TitleField  string     `json:"titleField"` // the field that names a record
	Fields      []FieldDef `json:"fields"`
}

// RecordItem is one row of an entity as the caller may see it: sensitive values
// the caller may not see are replaced by "••••" and listed in Masked.
type RecordItem struct {
	ID        string         `json:"id"`
	Entity    string         `json:"entity"`
	Title     string         `json:"title"`
	Values    map[string]any `json:"values"`
	OwnerID   string         `json:"ownerId"`
	OwnerName string         `json:"ownerName"`
	TeamID    string         `json:"teamId"`
	CreatedAt string         `json:"createdAt"`
	CreatedBy string         `json:"createdBy"`
	UpdatedAt string         `json:"updatedAt"`
	UpdatedBy string         `json:"updatedBy"`
	DeletedAt string         `json:"deletedAt"` // in Trash when set
	Masked    []string       `json:"masked"`
	// Refs maps a ref field to the title of the record it points at.
	Refs map[string]string `json:"refs"`
	// RefTitles maps each id in a refs field to its record's title; ids the
	// caller may not read are absent (shown as a record they cannot see).
	RefTitles map[string]string `json:"refTitles"`
}

// RecordInput creates or updates a record. Values holds only the fields to
// set (an update leaves the others); "••••" for a masked field means unchanged.
type RecordInput struct {
	Entity  string         `json:"entity"`
	ID      string         `json:"id"` // "" for create
	Values  map[string]any `json:"values"`
	OwnerID string         `json:"ownerId"` // "" = the caller (create) or unchanged (update)
	TeamID  string         `json:"teamId"`  // "" = the owner's first team (create) or unchanged
}

// Filter operators.
const (
	OpEq       = "eq"
	OpNe       = "ne"
	OpContains = "contains"
	OpStarts   = "starts"
	OpGt       = "gt"
	OpGte      = "gte"
	OpLt       = "lt"
	OpLte      = "lte"
	OpIn       = "in"
	OpEmpty    = "empty"
	OpNotEmpty = "notempty"
)

// Filter restricts a list by one field; Field may also be "ownerId" or "teamId".
type Filter struct {
	Field string `json:"field"`
	Op    string `json:"op"`
	Value any    `json:"value"` // string, number, bool, or []string for "in"
}

// ListQuery asks for one page of an entity's records.
type ListQuery struct {
	Entity  string   `json:"entity"`
	Filters []Filter `json:"filters"`
	Search  string   `json:"search"` // full-text within this entity
	Sort    string   `json:"sort"`   // a sortable field, "updatedAt" or "createdAt"; "" = updatedAt
	Desc    bool     `json:"desc"`
	Offset  int      `json:"offset"`
	Limit   int      `json:"limit"` // 1..500, default 100
	Trash   bool     `json:"trash"` // list the Trash instead
	// After continues a list after the row it names: the NextAfter of the
	// previous page ("" = from the first row). An opaque cursor, valid only
	// for the same entity, sort field and direction; Offset then counts rows
	// after it. Paging by cursor costs the same at any depth, paging by
	// Offset grows with it.
	After string `json:"after,omitempty"`
}

// RecordPage is one page of a list. On the first page (Offset 0, no After)
// Total is exact up to 2,000; above it TotalCapped is true and Total == 2,000
// (counting a million rows on every scroll would be slow and nobody reads the
// exact number). Later pages are not counted: Total is -1 and TotalCapped is
// true, meaning "keep paging while pages are full".
type RecordPage struct {
	Rows        []RecordItem `json:"rows"`
	Offset      int          `json:"offset"`
	Total       int          `json:"total"`
	TotalCapped bool         `json:"totalCapped"`
	// NextAfter is the cursor of the next page (ListQuery.After), "" when
	// this page is the last one.
	NextAfter string `json:"nextAfter"`
}

// SavedView is a named list query.
type SavedView struct {
	ID     string    `json:"id"`
	Entity string    `json:"entity"`
	Name   string    `json:"name"`
	Query  ListQuery `json:"query"`
	Shared bool      `json:"shared"` // visible to everyone who may read the entity
	Mine   bool      `json:"mine"`
}

// SearchHit is one result of the global search.
type SearchHit struct {
	Entity   string `json:"entity"`
	ID       string `json:"id"`
	Title    string `json:"title"`
	Subtitle string `json:"subtitle"`
}

// Bulk actions.
const (
	BulkAssign = "assign" // Value: user id
	BulkStage  = "stage"  // deals; Value: stage id
	BulkTag    = "tag"    // Value: tag
	BulkDelete = "delete" // to Trash
)

// BulkRequest applies one action to many records.
type BulkRequest struct {
	Entity string   `json:"entity"`
	IDs    []string `json:"ids"` // at most 10,000
	Action string   `json:"action"`
	Value  string   `json:"value"`
}

// BulkResult says what happened to each record.
type BulkResult struct {
	Done   int           `json:"done"`
	Failed []BulkFailure `json:"failed"`
}

// BulkFailure names a record the action could not be applied to.
type BulkFailure struct {
	ID      string `json:"id"`
	Message string `json:"message"`
}

// Stage is a configurable deal pipeline stage.
type Stage struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Probability int    `json:"probability"` // 0..100
	Order       int    `json:"order"`
	Won         bool   `json:"won"`
	Lost        bool   `json:"lost"`
}

// ConvertLeadRequest turns a lead into a contact, a company (new or existing)
// and optionally a deal.
type ConvertLeadRequest struct {
	LeadID     string  `json:"leadId"`
	CompanyID  string  `json:"companyId"` // existing company; "" = create one from the lead
	CreateDeal bool    `json:"createDeal"`
	DealName   string  `json:"dealName"`
	DealAmount float64 `json:"dealAmount"`
	StageID    string  `json:"stageId"`
}

// ConvertLeadResult names what the conversion created or linked.
type ConvertLeadResult struct {
	ContactID string `json:"contactId"`
	CompanyID string `json:"companyId"`
	DealID    string `json:"dealId"`
}

// TimelineItem is one line of a record's history: an activity or an audit entry.
type TimelineItem struct {
	Kind    string        `json:"kind"` // "activity" | "audit"
	At      string        `json:"at"`
	Actor   string        `json:"actor"`
	Title   string        `json:"title"`
	Detail  string        `json:"detail"`
	RefID   string        `json:"refId"` // activity id
	Changes []FieldChange `json:"changes"`
}

// FieldChange is one field's before/after in a timeline audit item.
type FieldChange struct {
	Field  string `json:"field"`
	Before any    `json:"before"`
	After  any    `json:"after"`
	Masked bool   `json:"masked"`
}
