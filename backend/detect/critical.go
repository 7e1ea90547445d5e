package detect

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"fieldvault/backend/audit"
	"fieldvault/backend/model"
)

// criticalActions are the successful changes rule 10 reports, with how a
// title names them (the actions the services write today).
var criticalActions = map[string]string{
	"role.create":              "Role created",
	"role.rename":              "Role renamed",
	"role.delete":              "Role deleted",
	"role.permission.change":   "Role permissions changed",
	"user.role.change":         "User role changed",
	"user.create":              "New administrator", // only when the new user's role is an administrator role
	"user.password.reset":      "Password reset by an administrator",
	"settings.security.change": "Security settings changed",
	"key.keychain.enable":      "Keychain unlock turned on",
	"key.keychain.disable":     "Keychain unlock turned off",
	"key.keychain.rotate":      "Keychain key rotated",
	"key.passphrase.change":    "Workspace passphrase changed",
	"alert.rule.update":        "Alert rule changed",
}

// auditPolicyPrefixes name audit-policy changes (retention, archiving).
var auditPolicyPrefixes = []string{"audit.policy.", "audit.retention.", "audit.settings.", "audit.archive"}

// Delete actions of the record service: "<entity>.delete" (to Trash) and
// "<entity>.purge", category data.
var deleteSuffixes = []string{".delete", ".purge"}

// CriticalActions returns the exact action names rule 10 reports (for the
// dashboard's recent critical changes), sorted.
func CriticalActions() []string {
	out := make([]string, 0, len(criticalActions))
	for a := range criticalActions {
		out = append(out, a)
	}
	slices.Sort(out)
	return out
}

// AuditPolicyPrefixes returns the action prefixes of audit-policy changes
// rule 10 reports.
func AuditPolicyPrefixes() []string { return slices.Clone(auditPolicyPrefixes) }

func criticalLabel(action string) (string, bool) {
	if l, ok := criticalActions[action]; ok {
		return l, true
	}
	for _, p := range auditPolicyPrefixes {
		if strings.HasPrefix(action, p) {
			return "Audit settings changed", true
		}
	}
	return "", false
}

func isDelete(e *entryView) bool {
	return e.Category == audit.CatData && (strings.HasSuffix(e.Action, ".delete") || strings.HasSuffix(e.Action, ".purge"))
}

func isCriticalOrDelete(e *entryView) bool {
	if e.Outcome != audit.OutcomeSuccess || selfCreated(e) {
		return false
	}
	_, critical := criticalLabel(e.Action)
	return critical || (isDelete(e) && e.Actor.UserID != "")
}

// criticalChange: rule 10, a critical change, or at least Threshold deletes
// by one user within W.
func criticalChange(ctx context.Context, x *evalCtx, r model.AlertRule, e *entryView) (*Finding, error) {
	who := subjectName(e)
	if label, ok := criticalLabel(e.Action); ok {
		if e.Action == "user.create" {
			admin, err := x.h.IsAdminRole(ctx, changedTo(e.Entry, "role"))
			if err != nil || !admin {
				return nil, err
			}
		}
		return &Finding{SubjectID: e.Actor.UserID, SubjectName: who, Evidence: []int64{e.Seq},
			Title:  fmt.Sprintf("%s: %s", label, objectName(e)),
			Detail: fmt.Sprintf("%s (%s) did %s on %s at %s.", who, e.Actor.Role, e.Action, objectName(e), clock(e.local)),
		}, nil
	}
	q := Query{Category: audit.CatData, Suffixes: deleteSuffixes, Outcome: audit.OutcomeSuccess, UserID: e.Actor.UserID, Since: windowStart(r, e), UpTo: e.Seq}
	n, err := x.count(ctx, q, r.Threshold)
	if err != nil || n < r.Threshold {
		return nil, err
	}
	seqs, err := x.evidence(ctx, q)
	if err != nil {
		return nil, err
	}
	return &Finding{SubjectID: e.Actor.UserID, SubjectName: who, Evidence: seqs,
		Title:  fmt.Sprintf("Bulk delete: %s deleted %s records", who, amount(n, r.Threshold)),
		Detail: fmt.Sprintf("%s deleted %s records in %d minutes (up to %s).", who, amount(n, r.Threshold), r.WindowMinutes, clock(e.local)),
	}, nil
}

func objectName(e *entryView) string {
	if e.ObjectLabel != "" {
		return audit.DisplayLabel(e.ObjectLabel) // a personal label stays sealed in alerts
	}
	if e.ObjectID != "" {
		return e.ObjectType + " " + e.ObjectID
	}
	return e.ObjectType
}

// changedTo returns the new value of field in e's changes as text ("" when absent).
func changedTo(e *audit.Entry, field string) string {
	for _, c := range e.Changes {
		if c.Field == field {
			if s, ok := c.After.(string); ok {
				return s
			}
		}
	}
	return ""
}
