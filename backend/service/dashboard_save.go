package service

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
)

// Save creates (ID "") or changes a dashboard after validating every
// widget for the caller:
//   - Name 1..80 characters, unique per owner (CodeConflict); Sharing and
//     TeamID as a saved report's; RoleDefault "" or a built-in role id,
//     only by an administrator (else CodeForbidden, audited) and only
//     shared with everyone; it replaces that role's previous default.
//   - at most MaxWidgets widgets, each with a unique id ([A-Za-z0-9_-],
//     1..40), a known type, a title of 1..80 characters, a place on the
//     12-column grid (0 <= x, x+w <= 12, 1 <= w, 1 <= h <= 24, 0 <= y,
//     y+h <= 200) overlapping no other widget, exactly one source (report,
//     spec, or for a KPI options.targetId), and a spec the type can draw
//     (fits) that the caller can run (compiled for them: a sensitive field
//     without sensitive.view is refused, and audited as denied).
//   - names and titles hold no control or bidirectional-override
//     characters.
//
// The ID "default:<role>" cannot be saved: save a copy with ID "".
// Changing a dashboard: CodeNotFound when the caller cannot see it,
// CodeForbidden (audited) unless they own it or are an administrator; the
// owner stays. Audited as dashboard.save in the same transaction.
// CodeForbidden (audited) without dashboards.manage; CodeInvalid naming
// the field ("name", "widgets[2].w", "widgets[0].report", "filters.dateRange", ...).
func (s *DashboardService) Save(req DashboardSaveRequest) (Dashboard, error) {
	var out Dashboard
	err := s.core.with(rbac.PermDashboardsManage, actionDashboardSave, "dashboard", req.ID, func(cl call) error {
		s.relayRecordEvents()
		if strings.HasPrefix(req.ID, DefaultDashboardPrefix) {
			return apperr.Invalid("A default dashboard cannot be changed: save a copy.", map[string]string{"id": "a default dashboard"})
		}
		if err := checkDashboardHead(cl.actor, &req); err != nil {
			return err
		}
		if req.TeamID != "" {
			if _, err := store.GetTeam(cl.ctx, cl.st.Reader(), req.TeamID); err != nil {
				return apperr.Invalid("There is no such team.", map[string]string{"teamId": "There is no such team."})
			}
		}
		if req.RoleDefault != "" && !rbac.IsAdministrator(cl.actor.Grants) {
			return s.core.deny(cl, actionDashboardSave, "dashboard", req.ID, "only administrators set a role's default dashboard")
		}
		if _, err := checkFilters(req.Filters); err != nil {
			return err
		}
		if err := s.checkWidgets(cl, req.ID, req.Widgets); err != nil {
			return err
		}
		if req.Widgets == nil {
			req.Widgets = []Widget{}
		}
		layout, err := json.Marshal(layoutJSON{Widgets: req.Widgets})
		if err != nil || len(layout) > maxLayoutLen {
			return apperr.Invalid("This dashboard is too large to save.", map[string]string{"widgets": "at most 256 KB"})
		}
		filters, err := json.Marshal(req.Filters)
		if err != nil {
			return apperr.Wrap(err, apperr.CodeInternal, "The dashboard could not be saved.")
		}
		now := s.core.now()
		rec := store.DashboardRecord{ID: req.ID, Name: req.Name, OwnerID: cl.actor.UserID, Sharing: req.Sharing, TeamID: req.TeamID,
			RoleDefault: req.RoleDefault, Layout: string(layout), Filters: string(filters),
			CreatedAt: now, CreatedBy: cl.actor.UserID, UpdatedAt: now, UpdatedBy: cl.actor.UserID}
		var before map[string]any
		if req.ID != "" {
			old, err := s.visible(cl, req.ID)
			if err != nil {
				return err
			}
			if !canEdit(cl.actor, old.OwnerID) {
				return s.core.deny(cl, actionDashboardSave, "dashboard", req.ID, "only the owner or an administrator changes a dashboard")
			}
			rec.OwnerID, rec.CreatedAt, rec.CreatedBy = old.OwnerID, old.CreatedAt, old.CreatedBy
			prev, err := s.decode(cl, old)
			if err != nil {
				return err
			}
			before = dashboardFields(old, prev.Widgets)
		} else {
			rec.ID = store.NewID()
		}
		err = cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			var replaced []string
			if rec.RoleDefault != "" {
				var err error
				if replaced, err = store.ClearRoleDefault(cl.ctx, tx, rec.RoleDefault, rec.ID); err != nil {
					return err
				}
			}
			write := store.InsertDashboard
			if req.ID != "" {
				write = store.UpdateDashboard
			}
			if err := write(cl.ctx, tx, rec); err != nil {
				return err
			}
			e := s.core.entry(cl.actor, audit.CatReport, actionDashboardSave, "dashboard", rec.ID, rec.Name)
			e.Changes = audit.Diff(before, dashboardFields(rec, req.Widgets), nil, nil)
			if len(replaced) > 0 {
				e.Reason = "replaces the default dashboard of role " + rec.RoleDefault + ": " + strings.Join(replaced, ", ")
			}
			return store.AppendAudit(cl.ctx, tx, e)
		})
		if err != nil {
			return err
		}
		out, err = s.decode(cl, rec)
		return err
	})
	return out, err
}

// dashboardFields is what a dashboard.save entry diffs: the head and one
// line per widget (id, type, source), never inline filter values.
func dashboardFields(r store.DashboardRecord, widgets []Widget) map[string]any {
	list := make([]string, len(widgets))
	for i, w := range widgets {
		list[i] = widgetReason(w)
	}
	return map[string]any{"name": r.Name, "sharing": r.Sharing, "teamId": r.TeamID, "roleDefault": r.RoleDefault,
		"widgets": strings.Join(list, "; ")}
}

// checkDashboardHead trims and validates name, sharing (team: TeamID, by
// default the caller's first team, only a team of theirs unless they are
// an administrator) and role, as a saved report's.
func checkDashboardHead(a rbac.Actor, req *DashboardSaveRequest) error {
	var err error
	if req.Name, err = cleanName("name", req.Name); err != nil {
		return err
	}
	bad := func(field, msg string) error { return apperr.Invalid(msg, map[string]string{field: msg}) }
	switch req.Sharing {
	case store.SharingPrivate, store.SharingEveryone:
		req.TeamID = ""
	case store.SharingTeam:
		if req.TeamID == "" && len(a.TeamIDs) > 0 {
			req.TeamID = a.TeamIDs[0]
		}
		if req.TeamID == "" {
			return bad("teamId", "You belong to no team: keep the dashboard private or share it with everyone.")
		}
		if !slices.Contains(a.TeamIDs, req.TeamID) && !rbac.IsAdministrator(a.Grants) {
			return bad("teamId", "You can share a dashboard only with a team you belong to.")
		}
	default:
		return bad("sharing", "Choose private, team or everyone.")
	}
	if req.RoleDefault != "" {
		if _, ok := rbac.DefaultRole(req.RoleDefault); !ok {
			return bad("roleDefault", "Choose a built-in role.")
		}
		if req.Sharing != store.SharingEveryone {
			return bad("sharing", "A role's default dashboard is shared with everyone.")
		}
	}
	return nil
}

var widgetID = regexp.MustCompile(`^[A-Za-z0-9_-]{1,40}$`)

// checkWidgets validates the widgets (see Save) in order and returns the
// first problem, naming "widgets[i].<part>".
func (s *DashboardService) checkWidgets(cl call, dashID string, ws []Widget) error {
	if len(ws) > MaxWidgets {
		return apperr.Invalid(fmt.Sprintf("A dashboard holds at most %d widgets.", MaxWidgets), map[string]string{"widgets": "too many widgets"})
	}
	seen := map[string]bool{}
	for i := range ws {
		w := &ws[i]
		p := fmt.Sprintf("widgets[%d]", i)
		bad := func(part, msg string) error { return apperr.Invalid(msg, map[string]string{p + "." + part: msg}) }
		switch {
		case !widgetID.MatchString(w.ID):
			return bad("id", "A widget id is 1 to 40 letters, digits, - or _.")
		case seen[w.ID]:
			return bad("id", "Two widgets have the same id.")
		}
		seen[w.ID] = true
		if !knownWidget(w.Type) {
			return bad("type", "Choose kpi, bar, line, area, pie, donut, funnel or table.")
		}
		title, err := cleanName(p+".title", w.Title)
		if err != nil {
			return err
		}
		w.Title = title
		switch {
		case w.X < 0 || w.X >= GridColumns:
			return bad("x", "x is a column from 0 to 11.")
		case w.W < 1 || w.X+w.W > GridColumns:
			return bad("w", "The widget must fit the 12 columns.")
		case w.Y < 0 || w.Y >= MaxGridRows:
			return bad("y", "y is a row from 0 to 199.")
		case w.H < 1 || w.H > MaxWidgetH || w.Y+w.H > MaxGridRows:
			return bad("h", "A widget is 1 to 24 rows high.")
		}
		for j := 0; j < i; j++ {
			o := ws[j]
			if w.X < o.X+o.W && o.X < w.X+w.W && w.Y < o.Y+o.H && o.Y < w.Y+w.H {
				return bad("y", fmt.Sprintf("The widget overlaps widgets[%d].", j))
			}
		}
		if err := checkWidgetOptions(w, bad); err != nil {
			return err
		}
		if w.Spec != nil {
			if b, err := json.Marshal(w.Spec); err != nil || len(b) > maxReportSpec {
				return bad("spec", "The widget's report is too large.")
			}
		}
		if err := s.check(cl, *w, actionDashboardSave, dashID); err != nil {
			part := "report"
			switch {
			case apperr.CodeOf(err) == apperr.CodeInvalid && fieldsHave(err, "type"):
				part = "type"
			case apperr.CodeOf(err) == apperr.CodeInvalid && fieldsHave(err, "options.aggregate"):
				part = "options.aggregate"
			case apperr.CodeOf(err) == apperr.CodeInvalid && fieldsHave(err, "options.dateField"):
				part = "options.dateField"
			case w.Spec != nil:
				part = "spec"
			}
			return badField(p+"."+part, err)
		}
	}
	return nil
}

func knownWidget(t string) bool {
	switch t {
	case WidgetKPI, WidgetBar, WidgetLine, WidgetArea, WidgetPie, WidgetDonut, WidgetFunnel, WidgetTable:
		return true
	}
	return false
}

// checkWidgetOptions checks a widget's sources and options.
func checkWidgetOptions(w *Widget, bad func(part, msg string) error) error {
	o := w.Options
	sources := 0
	for _, set := range []bool{w.Report != "", w.Spec != nil, o.TargetID != ""} {
		if set {
			sources++
		}
	}
	switch {
	case sources == 0:
		return bad("report", "Choose a report for the widget.")
	case sources > 1:
		return bad("report", "A widget shows one report, inline spec or target.")
	case o.TargetID != "" && w.Type != WidgetKPI:
		return bad("options.targetId", "Only a KPI widget shows a target.")
	case utf8.RuneCountInString(w.Report) > 200:
		return bad("report", "Choose a report.")
	case len(o.Aggregate) > 40 || len(o.DateField) > 80 || len(o.TargetID) > 64:
		return bad("options", "An option is too long.")
	case o.Target != nil && (math.IsNaN(*o.Target) || math.IsInf(*o.Target, 0) || math.Abs(*o.Target) > 1e15):
		return bad("options.target", "Enter a target number.")
	case o.Target != nil && w.Type != WidgetKPI:
		return bad("options.target", "Only a KPI widget has a target.")
	}
	return nil
}

func fieldsHave(err error, key string) bool {
	var e *apperr.Error
	if !errors.As(err, &e) {
		return false
	}
	_, ok := e.Fields[key]
	return ok
}

// cleanName trims s and refuses an empty or over-long (80 characters)
// value, invalid UTF-8, control characters and the bidirectional overrides
// and isolates that make text read differently than it is stored.
func cleanName(field, s string) (string, error) {
	s = strings.TrimSpace(s)
	bad := func(msg string) (string, error) { return "", apperr.Invalid(msg, map[string]string{field: msg}) }
	if !utf8.ValidString(s) {
		return bad("The text is not valid UTF-8.")
	}
	if n := utf8.RuneCountInString(s); n == 0 || n > 80 {
		return bad("Enter a name of 1 to 80 characters.")
	}
	if strings.IndexFunc(s, func(r rune) bool {
		return unicode.IsControl(r) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) || r == 0x200e || r == 0x200f
	}) >= 0 {
		return bad("The name holds control or direction characters.")
	}
	return s, nil
}
