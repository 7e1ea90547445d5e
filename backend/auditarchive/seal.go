package auditarchive

import (
	"crypto/ed25519"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"filippo.io/age"

	"fieldvault/backend/apperr"
)

// Archives are encrypted with age (age-encryption.org/v1), so the standard
// `age -d` opens them: to one or more public keys ("age1…", X25519, or
// "age1pq1…", hybrid post-quantum), or to a passphrase (age's scrypt
// recipient, which age allows only on its own).

// ScryptWorkFactor is the log2 of the scrypt cost of passphrase archives
// (age's own default; tests lower it).
var ScryptWorkFactor = 18

// Limits of Recipients.
const (
	MaxRecipients       = 20
	MinPassphraseLength = 12
)

// PassphraseLabel stands for the passphrase in Manifest.EncryptedTo.
const PassphraseLabel = "passphrase"

// Recipients parses an archive's recipients: keys (blank ones ignored,
// duplicates dropped) or else passphrase. It returns them and how the
// manifest names them. Errors: CodeInvalid naming "recipients" (none, too
// many, or one that is not an age public key — a secret key included) or
// "passphrase" (too short, or given beside keys).
func Recipients(keys []string, passphrase string) ([]age.Recipient, []string, error) {
	var names []string
	for _, k := range keys {
		if k = strings.TrimSpace(k); k != "" && !slices.Contains(names, k) {
			names = append(names, k)
		}
	}
	invalid := func(field, msg string) ([]age.Recipient, []string, error) {
		return nil, nil, apperr.Invalid(msg, map[string]string{field: msg})
	}
	switch {
	case len(names) > 0 && passphrase != "":
		return invalid("passphrase", "Use either public keys or a passphrase: age cannot mix them in one file.")
	case passphrase != "":
		if len([]rune(passphrase)) < MinPassphraseLength {
			return invalid("passphrase", fmt.Sprintf("Use a passphrase of at least %d characters.", MinPassphraseLength))
		}
		r, err := age.NewScryptRecipient(passphrase)
		if err != nil {
			return invalid("passphrase", "This passphrase cannot be used.")
		}
		r.SetWorkFactor(ScryptWorkFactor)
		return []age.Recipient{r}, []string{PassphraseLabel}, nil
	case len(names) == 0:
		return invalid("recipients", "Add at least one age public key (age1…), or use a passphrase.")
	case len(names) > MaxRecipients:
		return invalid("recipients", fmt.Sprintf("Use at most %d public keys.", MaxRecipients))
	}
	out := make([]age.Recipient, 0, len(names))
	for _, k := range names {
		rs, err := age.ParseRecipients(strings.NewReader(k))
		if err != nil || len(rs) != 1 || strings.ContainsAny(k, "\n#") {
			shown := k
			if strings.HasPrefix(strings.ToUpper(k), "AGE-SECRET-KEY") {
				shown = "a secret key (never share it: give the public age1… key instead)"
			} else if len(shown) > 24 {
				shown = shown[:24] + "…"
			}
			return invalid("recipients", "Not an age public key: "+shown+".")
		}
		out = append(out, rs[0])
	}
	return out, names, nil
}

// Seal returns a writer that encrypts to recipients onto w; closing it
// completes the age file (it does not close w).
func Seal(w io.Writer, recipients []age.Recipient) (io.WriteCloser, error) {
	wc, err := age.Encrypt(w, recipients...)
	if err != nil {
		return nil, apperr.Wrap(err, apperr.CodeInternal, "The archive could not be encrypted.")
	}
	return wc, nil
}

// ParseIdentities reads an age identity file (AGE-SECRET-KEY-1… lines, as
// age-keygen writes). Errors: CodeInvalid naming "identity".
func ParseIdentities(r io.Reader) ([]age.Identity, error) {
	ids, err := age.ParseIdentities(r)
	if err != nil {
		msg := "This is not an age identity file: " + err.Error() + "."
		return nil, apperr.Invalid(msg, map[string]string{"identity": msg})
	}
	return ids, nil
}

// PassphraseIdentity returns the identity that opens a passphrase archive.
// Errors: CodeInvalid naming "passphrase" when it is empty.
func PassphraseIdentity(passphrase string) (age.Identity, error) {
	id, err := age.NewScryptIdentity(passphrase)
	if err != nil {
		msg := "Give the archive's passphrase."
		return nil, apperr.Invalid(msg, map[string]string{"passphrase": msg})
	}
	return id, nil
}

// VerifyFile decrypts an archive read from r with ids and verifies it
// against pub (see Verify). A file none of ids opens, that is not an age
// file, or whose ciphertext is damaged or cut short is a *Problem too
// (age authenticates every 64 KiB, so a changed byte shows as damage).
func VerifyFile(r io.Reader, ids []age.Identity, pub ed25519.PublicKey) (Result, error) {
	dr, err := age.Decrypt(r, ids...)
	if err != nil {
		var none *age.NoIdentityMatchError
		if errors.As(err, &none) {
			return Result{}, &Problem{Detail: "none of the given keys or passphrases opens this archive"}
		}
		return Result{}, &Problem{Detail: "this is not an age-encrypted archive, or its header is damaged (" + err.Error() + ")"}
	}
	return verify(dr, pub, func(lines int64, err error) error {
		return &Problem{Line: lines + 1, Detail: fmt.Sprintf(
			"the encrypted file is damaged or cut short: it cannot be decrypted past line %d (%v)", lines, err)}
	})
}
