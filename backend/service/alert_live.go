package service

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
)

// Alert events. EventAlertNew carries an AlertEvent and is sent only while
// the signed-in user holds alerts.manage; EventAlertsChanged has no payload.
const (
	EventAlertNew      = "alerts:new"
	EventAlertsChanged = "alerts:changed"
)

// AlertEvent is the payload of EventAlertNew.
type AlertEvent struct {
	ID       string `json:"id"`
	Severity string `json:"severity"`
	Title    string `json:"title"`
	RuleName string `json:"ruleName"`
}

// liveSession is the part of the session the alert watcher reads and
// changes. It has its own lock so that the watcher never takes Core.mu:
// locking the workspace (under Core.mu) can then wait for the watcher.
// Lock order: Core.mu before liveSession.mu, never the reverse.
type liveSession struct {
	mu         sync.Mutex
	userID     string // the signed-in user, "" when nobody is
	hash       string // the hash of the session's token (as its audit entries carry it)
	reauth     bool   // the session must re-enter the password (a "reauth" rule fired)
	slotsDirty bool   // a "lock" rule disabled a user: reconcile key slots
	emitter    Emitter
}

func (l *liveSession) set(userID, hash string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.userID, l.hash, l.reauth = userID, hash, false
}

func (l *liveSession) setEmitter(e Emitter) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.emitter = e
}

func (l *liveSession) needsReauth() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.reauth
}

func (l *liveSession) takeSlotsDirty() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	dirty := l.slotsDirty
	l.slotsDirty = false
	return dirty
}

// errReauth refuses calls until the user re-enters their password through
// SessionService.SignIn (same user name), which starts a fresh session.
func errReauth() error {
	return apperr.New(apperr.CodeReauthRequired, "For your security, enter your password again to continue.")
}

// The Core is the watcher's alertEffects.

// signedInHere reports whether the session sessionHash of userID is the one
// open on this device (not an earlier or later session of the same user).
func (c *Core) signedInHere(userID, sessionHash string) bool {
	c.live.mu.Lock()
	defer c.live.mu.Unlock()
	return c.live.is(userID, sessionHash)
}

// requireReauth makes the open session ask for the password again when it
// is the session sessionHash of userID.
func (c *Core) requireReauth(userID, sessionHash string) bool {
	c.live.mu.Lock()
	defer c.live.mu.Unlock()
	if !c.live.is(userID, sessionHash) {
		return false
	}
	c.live.reauth = true
	return true
}

// is reports whether the open session is sessionHash of userID. Callers
// hold l.mu.
func (l *liveSession) is(userID, sessionHash string) bool {
	return userID != "" && sessionHash != "" && l.userID == userID && l.hash == sessionHash
}

func (c *Core) keySlotsChanged() {
	c.live.mu.Lock()
	defer c.live.mu.Unlock()
	c.live.slotsDirty = true
}

// notifyRaised sends EventAlertNew when the signed-in user (still) holds
// alerts.manage, is not disabled and is not asked for their password
// again; nobody else sees alert data. A session that must re-enter its
// password gets nothing until it has (its calls fail meanwhile, and the
// page shows sign-in).
func (c *Core) notifyRaised(ctx context.Context, st *store.Store, a model.Alert) {
	c.live.mu.Lock()
	uid, hash, reauth := c.live.userID, c.live.hash, c.live.reauth
	c.live.mu.Unlock()
	if uid == "" || reauth {
		return
	}
	if ok, err := holdsLive(ctx, st, uid, rbac.PermAlertsManage); err != nil || !ok {
		return
	}
	c.live.mu.Lock()
	defer c.live.mu.Unlock()
	if c.live.is(uid, hash) && !c.live.reauth && c.live.emitter != nil {
		c.live.emitter.Emit(EventAlertNew, AlertEvent{ID: a.ID, Severity: a.Severity, Title: a.Title, RuleName: a.RuleName})
	}
}

// holdsLive reports whether userID is an enabled user whose role holds
// perm, read from the database now.
func holdsLive(ctx context.Context, st *store.Store, userID string, perm rbac.Perm) (bool, error) {
	u, err := store.GetUser(ctx, st.Reader(), userID)
	if err != nil || u.Disabled {
		return false, err
	}
	role, err := store.GetRole(ctx, st.Reader(), u.RoleID)
	if err != nil {
		return false, err
	}
	return role.Grants.Has(perm), nil
}

// sessionGoneLocked returns why the session that started work which runs
// outside c.mu (a job: see jobs.go) may not go on, nil when it may: it must
// still be the session open here (hash), not be asked for its password
// again, and its user must still be enabled. Callers hold c.mu.
func (c *Core) sessionGoneLocked(ctx context.Context, hash string) error {
	if c.session == nil {
		return apperr.New(apperr.CodeLocked, "The workspace was locked, so the task stopped.")
	}
	if c.userID == "" || c.sessionHash != hash {
		return apperr.New(apperr.CodeUnauthenticated, "You were signed out, so the task stopped.")
	}
	if c.live.needsReauth() {
		return errReauth()
	}
	u, err := store.GetUser(ctx, c.session.Store().Reader(), c.userID)
	if err != nil || u.Disabled {
		return apperr.New(apperr.CodeUnauthenticated, "Your session has ended. Sign in again.")
	}
	return nil
}

// watchHook, when set (tests only), runs at the start of every watchLocked
// with the open store.
var watchHook func(st *store.Store)

// watchLocked starts evaluating the open workspace's audit log (once per
// store). Every path that opens a workspace reaches it: sign-in, the first
// call of a session, and the flush of attempts made while locked. Callers
// hold c.mu and no write transaction: restarting the watcher waits for it,
// and it may be writing.
func (c *Core) watchLocked() {
	if watchHook != nil && c.session != nil {
		watchHook(c.session.Store())
	}
	if c.session == nil || c.noRules {
		return
	}
	defer c.scheduleLocked() // the report scheduler starts and stops with the watcher
	st := c.session.Store()
	if c.watch != nil && c.watch.st == st {
		return
	}
	c.unwatchLocked()
	dev := audit.Device{DeviceID: c.device.ID, Hostname: c.device.Hostname, OSUser: c.device.OSUser, AppVersion: c.version}
	c.watch = startAlertWatch(st, c, c.now, time.Local, dev)
}

// unwatchLocked stops the watcher (it finishes what was queued and saves
// its place) before the store closes. Callers hold c.mu.
func (c *Core) unwatchLocked() {
	c.unscheduleLocked()
	if c.watch != nil {
		c.watch.close()
		c.watch = nil
	}
}

// alertSlotsLocked removes the key slots of users a "lock" rule disabled,
// so their password no longer unwraps the key. Callers hold c.mu.
func (c *Core) alertSlotsLocked(ctx context.Context) {
	if c.session != nil && c.live.takeSlotsDirty() {
		c.reconcileSlotsLocked(ctx)
	}
}

// logAlertErr logs a watcher failure (entries and alerts are data, never
// secrets, but only the seq and the error are logged).
func logAlertErr(msg string, seq int64, err error) {
	if err != nil {
		slog.Error(msg, "seq", seq, "err", err)
	}
}
