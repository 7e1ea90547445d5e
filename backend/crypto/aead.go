// Package crypto holds FieldVault's key handling: the OS keychain (with a
// timeout), Argon2id, envelope encryption of the data key in a key file, and
// the recovery key. It never logs or returns key material in errors.
package crypto

import (
	"crypto/rand"
	"errors"

	"golang.org/x/crypto/chacha20poly1305"
)

// KeySize is the size of every symmetric key here (256 bits).
const KeySize = 32

// ErrAuth means a sealed value did not authenticate: wrong key or damage.
var ErrAuth = errors.New("authentication failed")

// RandomKey returns KeySize bytes from the OS CSPRNG.
func RandomKey() []byte {
	k := make([]byte, KeySize)
	if _, err := rand.Read(k); err != nil {
		panic("crypto/rand failed: " + err.Error()) // never happens on supported OSes
	}
	return k
}

// Seal encrypts plaintext with XChaCha20-Poly1305 under key, binding aad;
// it returns a fresh random nonce and the ciphertext.
func Seal(key, plaintext, aad []byte) (nonce, ciphertext []byte, err error) {
	a, err := chacha20poly1305.NewX(key)
	if err != nil {
		return nil, nil, err
	}
	nonce = make([]byte, a.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, nil, err
	}
	return nonce, a.Seal(nil, nonce, plaintext, aad), nil
}

// Open reverses Seal; it returns ErrAuth for a wrong key, a wrong aad or
// changed bytes.
func Open(key, nonce, ciphertext, aad []byte) ([]byte, error) {
	a, err := chacha20poly1305.NewX(key)
	if err != nil {
		return nil, err
	}
	if len(nonce) != a.NonceSize() {
		return nil, ErrAuth
	}
	pt, err := a.Open(nil, nonce, ciphertext, aad)
	if err != nil {
		return nil, ErrAuth
	}
	return pt, nil
}

// Wipe overwrites b with zeros (best effort: Go may have copied it).
func Wipe(b []byte) { clear(b) }
