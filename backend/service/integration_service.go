package service

import (
	"encoding/json"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
)

// IntegrationService is bound to the frontend: the integration log — every
// import, export, scheduled report, backup, restore, archive and sync run
// with who, what, when, source, counts, warnings, errors, duration and
// outcome — and retrying failed runs.
type IntegrationService struct {
	core      *Core
	imports   *ImportService
	schedules *ScheduleService
}

// NewIntegrationService returns the service bound as IntegrationService;
// imports runs import retries, schedules scheduled report retries.
func NewIntegrationService(c *Core, imports *ImportService, schedules *ScheduleService) *IntegrationService {
	return &IntegrationService{core: c, imports: imports, schedules: schedules}
}

// seesAllRuns reports whether a actor reads everyone's runs (audit.view or
// settings.manage); others read their own, with data.import or data.export.
func seesAllRuns(a rbac.Actor) bool {
	return a.Can(rbac.PermAuditView) || a.Can(rbac.PermSettingsManage)
}

// List returns the runs matching f, newest first (at most f.Limit, 1..1000;
// the next page continues from the last run, f.BeforeStartedAt/BeforeSeq).
// Errors: CodeForbidden (audited) without data.import, data.export,
// audit.view or settings.manage; CodeInvalid for an unknown kind or outcome
// or a malformed page cursor.
func (s *IntegrationService) List(f model.IntegrationFilter) ([]model.IntegrationRun, error) {
	var out []model.IntegrationRun
	err := s.core.with("", "integration.list", "integration", "", func(cl call) error {
		principal, err := s.principal(cl, "integration.list")
		if err != nil {
			return err
		}
		if err := checkRunFilter(f); err != nil {
			return err
		}
		if f.BeforeStartedAt != "" { // compared as stored text: the stored form
			f.BeforeStartedAt = store.FormatTime(store.ParseTime(f.BeforeStartedAt))
		}
		runs, err := store.ListIntegrationRuns(cl.ctx, cl.st.Reader(), f, principal)
		if err != nil {
			return err
		}
		out = make([]model.IntegrationRun, len(runs))
		for i, r := range runs {
			out[i] = r.IntegrationRun
		}
		return nil
	})
	return out, err
}

// principal returns whose runs the caller may see ("" = all), or an audited
// refusal.
func (s *IntegrationService) principal(cl call, action string) (string, error) {
	switch {
	case seesAllRuns(cl.actor):
		return "", nil
	case cl.actor.Can(rbac.PermDataImport) || cl.actor.Can(rbac.PermDataExport):
		return cl.actor.UserID, nil
	}
	return "", s.core.deny(cl, action, "integration", "", "missing permission data.import, data.export or audit.view")
}

func checkRunFilter(f model.IntegrationFilter) error {
	kinds := map[string]bool{"": true, model.RunImport: true, model.RunExport: true, model.RunReport: true, model.RunBackup: true,
		model.RunRestore: true, model.RunArchive: true, model.RunSync: true}
	outcomes := map[string]bool{"": true, model.OutcomeRunning: true, model.OutcomeSucceeded: true, model.OutcomeWarnings: true,
		model.OutcomeFailed: true, model.OutcomeCancelled: true}
	switch {
	case !kinds[f.Kind]:
		return apperr.Invalid("Unknown kind of run.", map[string]string{"kind": "unknown"})
	case !outcomes[f.Outcome]:
		return apperr.Invalid("Unknown outcome.", map[string]string{"outcome": "unknown"})
	case len(f.Text) > 200:
		return apperr.Invalid("Search for at most 200 characters.", map[string]string{"text": "too long"})
	case (f.BeforeStartedAt == "") != (f.BeforeSeq == 0) || f.BeforeSeq < 0 ||
		f.BeforeStartedAt != "" && store.ParseTime(f.BeforeStartedAt).IsZero():
		return apperr.Invalid("The page to continue from is not a run.", map[string]string{"before": "malformed"})
	}
	for k, d := range map[string]string{"from": f.From, "to": f.To} {
		if d != "" && !validDate(d) {
			return apperr.Invalid("Enter dates as YYYY-MM-DD.", map[string]string{k: "not a date"})
		}
	}
	return nil
}

func validDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, r := range s {
		if i != 4 && i != 7 && (r < '0' || r > '9') {
			return false
		}
	}
	return true
}

// Retry runs a failed or cancelled import again with the same file and
// settings, as the caller (with their permissions now), linking the new
// run to the old one; or runs a failed scheduled report's schedule now
// (ScheduleService.RunNow: its owner only). Only the run's own principal
// may retry it (an administrator retrying would lend the stored request
// their rights), and an import only while its file is unchanged. Errors: CodeNotFound for an unknown
// run (or one the caller may not see); CodeConflict when the run cannot be
// retried; those of ImportService.Run and ScheduleService.RunNow.
func (s *IntegrationService) Retry(id string) (model.RetryResult, error) {
	var req model.ImportRequest
	var kind, schedule string
	err := s.core.with("", "integration.retry", "integration", id, func(cl call) error {
		principal, err := s.principal(cl, "integration.retry")
		if err != nil {
			return err
		}
		run, err := store.GetIntegrationRun(cl.ctx, cl.st.Reader(), id)
		if err != nil || principal != "" && run.PrincipalID != principal {
			return apperr.New(apperr.CodeNotFound, "There is no such run.")
		}
		// only as the same principal: a retry by someone else would run the
		// stored request (mapping, owners, match key) with their rights
		if run.PrincipalID != cl.actor.UserID {
			return s.core.deny(cl, "integration.retry", "integration", id, "another user's run")
		}
		if run.Retry == "" || (run.Outcome != model.OutcomeFailed && run.Outcome != model.OutcomeCancelled) {
			return apperr.New(apperr.CodeConflict, "Only failed or cancelled imports and scheduled reports can be retried.")
		}
		kind = run.Kind
		if kind == model.RunReport {
			var r struct {
				ScheduleID string `json:"scheduleId"`
			}
			err := json.Unmarshal([]byte(run.Retry), &r)
			schedule = r.ScheduleID
			return err
		}
		var r importRetry
		if err := json.Unmarshal([]byte(run.Retry), &r); err != nil {
			return err
		}
		if r.SHA256 == "" || fileSHA256(r.Request.Path) != r.SHA256 {
			return apperr.New(apperr.CodeConflict, "The file changed (or is gone) since that import: start a new import and check it with a dry run.")
		}
		req = r.Request
		return nil
	})
	if err != nil {
		return model.RetryResult{}, err
	}
	if kind == model.RunReport {
		run, err := s.schedules.RunNow(schedule)
		return model.RetryResult{Kind: kind, Report: &run}, err
	}
	res, err := s.imports.execute(req, false, id)
	return model.RetryResult{Kind: kind, Import: &res}, err
}
