package service

import (
	"errors"
	"log/slog"

	"fieldvault/backend/apperr"
	"fieldvault/backend/crypto"
	"fieldvault/backend/model"
	"fieldvault/backend/vault"
)

// WorkspaceService is bound to the frontend: setup, unlock, lock and the
// workspace's key settings.
type WorkspaceService struct {
	core *Core
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
	return st, c.session.Describe(ctx, &st)
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
	ctx, cancel := c.ctx()
	defer cancel()
	sess, recovery, err := c.vault.Create(ctx, req)
	if err != nil {
		return model.CreateWorkspaceResult{}, err
	}
	c.session = sess
	c.emitter.Emit(EventUnlocked)
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
func (s *WorkspaceService) AcknowledgeRecoveryKey() error {
	c := s.core
	c.mu.Lock()
	defer c.mu.Unlock()
	sess, err := c.unlocked()
	if err != nil {
		return err
	}
	ctx, cancel := c.ctx()
	defer cancel()
	return sess.AcknowledgeRecovery(ctx)
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
	sess, err := c.vault.Unlock(method, secret)
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

// Lock closes the workspace and wipes the key from memory.
func (s *WorkspaceService) Lock() error {
	c := s.core
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, err := c.unlocked(); err != nil {
		return err
	}
	err := c.lockLocked()
	c.emitter.Emit(EventLocked)
	return err
}

// ChangePassphrase rewraps the data key under a new passphrase (the database
// file is not touched). See vault.Session.ChangePassphrase.
func (s *WorkspaceService) ChangePassphrase(oldPassphrase, newPassphrase string) error {
	return s.withSession(func(sess *vault.Session) error { return sess.ChangePassphrase(oldPassphrase, newPassphrase) })
}

// SetKeychainUnlock turns "remember on this device" on or off and returns the
// new status. Off needs a passphrase (CodeConflict).
func (s *WorkspaceService) SetKeychainUnlock(enabled bool) (model.WorkspaceStatus, error) {
	c := s.core
	c.mu.Lock()
	defer c.mu.Unlock()
	sess, err := c.unlocked()
	if err != nil {
		return model.WorkspaceStatus{}, err
	}
	if err := sess.SetKeychain(enabled); err != nil {
		return model.WorkspaceStatus{}, err
	}
	return c.statusLocked()
}

// RotateKeychainKey replaces the keychain's key-encryption key.
func (s *WorkspaceService) RotateKeychainKey() error {
	return s.withSession(func(sess *vault.Session) error { return sess.RotateKeychainKey() })
}

func (s *WorkspaceService) withSession(fn func(*vault.Session) error) error {
	c := s.core
	c.mu.Lock()
	defer c.mu.Unlock()
	sess, err := c.unlocked()
	if err != nil {
		return err
	}
	return fn(sess)
}
