package vault

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"log/slog"
	"os"

	"fieldvault/backend/apperr"
	"fieldvault/backend/crypto"
	"fieldvault/backend/encvfs"
	"fieldvault/backend/model"
	"fieldvault/backend/store"
)

// Session is an unlocked workspace: it holds the data key in memory until
// Close. The store is opened by Open (the CLI's key-only commands never do).
type Session struct {
	v      *Vault
	kf     *crypto.KeyFile
	kfSum  [32]byte // of the key file as loaded or last written by us
	dek    []byte
	method string
	st     *store.Store
	create bool // only Create may make the database file
	// adminID is the first administrator's id, set by Create only.
	adminID string
}

// Unlock unwraps the data key with method (model.UnlockKeychain,
// UnlockPassphrase or UnlockRecovery; secret is ignored for the keychain).
// Errors: CodeNotFound (no workspace), CodeCorrupt (damaged key file),
// CodeUnauthenticated (wrong passphrase or recovery key), CodeInvalid
// (malformed recovery key), CodeUnavailable (keychain missing, locked or
// silent: fall back to the passphrase), CodeConflict (no such method here).
func (v *Vault) Unlock(method, secret string) (*Session, error) {
	kf, sum, err := v.loadKeyFileSum()
	if err != nil {
		return nil, err
	}
	var dek []byte
	switch method {
	case model.UnlockKeychain:
		dek, err = kf.UnlockKeychain(v.Keychain)
		if err != nil {
			return nil, keychainError(err, "Unlock with your passphrase or recovery key.")
		}
	case model.UnlockPassphrase:
		dek, err = kf.UnlockPassphrase(secret)
		switch {
		case errors.Is(err, crypto.ErrWrongSecret):
			return nil, apperr.Wrap(err, apperr.CodeUnauthenticated, "Wrong passphrase.")
		case errors.Is(err, crypto.ErrNoSlot):
			return nil, apperr.Wrap(err, apperr.CodeConflict, "This workspace has no passphrase. Unlock with the OS keychain or the recovery key.")
		}
	case model.UnlockRecovery:
		dek, err = kf.UnlockRecovery(secret)
		switch {
		case errors.Is(err, crypto.ErrRecoveryKeyMalformed):
			return nil, apperr.Invalid("This is not a valid recovery key.", map[string]string{"recoveryKey": "Check the recovery key for typos."})
		case errors.Is(err, crypto.ErrWrongSecret):
			return nil, apperr.Wrap(err, apperr.CodeUnauthenticated, "Wrong recovery key.")
		case errors.Is(err, crypto.ErrNoSlot):
			return nil, apperr.Wrap(err, apperr.CodeConflict, "This workspace has no recovery key.")
		}
	default:
		return nil, apperr.New(apperr.CodeInvalid, "Unknown unlock method %q.", method)
	}
	if err != nil {
		return nil, err
	}
	return &Session{v: v, kf: kf, kfSum: sum, dek: dek, method: method}, nil
}

// Open opens the database with a page key derived from the data key.
// A missing database file is CodeCorrupt (never replaced by an empty one); so
// is a database that does not decrypt although the key file unwrapped: they
// do not belong together, or page 1 is damaged.
func (s *Session) Open(ctx context.Context) error {
	if s.st != nil {
		return nil
	}
	if s.dek == nil {
		return errLocked()
	}
	c, err := encvfs.ParseCipher(s.kf.Cipher)
	if err != nil {
		return apperr.Wrap(err, apperr.CodeCorrupt, "The key file names an unknown cipher.")
	}
	pageKey, err := crypto.SubKey(s.dek, "pages")
	if err != nil {
		return err
	}
	defer crypto.Wipe(pageKey)
	auditKey, err := crypto.SubKey(s.dek, "audit-hmac")
	if err != nil {
		return err
	}
	defer crypto.Wipe(auditKey)
	seed, err := crypto.SubKey(s.dek, "audit-sign")
	if err != nil {
		return err
	}
	signKey := ed25519.NewKeyFromSeed(seed)
	crypto.Wipe(seed)
	defer crypto.Wipe(signKey)
	if _, err := os.Stat(s.v.DBPath()); err != nil && !s.create {
		return apperr.Wrap(err, apperr.CodeCorrupt, fmt.Sprintf(
			"The database file %s is missing although its key file is there. Restore it from a backup (or, if setup was interrupted, move the folder away and set up again).", s.v.DBPath()))
	}
	st, err := store.Open(ctx, store.Options{Path: s.v.DBPath(), PageKey: pageKey, Cipher: c, Create: s.create,
		AuditKey: auditKey, AuditSigningKey: signKey, Now: s.v.Now, Device: s.v.Device})
	if apperr.Is(err, apperr.CodeLocked) {
		return apperr.Wrap(err, apperr.CodeCorrupt,
			"The database does not decrypt with this workspace's key: the key file belongs to another database, or the first page is damaged.")
	}
	if err != nil {
		return err
	}
	s.st = st
	return nil
}

// Store returns the open store, or nil before Open.
func (s *Session) Store() *store.Store { return s.st }

// CreatedAdminID is the id of the administrator Create made ("" otherwise).
func (s *Session) CreatedAdminID() string { return s.adminID }

// Method is how this session was unlocked.
func (s *Session) Method() string { return s.method }

// Methods lists the unlock methods of the key file.
func (s *Session) Methods() []string { return s.kf.Methods() }

// Cipher names the page cipher.
func (s *Session) Cipher() string { return s.kf.Cipher }

// Close closes the store and wipes the data key. Safe to call twice.
func (s *Session) Close() error {
	var err error
	if s.st != nil {
		// A signed checkpoint over the tail makes a later cut of the last
		// entries detectable.
		if cerr := s.st.AuditCheckpointNow(context.Background()); cerr != nil {
			slog.Warn("audit checkpoint at close", "err", cerr)
		}
		err = s.st.Close()
		s.st = nil
	}
	crypto.Wipe(s.dek)
	s.dek = nil
	return err
}
