package audit

import (
	"bytes"
	"crypto/ed25519"
	"encoding/binary"
	"fmt"
	"time"
)

// Domain-separation prefixes of the signatures archiving makes with the
// audit signing key. No prefix is a prefix of another (nor of the
// checkpoint and bundle ones), so no signature passes for another kind.
const (
	anchorDomain  = "fieldvault/audit-anchor/v1\x00"
	archiveDomain = "fieldvault/audit-archive/v1\x00"
)

// KindAnchor names a problem with an archive anchor: forged, damaged, out
// of order, or not matching the entries around it.
const KindAnchor = "anchor"

// Anchor is a signed statement that entries FirstSeq..Seq were archived
// (moved out of the live log into the file FileName, whose SHA-256 is
// FileSHA256) at At by ActorID: the first of them continued the chain from
// PrevHash and the last had hash Hash. The live log then starts at Seq+1,
// whose prev hash must be Hash.
type Anchor struct {
	Seq        int64
	FirstSeq   int64
	Entries    int64
	PrevHash   []byte
	Hash       []byte
	At         time.Time // UTC, millisecond precision
	ActorID    string
	ActorName  string
	FileName   string
	FileSHA256 []byte
	Signature  []byte
}

// SignAnchor fills a.Signature (a.At truncated to the millisecond first)
// with priv under the anchor domain. It panics on a malformed key, as
// SignCheckpoint does.
func SignAnchor(priv ed25519.PrivateKey, a *Anchor) {
	a.At = a.At.UTC().Truncate(time.Millisecond)
	a.Signature = ed25519.Sign(priv, anchorMessage(a))
}

// VerifyAnchor reports whether a's signature is valid under pub; false
// (never a panic) for a malformed key or signature.
func VerifyAnchor(pub ed25519.PublicKey, a *Anchor) bool {
	if len(pub) != ed25519.PublicKeySize || len(a.Signature) != ed25519.SignatureSize {
		return false
	}
	return ed25519.Verify(pub, anchorMessage(a), a.Signature)
}

func anchorMessage(a *Anchor) []byte {
	b := make([]byte, 0, 256)
	b = append(b, anchorDomain...)
	for _, n := range [...]int64{a.Seq, a.FirstSeq, a.Entries, a.At.UnixMilli()} {
		b = binary.BigEndian.AppendUint64(b, uint64(n))
	}
	for _, s := range [...][]byte{a.PrevHash, a.Hash, a.FileSHA256, []byte(a.ActorID), []byte(a.ActorName), []byte(a.FileName)} {
		b = binary.BigEndian.AppendUint32(b, uint32(len(s)))
		b = append(b, s...)
	}
	return b
}

// CheckAnchors checks a workspace's anchors, oldest first, against pub:
// each signature, each range (the first from entry 1 and Genesis, each
// next one right after the one before and continuing from its hash) and
// each count. It returns nil, or the problem with the first bad anchor
// (KindAnchor, Seq the anchor's last seq).
func CheckAnchors(pub ed25519.PublicKey, anchors []Anchor) *Problem {
	next, prev := int64(1), Genesis()
	for i := range anchors {
		a := &anchors[i]
		bad := func(format string, args ...any) *Problem {
			return &Problem{Seq: a.Seq, Kind: KindAnchor, Detail: fmt.Sprintf(format, args...)}
		}
		switch {
		case !VerifyAnchor(pub, a):
			return bad("its signature is not valid")
		case a.FirstSeq != next:
			return bad("it starts at entry %d, not %d right after the previous archive", a.FirstSeq, next)
		case a.Seq < a.FirstSeq || a.Entries != a.Seq-a.FirstSeq+1:
			return bad("its range %d..%d does not hold %d entries", a.FirstSeq, a.Seq, a.Entries)
		case !bytes.Equal(a.PrevHash, prev):
			return bad("it does not continue the chain from the previous archive")
		}
		next, prev = a.Seq+1, a.Hash
	}
	return nil
}

// SignArchive signs an archive's manifest (its exact bytes) with the
// workspace's audit signing key under the archive domain. It panics on a
// malformed key.
func SignArchive(priv ed25519.PrivateKey, manifest []byte) []byte {
	return ed25519.Sign(priv, append([]byte(archiveDomain), manifest...))
}

// VerifyArchive reports whether sig is a valid archive signature of
// manifest under pub; false (never a panic) for a malformed key or
// signature.
func VerifyArchive(pub ed25519.PublicKey, manifest, sig []byte) bool {
	if len(pub) != ed25519.PublicKeySize || len(sig) != ed25519.SignatureSize {
		return false
	}
	return ed25519.Verify(pub, append([]byte(archiveDomain), manifest...), sig)
}
