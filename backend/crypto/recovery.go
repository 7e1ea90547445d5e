package crypto

import (
	"crypto/sha256"
	"encoding/base32"
	"errors"
	"strings"
)

// A recovery key is 32 random bytes plus a 3-byte checksum, written as 56
// base32 characters in groups of four: a typo is told apart from a wrong key.
const (
	recoveryChecksum = 3
	recoveryGroup    = 4
)

var (
	// ErrRecoveryKeyMalformed: the text is not a recovery key (typo, truncated).
	ErrRecoveryKeyMalformed = errors.New("this is not a valid recovery key; check for typos")
	recoveryEncoding        = base32.StdEncoding.WithPadding(base32.NoPadding)
)

// NewRecoveryKey returns a fresh random recovery secret and its printable form.
func NewRecoveryKey() (secret []byte, printable string) {
	secret = RandomKey()
	sum := sha256.Sum256(secret)
	raw := append(append([]byte{}, secret...), sum[:recoveryChecksum]...)
	enc := recoveryEncoding.EncodeToString(raw)
	var b strings.Builder
	for i := 0; i < len(enc); i += recoveryGroup {
		if i > 0 {
			b.WriteByte('-')
		}
		b.WriteString(enc[i:min(i+recoveryGroup, len(enc))])
	}
	return secret, b.String()
}

// ParseRecoveryKey accepts the printable form with any case, spaces or
// dashes and returns the secret, or ErrRecoveryKeyMalformed.
func ParseRecoveryKey(s string) ([]byte, error) {
	if len(s) > 256 {
		return nil, ErrRecoveryKeyMalformed
	}
	clean := strings.Map(func(r rune) rune {
		switch {
		case r == '-' || r == ' ' || r == '\t' || r == '\n' || r == '\r':
			return -1
		case r >= 'a' && r <= 'z':
			return r - 'a' + 'A'
		}
		return r
	}, s)
	raw, err := recoveryEncoding.DecodeString(clean)
	if err != nil || len(raw) != KeySize+recoveryChecksum {
		return nil, ErrRecoveryKeyMalformed
	}
	secret := raw[:KeySize]
	sum := sha256.Sum256(secret)
	if string(sum[:recoveryChecksum]) != string(raw[KeySize:]) {
		return nil, ErrRecoveryKeyMalformed
	}
	return secret, nil
}
