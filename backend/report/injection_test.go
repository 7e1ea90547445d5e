package report

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"
)

const evil = "'; DROP TABLE deals; --"

// TestInjectionRefused puts SQL into every string part of a spec that
// names something: each is refused by the whitelist, naming the part.
func TestInjectionRefused(t *testing.T) {
	base := func() Spec {
		return Spec{Entity: "deals", Format: FormatSummary, Columns: []string{"name"},
			Filters:    []Filter{{Field: "region", Op: OpEq, Value: "North"}},
			Groups:     []Group{{Field: "closedAt", Bucket: BucketMonth}},
			Aggregates: []Aggregate{{Func: AggSum, Field: "amount"}}, Sort: []SortKey{{Key: "closedAt"}}}
	}
	tests := []struct {
		name string
		edit func(*Spec)
		part string
	}{
		{"entity", func(s *Spec) { s.Entity = "deals; DROP TABLE deals" }, "entity"},
		{"entity as table alias", func(s *Spec) { s.Entity = "deals t, users" }, "entity"},
		{"column", func(s *Spec) { s.Columns[0] = "name FROM users; --" }, "columns[0]"},
		{"column as SQL expression", func(s *Spec) { s.Columns[0] = "(SELECT password_hash FROM users)" }, "columns[0]"},
		{"column as raw column name", func(s *Spec) { s.Columns[0] = "owner_id" }, "columns[0]"},
		{"joined column prefix", func(s *Spec) { s.Columns[0] = "company.name) --" }, "columns[0]"},
		{"joined column of another table", func(s *Spec) { s.Columns[0] = "owner.password_hash" }, "columns[0]"},
		{"filter field", func(s *Spec) { s.Filters[0].Field = "region = region OR 1" }, "filters[0].field"},
		{"filter op", func(s *Spec) { s.Filters[0].Op = "= 'x' OR 1=1 --" }, "filters[0].op"},
		{"group field", func(s *Spec) { s.Groups[0].Field = "region, (SELECT 1)" }, "groups[0].field"},
		{"bucket", func(s *Spec) { s.Groups[0].Bucket = "month'), ('x" }, "groups[0].bucket"},
		{"aggregate func", func(s *Spec) { s.Aggregates[0].Func = "sum(amount)); DROP TABLE deals; --" }, "aggregates[0].func"},
		{"aggregate field", func(s *Spec) { s.Aggregates[0].Field = "amount) FROM deals; --" }, "aggregates[0].field"},
		{"aggregate key", func(s *Spec) { s.Aggregates[0].Key = "k" + evil }, "aggregates[0].key"},
		{"aggregate where op", func(s *Spec) {
			s.Aggregates[0].Where = []Filter{{Field: "outcome", Op: "IS NOT NULL OR 1"}}
		}, "aggregates[0].where[0].op"},
		{"sort key", func(s *Spec) { s.Sort[0].Key = "closedAt; DROP TABLE deals" }, "sort[0].key"},
		{"format", func(s *Spec) { s.Format = "summary" + evil }, "format"},
		{"compare", func(s *Spec) { s.Compare = "previousPeriod" + evil }, "compare"},
		{"date value", func(s *Spec) { s.Filters[0] = Filter{Field: "closedAt", Op: OpLt, Value: "2026-01-01" + evil} }, "filters[0].value"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := base()
			if _, err := Compile(s, admin, true, fixNow, nil); err != nil {
				t.Fatalf("the base spec must compile: %v", err)
			}
			tc.edit(&s)
			q, err := Compile(s, admin, true, fixNow, nil)
			wantInvalid(t, err, tc.part)
			if q != nil {
				t.Error("a query came back with the error")
			}
		})
	}
}

// TestInjectionValuesAreData: SQL in a value or a label is bound or never
// reaches SQL: it matches nothing and the table survives.
func TestInjectionValuesAreData(t *testing.T) {
	f := newFixture(t)
	specs := []Spec{
		{Entity: "deals", Columns: []string{"name"}, Filters: []Filter{{Field: "region", Op: OpEq, Value: evil}}},
		{Entity: "deals", Columns: []string{"name"}, Filters: []Filter{{Field: "name", Op: OpContains, Value: "x' OR '1'='1"}}},
		{Entity: "deals", Columns: []string{"name"}, Filters: []Filter{{Field: "region", Op: OpIn, Values: []any{evil, "') OR 1=1 --"}}}},
		{Entity: "deals", Columns: []string{"name"}, Filters: []Filter{{Field: "name", Op: OpStartsWith, Value: "%"}}},
		{Entity: "contacts", Columns: []string{"lastName"}, Filters: []Filter{{Field: "tags", Op: OpContains, Value: `") OR 1 --`}}},
		{Entity: "deals", Format: FormatSummary, Filters: []Filter{{Field: "outcome", Op: OpNotIn, Values: []any{"open", "won", "lost"}}},
			Aggregates: []Aggregate{{Func: AggCount, Label: evil, Where: []Filter{{Field: "region", Op: OpEq, Value: evil}}}}},
	}
	for i, s := range specs {
		q, err := Compile(s, admin, true, fixNow, nil)
		if err != nil {
			t.Fatalf("spec %d: %v", i, err)
		}
		if strings.Contains(q.SQL(), "DROP") || strings.Contains(q.SQL(), "OR 1") {
			t.Errorf("spec %d: a value reached the SQL: %s", i, q.SQL())
		}
		res, err := Run(context.Background(), f.s.Reader(), q)
		if err != nil {
			t.Fatalf("spec %d: %v", i, err)
		}
		if len(res.Rows) != 0 && res.Format == FormatTabular || res.Format == FormatSummary && res.Total[0] != int64(0) {
			t.Errorf("spec %d matched %v", i, res.Rows)
		}
	}
	var n int
	if err := f.s.Reader().QueryRow(`SELECT count(*) FROM deals`).Scan(&n); err != nil || n != 8 {
		t.Errorf("deals table: %d rows, %v", n, err)
	}
}

var literal = regexp.MustCompile(`'(?:[^']|'')*'`)

// ownLiterals are the only string literals the compiler writes.
var ownLiterals = []string{`''`, `'%G-W%V'`, `'%Y-%m'`, `'%Y'`, `'%m'`, `'%Y-%m-%d'`, `'-Q'`, `'\'`}

// checkSQLShape asserts the SQL holds no literal but the compiler's own and
// one argument per placeholder.
func checkSQLShape(t testing.TB, q *Query) {
	t.Helper()
	sql := q.SQL()
	for _, l := range literal.FindAllString(sql, -1) {
		if !slices.Contains(ownLiterals, l) {
			t.Fatalf("foreign literal %s in %s", l, sql)
		}
	}
	if n := strings.Count(literal.ReplaceAllString(sql, ""), "?"); n != len(q.Args())+1 {
		t.Fatalf("%d placeholders for %d arguments (+ LIMIT) in %s", n, len(q.Args()), sql)
	}
}

// TestSQLShape: every built-in (and its previous period) compiles to SQL
// with only the compiler's literals and aligned arguments.
func TestSQLShape(t *testing.T) {
	for _, b := range BuiltIns() {
		q, err := Compile(b.Spec, admin, true, fixNow, nil)
		if err != nil {
			t.Fatalf("%s: %v", b.Key, err)
		}
		checkSQLShape(t, q)
		if q.Previous() != nil {
			checkSQLShape(t, q.Previous())
		}
	}
}

// FuzzCompile feeds arbitrary names and values into every string part of
// a spec: Compile must not panic, and whatever compiles has the safe shape.
func FuzzCompile(f *testing.F) {
	f.Add("deals", "amount", "gt", "1000", "closedAt", "month", "sum", "summary", "region")
	f.Add("deals", "company.region", "eq", evil, "owner.name", "", "count", "matrix", "outcome")
	f.Add("leads", "deal.amount", "lastNDays", "x", "createdAt", "week", "percent", "tabular", "campaign")
	f.Add("contacts", "tags", "contains", "vip", "marketingOptIn", "", "max", "", "region")
	f.Fuzz(func(t *testing.T, entity, field, op, value, group, bucket, fn, format, group2 string) {
		spec := Spec{Entity: entity, Format: format, Columns: []string{field, group},
			Filters:    []Filter{{Field: field, Op: op, Value: value, Values: []any{value, value}, N: len(value)}},
			Groups:     []Group{{Field: group, Bucket: bucket}, {Field: group2}},
			Aggregates: []Aggregate{{Func: fn, Field: field, Label: value, Where: []Filter{{Field: group2, Op: op, Value: value}}}},
			Sort:       []SortKey{{Key: group}}}
		for _, s := range []Spec{spec, {Entity: entity, Format: format, Columns: []string{field}, Filters: spec.Filters}} {
			q, err := Compile(s, salesRep("u1"), false, fixNow, nil)
			if err == nil {
				checkSQLShape(t, q)
			}
		}
	})
}
