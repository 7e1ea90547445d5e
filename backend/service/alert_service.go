package service

import (
	"strings"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/detect"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
)

// AlertService is bound to the frontend: suspicious-activity rules, alerts
// and the security dashboard. Every method needs alerts.manage: without it
// CodeForbidden (audited); signed out CodeUnauthenticated; while the
// session must re-enter its password CodeReauthRequired.
type AlertService struct{ core *Core }

// NewAlertService returns the service over core.
func NewAlertService(core *Core) *AlertService { return &AlertService{core: core} }

// MaxAlertComment is the longest workflow comment, in characters.
const MaxAlertComment = 1000

// Rules lists every rule with its settings (stored, else the defaults), in
// display order.
func (s *AlertService) Rules() ([]model.AlertRule, error) {
	var out []model.AlertRule
	err := s.core.with(rbac.PermAlertsManage, "alert.rules", "alert", "", func(cl call) error {
		stored, err := store.AlertRuleSettings(cl.ctx, cl.st.Reader())
		out = detect.Merge(stored)
		return err
	})
	return out, err
}

// SaveRule changes one rule's settings and returns them as stored, with the
// caller as the rule's last editor. It is audited as alert.rule.update
// (category config) with before/after — itself a critical change the rules
// report — and applies from the entry after that one. A rule whose action
// is "lock" disables accounts, so saving one also needs users.manage
// (CodeForbidden, audited, otherwise), and it will only lock users the
// caller could disable by hand (see lockSubject). CodeNotFound for an
// unknown rule id; CodeInvalid naming each bad field (see detect.Validate),
// also for hours naming a role that does not exist ("hours").
func (s *AlertService) SaveRule(r model.AlertRule) (model.AlertRule, error) {
	var out model.AlertRule
	err := s.core.with(rbac.PermAlertsManage, ruleUpdateAction, "alert_rule", r.ID, func(cl call) error {
		next, err := detect.Validate(r)
		if err != nil {
			return err
		}
		if next.Action == model.RuleActionLock && !cl.actor.Can(rbac.PermUsersManage) {
			return s.core.deny(cl, ruleUpdateAction, "alert_rule", next.ID, "locking accounts needs users.manage")
		}
		for _, h := range next.Hours {
			if _, err := store.GetRole(cl.ctx, cl.st.Reader(), h.RoleID); h.RoleID != "" && err != nil {
				return apperr.Invalid("Some rule settings need attention.", map[string]string{"hours": "There is no role " + h.RoleID + "."})
			}
		}
		stored, err := store.AlertRuleSettings(cl.ctx, cl.st.Reader())
		if err != nil {
			return err
		}
		before := ruleByID(detect.Merge(stored), next.ID)
		changes := audit.Diff(ruleFields(before), ruleFields(next), nil, nil)
		out = next
		if len(changes) == 0 {
			return nil
		}
		// The watcher reads the settings again once it has evaluated this
		// entry (with the rules as they were before it).
		return cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			if err := store.SaveAlertRuleSettings(cl.ctx, tx, next, cl.actor.UserID, s.core.now()); err != nil {
				return err
			}
			e := s.core.entry(cl.actor, audit.CatConfig, ruleUpdateAction, "alert_rule", next.ID, next.Name)
			e.Changes = changes
			return store.AppendAudit(cl.ctx, tx, e)
		})
	})
	return out, err
}

func ruleByID(list []model.AlertRule, id string) model.AlertRule {
	for _, r := range list {
		if r.ID == id {
			return r
		}
	}
	return model.AlertRule{}
}

func ruleFields(r model.AlertRule) map[string]any {
	hours := make([]string, 0, len(r.Hours))
	for _, h := range r.Hours {
		role := h.RoleID
		if role == "" {
			role = "*"
		}
		hours = append(hours, role+" "+itoa(h.From)+"-"+itoa(h.To))
	}
	return map[string]any{"enabled": r.Enabled, "threshold": r.Threshold, "windowMinutes": r.WindowMinutes,
		"severity": r.Severity, "action": r.Action, "hours": strings.Join(hours, ", ")}
}

// List returns one page of alerts, newest first, with the number of open
// alerts. CodeInvalid for an unknown status or severity, an offset below 0
// or a limit outside 0..200 (0 = 50).
func (s *AlertService) List(q model.AlertQuery) (model.AlertPage, error) {
	out := model.AlertPage{Rows: []model.Alert{}}
	err := s.core.with(rbac.PermAlertsManage, "alert.list", "alert", "", func(cl call) error {
		bad := map[string]string{}
		if q.Status != "" && !validStatus(q.Status) {
			bad["status"] = "unknown status"
		}
		if q.Severity != "" && !validSeverity(q.Severity) {
			bad["severity"] = "unknown severity"
		}
		if q.Offset < 0 {
			bad["offset"] = "must not be negative"
		}
		if q.Limit < 0 || q.Limit > 200 {
			bad["limit"] = "1 to 200"
		}
		if len(bad) > 0 {
			return apperr.Invalid("The alert filter is not valid.", bad)
		}
		if q.Limit == 0 {
			q.Limit = 50
		}
		var err error
		out, err = store.ListAlerts(cl.ctx, cl.st.Reader(), q)
		return err
	})
	return out, err
}

// Get returns one alert with its workflow; CodeNotFound when absent.
func (s *AlertService) Get(id string) (model.Alert, error) {
	var out model.Alert
	err := s.core.with(rbac.PermAlertsManage, "alert.view", "alert", id, func(cl call) error {
		var err error
		out, err = store.GetAlert(cl.ctx, cl.st.Reader(), id)
		return err
	})
	return out, err
}

func validStatus(s string) bool { _, ok := alertSteps[s]; return ok }

func validSeverity(s string) bool {
	switch s {
	case model.SeverityLow, model.SeverityMedium, model.SeverityHigh, model.SeverityCritical:
		return true
	}
	return false
}

func daysAgo(now time.Time, days int) time.Time {
	return now.Add(-time.Duration(days) * 24 * time.Hour)
}
