package service

import (
	"context"
	"sync"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
	"fieldvault/backend/vault"
)

// EventJobProgress carries a model.Progress of a running job.
const EventJobProgress = "job:progress"

// Progress events are throttled to one per progressEntries items or
// progressInterval, whichever comes first (and one at the end).
const (
	progressEntries  = 50_000
	progressInterval = 100 * time.Millisecond
)

// jobs runs long tasks outside the core's lock — Core.with holds c.mu for a
// whole call, so a long job under it would block every other call,
// Cancel included — one task per name at a time.
type jobs struct {
	mu      sync.Mutex
	running map[string]*job
}

// job is one running task. It was authorized under c.mu; its long part
// runs without the lock, taking it again only around each batch of store
// reads (hold), which checks the workspace is still the one the job
// started on and the user still signed in. The store is only ever closed
// under c.mu (locking the workspace), so it cannot close under a read.
type job struct {
	name    string
	ctx     context.Context
	cancel  context.CancelFunc
	core    *Core
	sess    *vault.Session
	st      *store.Store
	actor   rbac.Actor
	hash    string // the session's hash when the job started
	emit    Emitter
	started time.Time // when it was authorized
	perm    rbac.Perm // the permission it started with ("" for none)
	next    time.Time // earliest time of the next progress event
	sent    int64     // done at the last progress event
}

// jobHoldHook, when set (tests only), runs at the start of every hold.
var jobHoldHook func(name string)

// startJob authorizes the caller like Core.with (perm, refusals audited as
// action) and, under the same lock, runs prepare and registers job name.
// Errors: those of Core.with and prepare; CodeConflict when job name is
// already running.
func (c *Core) startJob(reg *jobs, name string, perm rbac.Perm, action, objType string, prepare func(cl call, j *job) error) (*job, error) {
	var j *job
	err := c.with(perm, action, objType, "", func(cl call) error {
		ctx, cancel := context.WithCancel(context.Background())
		nj := &job{name: name, ctx: ctx, cancel: cancel, core: c, sess: c.session, st: cl.st, actor: cl.actor,
			hash: c.sessionHash, emit: c.emitter, started: c.now(), perm: perm}
		if err := prepare(cl, nj); err != nil {
			cancel()
			return err
		}
		reg.mu.Lock()
		defer reg.mu.Unlock()
		if reg.running == nil {
			reg.running = map[string]*job{}
		}
		if reg.running[name] != nil {
			cancel()
			return apperr.New(apperr.CodeConflict, "This is already running. Wait for it to finish or cancel it.")
		}
		reg.running[name], j = nj, nj
		return nil
	})
	return j, err
}

// refreshActor reloads the job's user, role and teams, so that a change of
// permissions takes effect at the job's next batch: the batch runs with the
// new grants, or the job stops (CodeForbidden) when they no longer include
// the permission it started with. Callers hold c.mu.
func (j *job) refreshActor(ctx context.Context) error {
	a, err := loadActor(ctx, j.st, j.actor.UserID)
	if err != nil {
		return err
	}
	if j.perm != "" && !a.Actor.Can(j.perm) {
		return apperr.New(apperr.CodeForbidden, "Your permissions changed, so the task stopped.")
	}
	j.actor = a.Actor
	return nil
}

// end unregisters j and releases its context.
func (reg *jobs) end(j *job) {
	reg.mu.Lock()
	defer reg.mu.Unlock()
	if reg.running[j.name] == j {
		delete(reg.running, j.name)
	}
	j.cancel()
}

// cancelJob stops job name if userID started it. Errors: CodeNotFound
// when no such job of the user runs.
func (reg *jobs) cancelJob(name, userID string) error {
	reg.mu.Lock()
	defer reg.mu.Unlock()
	j := reg.running[name]
	if j == nil || j.actor.UserID != userID {
		return apperr.New(apperr.CodeNotFound, "Nothing of that kind is running.")
	}
	j.cancel()
	return nil
}

// hold takes the core's lock for a batch of store work and returns its
// release. It fails — and the job stops — when the job was cancelled
// (CodeConflict), the workspace was locked or replaced (CodeLocked) or the
// user signed out (CodeUnauthenticated).
func (j *job) hold() (func(), error) { return j.holdIf(true) }

// holdIf is hold; cancellable false still takes it after Cancel (to record
// how the job ended).
func (j *job) holdIf(cancellable bool) (func(), error) {
	if jobHoldHook != nil {
		jobHoldHook(j.name)
	}
	c := j.core
	c.mu.Lock()
	var err error
	switch {
	case cancellable && j.ctx.Err() != nil:
		err = errCancelled
	case c.session != j.sess || j.sess.Store() != j.st:
		err = apperr.New(apperr.CodeLocked, "The workspace was locked, so the task stopped.")
	default: // signed out, another session, disabled, or a re-authentication due
		ctx, cancel := c.ctx() // not j.ctx: final() runs after Cancel
		err = c.sessionGoneLocked(ctx, j.hash)
		if err == nil {
			err = j.refreshActor(ctx)
		}
		cancel()
	}
	if err != nil {
		c.mu.Unlock()
		return nil, err
	}
	return c.mu.Unlock, nil
}

// exportCheckRows is how many rows a job streaming outside the core's lock
// writes between two checks (job.check).
const exportCheckRows = 5_000

// check is for work streaming outside the core's lock (a pinned store): it
// fails when the job was cancelled, and — when the core's lock is free at
// that moment (it never waits for it: whoever holds it may be closing the
// store and waiting for this job) — when the workspace was locked or the
// user signed out, as hold would.
func (j *job) check() error {
	if j.ctx.Err() != nil {
		return errCancelled
	}
	c := j.core
	if !c.mu.TryLock() {
		return nil
	}
	defer c.mu.Unlock()
	if c.session != j.sess || j.sess.Store() != j.st {
		return apperr.New(apperr.CodeLocked, "The workspace was locked, so the task stopped.")
	}
	ctx, cancel := c.ctx()
	defer cancel()
	return c.sessionGoneLocked(ctx, j.hash)
}

// errCancelled is what a cancelled job returns.
var errCancelled = apperr.New(apperr.CodeConflict, "Cancelled.")

// do runs fn under the hold with a bounded context: a batch of store work.
func (j *job) do(fn func(cl call) error) error { return j.doIf(true, fn) }

// final is do even after Cancel: the job's closing audit entry.
func (j *job) final(fn func(cl call) error) error { return j.doIf(false, fn) }

func (j *job) doIf(cancellable bool, fn func(cl call) error) error {
	release, err := j.holdIf(cancellable)
	if err != nil {
		return err
	}
	defer release()
	ctx, cancel := j.core.ctx()
	defer cancel()
	return fn(call{ctx: ctx, st: j.st, actor: j.actor})
}

// progress emits a throttled EventJobProgress; done == total always emits.
func (j *job) progress(done, total int64) {
	now := time.Now()
	if done != total && done-j.sent < progressEntries && now.Before(j.next) {
		return
	}
	j.sent, j.next = done, now.Add(progressInterval)
	j.emit.Emit(EventJobProgress, model.Progress{Job: j.name, Done: done, Total: total})
}

// failed maps a stopped job's error: a cancelled context reads as
// errCancelled, whatever layer noticed it.
func (j *job) failed(err error) error {
	if err != nil && j.ctx.Err() != nil && !apperr.Is(err, apperr.CodeLocked) && !apperr.Is(err, apperr.CodeUnauthenticated) {
		return errCancelled
	}
	return err
}
