package report

import (
	"maps"
	"strings"
	"time"

	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
)

// compiler holds one compile's state.
type compiler struct {
	e      *schema.Entity
	actor  rbac.Actor
	canSee bool
	clk    clock
	joins  map[*joinDef]bool
	parts  []part
	// prev compiles the period filter as the period before it; period is
	// the span that filter covered.
	prev   bool
	period *span
	terms  []term // top-level equality and range terms on base columns
}

// Compile validates spec for the viewer and returns its query. canSee says
// whether the viewer holds sensitive.view (the service decides, e.g. from
// actor.Can(rbac.PermSensitiveView)); now and loc (nil = UTC) fix relative
// dates and buckets.
//
// Errors: CodeInvalid whose Fields name the offending spec part
// ("entity", "format", "columns[2]", "filters[0].field", "filters[0].op",
// "filters[0].value", "groups[1].bucket", "aggregates[0].func",
// "sort[0].key", "limit", "compare", ...) for anything unknown, oversize,
// of the wrong type, or sensitive while canSee is false; CodeForbidden
// when the viewer may read no record of the entity at all.
func Compile(spec Spec, actor rbac.Actor, canSee bool, now time.Time, loc *time.Location) (*Query, error) {
	q, err := compileSpec(spec, actor, canSee, newClock(now, loc), false)
	if err != nil {
		return nil, err
	}
	if spec.Compare == ComparePrevious {
		if q.prev, err = compileSpec(spec, actor, canSee, newClock(now, loc), true); err != nil {
			return nil, err
		}
	}
	return q, nil
}

// field resolves key for use at part (showing, grouping, filtering,
// sorting or aggregating: a sensitive field is refused for all alike) and
// notes the join it needs.
func (c *compiler) field(part, key string) (*field, error) {
	f, ok := lookup(c.e, key)
	if !ok {
		return nil, invalid(part, "Unknown field.")
	}
	if !c.canSee && f.sensitive() {
		return nil, invalid(part, msgSensitive)
	}
	if f.join != nil {
		c.joins[f.join] = true
	}
	return f, nil
}

func compileSpec(spec Spec, actor rbac.Actor, canSee bool, clk clock, prev bool) (*Query, error) {
	e, err := schema.Get(spec.Entity)
	if err != nil {
		return nil, invalid("entity", "Unknown record type.")
	}
	if err := actor.RequireAny(e.Name, rbac.ActionRead); err != nil {
		return nil, err
	}
	c := &compiler{e: e, actor: actor, canSee: canSee, clk: clk, joins: map[*joinDef]bool{}, prev: prev}
	q := &Query{format: spec.Format, entity: string(e.Name), limit: spec.Limit}
	if q.format == "" {
		q.format = FormatTabular
	}
	switch {
	case q.format != FormatTabular && q.format != FormatSummary && q.format != FormatMatrix:
		return nil, invalid("format", "Choose tabular, summary or matrix.")
	case spec.Compare != "" && spec.Compare != ComparePrevious:
		return nil, invalid("compare", "Unknown comparison.")
	case spec.Limit < 0 || spec.Limit > MaxLimit:
		return nil, invalid("limit", "The limit is out of range.")
	case len(spec.Filters) > MaxFilters:
		return nil, invalid("filters", "Use at most 20 filters.")
	case len(spec.Columns) > MaxColumns:
		return nil, invalid("columns", "Use at most 50 columns.")
	case len(spec.Sort) > MaxSortKeys:
		return nil, invalid("sort", "Sort by at most 3 keys.")
	}
	var where []string
	var whereArgs []any
	for i, f := range spec.Filters {
		k, err := c.filter("filters["+itoa(i)+"]", f, true)
		if err != nil {
			return nil, err
		}
		where = append(where, "("+k.sql+")")
		whereArgs = append(whereArgs, k.args...)
	}
	if spec.Compare != "" && c.period == nil {
		return nil, invalid("compare", "Comparing needs a date filter with a period or a between range.")
	}
	q.period = c.period
	// A summary's columns only serve its drill-downs: checked, not joined.
	joined := maps.Clone(c.joins)
	var cols []*field
	for i, k := range spec.Columns {
		f, err := c.field("columns["+itoa(i)+"]", k)
		if err != nil {
			return nil, err
		}
		cols = append(cols, f)
	}
	if q.format != FormatTabular {
		c.joins = joined
	}
	var g groupSQL
	if q.format == FormatTabular {
		g.sel, g.tail, err = c.tabular(spec, q, cols)
	} else {
		g, err = c.grouped(spec, q)
	}
	if err != nil {
		return nil, err
	}
	from, fromArgs := c.from(q.format != FormatTabular)
	scope, scopeArgs := rbac.Where(actor, e.Name, rbac.ActionRead, "t.owner_id", "t.team_id")
	if scope == "t.owner_id = ?" {
		c.terms = append(c.terms, term{col: "owner_id", lo: scopeArgs[0]})
	}
	q.sql = "SELECT " + g.sel + from + " WHERE t.deleted_at = '' AND (" + scope + ")"
	if len(where) > 0 {
		q.sql += " AND " + strings.Join(where, " AND ")
	}
	q.sql += g.tail
	q.args = append(g.args, fromArgs...)
	q.args = append(q.args, scopeArgs...)
	q.args = append(q.args, whereArgs...)
	q.args = append(q.args, g.outerArgs...)
	q.table, q.reads = e.Table, baseColumns(q.sql)
	q.terms = append(c.terms, term{col: "deleted_at", lo: ""})
	q.sql = g.outerPre + q.sql + g.outerPost
	q.parts = c.parts
	return q, nil
}

// from is the FROM clause: the base table (with the access marker of a
// grouped query, see access.go) and the joins in use, each joined record
// live and in the viewer's read scope.
func (c *compiler) from(marker bool) (string, []any) {
	var b strings.Builder
	var args []any
	b.WriteString(" FROM " + c.e.Table + " t")
	if marker {
		b.WriteString(accessMarker)
	}
	for _, j := range joinsOf[c.e.Name] {
		if !c.joins[j] {
			continue
		}
		b.WriteString(c.joinSQL(j, j.on, &args))
	}
	return b.String(), args
}

// tabular returns the select list and the ORDER BY of a tabular report:
// the record id first, then the columns.
func (c *compiler) tabular(spec Spec, q *Query, cols []*field) (string, string, error) {
	if len(spec.Groups) > 0 {
		return "", "", invalid("groups", "A tabular report has no groups: choose summary or matrix.")
	}
	if len(spec.Aggregates) > 0 {
		return "", "", invalid("aggregates", "A tabular report has no aggregates: choose summary or matrix.")
	}
	if len(cols) == 0 {
		return "", "", invalid("columns", "Choose at least one column.")
	}
	sel := []string{"t.id"}
	for _, f := range cols {
		sel = append(sel, f.expr)
		q.columns = append(q.columns, Column{Key: f.key, Label: f.label, Kind: kindOf(f.typ), Type: f.typ})
	}
	var order []string
	for i, s := range spec.Sort {
		f, err := c.field("sort["+itoa(i)+"].key", s.Key)
		if err != nil {
			return "", "", err
		}
		if !groupable(f.typ) && !numeric(f.typ) {
			return "", "", invalid("sort["+itoa(i)+"].key", "This field cannot be sorted by.")
		}
		o := f.expr
		if s.Desc {
			o += " DESC"
		}
		order = append(order, o)
	}
	// rowid last: a stable order, and the plain insertion order by default.
	order = append(order, "t.rowid")
	return strings.Join(sel, ", "), " ORDER BY " + strings.Join(order, ", "), nil
}
