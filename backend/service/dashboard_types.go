package service

import (
	"fieldvault/backend/apperr"
	"fieldvault/backend/report"
)

// The dashboard types live here rather than in package model because
// widgets carry a report.Spec, and package report imports model.

// Widget types: how the window draws a widget, and which native chart an
// export gets (table and kpi get none).
const (
	WidgetKPI    = "kpi"
	WidgetBar    = "bar"
	WidgetLine   = "line"
	WidgetArea   = "area"
	WidgetPie    = "pie"
	WidgetDonut  = "donut"
	WidgetFunnel = "funnel"
	WidgetTable  = "table"
)

// DefaultDashboardPrefix marks a role's virtual default dashboard:
// "default:<role id>". It is computed for each caller and never stored.
const DefaultDashboardPrefix = "default:"

// Bounds of a dashboard.
const (
	MaxWidgets   = 24
	GridColumns  = 12  // x + w <= GridColumns
	MaxGridRows  = 200 // y + h <= MaxGridRows
	MaxWidgetH   = 24
	maxLayoutLen = 256 << 10 // the layout as JSON
	// dashboardTableRows caps the rows of a tabular widget: a dashboard
	// shows a glimpse; the report itself (or an export) shows the rest.
	dashboardTableRows = 200
)

// Dashboard is a dashboard with its widgets, as Get returns and Save takes
// back (through DashboardSaveRequest).
type Dashboard struct {
	// ID is the stored id, or "default:<role>" for a virtual default.
	ID          string `json:"id"`
	Name        string `json:"name"`
	Sharing     string `json:"sharing"` // private, team, everyone
	TeamID      string `json:"teamId,omitempty"`
	RoleDefault string `json:"roleDefault,omitempty"`
	OwnerID     string `json:"ownerId,omitempty"`
	Mine        bool   `json:"mine"`
	// Virtual is true for a role's computed default: it cannot be changed
	// or deleted; saving it with ID "" makes the caller's own copy.
	Virtual bool `json:"virtual"`
	// IsDefault says this is what Get("") returns for the caller.
	IsDefault bool `json:"isDefault"`
	// Editable says the caller may Save and Delete it (dashboards.manage,
	// and owner or administrator).
	Editable  bool             `json:"editable"`
	Widgets   []Widget         `json:"widgets"`
	Filters   DashboardFilters `json:"filters"`
	UpdatedAt string           `json:"updatedAt,omitempty"`
}

// DashboardInfo is a dashboard in the list (no widgets).
type DashboardInfo struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Sharing     string `json:"sharing"`
	TeamID      string `json:"teamId,omitempty"`
	RoleDefault string `json:"roleDefault,omitempty"`
	OwnerID     string `json:"ownerId,omitempty"`
	Mine        bool   `json:"mine"`
	Virtual     bool   `json:"virtual"`
	IsDefault   bool   `json:"isDefault"`
	Editable    bool   `json:"editable"`
	Widgets     int    `json:"widgets"`
	UpdatedAt   string `json:"updatedAt,omitempty"`
}

// Widget is one tile of a dashboard on a 12-column grid. Its data come from
// Report (a built-in "builtin:<key>" or a saved report id), or the inline
// Spec, or for a KPI widget Options.TargetID; exactly one of them.
type Widget struct {
	ID      string        `json:"id"` // 1..40 of [A-Za-z0-9_-], unique in the dashboard
	Type    string        `json:"type"`
	Title   string        `json:"title"` // 1..80 characters
	Report  string        `json:"report,omitempty"`
	Spec    *report.Spec  `json:"spec,omitempty"`
	X       int           `json:"x"` // 0..11
	Y       int           `json:"y"` // 0..
	W       int           `json:"w"` // 1..12, x+w <= 12
	H       int           `json:"h"` // 1..24
	Options WidgetOptions `json:"options"`
}

// WidgetOptions tune a widget.
type WidgetOptions struct {
	// Stacked draws the series of a two-group bar or area chart stacked.
	Stacked bool `json:"stacked,omitempty"`
	// Aggregate is the key of the aggregate a KPI shows; "" = the report's
	// first aggregate ("count" for a report without aggregates).
	Aggregate string `json:"aggregate,omitempty"`
	// Target is a KPI's fixed target (Percent = value / target × 100).
	Target *float64 `json:"target,omitempty"`
	// TargetID makes a KPI show a KPI target (see DashboardService.Targets):
	// its report, aggregate, period and team. The dashboard's date range
	// does not apply to it: the target's period does.
	TargetID string `json:"targetId,omitempty"`
	// OnlyMine keeps the caller's own records (owner = the viewer), within
	// their scope as always.
	OnlyMine bool `json:"onlyMine,omitempty"`
	// DateField is the date field the dashboard's date range applies to;
	// "" = the rule of DashboardService.Data.
	DateField string `json:"dateField,omitempty"`
	// IgnoreDateRange keeps the widget's own date filters whatever the
	// dashboard's range (e.g. the open pipeline "now").
	IgnoreDateRange bool `json:"ignoreDateRange,omitempty"`
}

// Dashboard date ranges (DashboardFilters.DateRange): "" = none (each
// widget's own filters), a relative period of report (today ... lastYear),
// the last N days, or custom (From..To, inclusive).
const (
	RangeNone        = ""
	RangeLast7Days   = "last7Days"
	RangeLast30Days  = "last30Days"
	RangeLast90Days  = "last90Days"
	RangeLast365Days = "last365Days"
	RangeCustom      = "custom"
)

// DashboardFilters apply to every widget of a dashboard.
type DashboardFilters struct {
	DateRange string `json:"dateRange,omitempty"`
	From      string `json:"from,omitempty"` // custom: YYYY-MM-DD
	To        string `json:"to,omitempty"`   // custom: YYYY-MM-DD, inclusive
	// TeamID keeps the records of one team (within the viewer's scope).
	TeamID string `json:"teamId,omitempty"`
}

// DashboardSaveRequest creates (ID "") or changes a dashboard.
type DashboardSaveRequest struct {
	ID      string `json:"id,omitempty"`
	Name    string `json:"name"`
	Sharing string `json:"sharing"` // private, team, everyone
	// TeamID is the team of a "team" dashboard; "" = the caller's first.
	TeamID string `json:"teamId,omitempty"`
	// RoleDefault makes the dashboard the default of a built-in role
	// (administrators only; it must be shared with everyone). It replaces
	// the role's previous default.
	RoleDefault string           `json:"roleDefault,omitempty"`
	Widgets     []Widget         `json:"widgets"`
	Filters     DashboardFilters `json:"filters"`
}

// DashboardData is every widget's data for one viewer.
type DashboardData struct {
	ID      string           `json:"id"`
	Name    string           `json:"name"`
	Filters DashboardFilters `json:"filters"`
	// Period is the dashboard's date range as dates (nil without one).
	Period  *report.Period `json:"period,omitempty"`
	Widgets []WidgetData   `json:"widgets"`
	At      string         `json:"at"` // when the data were read (UTC)
}

// WidgetData is one widget's data: Result (charts and tables) or KPI, or
// Error when the widget cannot be shown to this viewer (a field they may
// not see, a record type outside their scopes, a report no longer there);
// the other widgets still show.
type WidgetData struct {
	ID     string          `json:"id"`
	Type   string          `json:"type"`
	Title  string          `json:"title"`
	Result *report.Result  `json:"result,omitempty"`
	KPI    *KPIData        `json:"kpi,omitempty"`
	Error  *apperr.Payload `json:"error,omitempty"`
}

// KPIData is a KPI's value and its progress toward a target.
type KPIData struct {
	Value any    `json:"value"` // int64 for counts, float64, nil when nothing was aggregated
	Kind  string `json:"kind"`  // number, money, percent
	// Target is nil without one; Percent is Value / Target × 100, nil when
	// either is nil or the target is 0.
	Target  *float64 `json:"target,omitempty"`
	Percent any      `json:"percent"`
	// Previous is the value over the period before (a report comparing
	// periods), else nil.
	Previous any            `json:"previous,omitempty"`
	Period   *report.Period `json:"period,omitempty"`
	// TargetID and TargetName name the KPI target shown, if any.
	TargetID   string `json:"targetId,omitempty"`
	TargetName string `json:"targetName,omitempty"`
}

// KPITarget is a stored KPI target with the caller's progress toward it.
type KPITarget struct {
	ID        string  `json:"id"`
	Name      string  `json:"name"`
	Report    string  `json:"report"` // "builtin:<key>" or a saved report id
	Aggregate string  `json:"aggregate"`
	Period    string  `json:"period"` // month, quarter, year
	TeamID    string  `json:"teamId,omitempty"`
	Target    float64 `json:"target"`
	OwnerID   string  `json:"ownerId"`
	Mine      bool    `json:"mine"`
	Editable  bool    `json:"editable"`
	// Progress is the current period's value within the caller's scope;
	// nil with Problem set when it cannot be computed for them.
	Progress  *KPIData `json:"progress,omitempty"`
	Problem   string   `json:"problem,omitempty"`
	UpdatedAt string   `json:"updatedAt,omitempty"`
}

// KPITargetSaveRequest creates (ID "") or changes a KPI target.
type KPITargetSaveRequest struct {
	ID        string  `json:"id,omitempty"`
	Name      string  `json:"name"`
	Report    string  `json:"report"`
	Aggregate string  `json:"aggregate"`
	Period    string  `json:"period"`
	TeamID    string  `json:"teamId,omitempty"`
	Target    float64 `json:"target"`
}

// DashboardExportRequest exports a dashboard's data with the given filters
// to an .xlsx file.
type DashboardExportRequest struct {
	ID      string           `json:"id"` // "" = the caller's default
	Filters DashboardFilters `json:"filters"`
	Path    string           `json:"path"`
	// Password, when set, encrypts the workbook. Never logged or audited.
	Password string `json:"password,omitempty"`
}
