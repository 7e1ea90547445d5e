// Package vault is a workspace on disk: the encrypted database and the key
// file beside it. It creates workspaces, unwraps the data key through one of
// the unlock methods (OS keychain, passphrase, recovery key), rewraps it, and
// opens the store. Every error it returns is an *apperr.Error with a message
// a user can act on; no secret is ever part of one.
package vault

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/crypto"
	"fieldvault/backend/encvfs"
)

// File names inside a workspace folder.
const (
	DBFile  = "fieldvault.db"
	KeyFile = "fieldvault.keys"
)

// PageCipher is the cipher of new workspaces.
const PageCipher = encvfs.AES256GCM

// Vault is the workspace folder Dir, with the keychain used for its
// keychain slot. Now is the clock (time.Now when nil).
type Vault struct {
	Dir      string
	Keychain crypto.Keychain
	Now      func() time.Time
	// Device is stamped on audit entries that name none.
	Device audit.Device
}

// New returns a Vault for dir using kc.
func New(dir string, kc crypto.Keychain) *Vault { return &Vault{Dir: dir, Keychain: kc} }

// DBPath is the database file.
func (v *Vault) DBPath() string { return filepath.Join(v.Dir, DBFile) }

// KeyPath is the key file.
func (v *Vault) KeyPath() string { return filepath.Join(v.Dir, KeyFile) }

func (v *Vault) now() time.Time {
	if v.Now != nil {
		return v.Now()
	}
	return time.Now()
}

// Exists reports whether a workspace is set up in Dir. A database without
// its key file is CodeCorrupt: it can never be opened, and we must not
// overwrite it with a new workspace.
func (v *Vault) Exists() (bool, error) {
	_, kerr := os.Stat(v.KeyPath())
	_, derr := os.Stat(v.DBPath())
	switch {
	case kerr == nil:
		return true, nil
	case !errors.Is(kerr, fs.ErrNotExist):
		return false, apperr.Wrap(kerr, apperr.CodeUnavailable, "The workspace folder cannot be read: "+describeFSError(kerr))
	case derr == nil:
		return false, apperr.New(apperr.CodeCorrupt,
			"The workspace in %s has lost its key file (%s). Restore it from a backup; FieldVault will not overwrite the database.", v.Dir, KeyFile)
	}
	return false, nil
}

// LoadKeyFile reads the key file: CodeNotFound when there is no workspace,
// CodeCorrupt when the file is damaged.
func (v *Vault) LoadKeyFile() (*crypto.KeyFile, error) {
	kf, err := crypto.LoadKeyFile(v.KeyPath())
	switch {
	case err == nil:
		return kf, nil
	case errors.Is(err, fs.ErrNotExist):
		return nil, apperr.New(apperr.CodeNotFound, "There is no FieldVault workspace in %s.", v.Dir)
	case errors.Is(err, crypto.ErrKeyFileCorrupt):
		return nil, apperr.Wrap(err, apperr.CodeCorrupt, fmt.Sprintf("The key file %s is damaged or not a FieldVault key file.", v.KeyPath()))
	}
	return nil, apperr.Wrap(err, apperr.CodeUnavailable, "The key file cannot be read: "+describeFSError(err))
}

// loadKeyFileSum loads the key file and fingerprints its bytes, so a later
// rewrap can tell whether another process changed it meanwhile.
func (v *Vault) loadKeyFileSum() (*crypto.KeyFile, [32]byte, error) {
	kf, err := v.LoadKeyFile()
	if err != nil {
		return nil, [32]byte{}, err
	}
	sum, err := fileSum(v.KeyPath())
	if err != nil {
		return nil, [32]byte{}, apperr.Wrap(err, apperr.CodeUnavailable, "The key file cannot be read: "+describeFSError(err))
	}
	return kf, sum, nil
}

func fileSum(path string) ([32]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return [32]byte{}, err
	}
	return sha256.Sum256(b), nil
}

func describeFSError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
