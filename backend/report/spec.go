package report

// Spec is a report definition, as saved reports store it (JSON). Compile
// validates it; nothing in it is trusted.
type Spec struct {
	// Entity is the base record type: contacts, companies, leads, deals,
	// activities or tasks.
	Entity string `json:"entity"`
	// Columns are the field keys a tabular report shows (see Fields).
	Columns []string `json:"columns,omitempty"`
	// Filters are ANDed.
	Filters []Filter `json:"filters,omitempty"`
	// Groups (at most two) split a summary or matrix; a matrix needs two:
	// rows by Groups[0], columns by Groups[1].
	Groups []Group `json:"groups,omitempty"`
	// Aggregates are computed per group (summary, matrix: exactly one).
	Aggregates []Aggregate `json:"aggregates,omitempty"`
	// Sort orders rows by column keys (tabular) or by group field and
	// aggregate keys (summary, matrix rows).
	Sort []SortKey `json:"sort,omitempty"`
	// Limit caps the rows (tabular), rows (summary) or row keys (matrix);
	// 0 = no cap but the window's. Totals always cover every row.
	Limit int `json:"limit,omitempty"`
	// Format is FormatTabular, FormatSummary or FormatMatrix ("" = tabular).
	Format string `json:"format,omitempty"`
	// Compare is "" or ComparePrevious: run the report again over the
	// period before its period filter (see Result.Previous).
	Compare string `json:"compare,omitempty"`
}

// Filter restricts the rows by one field.
type Filter struct {
	Field string `json:"field"`
	Op    string `json:"op"`
	// Value is the operand of eq, ne, lt, le, gt, ge, contains, startsWith:
	// a string, number or bool as the field's type needs (dates as
	// "YYYY-MM-DD", datetimes also as RFC 3339).
	Value any `json:"value,omitempty"`
	// Values are the operands of in and notIn (1..100) and between (2,
	// inclusive).
	Values []any `json:"values,omitempty"`
	// N is the day count of lastNDays and nextNDays (1..3660).
	N int `json:"n,omitempty"`
}

// Group splits rows by a field; date fields by a bucket.
type Group struct {
	Field string `json:"field"`
	// Bucket is "" (= day for dates) or one of day, week, month, quarter,
	// year; only for date and datetime fields.
	Bucket string `json:"bucket,omitempty"`
}

// Aggregate is one computed value per group.
type Aggregate struct {
	// Key names the aggregate in Sort, KPIs and Result columns; default
	// Func, or Func+":"+Field. Letters, digits and "_.:-", at most 40.
	Key string `json:"key,omitempty"`
	// Label is the column header; default derived from Func and Field.
	Label string `json:"label,omitempty"`
	// Func is count, sum, avg, min, max or percent.
	Func string `json:"func"`
	// Field is the number or money field of sum, avg, min and max.
	Field string `json:"field,omitempty"`
	// Where restricts the rows this aggregate counts (ANDed filters), so
	// one report shows "deals" beside "won revenue". For percent it is the
	// numerator's condition and is required.
	Where []Filter `json:"where,omitempty"`
	// Of is percent's denominator condition (default: every row); the
	// numerator counts the rows matching Of and Where.
	Of []Filter `json:"of,omitempty"`
}

// SortKey orders by one key.
type SortKey struct {
	Key  string `json:"key"`
	Desc bool   `json:"desc,omitempty"`
}

// Formats.
const (
	FormatTabular = "tabular"
	FormatSummary = "summary"
	FormatMatrix  = "matrix"
)

// ComparePrevious compares a report with the period before its period filter.
const ComparePrevious = "previousPeriod"

// Operators.
const (
	OpEq          = "eq"
	OpNe          = "ne"
	OpLt          = "lt"
	OpLe          = "le"
	OpGt          = "gt"
	OpGe          = "ge"
	OpBetween     = "between"
	OpIn          = "in"
	OpNotIn       = "notIn"
	OpContains    = "contains"
	OpStartsWith  = "startsWith"
	OpIsEmpty     = "isEmpty"
	OpNotEmpty    = "notEmpty"
	OpToday       = "today"
	OpYesterday   = "yesterday"
	OpThisWeek    = "thisWeek"
	OpLastWeek    = "lastWeek"
	OpThisMonth   = "thisMonth"
	OpLastMonth   = "lastMonth"
	OpThisQuarter = "thisQuarter"
	OpLastQuarter = "lastQuarter"
	OpThisYear    = "thisYear"
	OpLastYear    = "lastYear"
	OpLastNDays   = "lastNDays"
	OpNextNDays   = "nextNDays"
)

// Buckets of date grouping. Week is the ISO week (Monday first), labelled
// "2026-W48"; quarter "2026-Q4"; month "2026-03"; year "2026"; day
// "2026-03-05".
const (
	BucketDay     = "day"
	BucketWeek    = "week"
	BucketMonth   = "month"
	BucketQuarter = "quarter"
	BucketYear    = "year"
)

// Aggregate functions.
const (
	AggCount   = "count"
	AggSum     = "sum"
	AggAvg     = "avg"
	AggMin     = "min"
	AggMax     = "max"
	AggPercent = "percent"
)

// Bounds of a spec and its results.
const (
	MaxColumns    = 50
	MaxFilters    = 20
	MaxAggregates = 10
	MaxAggWhere   = 5 // filters in one aggregate's Where or Of
	MaxSortKeys   = 3
	MaxInValues   = 100
	MaxValueBytes = 800 // a text operand; the longest one-line text in UTF-8
	MaxDays       = 3660
	MaxLabel      = 80 // runes of an aggregate label
	// MaxWindowRows caps the rows Run returns for a tabular report; Each
	// streams beyond it.
	MaxWindowRows = 10_000
	// DefaultWindowRows is Run's tabular cap when the spec has no Limit.
	DefaultWindowRows = 1_000
	// MaxLimit caps Spec.Limit (what an export may ask for).
	MaxLimit = 10_000_000
	// MaxGroupRows caps the group combinations a summary or matrix reads;
	// more is CodeInvalid (narrow the filters or use a coarser bucket),
	// never a silently partial total.
	MaxGroupRows = 10_000
	// MaxMatrixColumns caps the column keys of a matrix.
	MaxMatrixColumns = 500
)
