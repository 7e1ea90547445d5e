package vault

import (
	"context"
	"errors"
	"os"

	"fieldvault/backend/apperr"
	"fieldvault/backend/crypto"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
)

// Create sets up a new workspace in Dir with the built-in roles and its first
// Administrator (whose sign-in also unwraps the data key), and returns it
// unlocked and open, with the printable recovery key (to be shown once) and
// the administrator's user id. It refuses a folder that
// already holds a workspace (CodeConflict) and bad input (CodeInvalid); when
// the keychain was chosen but fails it returns CodeUnavailable and leaves no
// files behind.
func (v *Vault) Create(ctx context.Context, req model.CreateWorkspaceRequest) (*Session, string, error) {
	if err := req.Validate(); err != nil {
		return nil, "", err
	}
	hash, err := crypto.HashPassword(req.AdminPassword)
	if err != nil {
		return nil, "", err
	}
	exists, err := v.Exists()
	if err != nil {
		return nil, "", err
	}
	if exists {
		return nil, "", apperr.New(apperr.CodeConflict, "A workspace already exists in %s.", v.Dir)
	}
	if err := os.MkdirAll(v.Dir, 0o700); err != nil {
		return nil, "", apperr.Wrap(err, apperr.CodeUnavailable, "The workspace folder cannot be created: "+describeFSError(err))
	}
	dek := crypto.RandomKey()
	kf := crypto.NewKeyFile(PageCipher.String())
	if req.Unlock == model.UnlockKeychain {
		if err := kf.AddKeychainSlot(v.Keychain, dek); err != nil {
			return nil, "", keychainError(err, "Choose a passphrase instead.")
		}
	}
	undo := func() {
		for _, s := range kf.RemoveSlots(crypto.SlotKeychain) {
			_ = v.Keychain.Delete(crypto.KeychainService, kf.KeychainAccount(s))
		}
		for _, p := range []string{v.KeyPath(), v.DBPath(), v.DBPath() + "-wal", v.DBPath() + "-shm"} {
			_ = os.Remove(p)
		}
	}
	if req.Passphrase != "" {
		if err := kf.AddPassphraseSlot(dek, req.Passphrase); err != nil {
			undo()
			return nil, "", err
		}
	}
	recovery, err := kf.AddRecoverySlot(dek)
	if err != nil {
		undo()
		return nil, "", err
	}
	slotID, err := kf.AddUserSlot(dek, req.AdminUsername, req.AdminPassword)
	if err != nil {
		undo()
		return nil, "", err
	}
	// The key file goes first: a database never exists without its key.
	if err := kf.Save(v.KeyPath()); err != nil {
		undo()
		return nil, "", apperr.Wrap(err, apperr.CodeUnavailable, "The key file cannot be written: "+describeFSError(err))
	}
	sum, err := fileSum(v.KeyPath())
	if err != nil {
		undo()
		return nil, "", err
	}
	s := &Session{v: v, kf: kf, kfSum: sum, dek: dek, method: req.Unlock, create: true}
	if err := s.Open(ctx); err != nil {
		undo()
		return nil, "", err
	}
	err = s.st.Write(ctx, func(tx *store.Tx) error {
		now := v.now()
		if err := store.SetMeta(ctx, tx, store.MetaName, req.Name, now); err != nil {
			return err
		}
		if err := store.SetMeta(ctx, tx, store.MetaCreatedAt, now.UTC().Format("2006-01-02T15:04:05Z"), now); err != nil {
			return err
		}
		if err := store.SeedDefaultRoles(ctx, tx, now); err != nil {
			return err
		}
		s.adminID = store.NewID()
		admin := store.UserRecord{PasswordHash: hash, KeySlotID: slotID}
		admin.ID, admin.Username, admin.DisplayName, admin.RoleID = s.adminID, req.AdminUsername, req.AdminDisplayName, rbac.RoleAdministrator
		return store.InsertUser(ctx, tx, admin, now)
	})
	if err != nil {
		s.Close()
		undo()
		return nil, "", err
	}
	s.create = false
	return s, recovery, nil
}

// keychainError turns a keychain failure into the message the user sees.
func keychainError(err error, advice string) error {
	switch {
	case errors.Is(err, crypto.ErrKeychainUnavailable):
		return apperr.Wrap(err, apperr.CodeUnavailable, "The OS keychain is not available ("+crypto.KeychainReason(err)+"). "+advice)
	case errors.Is(err, crypto.ErrKeychainItemNotFound):
		return apperr.Wrap(err, apperr.CodeUnavailable, "This device's keychain does not hold the key of this workspace. "+advice)
	case errors.Is(err, crypto.ErrNoSlot):
		return apperr.Wrap(err, apperr.CodeConflict, "This workspace is not set to unlock with the OS keychain. "+advice)
	}
	return err
}
