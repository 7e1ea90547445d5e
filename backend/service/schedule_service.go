package service

import (
	"errors"
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
)

// maxSchedulesPerUser bounds one user's schedules.
const maxSchedulesPerUser = 50

// ScheduleService is bound to the frontend: the caller's report schedules
// and their runs. A schedule writes a saved report as .xlsx into a folder
// while the app runs (see reportScheduler), each run as the schedule's
// owner with their scope and field rules at that time. Schedules are
// personal: nobody sees or changes another user's (CodeNotFound).
type ScheduleService struct {
	core *Core
}

// NewScheduleService returns the service over core.
func NewScheduleService(core *Core) *ScheduleService { return &ScheduleService{core: core} }

// List returns the caller's schedules by report name, each with its last
// run (nil before the first) so the window can badge failures.
// CodeForbidden (audited) without reports.view.
func (s *ScheduleService) List() ([]model.ReportSchedule, error) {
	var out []model.ReportSchedule
	err := s.core.with(rbac.PermReportsView, actionScheduleList, "report_schedule", "", func(cl call) error {
		recs, err := store.ListSchedules(cl.ctx, cl.st.Reader(), cl.actor.UserID)
		if err != nil {
			return err
		}
		last, err := store.LastRuns(cl.ctx, cl.st.Reader(), cl.actor.UserID)
		if err != nil {
			return err
		}
		out = make([]model.ReportSchedule, 0, len(recs))
		for _, r := range recs {
			m := scheduleToModel(r)
			if run, ok := last[r.ID]; ok {
				mr := runToModel(run)
				m.LastRun = &mr
			}
			out = append(out, m)
		}
		return nil
	})
	return out, err
}

// Save creates (ID "") or changes one of the caller's schedules, audited
// as report.schedule.save in the same transaction; an enabled schedule
// gets its next run from now. The report must be a saved report the
// caller sees and can run (it compiles for them); the folder must exist
// and be writable (it is stored with links resolved, and a run refuses it
// once it has become a link). No workbook password: see migration 0013.
// CodeForbidden (audited) without reports.manage and data.export;
// CodeNotFound for an ID that is not the caller's schedule; CodeConflict
// beyond 50 schedules; CodeInvalid naming reportId, frequency, weekday,
// dayOfMonth, time, timeZone, folder or filePattern.
func (s *ScheduleService) Save(in model.ScheduleInput) (model.ReportSchedule, error) {
	var out model.ReportSchedule
	err := s.core.with(rbac.PermReportsManage, actionScheduleSave, "report_schedule", in.ID, func(cl call) error {
		if !cl.actor.Can(rbac.PermDataExport) {
			return s.core.deny(cl, actionScheduleSave, "report_schedule", in.ID, "missing permission "+string(rbac.PermDataExport))
		}
		if err := in.Validate(); err != nil {
			return err
		}
		now := s.core.now()
		rec := store.ScheduleRecord{ID: in.ID, OwnerID: cl.actor.UserID, CreatedAt: now}
		var before map[string]any
		if in.ID != "" {
			old, err := s.owned(cl, in.ID)
			if err != nil {
				return err
			}
			rec.CreatedAt, before = old.CreatedAt, scheduleFields(old)
		} else if n, err := store.CountSchedules(cl.ctx, cl.st.Reader(), cl.actor.UserID); err != nil {
			return err
		} else if n >= maxSchedulesPerUser {
			return apperr.New(apperr.CodeConflict, "You have 50 schedules: delete one first.")
		}
		name, err := s.runnableReport(cl, in)
		if err != nil {
			return err
		}
		folder, err := checkScheduleFolder(in.Folder)
		if err != nil {
			return err
		}
		rec.ReportID, rec.ReportName, rec.Frequency, rec.Weekday, rec.DayOfMonth = in.ReportID, name, in.Frequency, in.Weekday, in.DayOfMonth
		rec.Time, rec.TimeZone, rec.Folder, rec.FilePattern, rec.Enabled, rec.UpdatedAt = in.Time, in.TimeZone, folder, in.FilePattern, in.Enabled, now
		if in.Enabled {
			rc, err := model.RecurrenceOf(rec.Frequency, rec.Weekday, rec.DayOfMonth, rec.Time, rec.TimeZone)
			if err != nil {
				return apperr.Invalid("Choose a valid time and time zone.", map[string]string{"time": "not valid"})
			}
			rec.NextRunAt = rc.Next(now)
		}
		write := store.UpdateSchedule
		if in.ID == "" {
			rec.ID, write = store.NewID(), store.InsertSchedule
		}
		err = cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			if err := write(cl.ctx, tx, rec); err != nil {
				return err
			}
			e := s.core.entry(cl.actor, audit.CatReport, actionScheduleSave, "report_schedule", rec.ID, name)
			e.Changes = audit.Diff(before, scheduleFields(rec), nil, nil)
			return store.AppendAudit(cl.ctx, tx, e)
		})
		if err != nil {
			return err
		}
		out = scheduleToModel(rec)
		if run, ok := lastRun(cl, rec.ID); ok {
			out.LastRun = &run
		}
		return nil
	})
	if err == nil {
		s.wake()
	}
	return out, err
}

// Delete removes one of the caller's schedules and its run history,
// audited as report.schedule.delete in the same transaction. Any signed-in
// user may delete their own (it only stops exports). CodeNotFound when it
// is not the caller's.
func (s *ScheduleService) Delete(id string) error {
	err := s.core.with("", actionScheduleDelete, "report_schedule", id, func(cl call) error {
		old, err := s.owned(cl, id)
		if err != nil {
			return err
		}
		return cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			if err := store.DeleteSchedule(cl.ctx, tx, id); err != nil {
				return err
			}
			e := s.core.entry(cl.actor, audit.CatReport, actionScheduleDelete, "report_schedule", id, old.ReportName)
			e.Changes = audit.Diff(scheduleFields(old), nil, nil, nil)
			return store.AppendAudit(cl.ctx, tx, e)
		})
	})
	if err == nil {
		s.wake()
	}
	return err
}

// Runs returns the history of one of the caller's schedules, newest first
// (the last 100). CodeForbidden (audited) without reports.view;
// CodeNotFound when it is not the caller's.
func (s *ScheduleService) Runs(scheduleID string) ([]model.ScheduleRun, error) {
	var out []model.ScheduleRun
	err := s.core.with(rbac.PermReportsView, actionScheduleRuns, "report_schedule", scheduleID, func(cl call) error {
		if _, err := s.owned(cl, scheduleID); err != nil {
			return err
		}
		runs, err := store.ListRuns(cl.ctx, cl.st.Reader(), scheduleID)
		if err != nil {
			return err
		}
		out = make([]model.ScheduleRun, 0, len(runs))
		for _, r := range runs {
			out = append(out, runToModel(r))
		}
		return nil
	})
	return out, err
}

// RunNow runs one of the caller's schedules at once (enabled or not,
// without moving its next run) and returns the finished run: Status ok
// with File and Rows, or failed with Error — a run that fails is a result
// here, recorded and audited like a scheduled one. It waits for a run in
// progress to end first. CodeForbidden (audited) without reports.view and
// data.export; CodeNotFound when it is not the caller's; CodeConflict when
// no scheduler runs in this process; CodeLocked when the workspace locks
// meanwhile.
func (s *ScheduleService) RunNow(id string) (model.ScheduleRun, error) {
	var sch *reportScheduler
	err := s.core.with(rbac.PermReportsView, actionScheduleRun, "report_schedule", id, func(cl call) error {
		if !cl.actor.Can(rbac.PermDataExport) {
			return s.core.deny(cl, actionScheduleRun, "report_schedule", id, "missing permission "+string(rbac.PermDataExport))
		}
		if _, err := s.owned(cl, id); err != nil {
			return err
		}
		if sch = s.core.scheduler(); sch == nil {
			return apperr.New(apperr.CodeConflict, "Scheduled reports do not run in this process.")
		}
		return nil
	})
	if err != nil {
		return model.ScheduleRun{}, err
	}
	run, err := sch.runNow(id) // outside Core.mu: the run takes as long as the report
	if err != nil {
		return model.ScheduleRun{}, err
	}
	return runToModel(run), nil
}

// owned returns the caller's schedule id, else CodeNotFound.
func (s *ScheduleService) owned(cl call, id string) (store.ScheduleRecord, error) {
	r, err := store.GetSchedule(cl.ctx, cl.st.Reader(), id)
	if err == nil && r.OwnerID != cl.actor.UserID {
		err = apperr.New(apperr.CodeNotFound, "There is no such schedule.")
	}
	return r, err
}

// runnableReport returns the name of in.ReportID when it is a saved report
// the caller sees and that compiles for them (in the schedule's zone).
func (s *ScheduleService) runnableReport(cl call, in model.ScheduleInput) (string, error) {
	bad := func(msg string) error { return apperr.Invalid(msg, map[string]string{"reportId": msg}) }
	if strings.HasPrefix(in.ReportID, BuiltinPrefix) {
		return "", bad("Only saved reports can be scheduled: save this report first.")
	}
	r, err := store.GetReport(cl.ctx, cl.st.Reader(), in.ReportID)
	if apperr.Is(err, apperr.CodeNotFound) || (err == nil && !r.VisibleTo(cl.actor.UserID, cl.actor.TeamIDs)) {
		return "", bad("There is no such report.")
	}
	if err != nil {
		return "", err
	}
	info, err := reportInfo(r, cl.actor.UserID)
	if err != nil {
		return "", err
	}
	loc, err := model.LoadZone(in.TimeZone)
	if err != nil {
		return "", apperr.Invalid("Choose a known time zone.", map[string]string{"timeZone": "unknown"})
	}
	if _, err := report.Compile(info.Spec, cl.actor, cl.actor.Can(rbac.PermSensitiveView), s.core.now(), loc); err != nil {
		return "", bad("This report does not run for you: " + apperr.ToPayload(err).Message)
	}
	return info.Name, nil
}

// checkScheduleFolder returns the folder with links resolved when it is an
// existing directory this process can create files in.
func checkScheduleFolder(folder string) (string, error) {
	bad := func(msg string) error { return apperr.Invalid(msg, map[string]string{"folder": msg}) }
	real, err := filepath.EvalSymlinks(folder)
	if errors.Is(err, fs.ErrNotExist) {
		return "", bad("The folder does not exist.")
	}
	if err != nil {
		return "", bad("The folder cannot be read.")
	}
	if st, err := os.Stat(real); err != nil || !st.IsDir() {
		return "", bad("This is not a folder.")
	}
	f, err := os.CreateTemp(real, ".fieldvault-check-*")
	if err != nil {
		return "", bad("Files cannot be created in this folder.")
	}
	name := f.Name()
	_ = f.Close()
	_ = os.Remove(name)
	return real, nil
}

// wake tells the scheduler, if one runs, that schedules changed.
func (s *ScheduleService) wake() {
	if sch := s.core.scheduler(); sch != nil {
		sch.wake()
	}
}

func lastRun(cl call, scheduleID string) (model.ScheduleRun, bool) {
	runs, err := store.ListRuns(cl.ctx, cl.st.Reader(), scheduleID)
	if err != nil || len(runs) == 0 {
		return model.ScheduleRun{}, false
	}
	return runToModel(runs[0]), true
}

// scheduleFields is what a schedule's audit diff shows.
func scheduleFields(r store.ScheduleRecord) map[string]any {
	return map[string]any{"reportId": r.ReportID, "frequency": r.Frequency, "weekday": r.Weekday, "dayOfMonth": r.DayOfMonth,
		"time": r.Time, "timeZone": r.TimeZone, "folder": r.Folder, "filePattern": r.FilePattern, "enabled": r.Enabled}
}

func optionalTime(r store.ScheduleRecord) string {
	if r.NextRunAt.IsZero() {
		return ""
	}
	return store.FormatTime(r.NextRunAt)
}

func scheduleToModel(r store.ScheduleRecord) model.ReportSchedule {
	return model.ReportSchedule{ID: r.ID, ReportID: r.ReportID, ReportName: r.ReportName, Frequency: r.Frequency,
		Weekday: r.Weekday, DayOfMonth: r.DayOfMonth, Time: r.Time, TimeZone: r.TimeZone, Folder: r.Folder,
		FilePattern: r.FilePattern, Enabled: r.Enabled, NextRunAt: optionalTime(r),
		CreatedAt: store.FormatTime(r.CreatedAt), UpdatedAt: store.FormatTime(r.UpdatedAt)}
}

func runToModel(r store.RunRecord) model.ScheduleRun {
	out := model.ScheduleRun{ID: r.ID, ScheduleID: r.ScheduleID, ReportID: r.ReportID, DueAt: store.FormatTime(r.DueAt),
		StartedAt: store.FormatTime(r.StartedAt), Status: r.Status, Rows: r.Rows, File: r.File, Error: r.Error,
		CaughtUp: r.CaughtUp, Manual: r.Manual}
	if !r.FinishedAt.IsZero() {
		out.FinishedAt = store.FormatTime(r.FinishedAt)
	}
	return out
}
