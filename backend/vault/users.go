package vault

import (
	"bytes"
	"errors"
	"reflect"

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
	var id string
	err := s.editUserSlots(func(next *crypto.KeyFile) (bool, error) {
		var err error
		id, err = next.AddUserSlot(s.dek, username, password)
		return true, err
	})
	return id, err
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
	return s.editUserSlots(func(next *crypto.KeyFile) (bool, error) { return next.RemoveSlotID(id), nil })
}

// editUserSlots applies edit to a copy of the key file and commits it (when
// edit reports a change). User slots are independent of each other, so when
// another process changed the key file meanwhile (a user added from the
// command line), it re-reads the file — which must still be this
// workspace's, with the same user-slot parameters — and applies edit again,
// instead of refusing as a rewrap of the workspace key does.
func (s *Session) editUserSlots(edit func(next *crypto.KeyFile) (bool, error)) error {
	for attempt := 0; ; attempt++ {
		next := s.cloneKeyFile()
		changed, err := edit(next)
		if err != nil {
			return err
		}
		if changed {
			err = s.commit(next, nil)
		} else if onDisk, ferr := fileSum(s.v.KeyPath()); ferr == nil && onDisk != s.kfSum {
			// Nothing to do in our copy (a slot another process added?):
			// look again in the current file.
			err = apperr.New(apperr.CodeConflict, "The key file was changed by another FieldVault window or command. Lock the workspace and unlock it again, then retry.")
		}
		if !apperr.Is(err, apperr.CodeConflict) || attempt == 2 {
			return err
		}
		fresh, sum, lerr := s.v.loadKeyFileSum()
		if lerr != nil {
			return lerr
		}
		if fresh.WorkspaceID != s.kf.WorkspaceID || fresh.Cipher != s.kf.Cipher ||
			!bytes.Equal(fresh.UserSalt, s.kf.UserSalt) || !reflect.DeepEqual(fresh.UserArgon2, s.kf.UserArgon2) {
			return err // not the same workspace's users any more: refuse as before
		}
		s.kf, s.kfSum = fresh, sum
	}
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
