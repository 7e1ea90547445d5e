package report

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"fieldvault/backend/model"
)

// An aggregate is computed from partial states ("parts") selected per
// group cell and combined in Go, so that subtotals, matrix totals and the
// grand total of avg and percent are exact (an average of averages is not
// an average) from one scan of the table.
type aggPlan struct {
	key, label, fn, kind string
	first                int // index of its first part in Query.parts
}

// combine says how a part merges across cells.
type combine int

const (
	combSum combine = iota
	combMin
	combMax
)

type part struct {
	sql  string
	args []any
	comb combine
}

var aggKey = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_.:-]{0,39}$`)

// aggregate validates a and appends its parts to c.parts.
func (c *compiler) aggregate(path string, a Aggregate) (aggPlan, error) {
	p := aggPlan{fn: a.Func, first: len(c.parts), kind: KindNumber}
	var x string // the aggregated field's expression
	switch a.Func {
	case AggCount, AggPercent:
		if a.Field != "" {
			return p, invalid(path+".field", "This aggregate takes no field.")
		}
	case AggSum, AggAvg, AggMin, AggMax:
		fd, err := c.field(path+".field", a.Field)
		if err != nil {
			return p, err
		}
		if !numeric(fd.typ) {
			return p, invalid(path+".field", "Only number and money fields can be aggregated.")
		}
		x = fd.expr
		if fd.typ == model.FieldMoney {
			p.kind = KindMoney
		}
	default:
		return p, invalid(path+".func", "Unknown aggregate.")
	}
	if len(a.Of) > 0 && a.Func != AggPercent {
		return p, invalid(path+".of", "Only a percent aggregate has a denominator condition.")
	}
	if a.Func == AggPercent && len(a.Where) == 0 {
		return p, invalid(path+".where", "A percent needs the condition it counts.")
	}
	where, err := c.filters(path+".where", a.Where, MaxAggWhere)
	if err != nil {
		return p, err
	}
	of, err := c.filters(path+".of", a.Of, MaxAggWhere)
	if err != nil {
		return p, err
	}
	// when wraps v in the aggregate's condition; unconditional stays plain
	// so count(*) and sum(x) keep their fast paths.
	when := func(k cond, v string) (string, []any) {
		if k.sql == "1" {
			return v, nil
		}
		return "CASE WHEN " + k.sql + " THEN " + v + " END", k.args
	}
	add := func(fn string, k cond, v string, comb combine) {
		s, args := when(k, v)
		if s == "1" {
			s = "*"
		}
		c.parts = append(c.parts, part{sql: fn + "(" + s + ")", args: args, comb: comb})
	}
	switch a.Func {
	case AggCount:
		add("count", where, "1", combSum)
	case AggSum:
		add("sum", where, x, combSum)
	case AggAvg:
		add("sum", where, x, combSum)
		add("count", where, x, combSum)
	case AggMin:
		add("min", where, x, combMin)
	case AggMax:
		add("max", where, x, combMax)
	case AggPercent:
		p.kind = KindPercent
		both := where
		if of.sql != "1" {
			both = cond{sql: "(" + of.sql + ") AND (" + where.sql + ")", args: append(append([]any{}, of.args...), where.args...)}
		}
		add("count", both, "1", combSum)
		add("count", of, "1", combSum)
	}
	p.key = aggregateKey(a)
	if !aggKey.MatchString(p.key) {
		return p, invalid(path+".key", "Use up to 40 letters, digits and _ . : - for a key, starting with a letter.")
	}
	p.label = a.Label
	if p.label == "" {
		p.label = defaultLabel(a, c)
	}
	if utf8.RuneCountInString(p.label) > MaxLabel || !utf8.ValidString(p.label) || strings.IndexFunc(p.label, unicode.IsControl) >= 0 {
		return p, invalid(path+".label", "Use at most 80 characters of plain text for a label.")
	}
	return p, nil
}

func defaultLabel(a Aggregate, c *compiler) string {
	name := ""
	if f, ok := lookup(c.e, a.Field); ok {
		name = " of " + strings.ToLower(f.label)
	}
	switch a.Func {
	case AggCount:
		return "Count"
	case AggPercent:
		return "Percent"
	case AggSum:
		return "Sum" + name
	case AggAvg:
		return "Average" + name
	case AggMin:
		return "Minimum" + name
	}
	return "Maximum" + name
}

// partCount is how many parts an aggregate function selects.
func partCount(fn string) int {
	if fn == AggAvg || fn == AggPercent {
		return 2
	}
	return 1
}

// finalValue computes an aggregate from its parts (nil or float64).
func (p aggPlan) finalValue(parts []any) any {
	v := parts[p.first]
	switch p.fn {
	case AggCount:
		f, _ := v.(float64)
		return int64(f)
	case AggAvg, AggPercent:
		num, ok := v.(float64)
		den, _ := parts[p.first+1].(float64)
		if !ok || den == 0 {
			return nil
		}
		if p.fn == AggPercent {
			return 100 * num / den
		}
		return num / den
	}
	return v
}

// merge combines part values b into a (both nil or float64).
func merge(parts []part, a, b []any) {
	for i, p := range parts {
		x, okx := a[i].(float64)
		y, oky := b[i].(float64)
		switch {
		case !oky:
		case !okx:
			a[i] = y
		case p.comb == combSum:
			a[i] = x + y
		case p.comb == combMin && y < x, p.comb == combMax && y > x:
			a[i] = y
		}
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
