package service

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
)

// call is the context of one bound method: the store and the acting user.
type call struct {
	ctx   context.Context
	st    *store.Store
	actor rbac.Actor
}

// signedIn returns the signed-in actor, loaded fresh from the database so
// that role, team and permission changes apply at once. It ends the session
// (and says so) when the idle time ran out or the user was disabled. Callers
// hold c.mu.
func (c *Core) signedIn(ctx context.Context) (call, error) { return c.checkSession(ctx, true) }

// checkSession is signedIn; touch=false checks without counting the call as
// activity (Status is polled by the page and must not keep a session alive).
// A session a "reauth" rule marked gets CodeReauthRequired until the user
// signs in again.
func (c *Core) checkSession(ctx context.Context, touch bool) (call, error) {
	return c.sessionCall(ctx, touch, false)
}

// sessionCall is checkSession; allowReauth lets a session that must
// re-enter its password through (to sign out).
func (c *Core) sessionCall(ctx context.Context, touch, allowReauth bool) (call, error) {
	sess, err := c.unlocked()
	if err != nil {
		return call{}, err
	}
	st := sess.Store()
	if c.userID == "" {
		return call{}, apperr.New(apperr.CodeUnauthenticated, "Sign in first.")
	}
	c.watchLocked()
	c.alertSlotsLocked(ctx)
	settings, err := st.SecuritySettings(ctx)
	if err != nil {
		return call{}, err
	}
	now := c.now()
	if idle := now.Sub(c.lastActivity); idle > minutes(settings.IdleTimeoutMinutes) {
		c.autoLockLocked(ctx, "idle for "+idle.Round(1e9).String())
		return call{}, apperr.New(apperr.CodeUnauthenticated, "You were signed out after %d minutes without activity.", settings.IdleTimeoutMinutes)
	}
	actor, err := loadActor(ctx, st, c.userID)
	if err != nil || actor.disabled {
		c.endSessionLocked()
		return call{}, apperr.New(apperr.CodeUnauthenticated, "Your session has ended. Sign in again.")
	}
	if !allowReauth && c.live.needsReauth() {
		return call{}, errReauth()
	}
	if touch {
		c.lastActivity = now
	}
	return call{ctx: ctx, st: st, actor: actor.Actor}, nil
}

// authorize returns the signed-in actor when they hold perm; otherwise it
// writes a denied audit entry for action and returns CodeForbidden. A user
// who must change their password may do nothing else.
func (c *Core) authorize(ctx context.Context, perm rbac.Perm, action, objType, objID string) (call, error) {
	cl, err := c.signedIn(ctx)
	if err != nil {
		return cl, err
	}
	if err := c.requirePasswordCurrent(cl, action); err != nil {
		return cl, err
	}
	if perm != "" && !cl.actor.Can(perm) {
		return cl, c.deny(cl, action, objType, objID, "missing permission "+string(perm))
	}
	return cl, nil
}

// requirePasswordCurrent refuses everything but the password change to a
// user whose password was reset.
func (c *Core) requirePasswordCurrent(cl call, action string) error {
	u, err := store.GetUser(cl.ctx, cl.st.Reader(), cl.actor.UserID)
	if err != nil {
		return err
	}
	if u.MustChangePassword {
		return c.deny(cl, action, "", "", "password change required")
	}
	return nil
}

// deny records a refused attempt and returns CodeForbidden.
func (c *Core) deny(cl call, action, objType, objID, reason string) error {
	e := c.entry(cl.actor, audit.CatSecurity, action, objType, objID, "")
	e.Outcome, e.Reason = audit.OutcomeDenied, reason
	if err := cl.st.AuditWrite(cl.ctx, e); err != nil {
		slog.Error("writing a denied-attempt audit entry", "err", err)
	}
	if msg, ok := denyMessages[reason]; ok {
		return apperr.New(apperr.CodeForbidden, "%s", msg)
	}
	return apperr.New(apperr.CodeForbidden, "You do not have permission to do this.")
}

// denyMessages explain refusals that are rules rather than missing permissions.
var denyMessages = map[string]string{
	"users cannot change their own role":          "You cannot change your own role.",
	"users cannot disable themselves":             "You cannot disable your own account.",
	"users cannot delete themselves":              "You cannot delete your own account.",
	"users cannot change their own teams":         "You cannot change your own teams.",
	"the user holds permissions the caller lacks": "This user holds permissions you do not have; only someone who holds them all can change this account.",
	"password change required":                    "Choose a new password first.",
	"users cannot handle alerts about themselves": "This alert is about you: someone else must handle it.",
	"locking accounts needs users.manage":         "Only someone who may manage users can make a rule lock accounts.",
	"only administrators back up the workspace":   "Only administrators can back up the workspace.",
}

// entry starts an audit entry for actor on this device and session.
func (c *Core) entry(actor rbac.Actor, category, action, objType, objID, objLabel string) *audit.Entry {
	return &audit.Entry{
		Actor:       audit.Actor{UserID: actor.UserID, Username: actor.Username, Role: actor.RoleName},
		Device:      audit.Device{DeviceID: c.device.ID, Hostname: c.device.Hostname, OSUser: c.device.OSUser, AppVersion: c.version},
		SessionHash: c.sessionHash,
		Category:    category, Action: action,
		ObjectType: objType, ObjectID: objID, ObjectLabel: objLabel,
		Outcome: audit.OutcomeSuccess,
	}
}

// startSessionLocked signs actor in: a new random session token (only its
// hash is kept, for audit entries). It may run inside a write transaction
// (SignIn), so it does not start the alert watcher: callers do, after it.
func (c *Core) startSessionLocked(userID string) {
	var tok [32]byte
	_, _ = rand.Read(tok[:])
	sum := sha256.Sum256(tok[:])
	c.userID, c.sessionHash, c.lastActivity = userID, hex.EncodeToString(sum[:]), c.now()
	c.live.set(userID, c.sessionHash) // a fresh session: any re-authentication demand is met
}

// endSessionLocked forgets the signed-in user (the workspace stays open).
func (c *Core) endSessionLocked() {
	if c.userID != "" {
		c.emitter.Emit(EventSignedOut)
	}
	c.userID, c.sessionHash = "", ""
	c.live.set("", "")
	for _, fn := range c.sessionEnd {
		fn()
	}
}

// onSessionEnd registers fn to run (under c.mu) whenever a session ends —
// sign-out, lock, auto-lock: services drop what they keep of the user's
// data in memory.
func (c *Core) onSessionEnd(fn func()) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sessionEnd = append(c.sessionEnd, fn)
}

// autoLockLocked signs the user out for inactivity, audited.
func (c *Core) autoLockLocked(ctx context.Context, reason string) {
	if c.userID == "" || c.session == nil {
		return
	}
	st := c.session.Store()
	if a, err := loadActor(ctx, st, c.userID); err == nil {
		e := c.entry(a.Actor, audit.CatAuth, "auth.autolock", "user", a.UserID, a.Username)
		e.Reason = reason
		if err := st.AuditWrite(ctx, e); err != nil {
			slog.Error("audit auto-lock", "err", err)
		}
	}
	c.endSessionLocked()
}

// actorRecord is an actor plus the state that ends a session.
type actorRecord struct {
	rbac.Actor
	disabled bool
}

func loadActor(ctx context.Context, st *store.Store, userID string) (actorRecord, error) {
	u, err := store.GetUser(ctx, st.Reader(), userID)
	if err != nil {
		return actorRecord{}, err
	}
	role, err := store.GetRole(ctx, st.Reader(), u.RoleID)
	if err != nil {
		return actorRecord{}, fmt.Errorf("role of user %s: %w", u.ID, err)
	}
	return actorRecord{
		Actor: rbac.Actor{UserID: u.ID, Username: u.Username, RoleID: role.ID, RoleName: role.Name,
			TeamIDs: u.TeamIDs, Grants: role.Grants},
		disabled: u.Disabled,
	}, nil
}
