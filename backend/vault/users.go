package vault

import (
	"errors"

	"fieldvault/backend/apperr"
	"fieldvault/backend/crypto"
	"fieldvault/backend/model"
)

// ErrBadCredentials is the one message for an unknown user and a wrong
// password alike, so sign-in never tells which user names exist.
const ErrBadCredentials = "Wrong user name or password."

// UnlockUser unwraps the data key with a user's sign-in (no keychain
// needed) and returns the session and the user's slot id. Errors:
// CodeUnauthenticated (unknown user or wrong password: one message),
// CodeConflict (the workspace has no user sign-ins yet), plus LoadKeyFile's.
func (v *Vault) UnlockUser(username, password string) (*Session, string, error) {
	kf, sum, err := v.loadKeyFileSum()
	if err != nil {
		return nil, "", err
	}
	dek, slotID, err := kf.UnlockUser(username, password)
	switch {
	case errors.Is(err, crypto.ErrWrongSecret):
		return nil, "", apperr.Wrap(err, apperr.CodeUnauthenticated, ErrBadCredentials)
	case errors.Is(err, crypto.ErrNoSlot):
		return nil, "", apperr.Wrap(err, apperr.CodeConflict,
			"This workspace cannot be opened with a user sign-in yet. Unlock it with the OS keychain, the passphrase or the recovery key.")
	case err != nil:
		return nil, "", err
	}
	return &Session{v: v, kf: kf, kfSum: sum, dek: dek, method: model.UnlockUser}, slotID, nil
}

// AddUserSlot lets username/password unwrap the data key and returns the
// slot id to store with the user. The key file is rewritten; the database
// is not touched.
func (s *Session) AddUserSlot(username, password string) (string, error) {
	if s.dek == nil {
		return "", errLocked()
	}
	next := s.cloneKeyFile()
	id, err := next.AddUserSlot(s.dek, username, password)
	if err != nil {
		return "", err
	}
	return id, s.commit(next, nil)
}

// RemoveUserSlot removes a user's slot (disabled user, changed password).
// A missing slot is not an error.
func (s *Session) RemoveUserSlot(id string) error {
	if s.dek == nil {
		return errLocked()
	}
	if id == "" {
		return nil
	}
	next := s.cloneKeyFile()
	if !next.RemoveSlotID(id) {
		return nil
	}
	return s.commit(next, nil)
}

// UserSlotIDs lists the ids of the key file's user slots.
func (s *Session) UserSlotIDs() []string {
	var ids []string
	for _, sl := range s.kf.Slots {
		if sl.Kind == crypto.SlotUser {
			ids = append(ids, sl.ID)
		}
	}
	return ids
}
