// Package detect holds the suspicious-activity rules of SECURITY.md §6:
// pure functions over audit entries that read earlier entries through the
// small History interface. It raises nothing itself: Engine.Evaluate returns
// Findings, which the service layer stores, de-duplicates and acts on.
package detect

import "fieldvault/backend/model"

// Rule ids (stable: stored settings and alerts refer to them).
const (
	RuleFailedUser      = "signin.failed.user"
	RuleFailedAll       = "signin.failed.all"
	RuleSuccessAfter    = "signin.success.after.failures"
	RuleOutsideHours    = "signin.outside.hours"
	RuleUnusualHour     = "signin.unusual.hour"
	RuleNewDevice       = "signin.new.device"
	RuleExcessiveViews  = "data.views.excessive"
	RuleLargeExport     = "export.rows.large"
	RuleDeniedBurst     = "access.denied.burst"
	RuleCriticalChange  = "change.critical"
	RuleOffHoursAdmin   = "admin.offhours"
	MinSignInHistory    = 20 // sign-ins before the unusual-hour rule judges a user
	BaselineFactor      = 5  // excessive views: this many times the user's median window
	BaselineFloor       = 20 // ... and at least this many views
	BaselineDays        = 30 // ... over the user's windows of the last 30 days
	MinBaselineWindows  = 5  // ... of which at least 5 had views
	EvidenceCap         = 200
	DefaultDedupMinutes = 60 // de-duplication window of rules without a window
)

// ruleDef is one rule: its defaults, the ranges SaveRule accepts and its
// evaluation. applies is a cheap filter run before eval.
type ruleDef struct {
	model.AlertRule
	minThreshold, maxThreshold int // both 0: the rule has no threshold (it must stay 0)
	windowed                   bool
	hours                      bool // uses AlertRule.Hours
	// noLock: the rule's subject is a user name anyone can type at the
	// sign-in screen, so its action may not be "lock" (see CanLock).
	noLock  bool
	applies func(e *entryView) bool
	eval    evalFunc
}

func rule(id, name, desc string, threshold, window int, severity string) model.AlertRule {
	return model.AlertRule{ID: id, Name: name, Description: desc, Enabled: true, Threshold: threshold,
		WindowMinutes: window, Severity: severity, Action: model.RuleActionAlert, Hours: []model.RoleHours{}}
}

// catalog lists every rule in display order.
var catalog = []ruleDef{
	{AlertRule: rule(RuleFailedUser, "Failed sign-in burst (one user name)",
		"At least Threshold failed or refused sign-ins (auth.login.failed, auth.login.locked) for one user name within the window. "+noLockNote,
		5, 10, model.SeverityMedium), minThreshold: 2, maxThreshold: 1000, windowed: true, noLock: true, applies: isFailedSignIn, eval: failedUser},
	{AlertRule: rule(RuleFailedAll, "Failed sign-in burst (all user names)",
		"At least Threshold failed sign-ins or workspace unlocks (auth.login.failed, auth.login.locked, auth.unlock.failed) across all names within the window. "+noLockNote,
		20, 10, model.SeverityHigh), minThreshold: 2, maxThreshold: 100000, windowed: true, noLock: true, applies: isAnyFailedSignIn, eval: failedAll},
	{AlertRule: rule(RuleSuccessAfter, "Sign-in after several failures",
		"A successful sign-in (auth.login.success) preceded by at least Threshold failures (auth.login.failed) for that user name within the window, since their previous success. "+noLockNote,
		3, 30, model.SeverityHigh), minThreshold: 1, maxThreshold: 1000, windowed: true, noLock: true, applies: isSignIn, eval: successAfterFailures},
	{AlertRule: rule(RuleOutsideHours, "Sign-in outside allowed hours",
		"A sign-in (auth.login.success) outside the hours allowed for the user's role (local time of this computer). Roles without hours are not restricted; an entry without a role applies to every other role.",
		0, 0, model.SeverityMedium), windowed: false, hours: true, applies: isSignIn, eval: outsideHours},
	{AlertRule: rule(RuleUnusualHour, "Sign-in at an unusual hour",
		"A sign-in at an hour when the user rarely signs in: fewer than Threshold percent of their previous sign-ins (at least 20) fall within an hour of it.",
		5, 0, model.SeverityLow), minThreshold: 1, maxThreshold: 50, applies: isSignIn, eval: unusualHour},
	{AlertRule: rule(RuleNewDevice, "Sign-in from a new device or OS account",
		"A sign-in from a device or OS account never seen before for that user (not on their first sign-in).",
		0, 0, model.SeverityMedium), applies: isSignIn, eval: newDevice},
	{AlertRule: rule(RuleExcessiveViews, "Excessive record views",
		"At least Threshold record views (<entity>.view) by one user within the window, or more than 5 times (and at least 20) their median window of the last 30 days.",
		200, 10, model.SeverityHigh), minThreshold: 10, maxThreshold: 1000000, windowed: true, applies: isView, eval: excessiveViews},
	{AlertRule: rule(RuleLargeExport, "Large export",
		"An export (category export) of more than Threshold rows.",
		1000, 0, model.SeverityHigh), minThreshold: 1, maxThreshold: 100000000, applies: isExport, eval: largeExport},
	{AlertRule: rule(RuleDeniedBurst, "Repeated out-of-role attempts",
		"At least Threshold refused attempts (outcome denied) by one signed-in user within the window.",
		5, 10, model.SeverityMedium), minThreshold: 2, maxThreshold: 1000, windowed: true, applies: isDenied, eval: deniedBurst},
	{AlertRule: rule(RuleCriticalChange, "Critical change",
		"Permission and role changes, new administrators, user role changes, administrator password resets, security, audit and key settings, key rotation, passphrase changes; and bulk deletes: at least Threshold records deleted by one user within the window.",
		20, 10, model.SeverityHigh), minThreshold: 2, maxThreshold: 100000, windowed: true, applies: isCriticalOrDelete, eval: criticalChange},
	{AlertRule: withHours(rule(RuleOffHoursAdmin, "Administrative action off-hours",
		"A configuration, security or key change outside working hours (default 07:00–20:00 local time; an entry without a role applies to every role without its own).",
		0, 0, model.SeverityMedium), model.RoleHours{From: 7, To: 20}), hours: true, applies: isAdminAction, eval: offHoursAdmin},
}

// noLockNote ends the description of the rules that may not lock.
const noLockNote = "It cannot lock accounts: anyone at the sign-in screen can type a user name, and so could shut its owner out."

// CanLock reports whether rule id may have the "lock" action: not the
// sign-in failure rules, whose subject is a name anyone can type at the
// sign-in screen (locking would let them disable any account, an
// administrator's included). Validate refuses such settings; the watcher
// also checks at raise time, for settings stored before.
func CanLock(id string) bool {
	d := find(id)
	return d != nil && !d.noLock
}

func withHours(r model.AlertRule, h ...model.RoleHours) model.AlertRule {
	r.Hours = h
	return r
}

func find(id string) *ruleDef {
	for i := range catalog {
		if catalog[i].ID == id {
			return &catalog[i]
		}
	}
	return nil
}

// Defaults returns every rule with its default settings, in display order.
func Defaults() []model.AlertRule {
	out := make([]model.AlertRule, len(catalog))
	for i, d := range catalog {
		out[i] = clone(d.AlertRule)
	}
	return out
}

// Merge returns every rule in display order: the stored settings where there
// are some (ids without a rule are ignored), the defaults elsewhere; names
// and descriptions always come from the catalog.
func Merge(stored map[string]model.AlertRule) []model.AlertRule {
	out := Defaults()
	for i := range out {
		if s, ok := stored[out[i].ID]; ok {
			s.Name, s.Description = out[i].Name, out[i].Description
			out[i] = clone(s)
		}
	}
	return out
}

// RuleName returns the display name of rule id ("" when unknown).
func RuleName(id string) string {
	if d := find(id); d != nil {
		return d.Name
	}
	return ""
}

func clone(r model.AlertRule) model.AlertRule {
	r.Hours = append([]model.RoleHours{}, r.Hours...)
	return r
}
