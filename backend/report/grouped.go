package report

import (
	"maps"
	"strings"

	"fieldvault/backend/rbac"
)

// groupSQL is the SQL of a grouped report's select list.
type groupSQL struct {
	sel  string
	args []any
	tail string // GROUP BY
	// outerPre and outerPost wrap the grouped statement when a table is
	// joined after grouping (see grouped); outerArgs are outerPost's.
	outerPre, outerPost string
	outerArgs           []any
}

// groupKey is one group as compiled.
type groupKey struct {
	f     *field
	inner string   // the key inside the grouped statement
	args  []any    // of inner (bucket modifiers)
	late  *joinDef // a table joined after grouping, nil otherwise
}

// grouped compiles a summary or matrix: group keys g0, g1, order keys o0,
// o1, the row count n, then every aggregate part, grouped by the keys.
//
// Keys on a plain base column group by the column itself (so a covering
// index can deliver them in order, see access.go). A group on a joined
// field (stage.name, owner.name, company.customerType, ...) whose join
// nothing else needs groups by the base foreign key first and joins after,
// once per group instead of once per record (measured over 1M deals:
// revenue by customer type 1.5 s joined per record), re-aggregating the
// parts by the joined value. The late join keeps the live and read-scope
// conditions of a joined record.
func (c *compiler) grouped(spec Spec, q *Query) (groupSQL, error) {
	var out groupSQL
	n := len(spec.Groups)
	switch {
	case q.format == FormatSummary && n > 2:
		return out, invalid("groups", "Group by at most two fields.")
	case q.format == FormatMatrix && n != 2:
		return out, invalid("groups", "A matrix needs two groups: rows and columns.")
	}
	aggs := spec.Aggregates
	if len(aggs) == 0 {
		aggs = []Aggregate{{Func: AggCount}}
	}
	switch {
	case len(aggs) > MaxAggregates:
		return out, invalid("aggregates", "Use at most 10 aggregates.")
	case q.format == FormatMatrix && len(aggs) != 1:
		return out, invalid("aggregates", "A matrix shows exactly one aggregate.")
	}
	before := maps.Clone(c.joins)
	var keys []groupKey
	for i, g := range spec.Groups {
		k, err := c.groupKey(i, g, q)
		if err != nil {
			return out, err
		}
		keys = append(keys, k)
	}
	c.joins = before
	for i, a := range aggs {
		path := "aggregates[" + itoa(i) + "]"
		p, err := c.aggregate(path, a)
		if err != nil {
			return out, err
		}
		for _, o := range q.aggs {
			if o.key == p.key {
				return out, invalid(path+".key", "Two aggregates have the same key: give one a key.")
			}
		}
		q.aggs = append(q.aggs, p)
		q.columns = append(q.columns, Column{Key: p.key, Label: p.label, Kind: p.kind, Agg: p.fn})
	}
	if err := q.groupSort(spec.Sort); err != nil {
		return out, err
	}
	// A join is made late unless a filter or aggregate needs it.
	late := false
	for i := range keys {
		j := keys[i].f.join
		if j != nil && !c.joins[j] {
			keys[i].late, keys[i].inner, late = j, j.on, true
			if i == 0 {
				q.rawGroups = append(q.rawGroups, strings.TrimPrefix(j.on, "t."))
			}
		} else if j != nil {
			c.joins[j] = true
		}
	}
	var sel, names, outer, outerNames, joins []string
	for i, k := range keys {
		name := "g" + itoa(i)
		if late {
			name = "k" + itoa(i)
		}
		sel = append(sel, k.inner+" AS "+name)
		out.args = append(out.args, k.args...)
		names = append(names, name)
		switch {
		case k.late != nil:
			outer = append(outer, k.f.expr+" AS g"+itoa(i))
			if i == 0 || keys[0].late != k.late { // two groups of one join share it
				joins = append(joins, c.joinSQL(k.late, "x.k"+itoa(i), &out.outerArgs))
			}
		default:
			outer = append(outer, "x.k"+itoa(i)+" AS g"+itoa(i))
		}
		outerNames = append(outerNames, "g"+itoa(i))
	}
	for i, k := range keys {
		if k.f.order == "" {
			continue
		}
		if k.late != nil {
			outer = append(outer, "min("+k.f.order+") AS o"+itoa(i))
			continue
		}
		sel = append(sel, "min("+k.f.order+") AS o"+itoa(i))
		outer = append(outer, "min(x.o"+itoa(i)+") AS o"+itoa(i))
	}
	sel = append(sel, "count(*) AS n")
	outer = append(outer, "sum(x.n) AS n")
	for i, p := range c.parts {
		sel = append(sel, p.sql+" AS p"+itoa(i))
		out.args = append(out.args, p.args...)
		outer = append(outer, [...]string{"sum", "min", "max"}[p.comb]+"(x.p"+itoa(i)+")")
	}
	out.sel = strings.Join(sel, ", ")
	if len(names) > 0 {
		out.tail = " GROUP BY " + strings.Join(names, ", ")
	}
	if late {
		out.outerPre = "SELECT " + strings.Join(outer, ", ") + " FROM ("
		out.outerPost = ") x" + strings.Join(joins, "") + " GROUP BY " + strings.Join(outerNames, ", ")
	}
	return out, nil
}

// groupKey resolves group i and appends its plan and column to q.
func (c *compiler) groupKey(i int, g Group, q *Query) (groupKey, error) {
	path := "groups[" + itoa(i) + "]"
	f, err := c.field(path+".field", g.Field)
	if err != nil {
		return groupKey{}, err
	}
	if !groupable(f.typ) {
		return groupKey{}, invalid(path+".field", "This field cannot be grouped by.")
	}
	k := groupKey{f: f, inner: f.expr}
	gp := groupPlan{key: f.key, typ: f.typ, bucket: g.Bucket, ordered: f.order != ""}
	kind := kindOf(f.typ)
	switch {
	case isDate(f.typ):
		if gp.bucket == "" {
			gp.bucket = BucketDay
		}
		if !validBucket(gp.bucket) {
			return groupKey{}, invalid(path+".bucket", "Choose day, week, month, quarter or year.")
		}
		k.inner, k.args = bucketSQL(f.typ, gp.bucket, f.expr, c.clk)
		kind = KindText
		if gp.bucket == BucketDay {
			kind = KindDate
		}
	case g.Bucket != "":
		return groupKey{}, invalid(path+".bucket", "Only date fields have buckets.")
	case f.join == nil && i == 0:
		q.rawGroups = append(q.rawGroups, strings.TrimPrefix(f.expr, "t."))
	}
	for _, o := range q.groups {
		if o.key == gp.key && o.bucket == gp.bucket {
			return groupKey{}, invalid(path+".field", "This group repeats another one.")
		}
	}
	q.groups = append(q.groups, gp)
	q.columns = append(q.columns, Column{Key: f.key, Label: f.label, Kind: kind, Group: true})
	return k, nil
}

// groupSort resolves the sort keys of a grouped report: group field keys
// or aggregate keys. Groups themselves always come in their natural order
// after the given keys.
func (q *Query) groupSort(keys []SortKey) error {
	for i, s := range keys {
		p := sortPlan{group: -1, agg: -1, desc: s.Desc}
		for j, g := range q.groups {
			if g.key == s.Key {
				p.group = j
			}
		}
		for j, a := range q.aggs {
			if a.key == s.Key {
				p.agg = j
			}
		}
		if p.group < 0 && p.agg < 0 || q.format == FormatMatrix && p.group == 1 {
			return invalid("sort["+itoa(i)+"].key", "Sort by a group or an aggregate of the report (a matrix by its row group or aggregate).")
		}
		q.sort = append(q.sort, p)
	}
	return nil
}

// joinSQL is the LEFT JOIN of j on key (a base column, or a grouped key
// when joined late) with, for a record table, the joined record's live and
// read-scope conditions (their arguments appended to args).
func (c *compiler) joinSQL(j *joinDef, key string, args *[]any) string {
	sql := " LEFT JOIN " + j.table + " " + j.alias + " ON " + j.alias + ".id = " + key
	if j.entity != "" {
		w, a := rbac.Where(c.actor, j.entity, rbac.ActionRead, j.alias+".owner_id", j.alias+".team_id")
		sql += " AND " + j.alias + ".deleted_at = '' AND (" + w + ")"
		*args = append(*args, a...)
	}
	return sql
}
