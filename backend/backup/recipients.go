package backup

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"filippo.io/age"
	"filippo.io/age/agessh"
	"golang.org/x/crypto/ssh"

	"fieldvault/backend/apperr"
)

// Kinds of recipient (Recipient.Type).
const (
	TypeAge        = "age"         // age1… (X25519)
	TypeAgePQ      = "age-pq"      // age1pq1… (hybrid post-quantum)
	TypeSSHEd25519 = "ssh-ed25519" // an OpenSSH public key line
	TypeSSHRSA     = "ssh-rsa"     // an OpenSSH public key line, 2048 bits or more
	TypePassphrase = "passphrase"  // age's scrypt recipient
)

// Limits of ParseRecipients.
const (
	MaxRecipients       = 20
	MinPassphraseLength = 12
	maxKeyLine          = 16 << 10 // an ssh-rsa line of 16384 bits is ~2.8 KiB
)

// ScryptWorkFactor is the log2 of the scrypt cost of passphrase backups
// (age's own default; tests lower it).
var ScryptWorkFactor = 18

// Recipient describes who can open a backup, for the result, the audit
// entry and the window: public facts only.
type Recipient struct {
	Type string `json:"type"`
	// Fingerprint: the age1… key itself (it is short and public), or the
	// SSH key's "SHA256:…" fingerprint as ssh-keygen -l prints it; empty
	// for a passphrase.
	Fingerprint string `json:"fingerprint"`
	// Comment is an SSH key's comment (often user@host), clipped.
	Comment string `json:"comment,omitempty"`
}

// String is "type fingerprint" (and the comment), for audit reasons.
func (r Recipient) String() string {
	s := strings.TrimSpace(r.Type + " " + r.Fingerprint)
	if r.Comment != "" {
		s += " (" + r.Comment + ")"
	}
	return s
}

// ParseRecipients parses the public keys of a backup — age1… X25519 keys,
// age1pq1… hybrid keys, or OpenSSH ssh-ed25519 / ssh-rsa public key lines;
// blank entries ignored, duplicates dropped — or else the passphrase. It
// returns what age encrypts to and the description of each.
//
// Errors: CodeInvalid naming "recipients" (none, too many, a malformed or
// unsupported key — named by its position, its text never echoed, since a
// private key pasted by mistake must not end up in a log — or post-quantum
// keys mixed with others, which age refuses) or "passphrase" (shorter than
// MinPassphraseLength, or given beside keys: age's scrypt recipient must be
// a file's only recipient).
func ParseRecipients(keys []string, passphrase string) ([]age.Recipient, []Recipient, error) {
	var lines []string
	for _, k := range keys {
		if k = strings.TrimSpace(k); k != "" && !slices.Contains(lines, k) {
			lines = append(lines, k)
		}
	}
	switch {
	case len(lines) > 0 && passphrase != "":
		return nil, nil, invalidField("passphrase",
			"Use either public keys or a passphrase, not both: age allows a passphrase only as the sole recipient of a file.")
	case passphrase != "":
		if utf8.RuneCountInString(passphrase) < MinPassphraseLength {
			return nil, nil, invalidField("passphrase", fmt.Sprintf("Use a passphrase of at least %d characters.", MinPassphraseLength))
		}
		r, err := age.NewScryptRecipient(passphrase)
		if err != nil {
			return nil, nil, invalidField("passphrase", "This passphrase cannot be used.")
		}
		r.SetWorkFactor(ScryptWorkFactor)
		return []age.Recipient{r}, []Recipient{{Type: TypePassphrase}}, nil
	case len(lines) == 0:
		return nil, nil, invalidField("recipients", "Add at least one public key (age1…, ssh-ed25519 or ssh-rsa), or use a passphrase.")
	case len(lines) > MaxRecipients:
		return nil, nil, invalidField("recipients", fmt.Sprintf("Use at most %d public keys.", MaxRecipients))
	}
	out := make([]age.Recipient, 0, len(lines))
	desc := make([]Recipient, 0, len(lines))
	for i, k := range lines {
		r, d, why := parseRecipient(k)
		if why != "" {
			return nil, nil, invalidField("recipients", fmt.Sprintf("Recipient %d %s.", i+1, why))
		}
		out, desc = append(out, r), append(desc, d)
	}
	pq := slices.ContainsFunc(desc, func(d Recipient) bool { return d.Type == TypeAgePQ })
	if pq && slices.ContainsFunc(desc, func(d Recipient) bool { return d.Type != TypeAgePQ }) {
		return nil, nil, invalidField("recipients", "Post-quantum age keys (age1pq1…) cannot share a file with other kinds of key: use only post-quantum keys, or none.")
	}
	return out, desc, nil
}

// ReadRecipientsFile reads a recipients file — one public key per line,
// blank lines and lines starting with # ignored, as age -R reads them — and
// returns the keys after checking each. name is how messages call the file.
// Errors: CodeInvalid naming "recipients" and the line of a bad key (its
// text never echoed), or when the file cannot be read or holds no key.
func ReadRecipientsFile(r io.Reader, name string) ([]string, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), maxKeyLine)
	var keys []string
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if _, _, why := parseRecipient(line); why != "" {
			return nil, invalidField("recipients", fmt.Sprintf("Line %d of %s %s.", n, name, why))
		}
		keys = append(keys, line)
	}
	if err := sc.Err(); err != nil {
		return nil, invalidField("recipients", fmt.Sprintf("%s cannot be read: a line is too long, or the file is not text.", name))
	}
	if len(keys) == 0 {
		return nil, invalidField("recipients", fmt.Sprintf("%s holds no public key.", name))
	}
	return keys, nil
}

// parseRecipient parses one key; why completes "Recipient N …" when it is
// not one we accept, and never quotes the key.
func parseRecipient(k string) (age.Recipient, Recipient, string) {
	upper := strings.ToUpper(k)
	switch {
	case strings.HasPrefix(upper, "AGE-SECRET-KEY") || strings.Contains(upper, "PRIVATE KEY") || strings.HasPrefix(upper, "AGE-PLUGIN-"):
		return nil, Recipient{}, "is a private key: give its public key instead, and keep the private one secret"
	case strings.HasPrefix(k, "age1pq1"):
		r, err := age.ParseHybridRecipient(k)
		if err != nil {
			return nil, Recipient{}, "is not a valid age post-quantum public key (check for typos)"
		}
		return r, Recipient{Type: TypeAgePQ, Fingerprint: k}, ""
	case strings.HasPrefix(k, "age1"):
		r, err := age.ParseX25519Recipient(k)
		if err != nil {
			return nil, Recipient{}, "is not a valid age public key (check for typos)"
		}
		return r, Recipient{Type: TypeAge, Fingerprint: k}, ""
	case strings.HasPrefix(k, "ssh-ed25519 ") || strings.HasPrefix(k, "ssh-rsa "):
		pub, comment, _, rest, err := ssh.ParseAuthorizedKey([]byte(k))
		if err != nil || len(rest) > 0 {
			return nil, Recipient{}, "is not a valid SSH public key line (check for typos)"
		}
		r, err := agessh.ParseRecipient(k)
		if err != nil {
			if pub.Type() == ssh.KeyAlgoRSA {
				return nil, Recipient{}, "is an RSA key shorter than 2048 bits, which age refuses"
			}
			return nil, Recipient{}, "is not a usable SSH public key"
		}
		return r, Recipient{Type: pub.Type(), Fingerprint: ssh.FingerprintSHA256(pub), Comment: clip(comment, 64)}, ""
	case strings.HasPrefix(k, "ssh-") || strings.HasPrefix(k, "ecdsa-") || strings.HasPrefix(k, "sk-"):
		return nil, Recipient{}, "is an SSH key of a type age cannot encrypt to: use an ssh-ed25519 or ssh-rsa key"
	}
	return nil, Recipient{}, "is not an age public key (age1…) or an SSH public key (ssh-ed25519, ssh-rsa)"
}

func invalidField(field, msg string) error {
	return apperr.Invalid(msg, map[string]string{field: msg})
}

// clip cuts s to n runes and drops control characters.
func clip(s string, n int) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
