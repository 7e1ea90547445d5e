package service

import (
	"context"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"fieldvault/backend/audit"
	"fieldvault/backend/detect"
	"fieldvault/backend/model"
	"fieldvault/backend/store"
)

// alertEffects is what raising an alert may do to the session, without
// Core.mu (see liveSession). A session is named by its user and the hash of
// its token, as audit entries record it.
type alertEffects interface {
	signedInHere(userID, sessionHash string) bool
	requireReauth(userID, sessionHash string) bool
	keySlotsChanged()
	notifyRaised(ctx context.Context, st *store.Store, a model.Alert)
}

const (
	watchBuffer     = 256 // committed batches waiting for the worker
	catchUpBatch    = 500 // entries read per catch-up query
	cursorSaveEvery = 500 // entries between two saves of the cursor when nothing is raised
	evalTimeout     = 30 * time.Second
	stopSaveTimeout = 5 * time.Second
	// maxRaiseAttempts bounds how often a finding whose raise failed is
	// tried again (at each poll) before it is given up, logged.
	maxRaiseAttempts = 5
	// pollEvery is how often the worker looks for entries other processes
	// (the CLI) wrote: they reach no observer here.
	pollEvery = 3 * time.Second
)

// ruleUpdateAction is how SaveRule audits a rule change.
const ruleUpdateAction = "alert.rule.update"

// alertWatch runs the rules on one goroutine as audit entries commit. The
// store's observer hands it each committed batch without blocking the
// writer; when the buffer is full the batch is dropped, counted, and read
// back from the log by a catch-up scan from the last evaluated seq. The
// same scan runs at start (entries written while nobody watched) and
// whenever batches arrive out of order, and every pollEvery for entries
// other processes wrote, so every entry is evaluated once, in seq order.
//
// The saved cursor never passes an entry whose findings are not raised yet:
// each raise saves it in its own transaction, up to the first entry of the
// findings still queued; a raise that fails keeps its finding (and so the
// cursor) for the next poll. Stopping (close) is checked between entries:
// the worker then only saves the cursor, and the next start catches up.
type alertWatch struct {
	st      *store.Store
	hist    detect.History
	engine  *detect.Engine
	fx      alertEffects
	now     func() time.Time
	device  audit.Device
	in      chan []audit.Entry
	flushes chan chan struct{}
	stop    chan struct{}
	closing sync.Once
	done    chan struct{}
	dropped atomic.Int64
	// rulesDirty makes the worker read the rule settings again before the
	// next entry. The worker sets it itself after evaluating a rule change
	// (alert.rule.update, from this process or another), so that the change
	// is judged by the rules in force before it and applies after it.
	rulesDirty atomic.Bool

	// worker-only
	ready         bool  // the cursor was read
	cursor, saved int64 // last evaluated seq; last saved cursor
	rules         []model.AlertRule
	pending       []queued // raised at the end of each batch (see queue)
}

// queued is a finding waiting to be raised: the latest of a rule and
// subject, with the evidence of all merged into it.
type queued struct {
	detect.Finding
	first    int64     // seq of the group's first firing entry: the saved cursor stays below it
	firstAt  time.Time // its time: the group takes findings for one rule window from it
	failures int       // raise attempts that failed
}

func startAlertWatch(st *store.Store, fx alertEffects, now func() time.Time, loc *time.Location, dev audit.Device) *alertWatch {
	w := newAlertWatch(st, fx, now, loc, dev)
	w.start()
	return w
}

func newAlertWatch(st *store.Store, fx alertEffects, now func() time.Time, loc *time.Location, dev audit.Device) *alertWatch {
	w := &alertWatch{st: st, hist: auditHistory{st}, engine: detect.NewEngine(loc), fx: fx, now: now, device: dev,
		in: make(chan []audit.Entry, watchBuffer), flushes: make(chan chan struct{}),
		stop: make(chan struct{}), done: make(chan struct{})}
	w.rulesDirty.Store(true)
	return w
}

func (w *alertWatch) start() {
	w.st.SetAuditObserver(w.observe)
	go w.run()
}

// observe is the store's audit observer: it never blocks a writer.
func (w *alertWatch) observe(entries []audit.Entry) {
	select {
	case w.in <- entries:
	default:
		w.dropped.Add(int64(len(entries)))
	}
}

// flush returns once every entry committed before the call is evaluated
// and its alerts raised (or their raise failed); tests only.
func (w *alertWatch) flush() {
	ack := make(chan struct{})
	select {
	case w.flushes <- ack:
		<-ack
	case <-w.done:
	}
}

// close detaches the watcher from the store and stops it: at once between
// two entries (an evaluation in progress is cancelled), saving its cursor.
// Entries it did not reach, and findings it did not raise, are evaluated
// again at the next start. Core calls it under Core.mu (locking the
// workspace), so it must never wait for a backlog.
func (w *alertWatch) close() {
	w.closing.Do(func() {
		w.st.SetAuditObserver(nil)
		close(w.stop)
	})
	<-w.done
}

// reloadRules makes the next evaluation read the rule settings again
// (tests that store settings without SaveRule).
func (w *alertWatch) reloadRules() { w.rulesDirty.Store(true) }

func (w *alertWatch) stopping() bool {
	select {
	case <-w.stop:
		return true
	default:
		return false
	}
}

func (w *alertWatch) run() {
	defer close(w.done)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() { // stopping cancels the evaluation in progress
		select {
		case <-w.stop:
			cancel()
		case <-ctx.Done():
		}
	}()
	w.begin(ctx)
	w.catchUp(ctx)
	poll := time.NewTicker(pollEvery)
	defer poll.Stop()
	for !w.stopping() {
		select {
		case <-w.stop:
		case <-poll.C:
			w.begin(ctx)
			w.raisePending(ctx, true)
			w.catchUp(ctx)
		case b := <-w.in:
			w.handle(ctx, b)
		case ack := <-w.flushes:
			w.drain(ctx)
			w.raisePending(ctx, true)
			w.catchUp(ctx)
			close(ack)
		}
	}
	w.finish()
}

// begin reads the cursor, once: until it is known nothing is evaluated
// (from 0 the whole log would raise its history again).
func (w *alertWatch) begin(ctx context.Context) {
	if w.ready {
		return
	}
	cur, err := store.AlertCursor(ctx, w.st.Reader())
	if err != nil {
		logAlertErr("reading the alert cursor", 0, err)
		return
	}
	w.ready, w.cursor, w.saved = true, cur, cur
}

// finish saves the cursor when stopping: up to the first entry whose
// findings are still queued, which are dropped (the next start evaluates
// those entries again).
func (w *alertWatch) finish() {
	ctx, cancel := context.WithTimeout(context.Background(), stopSaveTimeout)
	defer cancel()
	w.saveCursor(ctx, true)
	w.pending = nil
}

func (w *alertWatch) drain(ctx context.Context) {
	for !w.stopping() {
		select {
		case b := <-w.in:
			w.handle(ctx, b)
		default:
			return
		}
	}
}

func (w *alertWatch) handle(ctx context.Context, batch []audit.Entry) {
	if !w.ready {
		return // the poll reads the cursor and catches up
	}
	for _, e := range batch {
		if w.stopping() {
			return
		}
		switch {
		case e.Seq <= w.cursor:
		case e.Seq == w.cursor+1:
			if !w.evaluate(ctx, e) {
				return
			}
		default: // a gap: an earlier batch is late or was dropped
			w.catchUp(ctx)
		}
	}
	w.raisePending(ctx, false)
	if w.dropped.Swap(0) > 0 {
		w.catchUp(ctx)
	}
}

// catchUp evaluates every stored entry after the cursor.
func (w *alertWatch) catchUp(ctx context.Context) {
	for w.ready && !w.stopping() {
		list, err := store.AuditAfter(ctx, w.st.Reader(), w.cursor, catchUpBatch)
		if err != nil {
			if !w.stopping() {
				logAlertErr("reading the audit log for alert rules", w.cursor, err)
			}
			return
		}
		for _, e := range list {
			if w.stopping() || !w.evaluate(ctx, e) {
				return
			}
		}
		w.raisePending(ctx, false)
		if len(list) < catchUpBatch {
			return
		}
	}
}

// evaluate runs the rules on e, queues what fires and moves the cursor past
// e. A failure is logged and the entry passed over, so that one bad entry
// cannot stop detection. It returns false, leaving the cursor, when e could
// not be judged: the worker is stopping, or no rule settings could be read.
func (w *alertWatch) evaluate(ctx context.Context, e audit.Entry) bool {
	ctx, cancel := context.WithTimeout(ctx, evalTimeout)
	defer cancel()
	ruleChange := e.Action == ruleUpdateAction && e.Outcome == audit.OutcomeSuccess
	if !detect.Own(&e) {
		rules, ok := w.currentRules(ctx)
		if !ok {
			return false
		}
		if ruleChange {
			rules = rulesBefore(rules, &e)
		}
		findings, err := w.engine.Evaluate(ctx, w.hist, rules, e)
		if err != nil && w.stopping() {
			return false
		}
		logAlertErr("evaluating alert rules", e.Seq, err)
		for _, f := range findings {
			w.queue(ctx, f)
		}
	}
	w.cursor = e.Seq
	if ruleChange {
		w.rulesDirty.Store(true) // the change applies from the next entry on
	}
	return true
}

// rulesBefore returns rules for judging e, a change of one rule's settings:
// a rule this change turned off is still on for the change itself, so that
// turning the critical-change rule off is reported by it.
func rulesBefore(rules []model.AlertRule, e *audit.Entry) []model.AlertRule {
	out := slices.Clone(rules)
	for i := range out {
		if out[i].ID != e.ObjectID {
			continue
		}
		for _, c := range e.Changes {
			if on, ok := c.Before.(bool); ok && c.Field == "enabled" && on {
				out[i].Enabled = true
			}
		}
	}
	return out
}

// currentRules returns the rule settings, read again when they changed. When
// reading fails it keeps the previous settings (never the defaults, which
// would turn rules someone disabled back on) and tries again at the next
// entry; ok is false only when there are none yet.
func (w *alertWatch) currentRules(ctx context.Context) ([]model.AlertRule, bool) {
	if w.rulesDirty.Swap(false) || w.rules == nil {
		stored, err := store.AlertRuleSettings(ctx, w.st.Reader())
		if err != nil {
			logAlertErr("reading alert rules", 0, err)
			w.rulesDirty.Store(true)
		} else {
			w.rules = detect.Merge(stored)
		}
	}
	return w.rules, w.rules != nil
}

// safeCursor is how far the cursor may be saved: the last evaluated entry,
// but before the first entry of any queued finding other than pending[skip]
// (-1: none skipped).
func (w *alertWatch) safeCursor(skip int) int64 {
	c := w.cursor
	for i, q := range w.pending {
		if i != skip && q.first-1 < c {
			c = q.first - 1
		}
	}
	return c
}

// saveCursor saves the safe cursor: when forced (stopping), else once it is
// cursorSaveEvery entries ahead (raises save it with themselves).
func (w *alertWatch) saveCursor(ctx context.Context, force bool) {
	c := w.safeCursor(-1)
	if !w.ready || c <= w.saved || (!force && c-w.saved < cursorSaveEvery) {
		return
	}
	err := w.st.Write(ctx, func(tx *store.Tx) error { return store.SetAlertCursor(ctx, tx, c) })
	if err == nil {
		w.saved = c
	}
	logAlertErr("saving the alert cursor", c, err)
}
