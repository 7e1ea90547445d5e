package audit

import (
	"crypto/ed25519"
	"encoding/binary"
	"time"
)

// checkpointDomain separates checkpoint signatures from any other use of the
// signing key.
const checkpointDomain = "fieldvault/audit-checkpoint/v1\x00"

// Checkpoint is a signed statement that entry Seq had hash LastHash at At.
// A checkpoint beyond the last entry proves the tail was cut off.
type Checkpoint struct {
	Seq       int64
	At        time.Time // UTC, millisecond precision
	LastHash  []byte
	Signature []byte
}

// SignCheckpoint signs (seq, lastHash, at truncated to the millisecond) with
// priv under a domain-separation prefix. It panics if priv is not an
// Ed25519 private key of the right size (a configuration bug).
func SignCheckpoint(priv ed25519.PrivateKey, seq int64, lastHash []byte, at time.Time) Checkpoint {
	c := Checkpoint{Seq: seq, At: at.UTC().Truncate(time.Millisecond), LastHash: append([]byte(nil), lastHash...)}
	c.Signature = ed25519.Sign(priv, checkpointMessage(c))
	return c
}

// VerifyCheckpoint reports whether c's signature is valid under pub. It
// returns false (never panics) for a nil or malformed key or signature.
func VerifyCheckpoint(pub ed25519.PublicKey, c Checkpoint) bool {
	if len(pub) != ed25519.PublicKeySize || len(c.Signature) != ed25519.SignatureSize {
		return false
	}
	return ed25519.Verify(pub, checkpointMessage(c), c.Signature)
}

func checkpointMessage(c Checkpoint) []byte {
	b := make([]byte, 0, len(checkpointDomain)+20+len(c.LastHash))
	b = append(b, checkpointDomain...)
	b = binary.BigEndian.AppendUint64(b, uint64(c.Seq))
	b = binary.BigEndian.AppendUint64(b, uint64(c.At.UnixMilli()))
	b = binary.BigEndian.AppendUint32(b, uint32(len(c.LastHash)))
	return append(b, c.LastHash...)
}
