package cli

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"filippo.io/age"

	"fieldvault/backend/apperr"
	"fieldvault/backend/auditarchive"
	"fieldvault/backend/backup"
)

// identityFormat is how one kind of age file (a backup, an audit archive)
// reads the identities that open it.
type identityFormat struct {
	what string // "backup", "archive": named in messages
	// parse reads the identities in key file name; keyPass opens a
	// passphrase-protected key where the format reads those.
	parse      func(b []byte, name, keyPass string) ([]age.Identity, error)
	passphrase func(pass string) (age.Identity, error)
}

var (
	backupIdentityFormat  = identityFormat{what: "backup", parse: backup.ParseIdentitiesWithPassphrase, passphrase: backup.PassphraseIdentity}
	archiveIdentityFormat = identityFormat{what: "archive",
		parse: func(b []byte, _, _ string) ([]age.Identity, error) {
			return auditarchive.ParseIdentities(bytes.NewReader(b))
		},
		passphrase: auditarchive.PassphraseIdentity}
)

// maxKeyFile bounds an identity file: real ones are a few kilobytes.
const maxKeyFile = 1 << 20

// readIdentities reads what may open a file of format f: the identities in
// each key file (a protected SSH key opened with the passphrase in the
// environment variable keyPassEnv, when set) and, when passEnv is set, the
// file's passphrase in that environment variable. Errors: a usage error
// when neither is given, a passphrase variable is empty or a key file
// holds no usable identity (or is larger than maxKeyFile, or is protected
// and its passphrase is missing or wrong); CodeNotFound for a key file
// that cannot be opened.
func readIdentities(d *Deps, f identityFormat, files []string, passEnv, keyPassEnv string) ([]age.Identity, error) {
	if len(files) == 0 && passEnv == "" {
		return nil, usageError{fmt.Errorf("give --identity KEYFILE or --passphrase-env VAR to decrypt the %s", f.what)}
	}
	keyPass := ""
	if keyPassEnv != "" {
		if keyPass = d.Getenv(keyPassEnv); keyPass == "" {
			return nil, usageError{fmt.Errorf("$%s holds no passphrase", keyPassEnv)}
		}
	}
	var ids []age.Identity
	for _, name := range files {
		b, err := readKeyFile(name)
		if err != nil {
			return nil, err
		}
		more, err := f.parse(b, name, keyPass)
		if err != nil {
			return nil, usageError{err}
		}
		ids = append(ids, more...)
	}
	if passEnv != "" {
		pass := d.Getenv(passEnv)
		if pass == "" {
			return nil, usageError{fmt.Errorf("$%s holds no passphrase", passEnv)}
		}
		id, err := f.passphrase(pass)
		if err != nil {
			return nil, usageError{err}
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// readKeyFile reads an identity file of at most maxKeyFile bytes.
func readKeyFile(name string) ([]byte, error) {
	fh, err := os.Open(name)
	if err != nil {
		return nil, apperr.Wrap(err, apperr.CodeNotFound, "Cannot open "+name+".")
	}
	defer fh.Close()
	b, err := io.ReadAll(io.LimitReader(fh, maxKeyFile+1))
	if err != nil {
		return nil, apperr.Wrap(err, apperr.CodeNotFound, "Cannot read "+name+".")
	}
	if len(b) > maxKeyFile {
		return nil, usageError{fmt.Errorf("%s is too large to be a key file", name)}
	}
	return b, nil
}
