package backup

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"errors"

	"filippo.io/age"
	"filippo.io/age/agessh"
	"golang.org/x/crypto/ssh"

	"fieldvault/backend/apperr"
)

// maxIdentityFile bounds what ParseIdentities reads (an RSA key is ~3 KiB).
const maxIdentityFile = 1 << 20

// ParseIdentities reads the key that opens a backup: an age identity file
// (AGE-SECRET-KEY-1… lines, as age-keygen writes them; # comments) or an
// unencrypted OpenSSH private key (ssh-ed25519 or ssh-rsa, as ssh-keygen
// writes it). name is how messages call the file. It is
// ParseIdentitiesWithPassphrase with no key passphrase.
func ParseIdentities(data []byte, name string) ([]age.Identity, error) {
	return ParseIdentitiesWithPassphrase(data, name, "")
}

// ParseIdentitiesWithPassphrase is ParseIdentities that also reads an SSH
// private key protected by a passphrase, with keyPassphrase (ignored for
// other keys).
//
// Errors: CodeInvalid naming "identity" — an SSH key of another type, or a
// file that is neither —, or naming "identityPassphrase" — a protected SSH
// key without a passphrase, or with one that does not open it; the key's
// text and the passphrase are never part of a message.
func ParseIdentitiesWithPassphrase(data []byte, name, keyPassphrase string) ([]age.Identity, error) {
	if len(data) > maxIdentityFile {
		return nil, invalidField("identity", name+" is too large to be a key file.")
	}
	if bytes.Contains(data, []byte("-----BEGIN")) {
		id, err := agessh.ParseIdentity(data)
		var missing *ssh.PassphraseMissingError
		switch {
		case errors.As(err, &missing) && keyPassphrase == "":
			return nil, invalidField("identityPassphrase", name+" is an SSH key protected by a passphrase: give its passphrase.")
		case errors.As(err, &missing):
			return protectedSSHIdentity(data, name, keyPassphrase)
		case err != nil:
			return nil, invalidField("identity", name+" is not an OpenSSH private key of type ssh-ed25519 or ssh-rsa.")
		}
		return []age.Identity{id}, nil
	}
	ids, err := age.ParseIdentities(bytes.NewReader(data))
	if err != nil {
		// age's messages name a line, never the key itself.
		return nil, invalidField("identity", name+" is not an age identity file (AGE-SECRET-KEY-1… lines) or an SSH private key: "+err.Error()+".")
	}
	return ids, nil
}

// protectedSSHIdentity decrypts an SSH private key with its passphrase and
// returns it as an age identity.
func protectedSSHIdentity(data []byte, name, keyPassphrase string) ([]age.Identity, error) {
	key, err := ssh.ParseRawPrivateKeyWithPassphrase(data, []byte(keyPassphrase))
	if err != nil {
		if errors.Is(err, x509.IncorrectPasswordError) {
			return nil, invalidField("identityPassphrase", "The passphrase does not open "+name+".")
		}
		return nil, invalidField("identity", name+" is not an OpenSSH private key of type ssh-ed25519 or ssh-rsa.")
	}
	var id age.Identity
	switch k := key.(type) {
	case *ed25519.PrivateKey:
		id, err = agessh.NewEd25519Identity(*k)
	case ed25519.PrivateKey:
		id, err = agessh.NewEd25519Identity(k)
	case *rsa.PrivateKey:
		id, err = agessh.NewRSAIdentity(k)
	default:
		return nil, invalidField("identity", name+" is an SSH key of a type age does not use (ssh-ed25519 or ssh-rsa only).")
	}
	if err != nil {
		return nil, invalidField("identity", name+" is not a usable ssh-ed25519 or ssh-rsa key.")
	}
	return []age.Identity{id}, nil
}

// PassphraseIdentity returns the identity that opens a passphrase backup.
// Errors: CodeInvalid naming "passphrase" when it is empty.
func PassphraseIdentity(passphrase string) (age.Identity, error) {
	id, err := age.NewScryptIdentity(passphrase)
	if err != nil {
		return nil, invalidField("passphrase", "Give the backup's passphrase.")
	}
	return id, nil
}

// openError maps age.Decrypt's refusal of a backup's header.
func openError(err error) error {
	var none *age.NoIdentityMatchError
	if errors.As(err, &none) {
		for _, t := range none.StanzaTypes {
			if t == "scrypt" {
				return apperr.Wrap(err, apperr.CodeUnauthenticated, "This backup is encrypted with a passphrase, and the one given does not open it.")
			}
		}
		return apperr.Wrap(err, apperr.CodeUnauthenticated, "None of the given keys opens this backup: it was encrypted to other recipients.")
	}
	if errors.Is(err, errNoIdentity) {
		return apperr.Wrap(err, apperr.CodeInvalid, "Give the key that opens the backup (an identity file) or its passphrase.")
	}
	return apperr.Wrap(err, apperr.CodeInvalid, "This is not a FieldVault backup: not an age-encrypted file, or its header is damaged.")
}

var errNoIdentity = errors.New("no identity")

// isApp reports whether err already carries a user-facing message.
func isApp(err error) bool {
	var ae *apperr.Error
	return errors.As(err, &ae)
}
