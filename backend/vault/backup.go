package vault

import (
	"bufio"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"io"
	"os"

	"fieldvault/backend/apperr"
	"fieldvault/backend/crypto"
	"fieldvault/backend/encvfs"
	"fieldvault/backend/model"
)

// The vault's side of backups (package backup holds the rest): what a backup
// carries of the key file, the key that authenticates its manifest, and the
// restore of a backed-up database into a new workspace under the SAME data
// key — the audit chain's HMAC and signing keys derive from it, so a
// workspace restored under a new key could never verify its own log.

// backupMACPurpose derives the key of BackupMAC from the data key.
const backupMACPurpose = "backup-manifest"

// BackupKeyFile returns the key file as a backup carries it (JSON): every
// slot but the keychain's — a keychain item never leaves this device, and
// the restore unwraps the data key with a passphrase, the recovery key or a
// user's sign-in instead. The wrapped keys are no more exposed than the
// database's own password hashes, which travel in the same file.
// CodeLocked when the session is closed.
func (s *Session) BackupKeyFile() ([]byte, error) {
	if s.dek == nil {
		return nil, errLocked()
	}
	kf := s.cloneKeyFile()
	kf.RemoveSlots(crypto.SlotKeychain)
	if len(kf.Slots) == 0 {
		return nil, apperr.New(apperr.CodeConflict,
			"This workspace unlocks with the OS keychain only: set a passphrase first, or a restore could never open the backup.")
	}
	return json.Marshal(kf)
}

// BackupMAC returns HMAC-SHA256 of manifest under a key derived from the
// data key, so a restore can tell that the manifest (audit head, counts,
// key file) is the one this workspace wrote: a recipient of the backup can
// read it but cannot forge it. CodeLocked when the session is closed.
func (s *Session) BackupMAC(manifest []byte) ([]byte, error) {
	if s.dek == nil {
		return nil, errLocked()
	}
	return backupMAC(s.dek, manifest)
}

func backupMAC(dek, manifest []byte) ([]byte, error) {
	k, err := crypto.SubKey(dek, backupMACPurpose)
	if err != nil {
		return nil, err
	}
	defer crypto.Wipe(k)
	m := hmac.New(sha256.New, k)
	m.Write(manifest)
	return m.Sum(nil), nil
}

// RestoreSource is a backed-up database on its way into a workspace.
type RestoreSource struct {
	// Sealed streams the database sealed under Key with the key file's
	// cipher (as encvfs writes it), journal mode DELETE, closed.
	Sealed io.Reader
	Key    []byte
	// KeyFile is the key file JSON the backup carries.
	KeyFile []byte
	// Manifest and MAC: the manifest bytes and the BackupMAC over them.
	Manifest, MAC []byte
}

// RestoreUnlock says how Restore unwraps the data key: Method is
// model.UnlockPassphrase, UnlockRecovery or UnlockUser (Username +
// Secret = password). Keychain also adds a keychain slot for this device.
type RestoreUnlock struct {
	Method   string
	Username string
	Secret   string
	Keychain bool
}

// Restore makes the workspace in v.Dir from a backed-up database: it
// unwraps the data key from src.KeyFile with u, checks src.MAC, re-encrypts
// the database page by page under the workspace's page key into DBFile,
// writes the key file (without keychain slots, plus one for this device
// when u.Keychain), opens the store (applying pending migrations) and runs
// check on the open session. On any error — check's included — it closes
// the session and removes what it wrote (database, WAL, key file, keychain
// item), so v.Dir holds nothing of the workspace.
//
// Errors: CodeConflict when v.Dir already holds a workspace or the key
// file has no slot of u.Method; CodeCorrupt when the key file is damaged,
// the MAC does not match or the database does not decrypt;
// CodeUnauthenticated for a wrong passphrase, recovery key or sign-in;
// CodeInvalid for a malformed recovery key or an unknown method;
// CodeUnavailable when the keychain slot cannot be added; check's errors.
func (v *Vault) Restore(ctx context.Context, src RestoreSource, u RestoreUnlock, check func(*Session) error) (err error) {
	exists, err := v.Exists()
	if err != nil {
		return err
	}
	if exists {
		return apperr.New(apperr.CodeConflict, "A workspace already exists in %s.", v.Dir)
	}
	var kf crypto.KeyFile
	if json.Unmarshal(src.KeyFile, &kf) != nil || kf.Validate() != nil {
		return apperr.New(apperr.CodeCorrupt, "The key file inside the backup is damaged.")
	}
	kf.RemoveSlots(crypto.SlotKeychain)
	c, err := encvfs.ParseCipher(kf.Cipher)
	if err != nil {
		return apperr.Wrap(err, apperr.CodeCorrupt, "The key file inside the backup names an unknown cipher.")
	}
	dek, err := unwrapForRestore(&kf, u)
	if err != nil {
		return err
	}
	defer func() {
		if dek != nil && err != nil {
			crypto.Wipe(dek)
		}
	}()
	mac, err := backupMAC(dek, src.Manifest)
	if err != nil {
		return err
	}
	if !hmac.Equal(mac, src.MAC) {
		return apperr.New(apperr.CodeCorrupt,
			"The backup's manifest does not match the workspace key it carries: the file was altered after it was made.")
	}

	var added []crypto.Slot
	undo := func() {
		for _, sl := range added {
			_ = v.Keychain.Delete(crypto.KeychainService, kf.KeychainAccount(sl))
		}
		for _, p := range []string{v.KeyPath(), v.DBPath(), v.DBPath() + "-wal", v.DBPath() + "-shm", v.DBPath() + "-journal"} {
			_ = os.Remove(p)
		}
	}
	if err := v.resealInto(src, dek, c); err != nil {
		undo()
		return err
	}
	if u.Keychain {
		n := len(kf.Slots)
		if err := kf.AddKeychainSlot(v.Keychain, dek); err != nil {
			undo()
			return keychainError(err, "Restore without remembering it on this device, and turn that on later.")
		}
		added = kf.Slots[n:]
	}
	if err := kf.Save(v.KeyPath()); err != nil {
		undo()
		return apperr.Wrap(err, apperr.CodeUnavailable, "The key file cannot be written: "+describeFSError(err))
	}
	sum, err := fileSum(v.KeyPath())
	if err != nil {
		undo()
		return apperr.Wrap(err, apperr.CodeUnavailable, "The key file cannot be read back: "+describeFSError(err))
	}
	method := u.Method
	s := &Session{v: v, kf: &kf, kfSum: sum, dek: dek, method: method}
	dek = nil // the session owns (and wipes) it now
	if err := s.Open(ctx); err != nil {
		s.Close()
		undo()
		return err
	}
	if err := check(s); err != nil {
		s.Close()
		undo()
		return err
	}
	if err := s.Close(); err != nil {
		undo()
		return err
	}
	return nil
}

// resealInto writes src's database to DBPath under the page key of dek;
// the file is created exclusively (never over an existing one) and synced.
func (v *Vault) resealInto(src RestoreSource, dek []byte, c encvfs.Cipher) error {
	pageKey, err := crypto.SubKey(dek, "pages")
	if err != nil {
		return err
	}
	defer crypto.Wipe(pageKey)
	f, err := os.OpenFile(v.DBPath(), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return apperr.Wrap(err, apperr.CodeUnavailable, "The database file cannot be created: "+describeFSError(err))
	}
	w := bufio.NewWriterSize(f, 1<<20)
	_, err = encvfs.Reseal(w, src.Sealed, src.Key, pageKey, c)
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	var pe *encvfs.PageError
	switch {
	case err == nil:
		return nil
	case errors.As(err, new(*apperr.Error)):
		return err // the source's own (cancelled; the backup file is damaged)
	case errors.As(err, &pe):
		return apperr.Wrap(err, apperr.CodeCorrupt, "The backed-up database is damaged: "+pe.Error()+".")
	case errors.Is(err, encvfs.ErrTruncated):
		return apperr.Wrap(err, apperr.CodeCorrupt, "The backed-up database is cut short.")
	}
	return apperr.Wrap(err, apperr.CodeUnavailable, "The database file cannot be written: "+describeFSError(err))
}

// unwrapForRestore returns the data key of kf through u, with Unlock's
// messages.
func unwrapForRestore(kf *crypto.KeyFile, u RestoreUnlock) ([]byte, error) {
	var dek []byte
	var err error
	switch u.Method {
	case model.UnlockPassphrase:
		dek, err = kf.UnlockPassphrase(u.Secret)
		if errors.Is(err, crypto.ErrWrongSecret) {
			return nil, apperr.Wrap(err, apperr.CodeUnauthenticated, "Wrong passphrase: it does not open the workspace key in this backup.")
		}
	case model.UnlockRecovery:
		dek, err = kf.UnlockRecovery(u.Secret)
		switch {
		case errors.Is(err, crypto.ErrRecoveryKeyMalformed):
			return nil, apperr.Invalid("This is not a valid recovery key.", map[string]string{"recoveryKey": "Check the recovery key for typos."})
		case errors.Is(err, crypto.ErrWrongSecret):
			return nil, apperr.Wrap(err, apperr.CodeUnauthenticated, "Wrong recovery key: it does not open the workspace key in this backup.")
		}
	case model.UnlockUser:
		dek, _, err = kf.UnlockUser(u.Username, u.Secret)
		if errors.Is(err, crypto.ErrWrongSecret) {
			return nil, apperr.Wrap(err, apperr.CodeUnauthenticated, ErrBadCredentials)
		}
	default:
		return nil, apperr.New(apperr.CodeInvalid, "Unlock the backup's workspace key with a passphrase, the recovery key or a user's sign-in.")
	}
	if errors.Is(err, crypto.ErrNoSlot) {
		return nil, apperr.Wrap(err, apperr.CodeConflict, "The workspace in this backup cannot be unlocked that way: use "+
			describeMethods(kf.Methods())+".")
	}
	return dek, err
}

// describeMethods names the unlock methods a restore can use.
func describeMethods(methods []string) string {
	names := map[string]string{model.UnlockPassphrase: "its passphrase", model.UnlockRecovery: "its recovery key", model.UnlockUser: "a user's sign-in"}
	out := ""
	for _, m := range methods {
		n, ok := names[m]
		if !ok {
			continue
		}
		if out != "" {
			out += " or "
		}
		out += n
	}
	if out == "" {
		return "nothing (it has no usable key slot)"
	}
	return out
}
