package report

import (
	"slices"
	"time"

	"fieldvault/backend/model"
	"fieldvault/backend/schema"
)

// maxDrillColumns caps the default columns of a drill-down.
const maxDrillColumns = 12

// DrillDown returns the tabular spec of the records behind one group cell
// of a summary or matrix spec: the same filters (the period filter stays
// as it is: the current period) plus, for each given group value in group
// order, equality on that group's field; a date bucket label ("2026-W48")
// becomes the inclusive date range it covers, a nil value (the empty
// group) isEmpty. Fewer values than groups drill into a row or a
// subtotal; none into the total. The cell's aggregate conditions (Where)
// do not narrow the records: the list shows the whole group.
//
// Columns are the spec's own, or the title fields, group fields,
// aggregated fields and the entity's list fields that are not sensitive.
// The result is compiled like any spec, so a viewer still sees only their
// scope. Errors: CodeInvalid naming "format", "entity", "groups[i].field"
// or "groupValues[i]" (a value of the wrong type or a label that is not
// of the bucket).
func DrillDown(spec Spec, groupValues []any) (Spec, error) {
	if spec.Format != FormatSummary && spec.Format != FormatMatrix {
		return Spec{}, invalid("format", "Only a summary or matrix drills down.")
	}
	e, err := schema.Get(spec.Entity)
	if err != nil {
		return Spec{}, invalid("entity", "Unknown record type.")
	}
	if len(groupValues) > len(spec.Groups) {
		return Spec{}, invalid("groupValues", "More values than groups.")
	}
	out := Spec{Entity: spec.Entity, Format: FormatTabular, Columns: slices.Clone(spec.Columns), Filters: slices.Clone(spec.Filters)}
	for i, v := range groupValues {
		g := spec.Groups[i]
		f, ok := lookup(e, g.Field)
		if !ok {
			return Spec{}, invalid("groups["+itoa(i)+"].field", "Unknown field.")
		}
		flt, ok := drillFilter(f, g.Bucket, v)
		if !ok {
			return Spec{}, invalid("groupValues["+itoa(i)+"]", "The value does not fit the group.")
		}
		out.Filters = append(out.Filters, flt)
	}
	if len(out.Columns) == 0 {
		out.Columns = drillColumns(e, spec)
	}
	return out, nil
}

func drillFilter(f *field, bucket string, v any) (Filter, bool) {
	if v == nil {
		return Filter{Field: f.key, Op: OpIsEmpty}, true
	}
	switch {
	case isDate(f.typ):
		label, ok := v.(string)
		if !ok {
			return Filter{}, false
		}
		s, ok := bucketSpan(bucket, label, time.UTC)
		last := s.hi.AddDate(0, 0, -1)
		return Filter{Field: f.key, Op: OpBetween, Values: []any{s.lo.Format(time.DateOnly), last.Format(time.DateOnly)}}, ok
	case f.typ == model.FieldBool:
		b, ok := v.(bool)
		return Filter{Field: f.key, Op: OpEq, Value: b}, ok
	}
	s, ok := v.(string)
	return Filter{Field: f.key, Op: OpEq, Value: s}, ok && s != ""
}

func drillColumns(e *schema.Entity, spec Spec) []string {
	var keys []string
	add := func(k string) {
		if k != "" && !slices.Contains(keys, k) && len(keys) < maxDrillColumns {
			keys = append(keys, k)
		}
	}
	for _, k := range e.TitleFields {
		add(k)
	}
	for _, g := range spec.Groups {
		add(g.Field)
	}
	for _, a := range spec.Aggregates {
		add(a.Field)
	}
	for _, f := range e.Fields {
		if f.InList && !f.Sensitive && f.Type != model.FieldRefs {
			add(f.Name)
		}
	}
	return keys
}
