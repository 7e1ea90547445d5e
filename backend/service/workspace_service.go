package service

import (
	"context"
	"errors"
	"log/slog"
	"sync"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/crypto"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
	"fieldvault/backend/vault"
)

// WorkspaceService is bound to the frontend: setup, unlock, lock and the
// workspace's key settings.
type WorkspaceService struct {
	core *Core
	// restoreMu guards restoreCancel, set while RestoreBackup runs.
	restoreMu     sync.Mutex
	restoreCancel context.CancelFunc
}

// NewWorkspaceService returns the service over core.
func NewWorkspaceService(core *Core) *WorkspaceService { return &WorkspaceService{core: core} }

// Status describes the workspace; it works locked or unlocked and never
// fails because the keychain is missing.
func (s *WorkspaceService) Status() (model.WorkspaceStatus, error) {
	c := s.core
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.statusLocked()
}

func (c *Core) statusLocked() (model.WorkspaceStatus, error) {
	st := model.WorkspaceStatus{Path: c.vault.Dir, OSUser: c.device.OSUser, Hostname: c.device.Hostname,
		AppVersion: c.version, UnlockMethods: []string{}}
	if c.probe != nil {
		st.Keychain = *c.probe
	}
	exists, err := c.vault.Exists()
	if err != nil {
		return st, err
	}
	st.Exists = exists
	if !exists {
		return st, nil
	}
	kf, err := c.vault.LoadKeyFile()
	if err != nil {
		return st, err
	}
	st.UnlockMethods, st.Cipher = kf.Methods(), kf.Cipher
	if c.probe == nil {
		c.probeLocked()
	}
	st.Keychain = *c.probe
	if c.session == nil {
		return st, nil
	}
	ctx, cancel := c.ctx()
	defer cancel()
	if err := c.session.Describe(ctx, &st); err != nil {
		return st, err
	}
	if c.userID != "" {
		if _, err := c.checkSession(ctx, false); err == nil {
			info, err := c.sessionInfoLocked(ctx)
			if err != nil {
				return st, err
			}
			st.SignedIn = &info
		}
	}
	return st, nil
}

// ProbeKeychain reports whether the OS keychain answers (bounded by the
// keychain timeout). It needs no session: setup calls it.
func (s *WorkspaceService) ProbeKeychain() (model.KeychainStatus, error) {
	c := s.core
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.probeLocked(), nil
}

func keychainMessage(err error) string {
	if errors.Is(err, crypto.ErrKeychainUnavailable) {
		return "The OS keychain is not available (" + crypto.KeychainReason(err) + ")."
	}
	return "The OS keychain did not answer as expected."
}

// Create sets up the workspace (only when none exists: CodeConflict) and
// leaves it unlocked. The recovery key in the result is never stored.
func (s *WorkspaceService) Create(req model.CreateWorkspaceRequest) (model.CreateWorkspaceResult, error) {
	c := s.core
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.session != nil {
		return model.CreateWorkspaceResult{}, apperr.New(apperr.CodeConflict, "A workspace is already open.")
	}
	if c.restoring {
		return model.CreateWorkspaceResult{}, errRestoring
	}
	ctx, cancel := c.ctx()
	defer cancel()
	sess, recovery, err := c.vault.Create(ctx, req)
	if err != nil {
		return model.CreateWorkspaceResult{}, err
	}
	c.session = sess
	c.emitter.Emit(EventUnlocked)
	// The administrator who just chose their password is signed in.
	c.startSessionLocked(sess.CreatedAdminID())
	c.watchLocked() // outside any transaction: it may write
	if a, err := loadActor(ctx, sess.Store(), c.userID); err == nil {
		err = sess.Store().Write(ctx, func(tx *store.Tx) error {
			if err := store.RecordSignIn(ctx, tx, a.UserID, c.now()); err != nil {
				return err
			}
			e := c.entry(a.Actor, audit.CatConfig, "workspace.create", "workspace", "", req.Name)
			e.Changes = []audit.Change{{Field: "unlockMethods", After: sess.Methods()}}
			if err := store.AppendAudit(ctx, tx, e); err != nil {
				return err
			}
			e = c.entry(a.Actor, audit.CatConfig, "user.create", "user", a.UserID, a.Username)
			e.Changes = audit.Diff(nil, map[string]any{"username": a.Username, "role": a.RoleName}, nil, nil)
			if err := store.AppendAudit(ctx, tx, e); err != nil {
				return err
			}
			return store.AppendAudit(ctx, tx, c.entry(a.Actor, audit.CatAuth, "auth.login.success", "user", a.UserID, a.Username))
		})
		if err != nil {
			slog.Error("audit workspace creation", "err", err)
		}
	}
	// The recovery key exists nowhere else: return it even if the status
	// cannot be read back (the frontend refetches the status anyway).
	st, err := c.statusLocked()
	if err != nil {
		slog.Error("status after create", "err", err)
		st = model.WorkspaceStatus{Exists: true, Unlocked: true, Name: req.Name, Path: c.vault.Dir, RecoveryPending: true}
	}
	return model.CreateWorkspaceResult{RecoveryKey: recovery, Status: st}, nil
}

// AcknowledgeRecoveryKey records that the user saved the recovery key.
// Only settings.manage holders may: they are who saw the key at setup.
func (s *WorkspaceService) AcknowledgeRecoveryKey() error {
	return s.core.with(rbac.PermSettingsManage, "workspace.recovery.acknowledge", "workspace", "", func(cl call) error {
		return s.core.session.AcknowledgeRecovery(cl.ctx)
	})
}

// UnlockKeychain unlocks through the OS keychain; CodeUnavailable (with the
// reason) when it is missing, locked or silent.
func (s *WorkspaceService) UnlockKeychain() (model.WorkspaceStatus, error) {
	return s.unlock(model.UnlockKeychain, "")
}

// UnlockPassphrase unlocks with the passphrase; CodeUnauthenticated when wrong.
func (s *WorkspaceService) UnlockPassphrase(passphrase string) (model.WorkspaceStatus, error) {
	return s.unlock(model.UnlockPassphrase, passphrase)
}

// UnlockRecovery unlocks with the recovery key; CodeInvalid for a typo,
// CodeUnauthenticated for another workspace's key.
func (s *WorkspaceService) UnlockRecovery(recoveryKey string) (model.WorkspaceStatus, error) {
	return s.unlock(model.UnlockRecovery, recoveryKey)
}

func (s *WorkspaceService) unlock(method, secret string) (model.WorkspaceStatus, error) {
	c := s.core
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.session != nil {
		// Never answer "unlocked" to a secret nobody checked.
		return model.WorkspaceStatus{}, apperr.New(apperr.CodeConflict, "The workspace is already unlocked.")
	}
	if c.restoring {
		return model.WorkspaceStatus{}, errRestoring
	}
	const throttleKey = "#workspace-secret"
	if until := c.failures.lockedUntil(throttleKey, c.now()); !until.IsZero() && method != model.UnlockKeychain {
		return model.WorkspaceStatus{}, lockedError(until, c.now())
	}
	sess, err := c.vault.Unlock(method, secret)
	if apperr.Is(err, apperr.CodeUnauthenticated) {
		e := c.entry(rbac.Actor{}, audit.CatAuth, "auth.unlock.failed", "workspace", "", "")
		e.Outcome, e.Reason = audit.OutcomeFailed, "wrong "+method
		c.pending = appendBounded(c.pending, e)
		if until := c.failures.fail(throttleKey, defaultThreshold(), c.now()); !until.IsZero() {
			return model.WorkspaceStatus{}, lockedError(until, c.now())
		}
	}
	if method == model.UnlockKeychain {
		st := model.KeychainStatus{Available: true}
		var ae *apperr.Error
		if errors.As(err, &ae) && ae.Code == apperr.CodeUnavailable {
			st = model.KeychainStatus{Message: ae.Message}
		}
		c.probe = &st
	}
	if err != nil {
		return model.WorkspaceStatus{}, err
	}
	ctx, cancel := c.ctx()
	defer cancel()
	if err := sess.Open(ctx); err != nil {
		sess.Close()
		return model.WorkspaceStatus{}, err
	}
	st, err := describe(c, sess)
	if err != nil {
		sess.Close()
		return model.WorkspaceStatus{}, err
	}
	c.session = sess
	c.failures.clear(throttleKey)
	c.afterUnlockLocked(ctx)
	e := c.entry(rbac.Actor{}, audit.CatAuth, "auth.unlock", "workspace", "", st.Name)
	e.Reason = "unlocked with " + method
	if err := sess.Store().AuditWrite(ctx, e); err != nil {
		slog.Error("audit unlock", "err", err)
	}
	c.emitter.Emit(EventUnlocked)
	return st, nil
}

// describe builds the status of a session that is not adopted yet.
func describe(c *Core, sess *vault.Session) (model.WorkspaceStatus, error) {
	prev := c.session
	c.session = sess
	defer func() { c.session = prev }()
	return c.statusLocked()
}

// Lock signs out, closes the workspace and wipes the key from memory.
// Anyone may lock (it only takes access away); it is audited.
func (s *WorkspaceService) Lock() error {
	c := s.core
	c.mu.Lock()
	defer c.mu.Unlock()
	sess, err := c.unlocked()
	if err != nil {
		return err
	}
	ctx, cancel := c.ctx()
	defer cancel()
	actor := rbac.Actor{}
	if c.userID != "" {
		if a, err := loadActor(ctx, sess.Store(), c.userID); err == nil {
			actor = a.Actor
		}
	}
	if err := sess.Store().AuditWrite(ctx, c.entry(actor, audit.CatAuth, "auth.lock", "workspace", "", "")); err != nil {
		slog.Error("audit lock", "err", err)
	}
	err = c.lockLocked()
	c.emitter.Emit(EventLocked)
	return err
}

// ChangePassphrase rewraps the data key under a new passphrase (the database
// file is not touched). See vault.Session.ChangePassphrase.
func (s *WorkspaceService) ChangePassphrase(oldPassphrase, newPassphrase string) error {
	return s.keyChange("key.passphrase.change", func(sess *vault.Session) error {
		return sess.ChangePassphrase(oldPassphrase, newPassphrase)
	})
}

// SetKeychainUnlock turns "remember on this device" on or off and returns the
// new status. Off needs a passphrase (CodeConflict).
func (s *WorkspaceService) SetKeychainUnlock(enabled bool) (model.WorkspaceStatus, error) {
	action := "key.keychain.disable"
	if enabled {
		action = "key.keychain.enable"
	}
	var st model.WorkspaceStatus
	err := s.keyChange(action, func(sess *vault.Session) error {
		if err := sess.SetKeychain(enabled); err != nil {
			return err
		}
		var err error
		st, err = s.core.statusLocked()
		return err
	})
	return st, err
}

// RotateKeychainKey replaces the keychain's key-encryption key.
func (s *WorkspaceService) RotateKeychainKey() error {
	return s.keyChange("key.keychain.rotate", func(sess *vault.Session) error { return sess.RotateKeychainKey() })
}

// keyChange runs a key-file change for a user holding settings.manage and
// audits it (success or failure) under action.
func (s *WorkspaceService) keyChange(action string, fn func(*vault.Session) error) error {
	c := s.core
	return c.with(rbac.PermSettingsManage, action, "workspace", "", func(cl call) error {
		err := fn(c.session)
		e := c.entry(cl.actor, audit.CatKey, action, "workspace", "", "")
		if err != nil {
			e.Outcome, e.Reason = audit.OutcomeFailed, string(apperr.CodeOf(err))
		}
		if aerr := cl.st.AuditWrite(cl.ctx, e); aerr != nil && err == nil {
			return aerr
		}
		return err
	})
}
