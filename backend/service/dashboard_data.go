package service

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/rbac"
	"fieldvault/backend/report"
	"fieldvault/backend/store"
)

// Data computes every widget of dashboard id ("" = the caller's default,
// see Get) for the caller, with exactly the given filters (the window
// starts from Dashboard.Filters): a chart or table widget gets its
// report.Result, a KPI its value with target and percent.
//
// Scope and fields: each widget's spec is compiled for the caller, so it
// reads only records in their scope (OnlyMine narrows to their own), and a
// widget using a sensitive field the caller may not see (without
// sensitive.view) is withheld: it gets Error (CodeInvalid, the report's
// message) and no values, never a masked or partial aggregate. Withheld
// widgets are named in the dashboard.view audit entry rather than audited
// as denied one by one: dashboards refresh on every record change, and a
// shared dashboard would otherwise flood the log and trip the alert rules
// on denied attempts.
//
// The date range applies to each widget's range field: the widget's
// options.dateField; else the date field of its report's period filter
// (the first top-level filter on a date field with a relative or between
// operator), which it replaces; else the entity's default date (when an
// activity happened, else when the record was created). Other filters
// stay; options.ignoreDateRange keeps the widget's own. A KPI target widget
// shows its target's current period instead. TeamID adds "team = TeamID"
// to every widget (a target with a team keeps its own).
//
// Audited as dashboard.view (Rows = the records read), once per user,
// dashboard and filters every viewAuditEvery (live refreshes are not). CodeForbidden
// (audited) without dashboards.view; CodeNotFound as Get; CodeInvalid
// naming "filters.dateRange", "filters.from", "filters.to" or
// "filters.teamId".
func (s *DashboardService) Data(id string, filters DashboardFilters) (DashboardData, error) {
	var out DashboardData
	err := s.core.with(rbac.PermDashboardsView, actionDashboardView, "dashboard", id, func(cl call) error {
		s.relayRecordEvents()
		d, err := s.resolve(cl, id)
		if err != nil {
			return err
		}
		rng, err := checkFilters(filters)
		if err != nil {
			return err
		}
		var rows int64
		var withheld []string
		out, rows, withheld, err = s.compute(cl, d, filters, rng, nil)
		if err != nil {
			return err
		}
		reason := dataReason(d, filters, withheld)
		if !s.viewed.due(cl.actor.UserID+"\x00"+d.ID+"\x00"+reason+"\x00"+s.definition(cl, d, filters, rng), s.core.now()) {
			return nil // a live refresh of what this user just viewed
		}
		e := s.core.entry(cl.actor, audit.CatReport, actionDashboardView, "dashboard", d.ID, d.Name)
		e.Rows, e.Reason = rows, reason
		return cl.st.AuditWrite(cl.ctx, e)
	})
	return out, err
}

// definition fingerprints what d's widgets read for the caller: each widget
// and the spec (and KPI target) it resolves to now. A live refresh reads
// the same definition; an edited dashboard, widget report or target is a
// new view and is audited again.
func (s *DashboardService) definition(cl call, d Dashboard, f DashboardFilters, rng *dateRange) string {
	h := sha256.New()
	for _, w := range d.Widgets {
		run, err := s.plan(cl, w, rng, f.TeamID)
		problem := ""
		if err != nil {
			problem = apperr.ToPayload(err).Message
		}
		b, _ := json.Marshal(struct {
			W       Widget
			S       report.Spec
			T       *store.KPITargetRecord
			Problem string
		}{w, run.spec, run.target, problem})
		h.Write(b)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// viewAuditEvery is how long a dashboard view stays audited: the same user
// reloading the same dashboard with the same filters (a live refresh after
// record changes, up to twice a second during an import) within it writes
// no new entry; a different dashboard, filter or widget outcome does.
const viewAuditEvery = 10 * time.Minute

// viewLog remembers when each (user, dashboard, filters) view was last
// audited. Bounded: it forgets everything past 1,000 keys.
type viewLog struct {
	mu   sync.Mutex
	last map[string]time.Time
}

// due reports whether a view under key must be audited at now, and if so
// records it.
func (v *viewLog) due(key string, now time.Time) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	if t, ok := v.last[key]; ok && now.Sub(t) < viewAuditEvery && !now.Before(t) {
		return false
	}
	if v.last == nil || len(v.last) >= 1000 {
		v.last = map[string]time.Time{}
	}
	v.last[key] = now
	return true
}

// compute runs every widget of d for cl (see Data). each, when set, runs
// after every widget (export progress). It returns the records read and
// the withheld widgets ("id (message)").
func (s *DashboardService) compute(cl call, d Dashboard, f DashboardFilters, rng *dateRange, each func(done int)) (DashboardData, int64, []string, error) {
	out := DashboardData{ID: d.ID, Name: d.Name, Filters: f, Widgets: make([]WidgetData, 0, len(d.Widgets)),
		At: store.FormatTime(s.core.now())}
	var rows int64
	var withheld []string
	for i, w := range d.Widgets {
		wd, n, period, err := s.widgetData(cl, w, rng, f.TeamID)
		if err != nil {
			return out, rows, withheld, err
		}
		if wd.Error != nil {
			withheld = append(withheld, fmt.Sprintf("%s (%s)", w.ID, wd.Error.Message))
		}
		if out.Period == nil && period != nil {
			out.Period = period
		}
		rows += n
		out.Widgets = append(out.Widgets, wd)
		if each != nil {
			each(i + 1)
		}
	}
	return out, rows, withheld, nil
}

// dataReason describes a dashboard view for its audit entry: the
// dashboard, its filters and the widgets withheld from the viewer.
func dataReason(d Dashboard, f DashboardFilters, withheld []string) string {
	rng := f.DateRange
	switch rng {
	case RangeNone:
		rng = "none"
	case RangeCustom:
		rng = "custom " + f.From + ".." + f.To
	}
	team := f.TeamID
	if team == "" {
		team = "all"
	}
	r := fmt.Sprintf("dashboard %q, date range %s, team %s, %d widgets", d.Name, rng, team, len(d.Widgets))
	if len(withheld) > 0 {
		r += "; withheld: " + strings.Join(withheld, "; ")
	}
	if len(r) > 1000 {
		r = strings.ToValidUTF8(r[:1000], "") + "…"
	}
	return r
}
