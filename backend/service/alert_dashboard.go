package service

import (
	"strconv"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/detect"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
)

// Dashboard sizes.
const (
	dashboardAccessors = 10
	dashboardChanges   = 20
)

// Dashboard summarises the last days (1..365; CodeInvalid naming "days"
// otherwise) of security activity: alerts by UTC day and severity, alerts
// by rule, failed sign-ins per day, the top data accessors (records viewed,
// rows exported) and the recent critical changes (the actions of the
// critical-change rule, alert rule changes among them). Needs alerts.manage;
// audited as alert.dashboard.view.
func (s *AlertService) Dashboard(days int) (model.SecurityDashboard, error) {
	out := model.SecurityDashboard{Days: days}
	err := s.core.with(rbac.PermAlertsManage, "alert.dashboard", "alert", "", func(cl call) error {
		if days < 1 || days > 365 {
			return apperr.Invalid("Choose 1 to 365 days.", map[string]string{"days": "1 to 365"})
		}
		since := daysAgo(s.core.now(), days)
		q := cl.st.Reader()
		var err error
		if out.OpenAlerts, err = store.CountOpenAlerts(cl.ctx, q); err != nil {
			return err
		}
		if out.AlertsByDay, err = store.AlertsByDay(cl.ctx, q, since); err != nil {
			return err
		}
		if out.AlertsByRule, err = store.AlertsByRule(cl.ctx, q, since); err != nil {
			return err
		}
		for i := range out.AlertsByRule {
			if name := detect.RuleName(out.AlertsByRule[i].Key); name != "" {
				out.AlertsByRule[i].Label = name
			}
		}
		if out.FailedSignIns, err = store.FailedSignInsByDay(cl.ctx, q, since); err != nil {
			return err
		}
		if out.TopAccessors, err = store.TopAccessors(cl.ctx, q, since, dashboardAccessors); err != nil {
			return err
		}
		out.CriticalChanges, err = store.RecentAuditRows(cl.ctx, q, detect.CriticalActions(), detect.AuditPolicyPrefixes(), since, dashboardChanges)
		if err != nil {
			return err
		}
		// It shows who accessed what and recent audit entries: a view of
		// audit data, audited like the audit viewer's.
		e := s.core.entry(cl.actor, audit.CatSecurity, "alert.dashboard.view", "dashboard", "security", "Security dashboard")
		e.Rows = int64(len(out.TopAccessors) + len(out.CriticalChanges))
		e.Reason = "last " + strconv.Itoa(days) + " days"
		return cl.st.AuditWrite(cl.ctx, e)
	})
	return out, err
}
