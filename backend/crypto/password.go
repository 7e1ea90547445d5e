package crypto

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"sync"
)

// ErrHashFormat: a stored password hash is not in our encoding.
var ErrHashFormat = errors.New("unrecognised password hash")

// HashPassword returns an Argon2id hash of password in the PHC string format
// ($argon2id$v=19$m=…,t=…,p=…$salt$hash), with a fresh 16-byte salt and the
// current DefaultArgon2 parameters.
func HashPassword(password string) (string, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	p := DefaultArgon2
	sum := DeriveKey([]byte(password), salt, p)
	enc := base64.RawStdEncoding
	return fmt.Sprintf("$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s", p.MemKiB, p.Time, p.Threads,
		enc.EncodeToString(salt), enc.EncodeToString(sum)), nil
}

// VerifyPassword reports whether password matches encoded, in constant time
// with respect to the hash. ErrHashFormat for a malformed or hostile hash
// (parameters beyond MaxArgon2MemKiB are refused, not computed).
func VerifyPassword(encoded, password string) (bool, error) {
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[1] != "argon2id" || parts[2] != "v=19" {
		return false, ErrHashFormat
	}
	var p Argon2Params
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &p.MemKiB, &p.Time, &p.Threads); err != nil {
		return false, ErrHashFormat
	}
	if p.MemKiB == 0 || p.MemKiB > MaxArgon2MemKiB || p.Time == 0 || p.Time > 64 || p.Threads == 0 {
		return false, ErrHashFormat
	}
	enc := base64.RawStdEncoding
	salt, err1 := enc.DecodeString(parts[4])
	want, err2 := enc.DecodeString(parts[5])
	if err1 != nil || err2 != nil || len(salt) < 8 || len(want) != KeySize {
		return false, ErrHashFormat
	}
	got := DeriveKey([]byte(password), salt, p)
	return subtle.ConstantTimeCompare(got, want) == 1, nil
}

// dummyHash is verified against when a user does not exist, so that an
// unknown user name costs the same time as a wrong password. It is made on
// first use with the parameters in force then.
var (
	dummyOnce sync.Once
	dummyHash string
)

// BurnPasswordCheck spends the time of one VerifyPassword without a user.
func BurnPasswordCheck(password string) {
	dummyOnce.Do(func() { dummyHash, _ = HashPassword("no such user") })
	_, _ = VerifyPassword(dummyHash, password)
}
