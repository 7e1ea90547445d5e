package crypto

import (
	"encoding/hex"
	"errors"
	"fmt"
)

// UnlockPassphrase returns the data key from the first passphrase slot that
// passphrase opens: ErrNoSlot when there is none, ErrWrongSecret otherwise.
func (kf *KeyFile) UnlockPassphrase(passphrase string) ([]byte, error) {
	return kf.unlockEach(SlotPassphrase, func(s Slot) ([]byte, error) {
		return DeriveKey([]byte(passphrase), s.Salt, *s.Argon2), nil
	})
}

// UnlockRecovery returns the data key for a printable recovery key:
// ErrRecoveryKeyMalformed for a typo, ErrWrongSecret for another key.
func (kf *KeyFile) UnlockRecovery(printable string) ([]byte, error) {
	secret, err := ParseRecoveryKey(printable)
	if err != nil {
		return nil, err
	}
	defer Wipe(secret)
	return kf.unlockEach(SlotRecovery, func(s Slot) ([]byte, error) { return recoveryKEK(secret, s.Salt) })
}

// UnlockKeychain returns the data key through the keychain slot:
// ErrNoSlot, an error wrapping ErrKeychainUnavailable, or
// ErrKeychainItemNotFound when this keychain does not hold the key (another
// device or OS account).
func (kf *KeyFile) UnlockKeychain(kc Keychain) ([]byte, error) {
	var lastErr error = ErrNoSlot
	for _, s := range kf.Slots {
		if s.Kind != SlotKeychain {
			continue
		}
		v, err := kc.Get(KeychainService, kf.KeychainAccount(s))
		if err != nil {
			lastErr = err
			continue
		}
		kek, err := hex.DecodeString(v)
		if err != nil || len(kek) != KeySize {
			lastErr = fmt.Errorf("%w: the keychain item has an unexpected format", ErrKeychainItemNotFound)
			continue
		}
		dek, err := Open(kek, s.Nonce, s.Wrapped, kf.aad(s))
		Wipe(kek)
		if err == nil {
			return dek, nil
		}
		lastErr = fmt.Errorf("%w: the keychain holds a different key", ErrKeychainItemNotFound)
	}
	return nil, lastErr
}

func (kf *KeyFile) unlockEach(kind string, kekOf func(Slot) ([]byte, error)) ([]byte, error) {
	found := false
	for _, s := range kf.Slots {
		if s.Kind != kind {
			continue
		}
		found = true
		kek, err := kekOf(s)
		if err != nil {
			return nil, err
		}
		dek, err := Open(kek, s.Nonce, s.Wrapped, kf.aad(s))
		Wipe(kek)
		if err == nil {
			return dek, nil
		}
		if !errors.Is(err, ErrAuth) {
			return nil, err
		}
	}
	if !found {
		return nil, ErrNoSlot
	}
	return nil, ErrWrongSecret
}
