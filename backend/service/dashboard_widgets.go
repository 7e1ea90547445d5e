package service

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/report"
	"fieldvault/backend/store"
)

// dateRange is a checked DashboardFilters range: a relative operator of
// package report (with N for lastNDays) or between From..To.
type dateRange struct {
	op       string
	n        int
	from, to string
}

// filter is the range as a report filter on field.
func (r *dateRange) filter(field string) report.Filter {
	if r.op == report.OpBetween {
		return report.Filter{Field: field, Op: report.OpBetween, Values: []any{r.from, r.to}}
	}
	return report.Filter{Field: field, Op: r.op, N: r.n}
}

// relativeOps are report's relative-date operators: a filter with one of
// them (or between) on a date field is a report's period filter.
var relativeOps = []string{report.OpToday, report.OpYesterday, report.OpThisWeek, report.OpLastWeek,
	report.OpThisMonth, report.OpLastMonth, report.OpThisQuarter, report.OpLastQuarter,
	report.OpThisYear, report.OpLastYear, report.OpLastNDays, report.OpNextNDays}

var lastDays = map[string]int{RangeLast7Days: 7, RangeLast30Days: 30, RangeLast90Days: 90, RangeLast365Days: 365}

// checkFilters validates dashboard filters and returns their date range
// (nil for none). CodeInvalid naming "filters.dateRange", "filters.from",
// "filters.to" or "filters.teamId".
func checkFilters(f DashboardFilters) (*dateRange, error) {
	bad := func(field, msg string) error { return apperr.Invalid(msg, map[string]string{"filters." + field: msg}) }
	if len(f.TeamID) > 64 || strings.IndexFunc(f.TeamID, func(r rune) bool { return r <= ' ' || r == 0x7f }) >= 0 {
		return nil, bad("teamId", "There is no such team.")
	}
	switch {
	case f.DateRange == RangeNone:
		return nil, nil
	case f.DateRange == RangeCustom:
		from, err1 := time.Parse(time.DateOnly, f.From)
		to, err2 := time.Parse(time.DateOnly, f.To)
		switch {
		case err1 != nil:
			return nil, bad("from", "Enter the first day as YYYY-MM-DD.")
		case err2 != nil:
			return nil, bad("to", "Enter the last day as YYYY-MM-DD.")
		case to.Before(from):
			return nil, bad("to", "The last day must not be before the first.")
		case to.Sub(from) > report.MaxDays*24*time.Hour:
			return nil, bad("to", "Choose a range of at most ten years.")
		}
		return &dateRange{op: report.OpBetween, from: f.From, to: f.To}, nil
	case lastDays[f.DateRange] > 0:
		return &dateRange{op: report.OpLastNDays, n: lastDays[f.DateRange]}, nil
	case slices.Contains(relativeOps, f.DateRange) && f.DateRange != report.OpLastNDays && f.DateRange != report.OpNextNDays:
		return &dateRange{op: f.DateRange}, nil
	}
	return nil, bad("dateRange", "Choose a date range such as thisMonth or last30Days.")
}

// dateFields returns the date and datetime field keys of a report on entity.
func dateFields(entity string) map[string]bool {
	out := map[string]bool{}
	infos, _ := report.Fields(entity)
	for _, f := range infos {
		if f.Type == model.FieldDate || f.Type == model.FieldDateTime {
			out[f.Key] = true
		}
	}
	return out
}

// rangeField is the date field a dashboard's date range applies to in
// spec, the rule documented on Data: the widget's DateField; else the
// field of the spec's period filter (its first top-level filter on a date
// field with a relative or between operator, as report's Compare and KPI
// use it); else the entity's default date (defaultDateField). "" when the
// entity has no such field (an unknown entity: Compile reports it).
func rangeField(spec report.Spec, override string) string {
	if override != "" {
		return override
	}
	dates := dateFields(spec.Entity)
	for _, f := range spec.Filters {
		if dates[f.Field] && (slices.Contains(relativeOps, f.Op) || f.Op == report.OpBetween) {
			return f.Field
		}
	}
	if d := defaultDateField(spec.Entity); dates[d] {
		return d
	}
	return ""
}

// defaultDateField is an entity's natural date: when an activity happened,
// else when the record was created.
func defaultDateField(entity string) string {
	if entity == string(rbac.EntityActivities) {
		return "at"
	}
	return "createdAt"
}

// applyRange sets spec's period to r on the range field: the range filter
// comes first (so it is the period a comparison and a KPI use) and replaces
// every relative or between filter on that field; other filters stay.
func applyRange(spec *report.Spec, r *dateRange, override string) error {
	if r == nil {
		return nil
	}
	field := rangeField(*spec, override)
	if field == "" {
		return nil // an unknown entity: Compile names it
	}
	if !dateFields(spec.Entity)[field] {
		return apperr.Invalid("The date range applies to a date field.", map[string]string{"options.dateField": "not a date field of the report"})
	}
	filters := []report.Filter{r.filter(field)}
	for _, f := range spec.Filters {
		if !(f.Field == field && (slices.Contains(relativeOps, f.Op) || f.Op == report.OpBetween)) {
			filters = append(filters, f)
		}
	}
	spec.Filters = filters
	return nil
}

// aggregateKeyOf is an aggregate's key as report derives it.
func aggregateKeyOf(a report.Aggregate) string {
	switch {
	case a.Key != "":
		return a.Key
	case a.Field != "":
		return a.Func + ":" + a.Field
	}
	return a.Func
}

// kpiSpec reduces spec to the one aggregate a KPI shows (key "" = the
// first; "count" for a spec without aggregates): no groups, columns or
// sort; its filters and comparison stay. CodeInvalid naming
// "options.aggregate" when the spec has no such aggregate.
func kpiSpec(spec report.Spec, key string) (report.Spec, error) {
	var agg *report.Aggregate
	for i := range spec.Aggregates {
		if key == "" || aggregateKeyOf(spec.Aggregates[i]) == key {
			agg = &spec.Aggregates[i]
			break
		}
	}
	if agg == nil && len(spec.Aggregates) == 0 && (key == "" || key == report.AggCount) {
		agg = &report.Aggregate{Key: report.AggCount, Func: report.AggCount}
	}
	if agg == nil {
		return report.Spec{}, apperr.Invalid("The report has no such value.", map[string]string{"options.aggregate": "not an aggregate of the report"})
	}
	return report.Spec{Entity: spec.Entity, Format: report.FormatSummary, Filters: spec.Filters,
		Aggregates: []report.Aggregate{*agg}, Compare: spec.Compare}, nil
}

// fits checks that a widget type can draw a spec: charts need a summary
// or matrix with a group, pie, donut and funnel exactly one group (one
// series); kpi and table take anything. CodeInvalid naming "type".
func fits(typ string, spec report.Spec) error {
	grouped := spec.Format == report.FormatSummary || spec.Format == report.FormatMatrix
	bad := func(msg string) error { return apperr.Invalid(msg, map[string]string{"type": msg}) }
	switch typ {
	case WidgetKPI, WidgetTable:
		return nil
	case WidgetBar, WidgetLine, WidgetArea:
		if !grouped || len(spec.Groups) == 0 {
			return bad("A chart needs a summary or matrix report with a group.")
		}
	case WidgetPie, WidgetDonut, WidgetFunnel:
		if spec.Format != report.FormatSummary || len(spec.Groups) != 1 {
			return bad("A pie, donut or funnel chart needs a summary report with exactly one group.")
		}
	default:
		return bad("Choose kpi, bar, line, area, pie, donut, funnel or table.")
	}
	return nil
}

// widgetRun is what one widget runs for one viewer.
type widgetRun struct {
	spec   report.Spec
	target *store.KPITargetRecord // a KPI target widget
	ranged bool                   // the dashboard's date range applies
}

// source resolves a widget's base spec for the caller: the report it names
// (CodeNotFound when there is none or the caller cannot see it) or its
// inline spec, as a private copy.
func (s *DashboardService) source(cl call, w Widget) (report.Spec, error) {
	if w.Report != "" {
		_, spec, err := s.reports.resolve(cl, w.Report)
		return spec, err
	}
	if w.Spec == nil {
		return report.Spec{}, apperr.Invalid("Choose a report for the widget.", map[string]string{"report": "required"})
	}
	return cloneSpec(*w.Spec), nil
}

// plan returns what widget w runs for the caller under the dashboard's
// filters (r nil: no date range): its source with OnlyMine, the team
// filter and the date range applied, reduced to one aggregate for a KPI,
// capped for a table. A KPI target widget runs its target's report, team
// and period instead (see evalTarget). Errors: the source's, fits', and
// CodeNotFound for a target the caller cannot see.
func (s *DashboardService) plan(cl call, w Widget, r *dateRange, teamID string) (widgetRun, error) {
	if w.Options.TargetID != "" {
		k, err := s.visibleTarget(cl, w.Options.TargetID)
		if err != nil {
			return widgetRun{}, err
		}
		_, spec, err := s.reports.resolve(cl, k.Report)
		if err != nil {
			return widgetRun{}, err
		}
		team := k.TeamID
		if team == "" {
			team = teamID
		}
		spec.Filters = append(spec.Filters, s.extraFilters(cl, w, team)...)
		return widgetRun{spec: spec, target: &k}, nil
	}
	spec, err := s.source(cl, w)
	if err != nil {
		return widgetRun{}, err
	}
	if err := fits(w.Type, spec); err != nil {
		return widgetRun{}, err
	}
	spec.Filters = append(spec.Filters, s.extraFilters(cl, w, teamID)...)
	run := widgetRun{ranged: r != nil && !w.Options.IgnoreDateRange}
	if run.ranged {
		if err := applyRange(&spec, r, w.Options.DateField); err != nil {
			return widgetRun{}, err
		}
	}
	switch {
	case w.Type == WidgetKPI:
		if spec, err = kpiSpec(spec, w.Options.Aggregate); err != nil {
			return widgetRun{}, err
		}
	case (spec.Format == "" || spec.Format == report.FormatTabular) && (spec.Limit == 0 || spec.Limit > dashboardTableRows):
		spec.Limit = dashboardTableRows
	}
	run.spec = spec
	return run, nil
}

// extraFilters are the viewer's own-records and team filters of a widget.
func (s *DashboardService) extraFilters(cl call, w Widget, teamID string) []report.Filter {
	var out []report.Filter
	if w.Options.OnlyMine {
		out = append(out, report.Filter{Field: "ownerId", Op: report.OpEq, Value: cl.actor.UserID})
	}
	if teamID != "" {
		out = append(out, report.Filter{Field: "teamId", Op: report.OpEq, Value: teamID})
	}
	return out
}

// check compiles what a widget runs for the caller (no date range), so
// that a widget they could not run is refused when saved. With an action,
// the refusal of a sensitive field is audited as denied, as a report's is;
// without one (building a default dashboard) nothing is written.
func (s *DashboardService) check(cl call, w Widget, action, objID string) error {
	run, err := s.plan(cl, w, nil, "")
	if err != nil {
		return err
	}
	spec := run.spec
	if f := w.Options.DateField; f != "" && !dateFields(spec.Entity)[f] {
		return apperr.Invalid("The date range applies to a date field.", map[string]string{"options.dateField": "not a date field of the report"})
	}
	if run.target != nil {
		k := report.KPI{Report: run.target.Report, Aggregate: run.target.Aggregate, Period: targetPeriods[run.target.Period],
			DateField: rangeField(spec, ""), Target: run.target.Target}
		if spec, err = k.Spec(spec); err != nil {
			return err
		}
	}
	if action == "" { // building a default: nothing to audit
		_, err = report.Compile(spec, cl.actor, cl.actor.Can(rbac.PermSensitiveView), s.core.now(), time.Local)
		return err
	}
	_, err = s.reports.compile(cl, action, objID, spec)
	return err
}

// widgetData computes one widget for the caller. A widget that cannot be
// shown to them gets Error; only a cancelled or timed-out call fails the
// whole dashboard (the error is returned). rows is the records read.
func (s *DashboardService) widgetData(cl call, w Widget, r *dateRange, teamID string) (WidgetData, int64, *report.Period, error) {
	out := WidgetData{ID: w.ID, Type: w.Type, Title: w.Title}
	var rows int64
	var period *report.Period
	err := func() error {
		run, err := s.plan(cl, w, r, teamID)
		if err != nil {
			return err
		}
		canSee := cl.actor.Can(rbac.PermSensitiveView)
		if run.target != nil {
			out.KPI, err = s.evalTarget(cl, *run.target, run.spec)
			return err
		}
		q, err := report.Compile(run.spec, cl.actor, canSee, s.core.now(), time.Local)
		if err != nil {
			return err
		}
		res, err := report.Run(cl.ctx, cl.st.Reader(), q)
		if err != nil {
			return err
		}
		rows = res.RowCount
		if run.ranged {
			period = res.Period
		}
		if w.Type != WidgetKPI {
			out.Result = res
			return nil
		}
		k := &KPIData{Kind: res.Columns[len(res.Columns)-1].Kind, Period: res.Period, Target: w.Options.Target}
		if len(res.Total) > 0 {
			k.Value = res.Total[0]
		}
		if res.Previous != nil && len(res.Previous.Total) > 0 {
			k.Previous = res.Previous.Total[0]
		}
		k.Percent = percentOf(k.Value, k.Target)
		out.KPI = k
		return nil
	}()
	if err != nil {
		if cl.ctx.Err() != nil {
			return out, rows, nil, cl.ctx.Err()
		}
		p := apperr.ToPayload(err)
		out.Error = &p
	}
	return out, rows, period, nil
}

// percentOf is value / target × 100, nil when either is missing or the
// target is 0.
func percentOf(value any, target *float64) any {
	if target == nil || *target == 0 {
		return nil
	}
	switch v := value.(type) {
	case int64:
		return 100 * float64(v) / *target
	case float64:
		return 100 * v / *target
	}
	return nil
}

// cloneSpec copies a spec's slices, so a widget's changes never reach the
// caller's value.
func cloneSpec(s report.Spec) report.Spec {
	s.Columns = slices.Clone(s.Columns)
	s.Filters = slices.Clone(s.Filters)
	s.Groups = slices.Clone(s.Groups)
	s.Aggregates = slices.Clone(s.Aggregates)
	s.Sort = slices.Clone(s.Sort)
	return s
}

// widgetReason describes a widget for audit entries: id, type and source.
func widgetReason(w Widget) string {
	src := w.Report
	switch {
	case w.Options.TargetID != "":
		src = "target " + w.Options.TargetID
	case w.Spec != nil:
		src = "inline " + w.Spec.Entity
	}
	return fmt.Sprintf("%s %s %s", w.ID, w.Type, src)
}
