package cli

import (
	"slices"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/vault"
)

// unlockHeadless opens the key of the workspace in dir the way a script
// would: the OS keychain when the workspace has it and it answers, else the
// passphrase from $FIELDVAULT_PASSPHRASE, else the recovery key from
// $FIELDVAULT_RECOVERY_KEY. The error says what to provide.
func unlockHeadless(d *Deps, dir string) (*vault.Session, error) {
	v := vault.New(dir, d.Keychain)
	kf, err := v.LoadKeyFile()
	if err != nil {
		return nil, err
	}
	methods := kf.Methods()
	var keychainErr error
	if slices.Contains(methods, model.UnlockKeychain) {
		sess, err := v.Unlock(model.UnlockKeychain, "")
		if err == nil {
			return sess, nil
		}
		keychainErr = err
	}
	if p := d.Getenv(EnvPassphrase); p != "" && slices.Contains(methods, model.UnlockPassphrase) {
		return v.Unlock(model.UnlockPassphrase, p)
	}
	if r := d.Getenv(EnvRecoveryKey); r != "" {
		return v.Unlock(model.UnlockRecovery, r)
	}
	if keychainErr != nil && !slices.Contains(methods, model.UnlockPassphrase) {
		return nil, apperr.Wrap(keychainErr, apperr.CodeUnavailable, message(keychainErr)+" Set $"+EnvRecoveryKey+".")
	}
	if keychainErr != nil {
		return nil, apperr.Wrap(keychainErr, apperr.CodeUnauthenticated,
			message(keychainErr)+" Set $"+EnvPassphrase+" (or $"+EnvRecoveryKey+").")
	}
	return nil, apperr.New(apperr.CodeUnauthenticated, "This workspace needs its passphrase: set $%s (or $%s).", EnvPassphrase, EnvRecoveryKey)
}
