package service

import (
	"context"
	"log/slog"
	"strings"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/crypto"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
	"fieldvault/backend/vault"
)

// SessionService is bound to the frontend: sign-in, sign-out, the current
// user and their password.
type SessionService struct {
	core *Core
}

// NewSessionService returns the service over core.
func NewSessionService(core *Core) *SessionService { return &SessionService{core: core} }

// SignIn checks a user's name and password. While the workspace is locked the
// same sign-in also unwraps its key (no keychain needed). Errors:
// CodeUnauthenticated with one message for an unknown user, a wrong password
// and a disabled account; CodeLocked after too many failures (the message
// says until when), for existing and unknown names alike.
func (s *SessionService) SignIn(req model.SignInRequest) (model.SessionInfo, error) {
	return s.signIn(req, model.UserPerson)
}

// SignInIntegration signs in the integration principal name with its
// token, as SignIn does for people: for the headless commands only. It is
// a function, not a method, so that it is never bound to the window (a
// person's account is refused here, an integration's in SignIn).
func SignInIntegration(s *SessionService, name, token string) (model.SessionInfo, error) {
	return s.signIn(model.SignInRequest{Username: name, Password: token}, model.UserIntegration)
}

// signIn is SignIn for accounts of kind (model.UserPerson or UserIntegration).
func (s *SessionService) signIn(req model.SignInRequest, kind string) (model.SessionInfo, error) {
	c := s.core
	c.mu.Lock()
	defer c.mu.Unlock()
	ctx, cancel := c.ctx()
	defer cancel()
	name := strings.TrimSpace(req.Username)
	if len(name) > 64 || len(req.Password) > model.MaxPassphrase {
		return model.SessionInfo{}, apperr.New(apperr.CodeUnauthenticated, "%s", vault.ErrBadCredentials)
	}
	now := c.now()
	if c.session == nil && c.restoring {
		return model.SessionInfo{}, errRestoring
	}
	unlockedHere := false
	if c.session == nil {
		// Nothing can be read before the key is unwrapped: throttle in memory.
		if until := c.failures.lockedUntil(name, now); !until.IsZero() {
			crypto.BurnPasswordCheck(req.Password)
			c.pending = appendBounded(c.pending, c.attemptEntry(name, "auth.login.locked", "too many failures (workspace locked)"))
			return model.SessionInfo{}, lockedError(until, now)
		}
		if err := c.unlockWithUserLocked(ctx, name, req.Password); err != nil {
			return model.SessionInfo{}, err
		}
		unlockedHere = true
	}
	c.watchLocked()
	st := c.session.Store()
	settings, err := st.SecuritySettings(ctx)
	if err != nil {
		return model.SessionInfo{}, err
	}
	u, err := store.GetUserByName(ctx, st.Reader(), name)
	if apperr.Is(err, apperr.CodeNotFound) {
		crypto.BurnPasswordCheck(req.Password) // same cost as a real check
		return model.SessionInfo{}, c.failUnknownLocked(ctx, st, name, settings.LockoutThreshold)
	}
	if err == nil && c.userID != "" && c.userID != u.ID {
		c.endSessionLocked() // another user signs in on this window
	}
	if err != nil {
		return model.SessionInfo{}, err
	}
	if u.Kind != kind {
		// An integration's token in the window (or a person's password on
		// the integration path): refused like a wrong password, without
		// touching the account's failure count, and without saying whether
		// the secret was right; a workspace it unlocked locks again.
		crypto.BurnPasswordCheck(req.Password)
		reason := "integration account in the window"
		if kind == model.UserIntegration {
			reason = "person's account used as an integration"
		}
		c.auditSignIn(ctx, st, u, "auth.login.failed", audit.OutcomeDenied, reason)
		if unlockedHere {
			_ = c.lockLocked()
		}
		return model.SessionInfo{}, apperr.New(apperr.CodeUnauthenticated, "%s", vault.ErrBadCredentials)
	}
	if locked := store.ParseTime(u.LockedUntil); now.Before(locked) {
		crypto.BurnPasswordCheck(req.Password)
		c.auditSignIn(ctx, st, u, "auth.login.locked", audit.OutcomeDenied, "account locked")
		return model.SessionInfo{}, lockedError(locked, now)
	}
	ok, err := crypto.VerifyPassword(u.PasswordHash, req.Password)
	if err != nil {
		return model.SessionInfo{}, err
	}
	if !ok || u.Disabled {
		return model.SessionInfo{}, c.failUserLocked(ctx, st, u, settings.LockoutThreshold, ok, "auth.login.failed")
	}

	err = st.Write(ctx, func(tx *store.Tx) error {
		if err := store.RecordSignIn(ctx, tx, u.ID, now); err != nil {
			return err
		}
		c.startSessionLocked(u.ID)
		e := c.entryForUser(u, audit.CatAuth, "auth.login.success")
		return store.AppendAudit(ctx, tx, e)
	})
	if err != nil {
		c.endSessionLocked()
		return model.SessionInfo{}, err
	}
	c.watchLocked() // outside the transaction: it may wait for the watcher, which writes
	c.failures.clear(name)
	c.ensureUserSlotLocked(ctx, u, req.Password)
	return c.sessionInfoLocked(ctx)
}

// unlockWithUserLocked opens a locked workspace through the user's key slot.
func (c *Core) unlockWithUserLocked(ctx context.Context, name, password string) error {
	sess, _, err := c.vault.UnlockUser(name, password)
	if err != nil {
		if apperr.Is(err, apperr.CodeUnauthenticated) {
			until := c.failures.fail(name, defaultThreshold(), c.now())
			c.pending = appendBounded(c.pending, c.attemptEntry(name, "auth.login.failed", "wrong user name or password (workspace locked)"))
			if !until.IsZero() {
				return lockedError(until, c.now())
			}
		}
		return err
	}
	if err := sess.Open(ctx); err != nil {
		sess.Close()
		return err
	}
	c.session = sess
	c.afterUnlockLocked(ctx)
	c.emitter.Emit(EventUnlocked)
	return nil
}

// failUnknownLocked handles an unknown user name exactly like a wrong
// password for a real one: counted in the database (so a restart changes
// nothing), locked with the same growing delay, audited the same way.
func (c *Core) failUnknownLocked(ctx context.Context, st *store.Store, name string, threshold int) error {
	now := c.now()
	name = truncate(name, 64)
	f, err := store.GetNameFailures(ctx, st.Reader(), name)
	if err != nil {
		return err
	}
	if now.Before(f.LockedUntil) {
		c.auditAttempt(ctx, st, c.attemptEntry(name, "auth.login.locked", "account locked"), audit.OutcomeDenied)
		return lockedError(f.LockedUntil, now)
	}
	f.Attempts, f.Lockouts, f.LockedUntil = nextFailure(f.Attempts, f.Lockouts, threshold, now)
	err = st.Write(ctx, func(tx *store.Tx) error {
		if err := store.SetNameFailures(ctx, tx, name, f); err != nil {
			return err
		}
		if err := store.AppendAudit(ctx, tx, c.attemptEntry(name, "auth.login.failed", "wrong password")); err != nil {
			return err
		}
		if f.LockedUntil.IsZero() {
			return nil
		}
		e := c.attemptEntry(name, "auth.lockout", "locked until "+store.FormatTime(f.LockedUntil))
		e.Outcome = audit.OutcomeDenied
		return store.AppendAudit(ctx, tx, e)
	})
	if err != nil {
		return err
	}
	if !f.LockedUntil.IsZero() {
		return lockedError(f.LockedUntil, now)
	}
	return apperr.New(apperr.CodeUnauthenticated, "%s", vault.ErrBadCredentials)
}

// nextFailure counts one more failure: after threshold in a row the name is
// locked with a growing delay and the count starts again.
func nextFailure(attempts, lockouts, threshold int, now time.Time) (int, int, time.Time) {
	attempts++
	if attempts < threshold {
		return attempts, lockouts, time.Time{}
	}
	lockouts++
	return 0, lockouts, now.Add(lockoutDelay(lockouts))
}

func (c *Core) auditAttempt(ctx context.Context, st *store.Store, e *audit.Entry, outcome string) {
	e.Outcome = outcome
	if err := st.AuditWrite(ctx, e); err != nil {
		slog.Error("audit sign-in attempt", "err", err)
	}
}

// failUserLocked counts a failure against an existing user, locking the
// account with a growing delay after threshold failures in a row.
func (c *Core) failUserLocked(ctx context.Context, st *store.Store, u store.UserRecord, threshold int, passwordOK bool, action string) error {
	now := c.now()
	reason := "wrong password"
	if passwordOK {
		reason = "account disabled"
	}
	attempts, lockouts, until := nextFailure(u.FailedAttempts, u.Lockouts, threshold, now)
	err := st.Write(ctx, func(tx *store.Tx) error {
		if err := store.RecordSignInFailure(ctx, tx, u.ID, attempts, lockouts, until); err != nil {
			return err
		}
		e := c.entryForUser(u, audit.CatAuth, action)
		e.Outcome, e.Reason = audit.OutcomeFailed, reason
		if err := store.AppendAudit(ctx, tx, e); err != nil {
			return err
		}
		if until.IsZero() {
			return nil
		}
		e = c.entryForUser(u, audit.CatAuth, "auth.lockout")
		e.Outcome, e.Reason = audit.OutcomeDenied, "locked until "+store.FormatTime(until)
		return store.AppendAudit(ctx, tx, e)
	})
	if err != nil {
		return err
	}
	if !until.IsZero() {
		return lockedError(until, now)
	}
	return apperr.New(apperr.CodeUnauthenticated, "%s", vault.ErrBadCredentials)
}

// ensureUserSlotLocked gives a user whose key slot is missing (created
// before user slots, or after an administrator reset) one, now that their
// password is known. A failure only means this device still needs the
// keychain or passphrase to open, so it is logged, not returned.
func (c *Core) ensureUserSlotLocked(ctx context.Context, u store.UserRecord, password string) {
	if u.KeySlotID != "" {
		return
	}
	id, err := c.session.AddUserSlot(u.Username, password)
	if err == nil {
		err = c.session.Store().Write(ctx, func(tx *store.Tx) error {
			if _, err := tx.ExecContext(ctx, `UPDATE users SET key_slot_id = ? WHERE id = ?`, id, u.ID); err != nil {
				return err
			}
			return store.AppendAudit(ctx, tx, c.entryForUser(u, audit.CatKey, "key.userslot.add"))
		})
	}
	if err != nil {
		slog.Warn("could not add the user's key slot", "err", err)
	}
}

// SignOut ends the session (the workspace stays unlocked on this device),
// also one that must re-enter its password.
func (s *SessionService) SignOut() error {
	c := s.core
	c.mu.Lock()
	defer c.mu.Unlock()
	ctx, cancel := c.ctx()
	defer cancel()
	cl, err := c.sessionCall(ctx, true, true)
	if err != nil {
		return err
	}
	e := c.entry(cl.actor, audit.CatAuth, "auth.logout", "user", cl.actor.UserID, cl.actor.Username)
	if err := cl.st.AuditWrite(cl.ctx, e); err != nil {
		return err
	}
	c.endSessionLocked()
	return nil
}

// AutoLock signs the user out because the frontend saw no activity for the
// idle time; audited as auth.autolock.
func (s *SessionService) AutoLock() error {
	c := s.core
	return c.withSignedIn(func(cl call) error {
		c.autoLockLocked(cl.ctx, "no activity in the window")
		return nil
	})
}

// Heartbeat tells the backend the user is active (keeps the session from
// timing out) and returns the session, or CodeUnauthenticated.
func (s *SessionService) Heartbeat() (model.SessionInfo, error) {
	return s.Me()
}

// Me returns the signed-in user and what they may do.
func (s *SessionService) Me() (model.SessionInfo, error) {
	var info model.SessionInfo
	err := s.core.withSignedIn(func(cl call) error {
		var err error
		info, err = s.core.sessionInfoLocked(cl.ctx)
		return err
	})
	return info, err
}

func (c *Core) sessionInfoLocked(ctx context.Context) (model.SessionInfo, error) {
	st := c.session.Store()
	u, err := store.GetUser(ctx, st.Reader(), c.userID)
	if err != nil {
		return model.SessionInfo{}, err
	}
	role, err := store.GetRole(ctx, st.Reader(), u.RoleID)
	if err != nil {
		return model.SessionInfo{}, err
	}
	settings, err := st.SecuritySettings(ctx)
	if err != nil {
		return model.SessionInfo{}, err
	}
	info := model.SessionInfo{User: u.User, IdleTimeoutMinutes: settings.IdleTimeoutMinutes, Administrator: rbac.IsAdministrator(role.Grants)}
	info.Grants, info.Permissions = grantsToModel(role.Grants)
	return info, nil
}

// ChangePassword sets the signed-in user's new password after checking the
// old one (CodeInvalid naming "oldPassword" when wrong), rewraps their key
// slot and clears "must change". It is the one call allowed while a change
// is required.
func (s *SessionService) ChangePassword(oldPassword, newPassword string) error {
	c := s.core
	c.mu.Lock()
	defer c.mu.Unlock()
	ctx, cancel := c.ctx()
	defer cancel()
	cl, err := c.signedIn(ctx)
	if err != nil {
		return err
	}
	u, err := store.GetUser(ctx, cl.st.Reader(), cl.actor.UserID)
	if err != nil {
		return err
	}
	if ok, err := crypto.VerifyPassword(u.PasswordHash, oldPassword); err != nil || !ok {
		// A session left open must not become an unlimited password oracle:
		// wrong guesses count like failed sign-ins and end in a lockout.
		settings, serr := cl.st.SecuritySettings(ctx)
		if serr != nil {
			return serr
		}
		if lerr := c.failUserLocked(ctx, cl.st, u, settings.LockoutThreshold, false, "user.password.change"); apperr.Is(lerr, apperr.CodeLocked) {
			c.endSessionLocked()
			return lerr
		}
		return apperr.Invalid("The current password is wrong.", map[string]string{"oldPassword": "The current password is wrong."})
	}
	if msg := model.ValidatePassword(newPassword); msg != "" {
		return apperr.Invalid(msg, map[string]string{"newPassword": msg})
	}
	if newPassword == oldPassword {
		return apperr.Invalid("Choose a password you have not used here.", map[string]string{"newPassword": "Choose a new password."})
	}
	return c.setPasswordLocked(cl, u, newPassword, false, "user.password.change")
}

// setPasswordLocked stores a new password for u: new hash, new key slot (the
// old one removed), audited as action by cl.actor.
func (c *Core) setPasswordLocked(cl call, u store.UserRecord, password string, mustChange bool, action string) error {
	hash, err := crypto.HashPassword(password)
	if err != nil {
		return err
	}
	slotID, err := c.session.AddUserSlot(u.Username, password)
	if err != nil {
		return err
	}
	err = cl.st.Write(cl.ctx, func(tx *store.Tx) error {
		if err := store.SetUserPassword(cl.ctx, tx, u.ID, hash, slotID, mustChange, c.now()); err != nil {
			return err
		}
		e := c.entry(cl.actor, audit.CatSecurity, action, "user", u.ID, u.Username)
		e.Changes = []audit.Change{{Field: "password", Masked: true}}
		if mustChange {
			e.Changes = append(e.Changes, audit.Change{Field: "mustChangeAtNextSignIn", Before: u.MustChangePassword, After: true})
		}
		return store.AppendAudit(cl.ctx, tx, e)
	})
	if err != nil {
		if slotID != u.KeySlotID { // the same name and password give the same slot: keep it
			_ = c.session.RemoveUserSlot(slotID)
		}
		return err
	}
	if u.KeySlotID != "" && u.KeySlotID != slotID {
		if err := c.session.RemoveUserSlot(u.KeySlotID); err != nil {
			slog.Warn("removing an old user key slot", "err", err)
		}
	}
	return nil
}

func lockedError(until, now time.Time) error {
	wait := until.Sub(now).Round(time.Second)
	return apperr.New(apperr.CodeLocked, "Too many failed sign-in attempts. Try again in %s.", humanDuration(wait))
}

func humanDuration(d time.Duration) string {
	if d < time.Minute {
		return "less than a minute"
	}
	m := int((d + time.Minute - 1) / time.Minute)
	if m == 1 {
		return "1 minute"
	}
	return itoa(m) + " minutes"
}

func defaultThreshold() int { return store.DefaultLockout }

// entryForUser starts an audit entry acting as u (sign-in events).
func (c *Core) entryForUser(u store.UserRecord, category, action string) *audit.Entry {
	return c.entry(rbac.Actor{UserID: u.ID, Username: u.Username, RoleName: u.RoleName}, category, action, "user", u.ID, u.Username)
}

// attemptEntry records a sign-in attempt for a name that matched no user.
func (c *Core) attemptEntry(name, action, reason string) *audit.Entry {
	e := c.entry(rbac.Actor{Username: truncate(name, 64)}, audit.CatAuth, action, "user", "", truncate(name, 64))
	e.Outcome, e.Reason = audit.OutcomeFailed, reason
	return e
}

func (c *Core) auditSignIn(ctx context.Context, st *store.Store, u store.UserRecord, action, outcome, reason string) {
	e := c.entryForUser(u, audit.CatAuth, action)
	e.Outcome, e.Reason = outcome, reason
	if err := st.AuditWrite(ctx, e); err != nil {
		slog.Error("audit sign-in", "err", err)
	}
}

// flushPendingLocked writes the attempts made while the workspace was
// locked. It runs at every unlock, so it also starts the alert watcher
// first: those attempts are evaluated like any other entry.
func (c *Core) flushPendingLocked(ctx context.Context) {
	c.watchLocked()
	if len(c.pending) == 0 || c.session == nil {
		return
	}
	for _, e := range c.pending {
		if err := c.session.Store().AuditWrite(ctx, e); err != nil {
			slog.Error("audit pending attempt", "err", err)
		}
	}
	c.pending = nil
}

func appendBounded(list []*audit.Entry, e *audit.Entry) []*audit.Entry {
	if len(list) >= 100 {
		list = list[1:]
	}
	return append(list, e)
}
