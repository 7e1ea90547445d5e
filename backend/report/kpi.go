package report

import (
	"context"
	"math"
	"slices"
	"time"

	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
)

// KPI is a target for one aggregate of a report over a period.
type KPI struct {
	// Report is the report's key: a built-in key or a saved report's id
	// (the caller resolves it to a Spec).
	Report string `json:"report"`
	// Aggregate is the key of one of the report's aggregates ("count" for
	// a report without aggregates).
	Aggregate string `json:"aggregate"`
	// Period is a relative-date operator (thisMonth, lastNDays, ...) and N
	// its day count where it takes one.
	Period string `json:"period"`
	N      int    `json:"n,omitempty"`
	// DateField is the date the period applies to; "" = the field of the
	// report's own period filter.
	DateField string  `json:"dateField,omitempty"`
	Target    float64 `json:"target"`
}

// KPIValue is a KPI's state.
type KPIValue struct {
	Value any `json:"value"` // int64 for counts, float64, or nil when there was nothing to aggregate
	// Kind is the aggregate's column kind (number, money, percent).
	Kind   string  `json:"kind"`
	Target float64 `json:"target"`
	// Percent is Value / Target × 100; nil when either is nil or the
	// target is 0.
	Percent any     `json:"percent"`
	Period  *Period `json:"period"`
}

// Spec returns the spec a KPI runs: the report's entity and filters with
// the period filter set to k's period (replacing the report's relative or
// between filters on that date field), no groups, k's one aggregate.
// Errors: CodeInvalid naming "period", "n", "dateField", "aggregate" or
// "target".
func (k KPI) Spec(report Spec) (Spec, error) {
	if !isRelative(k.Period) {
		return Spec{}, invalid("period", "Choose a relative period such as thisMonth.")
	}
	if (k.Period == OpLastNDays || k.Period == OpNextNDays) && (k.N < 1 || k.N > MaxDays) {
		return Spec{}, invalid("n", "Give a number of days from 1 to 3660.")
	}
	if math.IsNaN(k.Target) || math.IsInf(k.Target, 0) || math.Abs(k.Target) > 1e15 {
		return Spec{}, invalid("target", "Enter a target number.")
	}
	e, err := schema.Get(report.Entity)
	if err != nil {
		return Spec{}, invalid("entity", "Unknown record type.")
	}
	var agg *Aggregate
	for i := range report.Aggregates {
		if aggregateKey(report.Aggregates[i]) == k.Aggregate {
			agg = &report.Aggregates[i]
		}
	}
	if agg == nil && len(report.Aggregates) == 0 && k.Aggregate == AggCount {
		agg = &Aggregate{Func: AggCount}
	}
	if agg == nil {
		return Spec{}, invalid("aggregate", "The report has no such aggregate.")
	}
	dateField := k.DateField
	ranged := func(f Filter) bool {
		fd, ok := lookup(e, f.Field)
		return ok && isDate(fd.typ) && (isRelative(f.Op) || f.Op == OpBetween)
	}
	if dateField == "" {
		if i := slices.IndexFunc(report.Filters, ranged); i >= 0 {
			dateField = report.Filters[i].Field
		}
	}
	if fd, ok := lookup(e, dateField); !ok || !isDate(fd.typ) {
		return Spec{}, invalid("dateField", "Name the date field the period applies to.")
	}
	filters := []Filter{{Field: dateField, Op: k.Period, N: k.N}}
	for _, f := range report.Filters {
		if !(f.Field == dateField && ranged(f)) {
			filters = append(filters, f)
		}
	}
	return Spec{Entity: report.Entity, Format: FormatSummary, Filters: filters, Aggregates: []Aggregate{*agg}}, nil
}

// EvalKPI computes k over report for the viewer (see Compile for the
// viewer arguments and errors) and compares it with the target. Errors as
// KPI.Spec, Compile and Run.
func EvalKPI(ctx context.Context, q Querier, k KPI, report Spec, actor rbac.Actor, canSee bool, now time.Time, loc *time.Location) (KPIValue, error) {
	spec, err := k.Spec(report)
	if err != nil {
		return KPIValue{}, err
	}
	query, err := Compile(spec, actor, canSee, now, loc)
	if err != nil {
		return KPIValue{}, err
	}
	res, err := Run(ctx, q, query)
	if err != nil {
		return KPIValue{}, err
	}
	out := KPIValue{Value: res.Total[0], Kind: query.aggs[0].kind, Target: k.Target, Period: res.Period}
	if v, ok := toFloat(out.Value); ok && k.Target != 0 {
		out.Percent = 100 * v / k.Target
	}
	return out, nil
}

// aggregateKey is an aggregate's key as Compile derives it.
func aggregateKey(a Aggregate) string {
	if a.Key != "" {
		return a.Key
	}
	if a.Field != "" {
		return a.Func + ":" + a.Field
	}
	return a.Func
}
