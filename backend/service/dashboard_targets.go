package service

import (
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/rbac"
	"fieldvault/backend/report"
	"fieldvault/backend/store"
)

// Audit actions of KPI targets.
const (
	actionTargetView   = "kpi_target.view"
	actionTargetSave   = "kpi_target.save"
	actionTargetDelete = "kpi_target.delete"
)

// targetPeriods maps a target's period to the relative operator of its
// current period.
var targetPeriods = map[string]string{
	store.PeriodMonth: report.OpThisMonth, store.PeriodQuarter: report.OpThisQuarter, store.PeriodYear: report.OpThisYear,
}

// targetVisible: a workspace-wide target, one of the caller's teams', or
// any for an administrator.
func targetVisible(a rbac.Actor, k store.KPITargetRecord) bool {
	return k.TeamID == "" || slices.Contains(a.TeamIDs, k.TeamID) || rbac.IsAdministrator(a.Grants)
}

// targetEditable: its owner, a member of its team, or an administrator
// (the caller holds dashboards.manage).
func targetEditable(a rbac.Actor, k store.KPITargetRecord) bool {
	return k.OwnerID == a.UserID || rbac.IsAdministrator(a.Grants) || (k.TeamID != "" && slices.Contains(a.TeamIDs, k.TeamID))
}

// visibleTarget returns a target the caller sees, else CodeNotFound.
func (s *DashboardService) visibleTarget(cl call, id string) (store.KPITargetRecord, error) {
	k, err := store.GetKPITarget(cl.ctx, cl.st.Reader(), id)
	if err == nil && !targetVisible(cl.actor, k) {
		err = apperr.New(apperr.CodeNotFound, "There is no such target.")
	}
	return k, err
}

// evalTarget computes target k over spec (its report with the team and
// widget filters already added) for the caller with report.EvalKPI: the
// current month, quarter or year on the report's range field (see
// rangeField). Errors as report.EvalKPI's.
func (s *DashboardService) evalTarget(cl call, k store.KPITargetRecord, spec report.Spec) (*KPIData, error) {
	kpi := report.KPI{Report: k.Report, Aggregate: k.Aggregate, Period: targetPeriods[k.Period],
		DateField: rangeField(spec, ""), Target: k.Target}
	v, err := report.EvalKPI(cl.ctx, cl.st.Reader(), kpi, spec, cl.actor, cl.actor.Can(rbac.PermSensitiveView), s.core.now(), time.Local)
	if err != nil {
		return nil, err
	}
	target := k.Target
	return &KPIData{Value: v.Value, Kind: v.Kind, Target: &target, Percent: v.Percent, Period: v.Period,
		TargetID: k.ID, TargetName: k.Name}, nil
}

// targetSpec is a target's report for the caller with its team filter.
func (s *DashboardService) targetSpec(cl call, k store.KPITargetRecord) (report.Spec, error) {
	_, spec, err := s.reports.resolve(cl, k.Report)
	if err != nil {
		return spec, err
	}
	if k.TeamID != "" {
		spec.Filters = append(spec.Filters, report.Filter{Field: "teamId", Op: report.OpEq, Value: k.TeamID})
	}
	return spec, nil
}

// Targets returns the KPI targets the caller sees (workspace-wide ones and
// their teams'; an administrator all), each with the current period's
// progress computed within the caller's scope and field rules (Problem
// says why when it cannot be: a sensitive aggregate without sensitive.view,
// a report no longer there). Audited as kpi_target.view. CodeForbidden
// (audited) without dashboards.manage.
func (s *DashboardService) Targets() ([]KPITarget, error) {
	var out []KPITarget
	err := s.core.with(rbac.PermDashboardsManage, actionTargetView, "kpi_target", "", func(cl call) error {
		s.relayRecordEvents()
		list, err := store.ListKPITargets(cl.ctx, cl.st.Reader())
		if err != nil {
			return err
		}
		out = []KPITarget{}
		for _, k := range list {
			if !targetVisible(cl.actor, k) {
				continue
			}
			t := targetInfo(cl.actor, k)
			spec, err := s.targetSpec(cl, k)
			if err == nil {
				t.Progress, err = s.evalTarget(cl, k, spec)
			}
			if err != nil {
				if cl.ctx.Err() != nil {
					return cl.ctx.Err()
				}
				t.Problem = apperr.ToPayload(err).Message
			}
			out = append(out, t)
		}
		e := s.core.entry(cl.actor, audit.CatReport, actionTargetView, "kpi_target", "", "KPI targets")
		e.Rows = int64(len(out))
		return cl.st.AuditWrite(cl.ctx, e)
	})
	return out, err
}

func targetInfo(a rbac.Actor, k store.KPITargetRecord) KPITarget {
	return KPITarget{ID: k.ID, Name: k.Name, Report: k.Report, Aggregate: k.Aggregate, Period: k.Period, TeamID: k.TeamID,
		Target: k.Target, OwnerID: k.OwnerID, Mine: k.OwnerID == a.UserID, Editable: targetEditable(a, k),
		UpdatedAt: store.FormatTime(k.UpdatedAt)}
}

// SaveTarget creates (ID "") or changes a KPI target after checking that
// the caller can evaluate it: Name 1..80 characters (unique per team);
// Report a built-in ("builtin:<key>") or saved report the caller sees;
// Aggregate one of its aggregate keys; Period month, quarter or year;
// TeamID "" (workspace-wide) or one of the caller's teams (any team for an
// administrator); Target a finite number. Changing one: CodeNotFound when
// the caller does not see it, CodeForbidden (audited) unless they own it,
// are in its team or are an administrator. Audited as kpi_target.save in
// the same transaction. CodeForbidden (audited) without dashboards.manage;
// CodeInvalid naming the field; CodeConflict for a duplicate name.
func (s *DashboardService) SaveTarget(req KPITargetSaveRequest) (KPITarget, error) {
	var out KPITarget
	err := s.core.with(rbac.PermDashboardsManage, actionTargetSave, "kpi_target", req.ID, func(cl call) error {
		s.relayRecordEvents()
		if err := checkTarget(cl.actor, &req); err != nil {
			return err
		}
		if req.TeamID != "" {
			if _, err := store.GetTeam(cl.ctx, cl.st.Reader(), req.TeamID); err != nil {
				return apperr.Invalid("There is no such team.", map[string]string{"teamId": "There is no such team."})
			}
		}
		now := s.core.now()
		rec := store.KPITargetRecord{ID: req.ID, Name: req.Name, Report: req.Report, Aggregate: req.Aggregate, Period: req.Period,
			TeamID: req.TeamID, Target: req.Target, OwnerID: cl.actor.UserID, CreatedAt: now, CreatedBy: cl.actor.UserID,
			UpdatedAt: now, UpdatedBy: cl.actor.UserID}
		var before map[string]any
		if req.ID != "" {
			old, err := s.visibleTarget(cl, req.ID)
			if err != nil {
				return err
			}
			if !targetEditable(cl.actor, old) {
				return s.core.deny(cl, actionTargetSave, "kpi_target", req.ID, "only the owner, the team or an administrator changes a target")
			}
			rec.OwnerID, rec.CreatedAt, rec.CreatedBy = old.OwnerID, old.CreatedAt, old.CreatedBy
			before = targetFields(old)
		} else {
			rec.ID = store.NewID()
		}
		spec, err := s.targetSpec(cl, rec)
		if err != nil {
			return badField("report", err)
		}
		k := report.KPI{Report: rec.Report, Aggregate: rec.Aggregate, Period: targetPeriods[rec.Period], DateField: rangeField(spec, ""), Target: rec.Target}
		kspec, err := k.Spec(spec)
		if err != nil {
			return err
		}
		if _, err := s.reports.compile(cl, actionTargetSave, rec.ID, kspec); err != nil {
			return badField("report", err)
		}
		err = cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			write := store.InsertKPITarget
			if req.ID != "" {
				write = store.UpdateKPITarget
			}
			if err := write(cl.ctx, tx, rec); err != nil {
				return err
			}
			e := s.core.entry(cl.actor, audit.CatReport, actionTargetSave, "kpi_target", rec.ID, rec.Name)
			e.Changes = audit.Diff(before, targetFields(rec), nil, nil)
			return store.AppendAudit(cl.ctx, tx, e)
		})
		if err != nil {
			return err
		}
		out = targetInfo(cl.actor, rec)
		return nil
	})
	return out, err
}

func targetFields(k store.KPITargetRecord) map[string]any {
	return map[string]any{"name": k.Name, "report": k.Report, "aggregate": k.Aggregate, "period": k.Period,
		"teamId": k.TeamID, "target": k.Target}
}

// checkTarget trims and validates req's own fields.
func checkTarget(a rbac.Actor, req *KPITargetSaveRequest) error {
	bad := func(field, msg string) error { return apperr.Invalid(msg, map[string]string{field: msg}) }
	var err error
	if req.Name, err = cleanName("name", req.Name); err != nil {
		return err
	}
	req.Report, req.Aggregate = strings.TrimSpace(req.Report), strings.TrimSpace(req.Aggregate)
	switch {
	case req.Report == "" || utf8.RuneCountInString(req.Report) > 200:
		return bad("report", "Choose a report.")
	case req.Aggregate == "" || len(req.Aggregate) > 40:
		return bad("aggregate", "Choose the value the target is for.")
	case targetPeriods[req.Period] == "":
		return bad("period", "Choose month, quarter or year.")
	case math.IsNaN(req.Target) || math.IsInf(req.Target, 0) || math.Abs(req.Target) > 1e15:
		return bad("target", "Enter a target number.")
	case req.TeamID != "" && !slices.Contains(a.TeamIDs, req.TeamID) && !rbac.IsAdministrator(a.Grants):
		return bad("teamId", "You can set targets only for a team you belong to.")
	}
	return nil
}

// DeleteTarget removes a KPI target. CodeForbidden (audited) without
// dashboards.manage, or unless the caller owns it, is in its team or is an
// administrator; CodeNotFound when they do not see it. Audited as
// kpi_target.delete in the same transaction.
func (s *DashboardService) DeleteTarget(id string) error {
	return s.core.with(rbac.PermDashboardsManage, actionTargetDelete, "kpi_target", id, func(cl call) error {
		s.relayRecordEvents()
		old, err := s.visibleTarget(cl, id)
		if err != nil {
			return err
		}
		if !targetEditable(cl.actor, old) {
			return s.core.deny(cl, actionTargetDelete, "kpi_target", id, "only the owner, the team or an administrator deletes a target")
		}
		return cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			if err := store.DeleteKPITarget(cl.ctx, tx, id); err != nil {
				return err
			}
			return store.AppendAudit(cl.ctx, tx, s.core.entry(cl.actor, audit.CatReport, actionTargetDelete, "kpi_target", id, old.Name))
		})
	})
}

// badField re-labels an invalid or not-found error of a referenced report
// as CodeInvalid naming field (a save refers to it); others pass through.
func badField(field string, err error) error {
	if apperr.Is(err, apperr.CodeInvalid) || apperr.Is(err, apperr.CodeNotFound) || apperr.Is(err, apperr.CodeForbidden) {
		msg := apperr.ToPayload(err).Message
		return apperr.Invalid(msg, map[string]string{field: msg})
	}
	return err
}
