package service

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/report"
	"fieldvault/backend/store"
	"fieldvault/backend/xlsxout"
)

// Audit actions of schedules.
const (
	actionScheduleRun    = "report.schedule.run"
	actionScheduleSave   = "report.schedule.save"
	actionScheduleDelete = "report.schedule.delete"
	actionScheduleList   = "report.schedule.list"
	actionScheduleRuns   = "report.schedule.runs"
)

// jobReportSchedule names a scheduled run's job (it sends no progress).
const jobReportSchedule = "report.schedule"

// schedulePlan is a run resolved as its owner at run time.
type schedulePlan struct {
	actor rbac.Actor
	name  string // the report's name (for events and the audit entry)
	ex    reportExport
	path  string
}

// runRefusal is why a run could not start; denied marks a permission or
// visibility the owner no longer has (audited as denied, not failed).
type runRefusal struct {
	msg    string
	denied bool
}

func refuse(denied bool, format string, args ...any) *runRefusal {
	return &runRefusal{msg: fmt.Sprintf(format, args...), denied: denied}
}

// execute runs a claimed run as the schedule's owner and records how it
// ended: the workbook is written by the same code as ReportService.Export
// (writeReportFile), recorded — run row and audit entry in one
// transaction — before it appears in the folder. Cancelled because the
// workspace is locking, a scheduled run is recorded skipped and its slot
// kept, so the next start catches it up.
func (s *reportScheduler) execute(rec store.ScheduleRecord, run store.RunRecord) store.RunRecord {
	p, why := s.prepare(rec)
	if why != nil {
		return s.finish(rec, run, p, 0, why)
	}
	j := &job{name: jobReportSchedule, ctx: s.ctx, cancel: func() {}, core: s.c, st: s.st, actor: p.actor, emit: nopEmitter{}}
	rows, err := writeReportFile(j, p.path, "", false, p.ex,
		func(w *xlsxout.Writer) (int64, error) { return fillReport(j, w, p.ex) },
		func(rows int64) error {
			done := run
			done.Status, done.Rows, done.File, done.FinishedAt = model.RunOK, rows, p.path, s.c.now()
			if err := s.record(rec, done, p, nil); err != nil {
				return err
			}
			run = done
			return nil
		})
	if err == nil {
		s.notify(rec, run, p.name)
		return run
	}
	// Not written, or recorded as written but not put in place (rename):
	// either way there is no file, and the run ends failed (or skipped).
	why = refuse(false, "The run was stopped.") // finish says why when the lock stopped it
	if s.ctx.Err() == nil {
		why.msg = apperr.ToPayload(err).Message
	}
	return s.finish(rec, run, p, rows, why)
}

// prepare resolves the run as the owner now: an enabled account holding
// reports.view and data.export, the report still visible to them and
// compiling with their scope and field rules, a sheet's worth of rows, and
// the folder still there.
func (s *reportScheduler) prepare(rec store.ScheduleRecord) (schedulePlan, *runRefusal) {
	ctx := s.ctx
	p := schedulePlan{actor: rbac.Actor{UserID: rec.OwnerID}, name: rec.ReportName}
	owner, err := loadActor(ctx, s.st, rec.OwnerID)
	switch {
	case apperr.Is(err, apperr.CodeNotFound):
		return p, refuse(true, "The schedule's owner no longer exists.")
	case err != nil:
		return p, refuse(false, "The owner's account could not be read.")
	}
	p.actor = owner.Actor
	if owner.disabled {
		return p, refuse(true, "The owner's account is disabled.")
	}
	for _, perm := range []rbac.Perm{rbac.PermReportsView, rbac.PermDataExport} {
		if !owner.Can(perm) {
			return p, refuse(true, "The owner no longer holds the permission %s.", perm)
		}
	}
	r, err := store.GetReport(ctx, s.st.Reader(), rec.ReportID)
	if err != nil {
		return p, refuse(false, "The report could not be read.")
	}
	if !r.VisibleTo(owner.UserID, owner.TeamIDs) {
		return p, refuse(true, "The report is no longer shared with the schedule's owner.")
	}
	info, err := reportInfo(r, owner.UserID)
	if err != nil {
		return p, refuse(false, "%s", apperr.ToPayload(err).Message)
	}
	p.name = info.Name
	rc, err := model.RecurrenceOf(rec.Frequency, rec.Weekday, rec.DayOfMonth, rec.Time, rec.TimeZone)
	if err != nil {
		return p, refuse(false, "The schedule's time or time zone %q is not valid here.", rec.TimeZone)
	}
	now := s.c.now()
	canSee := owner.Can(rbac.PermSensitiveView)
	q, err := report.Compile(info.Spec, owner.Actor, canSee, now, rc.Loc)
	if err != nil {
		_, again := report.Compile(info.Spec, owner.Actor, true, now, rc.Loc)
		return p, refuse(!canSee && again == nil, "The report does not run for its owner: %s", apperr.ToPayload(err).Message)
	}
	p.ex = reportExport{id: r.ID, name: info.Name, spec: info.Spec, query: q, by: owner.Username + " (scheduled)", at: now}
	if err := countExport(call{ctx: ctx, st: s.st, actor: owner.Actor}, &p.ex, rc.Loc); err != nil {
		return p, refuse(false, "%s", apperr.ToPayload(err).Message)
	}
	path, err := scheduleTarget(rec.Folder, model.FileName(rec.FilePattern, info.Name, now.In(rc.Loc)))
	if err != nil {
		return p, refuse(false, "%s", apperr.ToPayload(err).Message)
	}
	p.path = path
	return p, nil
}

// scheduleTarget returns the path for file name in folder: the folder must
// still be the directory chosen (not replaced by a link elsewhere), the
// path must stay directly inside it, and an existing file is never
// replaced — "name (2).xlsx" and so on is used instead.
func scheduleTarget(folder, name string) (string, error) {
	st, err := os.Stat(folder)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "", apperr.New(apperr.CodeInvalid, "The folder %s no longer exists.", folder)
	case err != nil:
		return "", apperr.New(apperr.CodeInvalid, "The folder %s cannot be read.", folder)
	case !st.IsDir():
		return "", apperr.New(apperr.CodeInvalid, "%s is no longer a folder.", folder)
	}
	if real, err := filepath.EvalSymlinks(folder); err != nil || real != folder {
		return "", apperr.New(apperr.CodeInvalid, "The folder %s changed (it is now a link); choose it again.", folder)
	}
	if !filepath.IsLocal(name) || filepath.Base(name) != name {
		return "", apperr.New(apperr.CodeInvalid, "The file name %q is not valid.", name)
	}
	base := strings.TrimSuffix(name, ".xlsx")
	for i := 1; i <= 100; i++ {
		candidate := name
		if i > 1 {
			candidate = fmt.Sprintf("%s (%d).xlsx", base, i)
		}
		path := filepath.Join(folder, candidate)
		if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
			return path, nil
		}
	}
	return "", apperr.New(apperr.CodeInvalid, "The folder already holds 100 files named %s; move some away.", name)
}

// finish records a run that did not complete (status failed, or skipped
// when the workspace lock stopped it) and tells the owner.
func (s *reportScheduler) finish(rec store.ScheduleRecord, run store.RunRecord, p schedulePlan, rows int64, why *runRefusal) store.RunRecord {
	if s.ctx.Err() != nil { // stopped by the workspace lock, whatever failed first
		why = refuse(false, "The workspace was locked during the run, so it stopped.")
		if !run.Manual {
			why.msg = "The workspace was locked during the run, so it stopped; it runs again at the next unlock."
		}
	}
	run.Status, run.Rows, run.File, run.Error, run.FinishedAt = model.RunFailed, rows, "", why.msg, s.c.now()
	if s.ctx.Err() != nil && !run.Manual {
		run.Status = model.RunSkipped
	}
	if err := s.record(rec, run, p, why); err != nil {
		logScheduleErr("recording a scheduled report run", rec.ID, err)
	}
	s.notify(rec, run, p.name)
	return run
}

// record stores run's end and its audit entry ("report.schedule.run" as
// the owner, Rows, the file) in one transaction, bounded on its own: it
// also runs while the scheduler is being stopped. A skipped scheduled run
// gets its slot back.
func (s *reportScheduler) record(rec store.ScheduleRecord, run store.RunRecord, p schedulePlan, why *runRefusal) error {
	ctx, cancel := context.WithTimeout(context.Background(), recordTimeout)
	defer cancel()
	return s.st.Write(ctx, func(tx *store.Tx) error {
		if err := store.FinishRun(ctx, tx, run); err != nil {
			return err
		}
		if run.Status == model.RunSkipped {
			if err := store.RestoreNextRun(ctx, tx, rec.ID, run.DueAt); err != nil {
				return err
			}
		}
		if err := store.AppendAudit(ctx, tx, s.entry(rec, run, p, why)); err != nil {
			return err
		}
		return logScheduleRun(ctx, tx, rec, run, p)
	})
}

// logScheduleRun records a scheduled report run in the integration log; a
// failed one can be retried (it runs the schedule now).
func logScheduleRun(ctx context.Context, tx *store.Tx, rec store.ScheduleRecord, run store.RunRecord, p schedulePlan) error {
	r := store.IntegrationRun{IntegrationRun: model.IntegrationRun{ID: store.NewID(), Kind: model.RunReport,
		Name: "Scheduled report " + p.name, PrincipalID: p.actor.UserID, PrincipalName: p.actor.Username,
		Source: "report " + rec.ReportID, Target: run.File, Counts: map[string]int{"rows": int(run.Rows)},
		Outcome: model.OutcomeSucceeded, Message: run.Error}, Started: run.StartedAt, Finished: run.FinishedAt}
	switch run.Status {
	case model.RunFailed:
		r.Outcome, r.Errors, r.Retry = model.OutcomeFailed, 1, `{"scheduleId":"`+rec.ID+`"}`
	case model.RunSkipped:
		r.Outcome = model.OutcomeCancelled
	}
	if err := store.StartIntegrationRun(ctx, tx, r); err != nil {
		return err
	}
	return store.FinishIntegrationRun(ctx, tx, r)
}

// entry is the audit entry of a run, by its owner on this device (no
// session: nobody started it in a window).
func (s *reportScheduler) entry(rec store.ScheduleRecord, run store.RunRecord, p schedulePlan, why *runRefusal) *audit.Entry {
	c := s.c
	e := &audit.Entry{
		Actor:    audit.Actor{UserID: p.actor.UserID, Username: p.actor.Username, Role: p.actor.RoleName},
		Device:   audit.Device{DeviceID: c.device.ID, Hostname: c.device.Hostname, OSUser: c.device.OSUser, AppVersion: c.version},
		Category: audit.CatExport, Action: actionScheduleRun, ObjectType: "report", ObjectID: rec.ReportID, ObjectLabel: p.name,
		Outcome: audit.OutcomeSuccess, Rows: run.Rows,
	}
	how := "scheduled"
	switch {
	case run.Manual:
		how = "run now"
	case run.CaughtUp:
		how = "scheduled, caught up"
	}
	e.Reason = fmt.Sprintf("schedule %s (%s), format=xlsx", rec.ID, how)
	if p.ex.query != nil {
		e.Reason += ", " + reportReason(p.name, p.ex.spec)
	}
	if run.File != "" {
		e.Reason += ", file " + run.File
	}
	if why != nil {
		e.Outcome, e.Reason = audit.OutcomeFailed, e.Reason+": "+why.msg
		if why.denied {
			e.Category, e.Outcome = audit.CatSecurity, audit.OutcomeDenied
		}
	}
	return e
}

// notify tells the owner, when signed in here, that the list changed and,
// for a failed run, why.
func (s *reportScheduler) notify(rec store.ScheduleRecord, run store.RunRecord, name string) {
	c := s.c
	c.live.mu.Lock()
	defer c.live.mu.Unlock()
	if c.live.userID != rec.OwnerID || c.live.reauth || c.live.emitter == nil {
		return
	}
	if run.Status == model.RunFailed {
		c.live.emitter.Emit(EventScheduleFailed, model.ScheduleFailed{ScheduleID: rec.ID, ReportName: name, Error: run.Error})
	}
	c.live.emitter.Emit(EventSchedulesChanged)
}
