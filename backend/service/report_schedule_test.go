package service_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/report"
	"fieldvault/backend/service"
	"fieldvault/backend/store"
)

var dealNames = report.Spec{Entity: "deals", Columns: []string{"name"}}

// A daily schedule runs at its time (10:30 Berlin = 09:30 UTC), as its
// owner: the Sales Rep's file holds their team's deal only.
func TestScheduleRunsAtItsTimeAsOwner(t *testing.T) {
	w := newScheduleWorld(t)
	dir := t.TempDir()
	w.as(t, "sales_rep")
	reportID := w.saveReport(t, "Open deals", dealNames)
	s := w.schedule(t, model.ScheduleInput{ReportID: reportID, Frequency: model.FrequencyDaily, Time: "10:30",
		TimeZone: "Europe/Berlin", Folder: dir, Enabled: true})
	if s.NextRunAt != "2026-03-02T09:30:00.000Z" || s.FilePattern != model.DefaultFilePattern || s.ReportName != "Open deals" {
		t.Fatalf("saved %+v", s)
	}
	w.tick(t) // 09:00: not yet
	if runs := w.runs(t, s.ID); len(runs) != 0 {
		t.Fatalf("ran early: %+v", runs)
	}
	w.clock.Advance(30 * time.Minute)
	w.tick(t)
	w.tick(t)            // a second pass at the same time runs nothing more
	w.as(t, "sales_rep") // the idle timeout passed meanwhile
	runs := w.runs(t, s.ID)
	if len(runs) != 1 {
		t.Fatalf("%d runs, want 1: %+v", len(runs), runs)
	}
	run := runs[0]
	want := filepath.Join(dir, "Open deals 2026-03-02.xlsx")
	if run.Status != model.RunOK || run.Rows != 1 || run.File != want || run.CaughtUp || run.Manual || run.FinishedAt == "" {
		t.Fatalf("run %+v", run)
	}
	text := sheetText(t, want)
	if !strings.Contains(text, "North deal") || strings.Contains(text, "South deal") || strings.Contains(text, "Admin deal") {
		t.Fatalf("the rep's file is not in their scope:\n%s", text)
	}
	if !strings.Contains(text, "sales_rep (scheduled)") {
		t.Fatalf("summary does not name the owner:\n%s", text)
	}
	if got := w.auditRows(t, "report.schedule.run", "success"); len(got) != 1 || got[0] != 1 {
		t.Fatalf("audited runs %v, want [1]", got)
	}
	list, err := w.sched.List()
	if err != nil || len(list) != 1 || list[0].LastRun == nil || list[0].LastRun.Status != model.RunOK ||
		list[0].NextRunAt != "2026-03-03T09:30:00.000Z" {
		t.Fatalf("list %+v %v", list, err)
	}
	if len(w.em.named(service.EventSchedulesChanged)) == 0 || len(w.em.named(service.EventScheduleFailed)) != 0 {
		t.Fatalf("events %+v", w.em.events)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Fatalf("folder holds %v", entries)
	}
}

// Slots missed while the workspace was locked ("the laptop was closed")
// run once at the next start, marked caught up; a run a crash left
// "running" is failed then.
func TestScheduleCatchUp(t *testing.T) {
	w := newScheduleWorld(t)
	dir := t.TempDir()
	w.as(t, "sales_manager")
	s := w.schedule(t, model.ScheduleInput{ReportID: w.saveReport(t, "South deals", dealNames), Frequency: model.FrequencyDaily,
		Time: "09:30", TimeZone: "UTC", Folder: dir, Enabled: true})
	st := w.core.StoreForTest()
	if err := st.Write(context.Background(), func(tx *store.Tx) error {
		_, err := tx.ExecContext(context.Background(), `INSERT INTO report_runs(id, schedule_id, report_id, due_at, started_at, status)
			VALUES ('crashed', ?, ?, '2026-03-01T09:30:00.000Z', '2026-03-01T09:30:00.000Z', 'running')`, s.ID, s.ReportID)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	if err := w.ws.Lock(); err != nil {
		t.Fatal(err)
	}
	w.clock.Advance(3*24*time.Hour + time.Hour) // Thursday 10:00: three slots passed
	if _, err := w.ws.UnlockPassphrase(pass); err != nil {
		t.Fatal(err)
	}
	w.tick(t)
	w.as(t, "sales_manager")
	runs := w.runs(t, s.ID)
	if len(runs) != 2 {
		t.Fatalf("%d runs, want the catch-up and the crashed one: %+v", len(runs), runs)
	}
	var caught, crashed model.ScheduleRun
	for _, r := range runs {
		if r.ID == "crashed" {
			crashed = r
		} else {
			caught = r
		}
	}
	if caught.Status != model.RunOK || !caught.CaughtUp || caught.DueAt != "2026-03-02T09:30:00.000Z" ||
		caught.File != filepath.Join(dir, "South deals 2026-03-05.xlsx") {
		t.Fatalf("caught-up run %+v", caught)
	}
	if crashed.Status != model.RunFailed || crashed.Error == "" {
		t.Fatalf("crashed run %+v", crashed)
	}
	list, _ := w.sched.List()
	if len(list) != 1 || list[0].NextRunAt != "2026-03-06T09:30:00.000Z" {
		t.Fatalf("next run %+v", list)
	}
	w.tick(t)
	if n := len(w.runs(t, s.ID)); n != 2 {
		t.Fatalf("%d runs after another pass", n)
	}
}

// A run the workspace lock interrupts is skipped, its slot kept, and it is
// caught up at the next unlock.
func TestScheduleInterruptedByLock(t *testing.T) {
	w := newScheduleWorld(t)
	dir := t.TempDir()
	w.as(t, "sales_manager")
	s := w.schedule(t, model.ScheduleInput{ReportID: w.saveReport(t, "South deals", dealNames), Frequency: model.FrequencyWeekly,
		Weekday: 1, Time: "09:30", TimeZone: "UTC", Folder: dir, Enabled: true})
	w.tick(t) // serves the save's wake-up: nothing runs behind the hook's back
	var locked sync.WaitGroup
	service.SetReportExportHookForTest(func(int64) {
		stop := w.core.SchedulerStopForTest()
		locked.Add(1)
		go func() { defer locked.Done(); _ = w.ws.Lock() }()
		<-stop
	})
	w.clock.Advance(30 * time.Minute)
	w.core.TickSchedulerForTest() // false: the lock stops the scheduler during the pass
	service.SetReportExportHookForTest(nil)
	locked.Wait()
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("an interrupted run left %v", entries)
	}
	if _, err := w.ws.UnlockPassphrase(pass); err != nil {
		t.Fatal(err)
	}
	w.tick(t)
	w.as(t, "sales_manager")
	runs := w.runs(t, s.ID)
	if len(runs) != 2 || runs[1].Status != model.RunSkipped || runs[0].Status != model.RunOK || !runs[0].CaughtUp ||
		runs[0].DueAt != runs[1].DueAt {
		t.Fatalf("runs %+v", runs)
	}
}

// Failures are recorded, audited and shown to the owner: an owner who lost
// data.export (denied, no file), a folder that vanished (failed).
func TestScheduleFailures(t *testing.T) {
	w := newScheduleWorld(t)
	lost, gone := t.TempDir(), filepath.Join(t.TempDir(), "gone")
	if err := os.Mkdir(gone, 0o700); err != nil {
		t.Fatal(err)
	}
	w.as(t, "sales_manager")
	sm := w.schedule(t, model.ScheduleInput{ReportID: w.saveReport(t, "South deals", dealNames), Frequency: model.FrequencyMonthly,
		DayOfMonth: 2, Time: "09:30", TimeZone: "UTC", Folder: lost, Enabled: true})
	w.as(t, "admin")
	ad := w.schedule(t, model.ScheduleInput{ReportID: w.saveReport(t, "All deals", dealNames), Frequency: model.FrequencyDaily,
		Time: "09:30", TimeZone: "UTC", Folder: gone, Enabled: true})
	// The rep's report uses deal amounts, which they may see until the
	// role loses sensitive.view: then it no longer compiles for them.
	w.setAdvanced(t, "sales_rep", []string{"sensitive.view"}, nil)
	w.as(t, "sales_rep")
	rep := w.schedule(t, model.ScheduleInput{ReportID: w.saveReport(t, "Amounts", report.Spec{Entity: "deals", Columns: []string{"name", "amount"}}),
		Frequency: model.FrequencyDaily, Time: "09:30", TimeZone: "UTC", Folder: lost, Enabled: true})
	w.setAdvanced(t, "sales_rep", nil, []string{"sensitive.view"})
	w.setAdvanced(t, "sales_manager", nil, []string{"data.export"})
	if err := os.Remove(gone); err != nil {
		t.Fatal(err)
	}
	deniedBefore := len(w.auditRows(t, "report.schedule.run", "denied"))
	w.clock.Advance(30 * time.Minute)
	w.as(t, "sales_manager") // signed in: gets the event
	w.tick(t)

	runs := w.runs(t, sm.ID)
	if len(runs) != 1 || runs[0].Status != model.RunFailed || !strings.Contains(runs[0].Error, "data.export") || runs[0].File != "" {
		t.Fatalf("sales_manager's run %+v", runs)
	}
	if entries, _ := os.ReadDir(lost); len(entries) != 0 {
		t.Fatalf("a refused run wrote %v", entries)
	}
	if n := len(w.auditRows(t, "report.schedule.run", "denied")); n != deniedBefore+2 {
		t.Fatalf("%d denied run entries, want %d (data.export, sensitive field)", n, deniedBefore+2)
	}
	ev := w.em.named(service.EventScheduleFailed)
	if len(ev) != 1 {
		t.Fatalf("failed events %+v (only the signed-in owner's)", ev)
	}
	if p, ok := ev[0].data[0].(model.ScheduleFailed); !ok || p.ScheduleID != sm.ID || p.ReportName != "South deals" || !strings.Contains(p.Error, "data.export") {
		t.Fatalf("payload %+v", ev[0].data)
	}
	list, err := w.sched.List()
	if err != nil || len(list) != 1 || list[0].LastRun == nil || list[0].LastRun.Status != model.RunFailed {
		t.Fatalf("list badges %+v %v", list, err)
	}

	w.as(t, "sales_rep")
	if runs := w.runs(t, rep.ID); len(runs) != 1 || runs[0].Status != model.RunFailed || !strings.Contains(runs[0].Error, "does not run") {
		t.Fatalf("sales_rep's run %+v", runs)
	}
	w.as(t, "admin")
	runs = w.runs(t, ad.ID)
	if len(runs) != 1 || runs[0].Status != model.RunFailed || !strings.Contains(runs[0].Error, "no longer exists") {
		t.Fatalf("admin's run %+v", runs)
	}
	if n := len(w.auditRows(t, "report.schedule.run", "failed")); n != 1 {
		t.Fatalf("%d failed run entries, want 1", n)
	}
	// A failed run does not block the next: the folder is back tomorrow.
	if err := os.Mkdir(gone, 0o700); err != nil {
		t.Fatal(err)
	}
	w.clock.Advance(24 * time.Hour)
	w.tick(t)
	w.as(t, "admin")
	if runs := w.runs(t, ad.ID); len(runs) != 2 || runs[0].Status != model.RunOK || runs[0].Rows != 3 {
		t.Fatalf("next day %+v", runs)
	}
}

// Save refuses what cannot run: each refusal names the field.
func TestScheduleSaveValidation(t *testing.T) {
	w := newScheduleWorld(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "file.txt")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	w.as(t, "admin")
	adminPrivate := w.saveReport(t, "Admin only", dealNames)
	if _, err := w.svc.Save(service.ReportSaveRequest{Name: "Amounts", Sharing: "everyone",
		Spec: report.Spec{Entity: "deals", Columns: []string{"name", "amount"}}}); err != nil {
		t.Fatal(err)
	}
	w.as(t, "sales_rep")
	mine := w.saveReport(t, "Mine", dealNames)
	reports, err := w.svc.List()
	if err != nil {
		t.Fatal(err)
	}
	amounts := ""
	for _, r := range reports {
		if r.Name == "Amounts" {
			amounts = r.ID
		}
	}
	ok := model.ScheduleInput{ReportID: mine, Frequency: model.FrequencyDaily, Time: "08:00", TimeZone: "UTC", Folder: dir, Enabled: true}
	with := func(f func(in *model.ScheduleInput)) model.ScheduleInput { in := ok; f(&in); return in }
	cases := []struct {
		name  string
		in    model.ScheduleInput
		field string
	}{
		{"bad time", with(func(in *model.ScheduleInput) { in.Time = "8:61" }), "time"},
		{"relative folder", with(func(in *model.ScheduleInput) { in.Folder = "reports/out" }), "folder"},
		{"missing folder", with(func(in *model.ScheduleInput) { in.Folder = filepath.Join(dir, "nope") }), "folder"},
		{"a file, not a folder", with(func(in *model.ScheduleInput) { in.Folder = file }), "folder"},
		{"weekday 9", with(func(in *model.ScheduleInput) { in.Frequency, in.Weekday = model.FrequencyWeekly, 9 }), "weekday"},
		{"day 31", with(func(in *model.ScheduleInput) { in.Frequency, in.DayOfMonth = model.FrequencyMonthly, 31 }), "dayOfMonth"},
		{"hostile pattern", with(func(in *model.ScheduleInput) { in.FilePattern = "../{report}" }), "filePattern"},
		{"absolute pattern", with(func(in *model.ScheduleInput) { in.FilePattern = "/etc/{report}" }), "filePattern"},
		{"unknown zone", with(func(in *model.ScheduleInput) { in.TimeZone = "Atlantis/Capital" }), "timeZone"},
		{"built-in report", with(func(in *model.ScheduleInput) { in.ReportID = "builtin:pipeline-by-stage" }), "reportId"},
		{"someone else's private report", with(func(in *model.ScheduleInput) { in.ReportID = adminPrivate }), "reportId"},
		{"a report that does not run for the caller", with(func(in *model.ScheduleInput) { in.ReportID = amounts }), "reportId"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := w.sched.Save(tc.in)
			if p := apperr.ToPayload(err); !apperr.Is(err, apperr.CodeInvalid) || p.Fields[tc.field] == "" {
				t.Fatalf("got %v %v, want invalid %s", err, p.Fields, tc.field)
			}
		})
	}
	if list, _ := w.sched.List(); len(list) != 0 {
		t.Fatalf("refusals saved %+v", list)
	}
	t.Run("valid, then disabled", func(t *testing.T) {
		s := w.schedule(t, ok)
		s2, err := w.sched.Save(model.ScheduleInput{ID: s.ID, ReportID: mine, Frequency: model.FrequencyDaily, Time: "08:00",
			TimeZone: "UTC", Folder: dir})
		if err != nil || s2.Enabled || s2.NextRunAt != "" || s2.CreatedAt != s.CreatedAt {
			t.Fatalf("disabled %+v %v", s2, err)
		}
	})
}

// RunNow, Runs and Delete act on the caller's own schedules only.
func TestScheduleRunNowRunsDelete(t *testing.T) {
	w := newScheduleWorld(t)
	dir := t.TempDir()
	w.as(t, "sales_manager")
	s := w.schedule(t, model.ScheduleInput{ReportID: w.saveReport(t, "South deals", dealNames), Frequency: model.FrequencyDaily,
		Time: "07:00", TimeZone: "UTC", Folder: dir, FilePattern: "{report} {date} {time}"})
	var files []string
	for range 2 {
		run, err := w.sched.RunNow(s.ID)
		if err != nil || run.Status != model.RunOK || !run.Manual || run.Rows != 1 {
			t.Fatalf("run now %+v %v", run, err)
		}
		files = append(files, filepath.Base(run.File))
	}
	if files[0] != "South deals 2026-03-02 0900.xlsx" || files[1] != "South deals 2026-03-02 0900 (2).xlsx" {
		t.Fatalf("files %v: a second run must not replace the first", files)
	}
	if runs := w.runs(t, s.ID); len(runs) != 2 || filepath.Base(runs[0].File) != files[1] {
		t.Fatalf("runs %+v", runs)
	}
	if list, _ := w.sched.List(); len(list) != 1 || list[0].NextRunAt != "" {
		t.Fatalf("a manual run moved a disabled schedule: %+v", list)
	}

	w.as(t, "admin") // not theirs: not found, whoever asks
	for name, call := range map[string]func() error{
		"RunNow": func() error { _, err := w.sched.RunNow(s.ID); return err },
		"Runs":   func() error { _, err := w.sched.Runs(s.ID); return err },
		"Delete": func() error { return w.sched.Delete(s.ID) },
		"Save": func() error {
			_, err := w.sched.Save(model.ScheduleInput{ID: s.ID, ReportID: s.ReportID, Frequency: model.FrequencyDaily, Time: "07:00",
				TimeZone: "UTC", Folder: dir})
			return err
		},
	} {
		if err := call(); !apperr.Is(err, apperr.CodeNotFound) {
			t.Errorf("admin %s: %v, want not found", name, err)
		}
	}
	if list, _ := w.sched.List(); len(list) != 0 {
		t.Fatalf("admin lists %+v", list)
	}

	w.as(t, "sales_manager")
	if err := w.sched.Delete(s.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := w.sched.Runs(s.ID); !apperr.Is(err, apperr.CodeNotFound) {
		t.Fatalf("runs of a deleted schedule: %v", err)
	}
	if w.auditCount(t, "report.schedule.delete", "success") != 1 || w.auditCount(t, "report.schedule.save", "success") != 1 {
		t.Fatal("save and delete not audited")
	}
	if n := len(w.auditRows(t, "report.schedule.run", "success")); n != 2 {
		t.Fatalf("%d audited manual runs", n)
	}
}
