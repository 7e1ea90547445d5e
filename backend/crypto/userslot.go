package crypto

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"strings"
)

// SlotUser wraps the data key under one user's sign-in: a workspace without
// a keychain opens with a user's name and password alone.
const SlotUser = "user"

// userKEK stretches (user name, password) once with the key file's shared
// user salt. The slot id is derived from that key, so finding a user's slot
// costs one Argon2id run and the key file names no user.
func (kf *KeyFile) userKEK(username, password string) ([]byte, string, error) {
	if kf.UserSalt == nil || kf.UserArgon2 == nil {
		return nil, "", ErrNoSlot
	}
	in := strings.ToLower(strings.TrimSpace(username)) + "\x00" + password
	kek := DeriveKey([]byte(in), kf.UserSalt, *kf.UserArgon2)
	m := hmac.New(sha256.New, kek)
	m.Write([]byte("fieldvault user slot id"))
	return kek, hex.EncodeToString(m.Sum(nil)[:12]), nil
}

// AddUserSlot wraps dek under the user's name and password and returns the
// slot id (stored with the user in the database, so an administrator can
// remove the slot without knowing the password). A slot already present for
// the same name and password is replaced.
func (kf *KeyFile) AddUserSlot(dek []byte, username, password string) (string, error) {
	if kf.UserSalt == nil {
		salt := make([]byte, 16)
		if _, err := rand.Read(salt); err != nil {
			return "", err
		}
		p := DefaultArgon2
		kf.UserSalt, kf.UserArgon2 = salt, &p
	}
	kek, id, err := kf.userKEK(username, password)
	if err != nil {
		return "", err
	}
	defer Wipe(kek)
	kf.RemoveSlotID(id)
	return id, kf.addSlot(Slot{Kind: SlotUser, ID: id}, kek, dek)
}

// UnlockUser returns the data key and the slot id for a user's sign-in;
// ErrWrongSecret when no slot matches (unknown user and wrong password alike),
// ErrNoSlot when the workspace has no user slots at all.
func (kf *KeyFile) UnlockUser(username, password string) ([]byte, string, error) {
	if !kf.Has(SlotUser) {
		return nil, "", ErrNoSlot
	}
	kek, id, err := kf.userKEK(username, password)
	if err != nil {
		return nil, "", err
	}
	defer Wipe(kek)
	for _, s := range kf.Slots {
		if s.Kind == SlotUser && hmac.Equal([]byte(s.ID), []byte(id)) {
			dek, err := Open(kek, s.Nonce, s.Wrapped, kf.aad(s))
			if err != nil {
				return nil, "", ErrWrongSecret
			}
			return dek, id, nil
		}
	}
	return nil, "", ErrWrongSecret
}

// RemoveSlotID drops the slot with the given id (no-op when absent) and
// reports whether one was removed.
func (kf *KeyFile) RemoveSlotID(id string) bool {
	n := len(kf.Slots)
	out := kf.Slots[:0]
	for _, s := range kf.Slots {
		if s.ID != id {
			out = append(out, s)
		}
	}
	kf.Slots = out
	return len(out) != n
}
