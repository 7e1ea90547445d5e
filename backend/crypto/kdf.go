package crypto

import (
	"crypto/hkdf"
	"crypto/sha256"

	"golang.org/x/crypto/argon2"
)

// Argon2Params are the Argon2id cost parameters stored with each slot, so
// they can be raised later without breaking old key files.
type Argon2Params struct {
	Time    uint32 `json:"t"`
	MemKiB  uint32 `json:"mKiB"`
	Threads uint8  `json:"p"`
}

// DefaultArgon2 is RFC 9106's second recommendation (t=3, 64 MiB, p=4):
// about 0.2–0.4 s on a 2-core laptop.
var DefaultArgon2 = Argon2Params{Time: 3, MemKiB: 64 * 1024, Threads: 4}

// MaxArgon2MemKiB refuses key files that ask for absurd memory (a hostile key
// file must not be able to exhaust RAM).
const MaxArgon2MemKiB = 1024 * 1024

// DeriveKey stretches a passphrase into a 32-byte key with Argon2id.
func DeriveKey(passphrase []byte, salt []byte, p Argon2Params) []byte {
	return argon2.IDKey(passphrase, salt, p.Time, p.MemKiB, p.Threads, KeySize)
}

// SubKey derives an independent 32-byte key for one purpose from a master
// key (HKDF-SHA256), so the data key itself never leaves this package's
// callers for more than one use.
func SubKey(master []byte, purpose string) ([]byte, error) {
	return hkdf.Key(sha256.New, master, nil, "fieldvault/"+purpose, KeySize)
}
