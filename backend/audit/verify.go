package audit

import (
	"bytes"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/sha256"
	"fmt"
	"hash"
	"slices"
)

// Problem kinds, in the words the report uses.
const (
	KindEdited     = "edited"     // the entry's content or hash was changed
	KindMissing    = "missing"    // entries were removed from the middle
	KindInserted   = "inserted"   // an entry that does not belong to the chain (forged or replayed)
	KindReordered  = "reordered"  // entries were moved
	KindCheckpoint = "checkpoint" // a checkpoint is forged, damaged or disagrees with its entry
	KindTruncated  = "truncated"  // entries were removed from the end
)

// searchWindow is how far from its position Verifier looks for the seq a
// moved entry was written with (only after a mismatch, so cost is no issue).
const searchWindow = 1024

// Problem is the first thing verification found wrong. Seq names the entry
// (or, for KindCheckpoint, the entry the checkpoint covers; for
// KindTruncated, the first missing entry).
type Problem struct {
	Seq    int64
	Kind   string
	Detail string
}

// Error describes the problem in one sentence for auditors.
func (p *Problem) Error() string {
	var what string
	switch p.Kind {
	case KindEdited:
		what = "audit entry %d was edited"
	case KindMissing:
		what = "audit entry %d is missing"
	case KindInserted:
		what = "audit entry %d was inserted"
	case KindReordered:
		what = "audit entry %d is out of order"
	case KindCheckpoint:
		what = "the audit checkpoint at entry %d is not valid"
	case KindTruncated:
		what = "the audit log was truncated at entry %d"
	case KindAnchor:
		what = "the archive anchor of entries up to %d is not valid"
	default:
		what = "audit entry %d is not valid"
	}
	return fmt.Sprintf(what+" (%s)", p.Seq, p.Detail)
}

// Report is the outcome of a verification. Entries, LastSeq and LastHash
// describe the verified prefix of the log (all of it when Problem is nil);
// LastCheckpoint is the last checkpoint that checked out (nil if none).
type Report struct {
	Entries        int64
	LastSeq        int64
	LastHash       []byte
	LastCheckpoint *Checkpoint
	Problem        *Problem
}

// Verifier checks a log streamed in seq order against the hash chain and
// the signed checkpoints, and keeps only O(checkpoints) state. It is not
// safe for concurrent use.
type Verifier struct {
	key     []byte
	pub     ed25519.PublicKey
	mac     hash.Hash
	buf     []byte // canonical encoding, reused
	sum     []byte // HMAC output, reused
	next    int64  // seq the next entry must have
	prev    []byte // hash of the last good entry
	n       int64
	cps     []Checkpoint
	sorted  bool
	cpAt    int
	lastCP  *Checkpoint
	pending *Entry // a mismatching entry, classified once the next one is seen
	gapAt   int64  // seq of an entry that jumped ahead, classified likewise
	problem *Problem
}

// NewVerifier returns a verifier for a log chained with HMAC key key whose
// checkpoints are signed by pub. The log must start at seq 1 with the
// Genesis prev hash. With a nil pub every checkpoint counts as invalid.
func NewVerifier(key []byte, pub ed25519.PublicKey) *Verifier {
	return &Verifier{key: key, pub: pub, mac: hmac.New(sha256.New, key), next: 1, prev: Genesis(),
		buf: make([]byte, 0, 1024), sum: make([]byte, 0, sha256.Size)}
}

// AddCheckpoint registers a checkpoint; it is checked when the entry it
// covers is added, or by Finish if the log ends before it. Add every
// checkpoint before the first entry: one added after its entry has gone by
// is reported as a problem.
func (v *Verifier) AddCheckpoint(c Checkpoint) {
	v.cps = append(v.cps, c)
	v.sorted = false
}

// Add checks the next entry (entries must come in the order stored, by
// seq). It returns false once the report is settled by a problem: further
// entries change nothing and the caller should stop and call Finish. After a
// hash mismatch or a seq jump it still returns true once, because the entry
// after a bad one tells an edit from an insertion or a move, and a gap from
// a reordering. e is not retained.
func (v *Verifier) Add(e *Entry) (ok bool) {
	if v.problem != nil {
		return false
	}
	if v.pending != nil {
		v.classify(e)
		return false
	}
	if v.gapAt != 0 {
		v.classifyGap(e)
		return false
	}
	v.sortCheckpoints()
	switch {
	case e.Seq == v.next-1 && v.n > 0:
		return v.fail(e.Seq, KindInserted, "a second entry has the same seq")
	case e.Seq < v.next:
		return v.fail(e.Seq, KindReordered, fmt.Sprintf("it comes after entry %d", v.next-1))
	case e.Seq > v.next:
		v.gapAt = e.Seq // missing, or moved ahead: the next entry tells
		return true
	}
	if !bytes.Equal(e.PrevHash, v.prev) || !hmac.Equal(v.hash(v.prev, e), e.Hash) {
		v.pending = cloneEntry(e)
		return true
	}
	v.prev = append(v.prev[:0], e.Hash...)
	v.next++
	v.n++
	for v.problem == nil && v.cpAt < len(v.cps) && v.cps[v.cpAt].Seq <= e.Seq {
		v.checkCheckpoint(&v.cps[v.cpAt], e)
		v.cpAt++
	}
	return v.problem == nil
}

// Finish settles any pending classification, checks checkpoints beyond the
// last entry (a valid one means the tail was cut off) and returns the report.
func (v *Verifier) Finish() Report {
	if v.problem == nil && v.pending != nil {
		v.classify(nil)
	}
	if v.problem == nil && v.gapAt != 0 {
		v.classifyGap(nil)
	}
	v.sortCheckpoints()
	if v.problem == nil && v.cpAt < len(v.cps) {
		c := v.cps[v.cpAt]
		switch {
		case c.Seq < v.next:
			v.fail(c.Seq, KindCheckpoint, "it was added after its entry was verified, or covers no entry")
		case !VerifyCheckpoint(v.pub, c):
			v.fail(c.Seq, KindCheckpoint, "its signature is not valid")
		default:
			v.fail(v.next, KindTruncated, fmt.Sprintf("a signed checkpoint covers entry %d but the log ends at entry %d", c.Seq, v.next-1))
		}
	}
	r := Report{Entries: v.n, LastSeq: v.next - 1, LastHash: append([]byte(nil), v.prev...), Problem: v.problem}
	if v.lastCP != nil {
		cp := *v.lastCP
		r.LastCheckpoint = &cp
	}
	return r
}

func (v *Verifier) checkCheckpoint(c *Checkpoint, e *Entry) {
	switch {
	case c.Seq < e.Seq:
		v.fail(c.Seq, KindCheckpoint, "it was added after its entry was verified, or covers no entry")
	case !VerifyCheckpoint(v.pub, *c):
		v.fail(c.Seq, KindCheckpoint, "its signature is not valid")
	case !bytes.Equal(c.LastHash, e.Hash):
		v.fail(c.Seq, KindCheckpoint, "it does not match the entry's hash")
	default:
		v.lastCP = c
	}
}

// classify names what is wrong with v.pending, the entry at position
// v.next whose hash did not match, using next (nil at the end of the log).
func (v *Verifier) classify(next *Entry) {
	p, n := v.pending, v.next
	v.pending = nil
	// Does the next entry continue the chain where p should have been?
	nextFits := next != nil && bytes.Equal(next.PrevHash, v.prev) && v.authenticAt(next, n, v.prev)
	s, moved := v.writtenAs(p)
	switch {
	case moved && s < n:
		v.fail(n, KindInserted, fmt.Sprintf("it is a copy of entry %d", s))
	case moved && (next == nil || v.continues(next, s+1, p)):
		// The chain goes on from p: what lay between was removed.
		v.fail(n, KindMissing, gapDetail(n, s-1)+", and later entries were renumbered")
	case moved:
		v.fail(n, KindReordered, fmt.Sprintf("it was written as entry %d", s))
	case nextFits:
		v.fail(n, KindInserted, fmt.Sprintf("it does not belong to the chain; the entry after it continues from entry %d", n-1))
	default:
		v.fail(n, KindEdited, "its hash does not match")
	}
}

// classifyGap names a seq jump to v.gapAt: entries are missing, unless the
// next one goes back (the log is out of order).
func (v *Verifier) classifyGap(next *Entry) {
	if next != nil && next.Seq < v.gapAt {
		v.fail(v.gapAt, KindReordered, fmt.Sprintf("it comes before entry %d", next.Seq))
	} else {
		v.fail(v.next, KindMissing, gapDetail(v.next, v.gapAt-1))
	}
	v.gapAt = 0
}

// continues reports whether next is authentic as entry seq right after p.
func (v *Verifier) continues(next *Entry, seq int64, p *Entry) bool {
	return bytes.Equal(next.PrevHash, p.Hash) && v.authenticAt(next, seq, p.Hash)
}

// writtenAs finds the seq, near p's position, under which p's stored hash
// is authentic (with its own prev hash): an entry that was moved or copied.
func (v *Verifier) writtenAs(p *Entry) (int64, bool) {
	for d := int64(1); d <= searchWindow; d++ {
		for _, s := range [2]int64{p.Seq + d, p.Seq - d} {
			if s >= 1 && v.authenticAt(p, s, p.PrevHash) {
				return s, true
			}
		}
	}
	return 0, false
}

func (v *Verifier) authenticAt(e *Entry, seq int64, prev []byte) bool {
	c := *e
	c.Seq = seq
	return hmac.Equal(v.hash(prev, &c), e.Hash)
}

func (v *Verifier) hash(prev []byte, e *Entry) []byte {
	v.buf = appendCanonical(v.buf[:0], e)
	v.mac.Reset()
	v.mac.Write(prev)
	v.mac.Write(v.buf)
	v.sum = v.mac.Sum(v.sum[:0])
	return v.sum
}

func (v *Verifier) fail(seq int64, kind, detail string) bool {
	v.problem = &Problem{Seq: seq, Kind: kind, Detail: detail}
	return false
}

func (v *Verifier) sortCheckpoints() {
	if !v.sorted {
		slices.SortStableFunc(v.cps[v.cpAt:], func(a, b Checkpoint) int { return int(min(max(a.Seq-b.Seq, -1), 1)) })
		v.sorted = true
	}
}

func gapDetail(from, to int64) string {
	if from == to {
		return fmt.Sprintf("entry %d was removed", from)
	}
	return fmt.Sprintf("entries %d to %d were removed", from, to)
}

func cloneEntry(e *Entry) *Entry {
	c := *e
	c.Changes = slices.Clone(e.Changes)
	c.PrevHash = slices.Clone(e.PrevHash)
	c.Hash = slices.Clone(e.Hash)
	return &c
}
