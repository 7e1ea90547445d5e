package crypto

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
)

// Slot kinds: each wraps the same data key under a different key-encryption key.
const (
	SlotKeychain   = "keychain"
	SlotPassphrase = "passphrase"
	SlotRecovery   = "recovery"
)

const (
	keyFileFormat  = "fieldvault-keys"
	keyFileVersion = 1
	maxKeyFileSize = 1 << 20
	// KeychainService is the service name of every keychain item we create.
	KeychainService = "FieldVault"
)

var (
	// ErrWrongSecret: the passphrase or recovery key does not open any slot.
	ErrWrongSecret = errors.New("wrong passphrase or recovery key")
	// ErrNoSlot: the key file has no slot of the requested kind.
	ErrNoSlot = errors.New("this workspace has no such unlock method")
	// ErrKeyFileCorrupt: the key file is unreadable or was tampered with.
	ErrKeyFileCorrupt = errors.New("the key file is damaged or not a FieldVault key file")
)

// Slot is one wrapped copy of the data key. It holds no secret in the clear
// and no user name: ID is random (and is the keychain account for keychain slots).
type Slot struct {
	Kind    string        `json:"kind"`
	ID      string        `json:"id"`
	Salt    []byte        `json:"salt,omitempty"`
	Argon2  *Argon2Params `json:"argon2,omitempty"`
	Nonce   []byte        `json:"nonce"`
	Wrapped []byte        `json:"wrapped"`
}

// KeyFile is the small JSON file beside the database that holds the wrapped
// data key once per unlock method. Changing a slot rewrites only this file.
type KeyFile struct {
	Format      string `json:"format"`
	Version     int    `json:"version"`
	WorkspaceID string `json:"workspaceId"`
	Cipher      string `json:"cipher"`
	// UserSalt and UserArgon2 are shared by all user slots (see userslot.go).
	UserSalt   []byte        `json:"userSalt,omitempty"`
	UserArgon2 *Argon2Params `json:"userArgon2,omitempty"`
	Slots      []Slot        `json:"slots"`
}

// NewKeyFile returns an empty key file for a new workspace with a random id.
func NewKeyFile(cipher string) *KeyFile {
	return &KeyFile{Format: keyFileFormat, Version: keyFileVersion, WorkspaceID: randomID(16), Cipher: cipher}
}

func randomID(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic("crypto/rand failed: " + err.Error())
	}
	return hex.EncodeToString(b)
}

func (kf *KeyFile) aad(s Slot) []byte {
	return []byte("fieldvault-dek-v1|" + kf.WorkspaceID + "|" + s.Kind + "|" + s.ID)
}

// KeychainAccount is the keychain account name of a keychain slot.
func (kf *KeyFile) KeychainAccount(s Slot) string { return "workspace-" + kf.WorkspaceID + "-" + s.ID }

// Has reports whether a slot of kind exists.
func (kf *KeyFile) Has(kind string) bool {
	return slices.ContainsFunc(kf.Slots, func(s Slot) bool { return s.Kind == kind })
}

// Methods lists the slot kinds present, in a stable order.
func (kf *KeyFile) Methods() []string {
	out := []string{}
	for _, k := range []string{SlotKeychain, SlotPassphrase, SlotUser, SlotRecovery} {
		if kf.Has(k) {
			out = append(out, k)
		}
	}
	return out
}

func (kf *KeyFile) addSlot(s Slot, kek, dek []byte) error {
	nonce, wrapped, err := Seal(kek, dek, kf.aad(s))
	if err != nil {
		return err
	}
	s.Nonce, s.Wrapped = nonce, wrapped
	kf.Slots = append(kf.Slots, s)
	return nil
}

// AddPassphraseSlot wraps dek under Argon2id(passphrase).
func (kf *KeyFile) AddPassphraseSlot(dek []byte, passphrase string) error {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return err
	}
	p := DefaultArgon2
	kek := DeriveKey([]byte(passphrase), salt, p)
	defer Wipe(kek)
	return kf.addSlot(Slot{Kind: SlotPassphrase, ID: randomID(8), Salt: salt, Argon2: &p}, kek, dek)
}

// AddRecoverySlot wraps dek under a new recovery key and returns its
// printable form, which must be shown to the user once and never stored.
func (kf *KeyFile) AddRecoverySlot(dek []byte) (string, error) {
	secret, printable := NewRecoveryKey()
	s := Slot{Kind: SlotRecovery, ID: randomID(8), Salt: []byte(randomID(16))}
	kek, err := recoveryKEK(secret, s.Salt)
	if err != nil {
		return "", err
	}
	defer Wipe(kek)
	if err := kf.addSlot(s, kek, dek); err != nil {
		return "", err
	}
	return printable, nil
}

func recoveryKEK(secret, salt []byte) ([]byte, error) {
	return SubKey(append(append([]byte{}, secret...), salt...), "recovery-kek")
}

// AddKeychainSlot stores a fresh random key-encryption key in kc and wraps
// dek under it. On a keychain failure the key file is unchanged.
func (kf *KeyFile) AddKeychainSlot(kc Keychain, dek []byte) error {
	kek := RandomKey()
	defer Wipe(kek)
	s := Slot{Kind: SlotKeychain, ID: randomID(8)}
	if err := kc.Set(KeychainService, kf.KeychainAccount(s), hex.EncodeToString(kek)); err != nil {
		return err
	}
	return kf.addSlot(s, kek, dek)
}

// RemoveSlots drops every slot of kind and returns the removed slots (so a
// caller can delete their keychain items after saving the file).
func (kf *KeyFile) RemoveSlots(kind string) []Slot {
	var removed []Slot
	kf.Slots = slices.DeleteFunc(kf.Slots, func(s Slot) bool {
		if s.Kind == kind {
			removed = append(removed, s)
			return true
		}
		return false
	})
	return removed
}

// Validate checks the structure of a loaded key file (a hostile file must not
// make us allocate gigabytes in Argon2 or index out of range).
func (kf *KeyFile) Validate() error {
	if kf.Format != keyFileFormat || kf.Version != keyFileVersion || len(kf.WorkspaceID) != 32 || len(kf.Slots) == 0 {
		return ErrKeyFileCorrupt
	}
	for _, s := range kf.Slots {
		switch s.Kind {
		case SlotKeychain, SlotRecovery:
		case SlotUser:
			if a := kf.UserArgon2; a == nil || a.MemKiB == 0 || a.MemKiB > MaxArgon2MemKiB || a.Time == 0 ||
				a.Time > 64 || a.Threads == 0 || len(kf.UserSalt) < 16 {
				return ErrKeyFileCorrupt
			}
		case SlotPassphrase:
			if s.Argon2 == nil || s.Argon2.MemKiB == 0 || s.Argon2.MemKiB > MaxArgon2MemKiB ||
				s.Argon2.Time == 0 || s.Argon2.Time > 64 || s.Argon2.Threads == 0 || len(s.Salt) < 16 {
				return ErrKeyFileCorrupt
			}
		default:
			return ErrKeyFileCorrupt
		}
		if s.ID == "" || len(s.Wrapped) != KeySize+16 {
			return ErrKeyFileCorrupt
		}
	}
	return nil
}

// LoadKeyFile reads and validates the key file at path. A missing file
// returns an error satisfying errors.Is(err, os.ErrNotExist).
func LoadKeyFile(path string) (*KeyFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxKeyFileSize+1))
	if err != nil {
		return nil, err // an I/O error is not a damaged file
	}
	if len(b) > maxKeyFileSize {
		return nil, ErrKeyFileCorrupt
	}
	var kf KeyFile
	if err := json.Unmarshal(b, &kf); err != nil {
		return nil, ErrKeyFileCorrupt
	}
	if err := kf.Validate(); err != nil {
		return nil, err
	}
	return &kf, nil
}

// Save writes the key file atomically (temp file, fsync, rename, fsync dir),
// so a crash leaves either the old or the new file, never a torn one.
func (kf *KeyFile) Save(path string) error {
	b, err := json.MarshalIndent(kf, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".keys-*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("replace key file: %w", err)
	}
	if d, err := os.Open(filepath.Dir(path)); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}
