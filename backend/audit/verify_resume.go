package audit

import (
	"crypto/ed25519"
	"slices"
)

// NewVerifierFrom returns a verifier that continues after a prefix of the
// log already verified by other means (e.g. in parallel): from.Entries
// entries up to seq from.LastSeq, the last one with hash from.LastHash, and
// from.LastCheckpoint the last checkpoint that checked out (nil if none).
// Add only the checkpoints after from.LastSeq: one at or before it counts
// as added after its entry and is reported. from.Problem is ignored. The
// report of Finish covers the whole log, prefix included.
func NewVerifierFrom(key []byte, pub ed25519.PublicKey, from Report) *Verifier {
	v := NewVerifier(key, pub)
	if from.LastSeq <= 0 {
		return v
	}
	v.next, v.n = from.LastSeq+1, from.Entries
	v.prev = slices.Clone(from.LastHash)
	if from.LastCheckpoint != nil {
		cp := *from.LastCheckpoint
		v.lastCP = &cp
	}
	return v
}
