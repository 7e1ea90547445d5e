package service

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/backup"
	"fieldvault/backend/model"
	"fieldvault/backend/store"
)

// Scheduled-report events, sent only to the schedule's owner while they
// are signed in on this device: EventScheduleFailed carries a
// model.ScheduleFailed, EventSchedulesChanged (no payload) follows every
// run so that the list and its badges refresh.
const (
	EventScheduleFailed   = "schedules:failed"
	EventSchedulesChanged = "schedules:changed"
)

const (
	// schedulerMaxSleep bounds a wait: the wall clock is read again at
	// least this often, so a laptop that slept through a due time (timers
	// follow the monotonic clock, which stops during sleep) runs it soon
	// after waking.
	schedulerMaxSleep = time.Minute
	schedulerMinSleep = time.Second
	// lateGrace: a run started later than this after its slot is marked
	// caught up (the machine slept or the app was closed).
	lateGrace = 5 * time.Minute
	// recordTimeout bounds the write that records how a run ended, which
	// also runs while the workspace is being locked.
	recordTimeout = 10 * time.Second
)

// The schedulers of this process by core: one per core, so one per open
// workspace. Core.mu orders starts and stops (see scheduleLocked); the map
// has its own lock so that ScheduleService can reach its scheduler.
var schedulers = struct {
	mu sync.Mutex
	m  map[*Core]*reportScheduler
}{m: map[*Core]*reportScheduler{}}

// scheduleLocked starts the report scheduler on the open store, once per
// store; it runs until the workspace locks (unscheduleLocked). It is called
// where the alert watcher starts, so every path that opens a workspace
// reaches it. Callers hold c.mu and no write transaction.
func (c *Core) scheduleLocked() {
	if c.session == nil {
		return
	}
	st := c.session.Store()
	if cur := c.scheduler(); cur != nil && cur.st == st {
		return
	}
	c.unscheduleLocked()
	s := newReportScheduler(c, st)
	schedulers.mu.Lock()
	schedulers.m[c] = s
	schedulers.mu.Unlock()
	go s.run()
}

// unscheduleLocked stops the scheduler before the store closes: a run in
// progress is cancelled, recorded as skipped and its slot kept for the
// next start. Callers hold c.mu.
func (c *Core) unscheduleLocked() {
	schedulers.mu.Lock()
	s := schedulers.m[c]
	delete(schedulers.m, c)
	schedulers.mu.Unlock()
	if s != nil {
		s.close()
	}
}

// scheduler returns the core's running scheduler, nil when none runs.
func (c *Core) scheduler() *reportScheduler {
	schedulers.mu.Lock()
	defer schedulers.mu.Unlock()
	return schedulers.m[c]
}

// reportScheduler runs due report schedules on one goroutine, each as its
// owner (report_schedule_run.go). Like the alert watcher it never takes
// Core.mu: it reads only the core's fixed fields (clock, device) and the
// live session (for events), and the store cannot close under it because
// locking the workspace stops it first (and waits).
type reportScheduler struct {
	c       *Core
	st      *store.Store
	started time.Time // runs for slots up to this are caught up
	ctx     context.Context
	cancel  context.CancelFunc
	kick    chan struct{}      // schedules changed: look again
	ticks   chan chan struct{} // tests: one pass, then ack
	manual  chan manualRun
	stop    chan struct{}
	closing sync.Once
	done    chan struct{}
}

// manualRun asks the worker to run one schedule now (RunNow).
type manualRun struct {
	id    string
	reply chan manualResult
}

type manualResult struct {
	run store.RunRecord
	err error
}

func newReportScheduler(c *Core, st *store.Store) *reportScheduler {
	ctx, cancel := context.WithCancel(context.Background())
	return &reportScheduler{c: c, st: st, started: c.now(), ctx: ctx, cancel: cancel,
		kick: make(chan struct{}, 1), ticks: make(chan chan struct{}), manual: make(chan manualRun),
		stop: make(chan struct{}), done: make(chan struct{})}
}

// close stops the worker and waits for it: a run in progress is cancelled
// and recorded (bounded by recordTimeout).
func (s *reportScheduler) close() {
	s.closing.Do(func() {
		s.cancel() // first: once stop is closed, the run in progress is cancelled
		close(s.stop)
	})
	<-s.done
}

func (s *reportScheduler) stopping() bool {
	select {
	case <-s.stop:
		return true
	default:
		return false
	}
}

// wake makes the worker read the schedules again (a schedule was saved or
// deleted). It never blocks.
func (s *reportScheduler) wake() {
	select {
	case s.kick <- struct{}{}:
	default:
	}
}

// tick runs one pass over what is due by the core's clock and returns once
// it is done (tests); false when the scheduler stopped.
func (s *reportScheduler) tick() bool {
	ack := make(chan struct{})
	select {
	case s.ticks <- ack:
	case <-s.done:
		return false
	}
	select {
	case <-ack:
		return true
	case <-s.done:
		return false
	}
}

// runNow runs schedule id on the worker (after any run in progress) and
// returns its record. CodeLocked when the workspace locks first.
func (s *reportScheduler) runNow(id string) (store.RunRecord, error) {
	locked := apperr.New(apperr.CodeLocked, "The workspace was locked, so the report did not run.")
	req := manualRun{id: id, reply: make(chan manualResult, 1)}
	select {
	case s.manual <- req:
	case <-s.done:
		return store.RunRecord{}, locked
	}
	select {
	case r := <-req.reply:
		return r.run, r.err
	case <-s.done:
		return store.RunRecord{}, locked
	}
}

func (s *reportScheduler) run() {
	defer close(s.done)
	s.failStale()
	s.pass() // catch up: what fell due while the app was closed runs once
	for !s.stopping() {
		timer := time.NewTimer(s.untilNext())
		select {
		case <-s.stop:
		case <-timer.C:
			s.pass()
		case <-s.kick:
			s.pass()
		case ack := <-s.ticks:
			select { // this pass also serves a pending wake-up
			case <-s.kick:
			default:
			}
			s.pass()
			close(ack)
		case req := <-s.manual:
			run, err := s.runManual(req.id)
			req.reply <- manualResult{run, err}
		}
		timer.Stop()
	}
}

// untilNext is how long to sleep: until the earliest due schedule, within
// [schedulerMinSleep, schedulerMaxSleep].
func (s *reportScheduler) untilNext() time.Duration {
	next, ok, err := store.NextDue(s.ctx, s.st.Reader())
	if err != nil || !ok {
		logScheduleErr("reading the next scheduled report", "", err)
		return schedulerMaxSleep
	}
	return min(max(next.Sub(s.c.now()), schedulerMinSleep), schedulerMaxSleep)
}

// failStale marks runs left "running" by a process that ended mid-run as
// failed: no file of theirs was placed (a file appears only after its run
// is recorded).
// Import batches and integration runs a process left "running" end as
// failed too (an interrupted import can then be reverted), and the sealed
// temporaries of crashed backups are removed from the workspace folder.
func (s *reportScheduler) failStale() {
	if n := backup.SweepTemporaries(s.c.vault.Dir, s.c.now().Add(-backup.SweepAge)); n > 0 {
		slog.Info("removed the temporary copies of interrupted backups", "files", n)
	}
	err := s.st.Write(s.ctx, func(tx *store.Tx) error {
		if _, err := store.FailStaleRuns(s.ctx, tx, s.c.now(), "The app ended during the run; no file was written."); err != nil {
			return err
		}
		if err := store.FailStaleImports(s.ctx, tx, s.c.now()); err != nil {
			return err
		}
		return store.FailRunningIntegrationRuns(s.ctx, tx, s.c.now())
	})
	logScheduleErr("failing unfinished runs", "", err)
}

// pass runs every schedule due by now, each once however many of its
// slots passed; a failing one does not stop the others.
func (s *reportScheduler) pass() {
	due, err := store.DueSchedules(s.ctx, s.st.Reader(), s.c.now())
	if err != nil {
		if !s.stopping() {
			logScheduleErr("reading due scheduled reports", "", err)
		}
		return
	}
	for _, rec := range due {
		if s.stopping() {
			return
		}
		s.runDue(rec)
	}
}

// runDue claims rec's slot — moving its next run past now, so missed slots
// collapse into this one run — and runs it.
func (s *reportScheduler) runDue(rec store.ScheduleRecord) {
	now := s.c.now()
	slot := rec.NextRunAt
	next := time.Time{}
	if r, err := model.RecurrenceOf(rec.Frequency, rec.Weekday, rec.DayOfMonth, rec.Time, rec.TimeZone); err == nil {
		next = r.Next(now)
	}
	if next.IsZero() { // unreadable: the run records why; try again tomorrow
		next = now.Add(24 * time.Hour)
	}
	run := store.RunRecord{ID: store.NewID(), ScheduleID: rec.ID, ReportID: rec.ReportID, DueAt: slot, StartedAt: now,
		Status: model.RunRunning, CaughtUp: !slot.After(s.started) || now.Sub(slot) > lateGrace}
	claimed := false
	err := s.st.Write(s.ctx, func(tx *store.Tx) error {
		ok, err := store.ClaimSchedule(s.ctx, tx, rec.ID, slot, next)
		if err != nil || !ok {
			return err
		}
		claimed = true
		return store.InsertRun(s.ctx, tx, run)
	})
	if err != nil || !claimed {
		if !s.stopping() {
			logScheduleErr("claiming a scheduled report", rec.ID, err)
		}
		return
	}
	s.execute(rec, run)
}

// runManual runs schedule id now without moving its next run.
func (s *reportScheduler) runManual(id string) (store.RunRecord, error) {
	rec, err := store.GetSchedule(s.ctx, s.st.Reader(), id)
	if err != nil {
		return store.RunRecord{}, err
	}
	now := s.c.now()
	run := store.RunRecord{ID: store.NewID(), ScheduleID: rec.ID, ReportID: rec.ReportID, DueAt: now, StartedAt: now,
		Status: model.RunRunning, Manual: true}
	if err := s.st.Write(s.ctx, func(tx *store.Tx) error { return store.InsertRun(s.ctx, tx, run) }); err != nil {
		return store.RunRecord{}, err
	}
	return s.execute(rec, run), nil
}

// logScheduleErr logs a scheduler failure: ids and the error, never data.
func logScheduleErr(msg, scheduleID string, err error) {
	if err != nil {
		slog.Error(msg, "schedule", scheduleID, "err", err)
	}
}
