package vault

import (
	"log/slog"

	"fieldvault/backend/apperr"
	"fieldvault/backend/crypto"
	"fieldvault/backend/model"
)

// ChangePassphrase replaces the passphrase slot by one for newPass, rewriting
// only the key file (the database is not touched). When a passphrase exists,
// oldPass must open it (CodeInvalid naming the field "oldPassphrase"
// otherwise) — except in a session unlocked with the recovery key, which
// exists precisely to reset a forgotten passphrase. When none exists, the
// passphrase is added. newPass must pass model.ValidatePassphrase
// (CodeInvalid). CodeConflict when another process changed the key file.
func (s *Session) ChangePassphrase(oldPass, newPass string) error {
	if s.dek == nil {
		return errLocked()
	}
	if msg := model.ValidatePassphrase(newPass); msg != "" {
		return apperr.Invalid(msg, map[string]string{"newPassphrase": msg})
	}
	if s.kf.Has(crypto.SlotPassphrase) && s.method != model.UnlockRecovery {
		dek, err := s.kf.UnlockPassphrase(oldPass)
		if err != nil {
			return apperr.Invalid("The current passphrase is wrong.", map[string]string{"oldPassphrase": "The current passphrase is wrong."})
		}
		crypto.Wipe(dek)
	}
	next := s.cloneKeyFile()
	next.RemoveSlots(crypto.SlotPassphrase)
	if err := next.AddPassphraseSlot(s.dek, newPass); err != nil {
		return err
	}
	return s.commit(next, nil)
}

// SetKeychain adds (enabled) or removes the keychain slot: "remember on this
// device". Removing needs a passphrase slot so the workspace still opens
// without the recovery key (CodeConflict); adding through a missing keychain
// is CodeUnavailable. Neither touches the database.
func (s *Session) SetKeychain(enabled bool) error {
	if s.dek == nil {
		return errLocked()
	}
	has := s.kf.Has(crypto.SlotKeychain)
	switch {
	case enabled && has, !enabled && !has:
		return nil
	case enabled:
		next := s.cloneKeyFile()
		if err := next.AddKeychainSlot(s.v.Keychain, s.dek); err != nil {
			return keychainError(err, "The workspace keeps unlocking with its passphrase.")
		}
		return s.commit(next, nil)
	default:
		if !s.kf.Has(crypto.SlotPassphrase) {
			return apperr.New(apperr.CodeConflict, "Set a passphrase first: without the keychain it is the only everyday way to unlock.")
		}
		next := s.cloneKeyFile()
		removed := next.RemoveSlots(crypto.SlotKeychain)
		return s.commit(next, removed)
	}
}

// RotateKeychainKey replaces the keychain's key-encryption key by a new one:
// new item, then the key file, then the old item is deleted, so a crash at
// any point leaves a workspace that opens.
func (s *Session) RotateKeychainKey() error {
	if s.dek == nil {
		return errLocked()
	}
	if !s.kf.Has(crypto.SlotKeychain) {
		return apperr.New(apperr.CodeConflict, "This workspace does not unlock with the OS keychain.")
	}
	next := s.cloneKeyFile()
	removed := next.RemoveSlots(crypto.SlotKeychain)
	if err := next.AddKeychainSlot(s.v.Keychain, s.dek); err != nil {
		return keychainError(err, "The old key stays in use.")
	}
	return s.commit(next, removed)
}

func (s *Session) cloneKeyFile() *crypto.KeyFile {
	c := *s.kf
	c.Slots = append([]crypto.Slot(nil), s.kf.Slots...)
	return &c
}

// commit saves next atomically and adopts it; then it deletes the keychain
// items of removed slots (a failure there is logged, not fatal: the item no
// longer opens anything). It refuses (CodeConflict) when the key file on
// disk is no longer the one this session read: another FieldVault process
// rewrapped it, and saving our copy would undo that change. When it does not
// save, it deletes the keychain items next added, so none is left orphaned.
func (s *Session) commit(next *crypto.KeyFile, removed []crypto.Slot) error {
	abandon := func(err error) error {
		for _, sl := range addedKeychainSlots(s.kf, next) {
			_ = s.v.Keychain.Delete(crypto.KeychainService, next.KeychainAccount(sl))
		}
		return err
	}
	onDisk, err := fileSum(s.v.KeyPath())
	if err != nil {
		return abandon(apperr.Wrap(err, apperr.CodeUnavailable, "The key file cannot be read: "+describeFSError(err)))
	}
	if onDisk != s.kfSum {
		return abandon(apperr.New(apperr.CodeConflict, "The key file was changed by another FieldVault window or command. Lock the workspace and unlock it again, then retry."))
	}
	if err := next.Save(s.v.KeyPath()); err != nil {
		return abandon(apperr.Wrap(err, apperr.CodeUnavailable, "The key file cannot be written: "+describeFSError(err)))
	}
	sum, err := fileSum(s.v.KeyPath())
	if err != nil {
		return apperr.Wrap(err, apperr.CodeUnavailable, "The key file cannot be read back: "+describeFSError(err))
	}
	s.kf, s.kfSum = next, sum
	for _, sl := range removed {
		if err := s.v.Keychain.Delete(crypto.KeychainService, next.KeychainAccount(sl)); err != nil {
			slog.Warn("could not delete an old keychain item", "err", err)
		}
	}
	return nil
}

// addedKeychainSlots lists keychain slots of next that old does not have.
func addedKeychainSlots(old, next *crypto.KeyFile) []crypto.Slot {
	have := map[string]bool{}
	for _, sl := range old.Slots {
		have[sl.ID] = true
	}
	var out []crypto.Slot
	for _, sl := range next.Slots {
		if sl.Kind == crypto.SlotKeychain && !have[sl.ID] {
			out = append(out, sl)
		}
	}
	return out
}
