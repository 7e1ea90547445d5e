package report

import (
	"encoding/json"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"fieldvault/backend/model"
)

// cond is a compiled SQL boolean with its arguments.
type cond struct {
	sql  string
	args []any
}

var (
	opsText   = []string{OpEq, OpNe, OpIn, OpNotIn, OpContains, OpStartsWith, OpIsEmpty, OpNotEmpty}
	opsEnum   = []string{OpEq, OpNe, OpIn, OpNotIn, OpIsEmpty, OpNotEmpty}
	opsNumber = []string{OpEq, OpNe, OpLt, OpLe, OpGt, OpGe, OpBetween, OpIn, OpNotIn, OpIsEmpty, OpNotEmpty}
	opsDate   = []string{OpEq, OpNe, OpLt, OpLe, OpGt, OpGe, OpBetween, OpIsEmpty, OpNotEmpty,
		OpToday, OpYesterday, OpThisWeek, OpLastWeek, OpThisMonth, OpLastMonth, OpThisQuarter, OpLastQuarter,
		OpThisYear, OpLastYear, OpLastNDays, OpNextNDays}
	opsBool = []string{OpEq, OpNe}
	opsTags = []string{OpContains, OpIsEmpty, OpNotEmpty}
)

// opsOf lists the operators a field of type typ accepts.
func opsOf(typ string) []string {
	switch typ {
	case model.FieldText, model.FieldEmail, model.FieldPhone, model.FieldURL, model.FieldLongText:
		return opsText
	case model.FieldNumber, model.FieldMoney:
		return opsNumber
	case model.FieldDate, model.FieldDateTime:
		return opsDate
	case model.FieldBool:
		return opsBool
	case model.FieldTags:
		return opsTags
	}
	return opsEnum // enum, ref
}

var cmpSQL = map[string]string{OpEq: "=", OpNe: "<>", OpLt: "<", OpLe: "<=", OpGt: ">", OpGe: ">="}

// filters compiles a list of filters (ANDed) at path ("aggregates[0].where").
func (c *compiler) filters(path string, list []Filter, max int) (cond, error) {
	if len(list) > max {
		return cond{}, invalid(path, "Too many conditions.")
	}
	var parts []string
	var args []any
	for i, f := range list {
		k, err := c.filter(path+"["+strconv.Itoa(i)+"]", f, false)
		if err != nil {
			return cond{}, err
		}
		parts = append(parts, "("+k.sql+")")
		args = append(args, k.args...)
	}
	if len(parts) == 0 {
		return cond{sql: "1"}, nil
	}
	return cond{sql: strings.Join(parts, " AND "), args: args}, nil
}

// filter compiles one filter. top says it is one of the spec's own filters,
// so it may be the period filter (the first relative or between filter on a
// date), which c.prev moves to the previous period.
func (c *compiler) filter(path string, f Filter, top bool) (cond, error) {
	fd, err := c.field(path+".field", f.Field)
	if err != nil {
		return cond{}, err
	}
	if !slices.Contains(opsOf(fd.typ), f.Op) {
		return cond{}, invalid(path+".op", "This condition does not apply to the field.")
	}
	x := fd.expr
	switch f.Op {
	case OpIsEmpty, OpNotEmpty:
		k := x + " = ''"
		switch {
		case numeric(fd.typ):
			k = x + " IS NULL"
		case fd.typ == model.FieldTags:
			k = x + " = '[]'"
		}
		if f.Op == OpNotEmpty {
			k = "NOT (" + k + ")"
		}
		return cond{sql: k}, nil
	}
	if isDate(fd.typ) {
		return c.dateFilter(path, fd, f, top)
	}
	val := func(p string, v any) (any, error) { return scalar(p, fd.typ, v) }
	switch f.Op {
	case OpIn, OpNotIn:
		if len(f.Values) == 0 || len(f.Values) > MaxInValues {
			return cond{}, invalid(path+".values", "Give 1 to 100 values.")
		}
		args := make([]any, len(f.Values))
		for i, v := range f.Values {
			if args[i], err = val(path+".values["+strconv.Itoa(i)+"]", v); err != nil {
				return cond{}, err
			}
		}
		list := "(?" + strings.Repeat(", ?", len(args)-1) + ")"
		if f.Op == OpIn {
			return cond{x + " IN " + list, args}, nil
		}
		return cond{"(" + x + " IS NULL OR " + x + " NOT IN " + list + ")", args}, nil
	case OpBetween:
		if len(f.Values) != 2 {
			return cond{}, invalid(path+".values", "Give exactly two values.")
		}
		lo, err := val(path+".values[0]", f.Values[0])
		if err != nil {
			return cond{}, err
		}
		hi, err := val(path+".values[1]", f.Values[1])
		if err != nil {
			return cond{}, err
		}
		if lo.(float64) > hi.(float64) {
			return cond{}, invalid(path+".values", "The first value must not be above the second.")
		}
		return cond{x + " BETWEEN ? AND ?", []any{lo, hi}}, nil
	}
	v, err := val(path+".value", f.Value)
	if err != nil {
		return cond{}, err
	}
	switch {
	case fd.typ == model.FieldTags:
		return cond{"EXISTS (SELECT 1 FROM json_each(" + x + ") WHERE value = ?)", []any{v}}, nil
	case f.Op == OpContains:
		return cond{x + ` LIKE ? ESCAPE '\'`, []any{"%" + likeEscape(v.(string)) + "%"}}, nil
	case f.Op == OpStartsWith:
		return cond{x + ` LIKE ? ESCAPE '\'`, []any{likeEscape(v.(string)) + "%"}}, nil
	case f.Op == OpNe && numeric(fd.typ):
		return cond{"(" + x + " IS NULL OR " + x + " <> ?)", []any{v}}, nil
	}
	if f.Op == OpEq && top {
		c.term(fd, v, nil)
	}
	return cond{x + " " + cmpSQL[f.Op] + " ?", []any{v}}, nil
}

// dateFilter compiles a filter on a date or datetime field as half-open
// ranges (see the package doc).
func (c *compiler) dateFilter(path string, fd *field, f Filter, top bool) (cond, error) {
	x, typ := fd.expr, fd.typ
	var s span
	switch {
	case isRelative(f.Op):
		if (f.Op == OpLastNDays || f.Op == OpNextNDays) && (f.N < 1 || f.N > MaxDays) {
			return cond{}, invalid(path+".n", "Give a number of days from 1 to 3660.")
		}
		s, _ = c.clk.relative(f.Op, f.N)
	case f.Op == OpBetween:
		if len(f.Values) != 2 {
			return cond{}, invalid(path+".values", "Give exactly two dates.")
		}
		a, ok := c.clk.valueSpan(typ, f.Values[0])
		b, ok2 := c.clk.valueSpan(typ, f.Values[1])
		if !ok || !ok2 {
			return cond{}, invalid(path+".values", "Enter dates as YYYY-MM-DD.")
		}
		if !a.lo.Before(b.hi) {
			return cond{}, invalid(path+".values", "The first date must not be after the second.")
		}
		s = span{lo: a.lo, hi: b.hi}
		if a.days == 1 && b.days == 1 {
			s.days = int(b.hi.Sub(a.lo).Hours()/24 + 0.5)
		}
	default:
		v, ok := c.clk.valueSpan(typ, f.Value)
		if !ok {
			return cond{}, invalid(path+".value", "Enter a date as YYYY-MM-DD.")
		}
		lo, hi := bound(typ, v.lo), bound(typ, v.hi)
		switch f.Op {
		case OpEq:
			return cond{x + " >= ? AND " + x + " < ?", []any{lo, hi}}, nil
		case OpNe:
			return cond{"NOT (" + x + " >= ? AND " + x + " < ?)", []any{lo, hi}}, nil
		case OpLt:
			return cond{x + " <> '' AND " + x + " < ?", []any{lo}}, nil
		case OpLe:
			return cond{x + " <> '' AND " + x + " < ?", []any{hi}}, nil
		case OpGt:
			return cond{x + " >= ?", []any{hi}}, nil
		}
		return cond{x + " >= ?", []any{lo}}, nil // ge
	}
	if top && c.period == nil {
		if c.prev {
			s = s.previous()
		}
		c.period = &s
	}
	lo, hi := bound(typ, s.lo), bound(typ, s.hi)
	if top {
		c.term(fd, lo, hi)
	}
	return cond{x + " >= ? AND " + x + " < ?", []any{lo, hi}}, nil
}

// scalar checks one operand against a non-date field type and returns its
// bound form: float64 for numbers, 1/0 for bools, else a string.
func scalar(path, typ string, v any) (any, error) {
	switch typ {
	case model.FieldNumber, model.FieldMoney:
		x, ok := toFloat(v)
		if !ok || math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) > 1e15 {
			return nil, invalid(path, "Enter a number.")
		}
		return x, nil
	case model.FieldBool:
		b, ok := v.(bool)
		if !ok {
			return nil, invalid(path, "Enter true or false.")
		}
		if b {
			return 1, nil
		}
		return 0, nil
	}
	s, ok := v.(string)
	if !ok {
		return nil, invalid(path, "Enter text.")
	}
	if len(s) > MaxValueBytes || !utf8.ValidString(s) {
		return nil, invalid(path, "Use at most 200 characters of text.")
	}
	return s, nil
}

func toFloat(v any) (float64, bool) {
	switch x := v.(type) {
	case float64:
		return x, true
	case float32:
		return float64(x), true
	case int:
		return float64(x), true
	case int64:
		return float64(x), true
	case json.Number:
		f, err := x.Float64()
		return f, err == nil
	}
	return 0, false
}

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}
