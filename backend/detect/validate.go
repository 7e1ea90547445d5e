package detect

import (
	"cmp"
	"fmt"
	"slices"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
)

// MaxWindowMinutes is the longest rule window (a day).
const MaxWindowMinutes = 24 * 60

// Validate checks r's settings against its rule and returns them normalised
// (name and description from the catalog, Hours never nil and sorted by
// role). Errors: CodeNotFound for an unknown rule id; CodeInvalid naming
// each bad field — threshold out of the rule's range (or not 0 for a rule
// without one), windowMinutes not 1..1440 (or not 0 for a rule without a
// window), severity or action unknown, "lock" for a rule that may not lock
// (see CanLock), hours given to a rule without hours,
// hours outside 0..24, empty (from = to) or naming a role twice. Whether a
// named role exists is the caller's check.
func Validate(r model.AlertRule) (model.AlertRule, error) {
	d := find(r.ID)
	if d == nil {
		return r, apperr.New(apperr.CodeNotFound, "There is no such rule.")
	}
	bad := map[string]string{}
	switch {
	case d.maxThreshold == 0 && r.Threshold != 0:
		bad["threshold"] = "This rule has no threshold."
	case d.maxThreshold > 0 && (r.Threshold < d.minThreshold || r.Threshold > d.maxThreshold):
		bad["threshold"] = fmt.Sprintf("Choose between %d and %d.", d.minThreshold, d.maxThreshold)
	}
	switch {
	case !d.windowed && r.WindowMinutes != 0:
		bad["windowMinutes"] = "This rule has no time window."
	case d.windowed && (r.WindowMinutes < 1 || r.WindowMinutes > MaxWindowMinutes):
		bad["windowMinutes"] = fmt.Sprintf("Choose between 1 and %d minutes.", MaxWindowMinutes)
	}
	switch r.Severity {
	case model.SeverityLow, model.SeverityMedium, model.SeverityHigh, model.SeverityCritical:
	default:
		bad["severity"] = "Choose low, medium, high or critical."
	}
	switch r.Action {
	case model.RuleActionLock:
		if d.noLock {
			bad["action"] = "This rule cannot lock accounts: anyone at the sign-in screen can type a user name, and would shut its owner out. Choose alert or reauth."
		}
	case model.RuleActionAlert, model.RuleActionReauth:
	default:
		bad["action"] = "Choose alert, lock or reauth."
	}
	if msg := validHours(d, r.Hours); msg != "" {
		bad["hours"] = msg
	}
	if len(bad) > 0 {
		return r, apperr.Invalid("Some rule settings need attention.", bad)
	}
	r.Name, r.Description = d.Name, d.Description
	r.Hours = append([]model.RoleHours{}, r.Hours...)
	slices.SortFunc(r.Hours, func(a, b model.RoleHours) int { return cmp.Compare(a.RoleID, b.RoleID) })
	return r, nil
}

func validHours(d *ruleDef, hours []model.RoleHours) string {
	if !d.hours && len(hours) > 0 {
		return "This rule has no hours."
	}
	seen := map[string]bool{}
	for _, h := range hours {
		switch {
		case h.From < 0 || h.From > 23 || h.To < 0 || h.To > 24:
			return "Hours run from 0 to 24."
		case h.From == h.To:
			return "From and to must differ."
		case seen[h.RoleID]:
			return "A role is named twice."
		}
		seen[h.RoleID] = true
	}
	return ""
}
