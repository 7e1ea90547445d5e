package encvfs

import (
	"crypto/aes"
	"crypto/cipher"
	"fmt"

	"golang.org/x/crypto/chacha20poly1305"
)

// Cipher selects the AEAD that seals pages. The zero value is AES256GCM.
type Cipher int

const (
	// AES256GCM: 12-byte random nonce, 16-byte tag, reserve 32.
	AES256GCM Cipher = iota
	// XChaCha20Poly1305: 24-byte random nonce, 16-byte tag, reserve 40.
	XChaCha20Poly1305
)

// String returns "AES-256-GCM" or "XChaCha20-Poly1305"; an unknown value
// yields "Cipher(N)", which ParseCipher rejects.
func (c Cipher) String() string {
	switch c {
	case AES256GCM:
		return "AES-256-GCM"
	case XChaCha20Poly1305:
		return "XChaCha20-Poly1305"
	}
	return fmt.Sprintf("Cipher(%d)", int(c))
}

// ParseCipher is the inverse of String (exact, case-sensitive match). Any other
// input returns an error and AES256GCM.
func ParseCipher(s string) (Cipher, error) {
	for _, c := range []Cipher{AES256GCM, XChaCha20Poly1305} {
		if s == c.String() {
			return c, nil
		}
	}
	return AES256GCM, fmt.Errorf("encvfs: unknown cipher %q", s)
}

// Reserve returns the reserved bytes per page the cipher needs (tag + nonce,
// rounded up to a multiple of 8): 32 or 40; 0 for an unknown Cipher.
func (c Cipher) Reserve() int {
	switch c {
	case AES256GCM:
		return 32
	case XChaCha20Poly1305:
		return 40
	}
	return 0
}

// newAEAD builds the page AEAD for key (32 bytes). Invalid cipher or key
// length returns an error.
func (c Cipher) newAEAD(key []byte) (cipher.AEAD, error) {
	if len(key) != 32 {
		return nil, fmt.Errorf("encvfs: key must be 32 bytes, got %d", len(key))
	}
	switch c {
	case AES256GCM:
		b, err := aes.NewCipher(key)
		if err != nil {
			return nil, err
		}
		return cipher.NewGCM(b)
	case XChaCha20Poly1305:
		return chacha20poly1305.NewX(key)
	}
	return nil, fmt.Errorf("encvfs: unknown cipher %v", c)
}
