package report

import (
	"context"
	"database/sql"
	"strings"

	"fieldvault/backend/model"
)

// Querier runs a read: *sql.DB, *sql.Tx and *store.Tx satisfy it.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Column kinds: how the window formats a value.
const (
	KindText     = "text"
	KindNumber   = "number"
	KindMoney    = "money"
	KindPercent  = "percent"
	KindDate     = "date"
	KindDateTime = "datetime"
	KindBool     = "bool"
)

// Column describes one value of each result row.
type Column struct {
	Key   string `json:"key"`
	Label string `json:"label"`
	Kind  string `json:"kind"`
	Group bool   `json:"group,omitempty"` // a group key (summary, matrix)
	Agg   string `json:"agg,omitempty"`   // the aggregate function, for aggregate columns
	// Type is the field type behind a tabular column ("tags" decode to a
	// list); empty for aggregates.
	Type string `json:"type,omitempty"`
}

// Query is a compiled report: SQL with its arguments and how to read the
// rows. It is immutable and safe to run many times.
type Query struct {
	format  string
	entity  string
	sql     string // without the trailing LIMIT
	args    []any
	columns []Column
	groups  []groupPlan
	aggs    []aggPlan
	parts   []part
	sort    []sortPlan // grouped reports sort in Go
	limit   int        // Spec.Limit
	period  *span
	prev    *Query
	// For the access path of grouped queries (access.go): the base table,
	// the base columns the statement reads, its index-usable terms and the
	// plain base column of the first group.
	table     string
	reads     []string
	terms     []term
	rawGroups []string
	// pathOverride, when set (tests only), replaces the chosen access path.
	pathOverride string
}

// groupPlan is one group of a summary or matrix.
type groupPlan struct {
	key, typ, bucket string
	ordered          bool // selects an order key (stage position)
}

// sortPlan orders grouped rows by a group (group >= 0) or an aggregate.
type sortPlan struct {
	group, agg int
	desc       bool
}

// SQL returns the statement as Run sends it (LIMIT ? last) when no index
// serves a grouped report (see access.go). For logs and tests: it holds
// no values.
func (q *Query) SQL() string { return q.sqlWith(" NOT INDEXED") }

func (q *Query) sqlWith(access string) string {
	return strings.Replace(q.sql, accessMarker, access, 1) + " LIMIT ?"
}

// Args returns a copy of the statement's arguments, the LIMIT excluded.
func (q *Query) Args() []any { return append([]any{}, q.args...) }

// Columns returns a copy of the result columns.
func (q *Query) Columns() []Column { return append([]Column{}, q.columns...) }

// Format returns the report format.
func (q *Query) Format() string { return q.format }

// Previous returns the compiled previous-period query, nil without Compare.
func (q *Query) Previous() *Query { return q.prev }

func kindOf(typ string) string {
	switch typ {
	case model.FieldMoney:
		return KindMoney
	case model.FieldNumber:
		return KindNumber
	case model.FieldDate:
		return KindDate
	case model.FieldDateTime:
		return KindDateTime
	case model.FieldBool:
		return KindBool
	}
	return KindText
}
