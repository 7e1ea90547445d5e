package model

// Alert severities, statuses and rule actions.
const (
	SeverityLow      = "low"
	SeverityMedium   = "medium"
	SeverityHigh     = "high"
	SeverityCritical = "critical"

	AlertOpen         = "open"
	AlertAcknowledged = "acknowledged"
	AlertResolved     = "resolved"

	RuleActionAlert  = "alert"  // raise an alert only
	RuleActionLock   = "lock"   // raise and lock the subject's account
	RuleActionReauth = "reauth" // raise and require the subject's password again
)

// RoleHours are the hours (local time, From inclusive, To exclusive, 0..24;
// From > To wraps midnight) a role may sign in; used by the allowed-hours rule.
type RoleHours struct {
	RoleID string `json:"roleId"`
	From   int    `json:"from"`
	To     int    `json:"to"`
}

// AlertRule is one suspicious-activity rule with its settings.
type AlertRule struct {
	ID            string      `json:"id"` // e.g. "signin.failed.burst.user"
	Name          string      `json:"name"`
	Description   string      `json:"description"`
	Enabled       bool        `json:"enabled"`
	Threshold     int         `json:"threshold"`     // events (or a factor, as the description says)
	WindowMinutes int         `json:"windowMinutes"` // 0 when the rule has no window
	Severity      string      `json:"severity"`
	Action        string      `json:"action"`
	Hours         []RoleHours `json:"hours"` // only for the allowed-hours rule
}

// AlertComment is one step of an alert's workflow.
type AlertComment struct {
	At     string `json:"at"`
	UserID string `json:"userId"`
	Name   string `json:"name"`
	Status string `json:"status"` // the status the step moved to
	Text   string `json:"text"`
}

// Alert is a raised rule with its evidence (audit entries by seq).
type Alert struct {
	ID          string         `json:"id"`
	RuleID      string         `json:"ruleId"`
	RuleName    string         `json:"ruleName"`
	Severity    string         `json:"severity"`
	Status      string         `json:"status"`
	Title       string         `json:"title"`
	Detail      string         `json:"detail"`
	SubjectID   string         `json:"subjectId"` // the user the alert is about ("" = workspace-wide)
	SubjectName string         `json:"subjectName"`
	CreatedAt   string         `json:"createdAt"`
	UpdatedAt   string         `json:"updatedAt"`
	Evidence    []int64        `json:"evidence"` // audit seqs
	ActionTaken string         `json:"actionTaken"`
	Comments    []AlertComment `json:"comments"`
}

// AlertQuery filters the alert list (empty = any), newest first.
type AlertQuery struct {
	Status   string `json:"status"`
	Severity string `json:"severity"`
	RuleID   string `json:"ruleId"`
	Offset   int    `json:"offset"`
	Limit    int    `json:"limit"` // 1..200, 0 = 50
}

// AlertPage is one page of alerts; Open counts every open alert.
type AlertPage struct {
	Rows  []Alert `json:"rows"`
	Total int     `json:"total"`
	Open  int     `json:"open"`
}

// AlertTransition moves an alert along open → acknowledged → resolved
// (or back to open) with a comment.
type AlertTransition struct {
	ID      string `json:"id"`
	Status  string `json:"status"`
	Comment string `json:"comment"`
}

// DayCount is a count for one day ("2026-11-30") and, where it applies, a key
// (a severity, a rule id).
type DayCount struct {
	Day   string `json:"day"`
	Key   string `json:"key"`
	Count int    `json:"count"`
}

// KeyCount is a count for a key with its label.
type KeyCount struct {
	Key   string `json:"key"`
	Label string `json:"label"`
	Count int    `json:"count"`
}

// Accessor is a user with the records they viewed and rows they exported.
type Accessor struct {
	UserID   string `json:"userId"`
	Username string `json:"username"`
	Views    int    `json:"views"`
	Exported int64  `json:"exported"`
}

// SecurityDashboard summarises the last Days days for administrators.
type SecurityDashboard struct {
	Days            int        `json:"days"`
	OpenAlerts      int        `json:"openAlerts"`
	AlertsByDay     []DayCount `json:"alertsByDay"`   // Key = severity
	AlertsByRule    []KeyCount `json:"alertsByRule"`  // Key = rule id, Label = rule name
	FailedSignIns   []DayCount `json:"failedSignIns"` // Key = ""
	TopAccessors    []Accessor `json:"topAccessors"`
	CriticalChanges []AuditRow `json:"criticalChanges"`
}
