package auditarchive

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
)

// Result describes an archive that verified.
type Result struct {
	Manifest    Manifest
	Count       int64
	FirstSeq    int64
	LastSeq     int64
	LastHash    string // hex: must equal the workspace's anchor for LastSeq
	Checkpoints int64
}

// Verify reads an archive's plaintext from r and checks it against pub (a
// key the auditor trusts, not the one the manifest names): the line chain,
// the signed manifest, the entries' own chain from FirstPrevHash to
// LastHash, and the signed checkpoints. It returns the Result, or a
// *Problem naming the first bad line and its entry. Other errors: the
// reader's, as CodeInternal.
func Verify(r io.Reader, pub ed25519.PublicKey) (Result, error) {
	return verify(r, pub, func(_ int64, err error) error {
		return apperr.Wrap(err, apperr.CodeInternal, "The archive could not be read.")
	})
}

func verify(r io.Reader, pub ed25519.PublicKey, readErr func(lines int64, err error) error) (Result, error) {
	c := &checker{pub: pub, h: Genesis()}
	br := bufio.NewReaderSize(r, 1<<20)
	for num := int64(1); ; num++ {
		line, err := br.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return Result{}, readErr(num-1, err)
		}
		if len(line) > 0 && !c.add(parse(num, line, err != nil)) {
			break
		}
		if err != nil {
			break
		}
	}
	return c.finish()
}

// Line kinds.
const (
	kindBad = iota
	kindEntry
	kindCheckpoint
	kindManifest
	kindPartial // the file ended inside it
)

// parsed is one line as read.
type parsed struct {
	num  int64 // position in the file
	kind int
	n    int64
	seq  int64 // the entry's, or the checkpoint's
	prev [32]byte
	hash [32]byte // SHA-256 of the line's bytes
	line Line
	cp   *Checkpoint
	raw  []byte // a manifest line
}

func parse(num int64, b []byte, last bool) *parsed {
	partial := last && !bytes.HasSuffix(b, []byte("\n"))
	b = bytes.TrimSuffix(b, []byte("\n"))
	p := &parsed{num: num, hash: sha256.Sum256(b)}
	switch {
	case partial:
		p.kind = kindPartial
		return p
	case bytes.HasPrefix(b, []byte(`{"manifest":`)):
		p.kind, p.raw = kindManifest, b
		return p
	}
	var v struct {
		Line
		Checkpoint *Checkpoint `json:"checkpoint"`
	}
	if !bytes.HasPrefix(b, []byte(`{"n":`)) || json.Unmarshal(b, &v) != nil {
		return p
	}
	prev, err := hex.DecodeString(v.Prev)
	if err != nil || len(prev) != 32 {
		return p
	}
	copy(p.prev[:], prev)
	p.n = v.N
	if v.Checkpoint != nil {
		p.kind, p.cp, p.seq = kindCheckpoint, v.Checkpoint, v.Checkpoint.Seq
		return p
	}
	p.kind, p.line, p.seq = kindEntry, v.Line, v.Seq
	return p
}

// checker walks the lines in order (see the package doc for the rules).
type checker struct {
	pub         ed25519.PublicKey
	h           [32]byte // hash of the last line accepted
	lines       int64    // lines accepted
	lastSeq     int64    // seq of the last line accepted (entry or checkpoint)
	entries     int64
	cps         int64
	firstSeq    int64
	firstLine   int64
	firstPrev   string
	entrySeq    int64  // the last entry's seq
	entryHash   string // and hash
	badSig      *Problem
	pending     *parsed // its prev does not match: the next line tells why
	unconfirmed *parsed // accepted, its content not checked yet (see confirm)
	gap         *parsed // its number skips ahead: the next line tells why
	manifest    *parsed
	problem     *Problem
}

func (c *checker) fail(line, seq int64, format string, args ...any) bool {
	c.problem = &Problem{Line: line, Seq: seq, Detail: fmt.Sprintf(format, args...)}
	return false
}

// add takes the next line; false once the verdict is settled.
func (c *checker) add(p *parsed) bool {
	switch {
	case c.problem != nil:
		return false
	case c.manifest != nil:
		return c.fail(p.num, 0, "there is data after the signed manifest")
	case c.gap != nil:
		c.classifyGap(p)
		return false
	case c.pending != nil:
		c.classify(p)
		return false
	case p.kind == kindManifest:
		c.manifest = p
		return true
	case p.kind == kindPartial:
		return c.fail(p.num, 0, "the file is cut short in this line")
	case p.kind == kindBad:
		return c.fail(p.num, 0, "this line is damaged: it is not an archive line")
	case p.n > c.lines+1:
		c.gap = p
		return true
	case p.n < c.lines+1:
		return c.fail(p.num, p.seq, "it was written as line %d: lines were moved or inserted", p.n)
	case p.prev != c.h:
		c.pending = p
		return true
	case !c.confirm():
		return false
	}
	c.h, c.lines, c.lastSeq, c.unconfirmed = p.hash, c.lines+1, p.seq, p
	return true
}

// confirm checks what the last line accepted says, once the line after it
// (or the signed manifest) vouched for its bytes: an edited line is named
// as edited, not by what its edit broke.
func (c *checker) confirm() bool {
	p := c.unconfirmed
	c.unconfirmed = nil
	if p == nil {
		return true
	}
	if p.kind == kindCheckpoint {
		cp, err := p.cp.decode()
		switch {
		case err != nil || cp.Seq != c.entrySeq || c.entries == 0 || hex.EncodeToString(cp.LastHash) != c.entryHash:
			return c.fail(p.num, p.seq, "this checkpoint does not match the entry before it")
		case c.badSig == nil && !audit.VerifyCheckpoint(c.pub, cp):
			// Named only if the manifest verifies: with another key, that is the problem.
			c.badSig = &Problem{Line: p.num, Seq: p.seq, Detail: "this checkpoint's signature does not verify with this public key"}
		}
		c.cps++
	} else {
		l := &p.line
		if c.entries == 0 {
			c.firstSeq, c.firstLine, c.firstPrev = l.Seq, p.num, l.PrevHash
		} else if l.Seq != c.entrySeq+1 {
			return c.fail(p.num, l.Seq, "its seq does not follow entry %d", c.entrySeq)
		} else if l.PrevHash != c.entryHash {
			return c.fail(p.num, l.Seq, "it does not continue the workspace's hash chain from entry %d", c.entrySeq)
		}
		c.entries, c.entrySeq, c.entryHash = c.entries+1, l.Seq, l.Hash
	}
	return true
}

// classify names what broke the line chain at the pending line p, using
// the line after it (the manifest's final hash stands in at the end).
func (c *checker) classify(next *parsed) {
	p := c.pending
	c.pending = nil
	if next != nil && next.kind == kindManifest {
		c.manifest, next = next, nil
	}
	var nextPrev []byte
	if next != nil && (next.kind == kindEntry || next.kind == kindCheckpoint) {
		nextPrev = next.prev[:]
	} else if m, ok := c.signedManifest(); ok && m.Count+m.Checkpoints == c.lines+1 {
		nextPrev, _ = hex.DecodeString(m.FinalHash)
	}
	switch {
	case p.num > 1 && bytes.Equal(nextPrev, p.hash[:]):
		// p is intact as written: the line before it changed after p was chained.
		c.fail(p.num-1, c.lastSeq, "this line was edited: its hash is not what the next line recorded")
	case next != nil && next.prev == c.h:
		c.fail(p.num, p.seq, "this line was inserted: the next line continues from the one before it")
	default:
		c.fail(p.num, p.seq, "this line was edited: it does not continue the chain")
	}
}

// classifyGap names a line numbered beyond its place: moved there when a
// lower number follows, else the lines in between were removed.
func (c *checker) classifyGap(next *parsed) {
	g := c.gap
	c.gap = nil
	if next != nil && next.kind != kindManifest && next.kind != kindBad && next.n < g.n {
		c.fail(g.num, g.seq, "it was written as line %d: lines were moved", g.n)
		return
	}
	c.fail(g.num, g.seq, "%s before it (it was written as line %d)", removed(c.lines+1, g.n-1), g.n)
}

func removed(from, to int64) string {
	if from == to {
		return fmt.Sprintf("the line written as line %d was removed", from)
	}
	return fmt.Sprintf("the lines written as lines %d to %d were removed", from, to)
}

// signedManifest decodes the manifest line if its signature verifies.
func (c *checker) signedManifest() (Manifest, bool) {
	var m Manifest
	if c.manifest == nil {
		return m, false
	}
	var env struct {
		Manifest  json.RawMessage `json:"manifest"`
		Signature []byte          `json:"signature"`
	}
	if json.Unmarshal(c.manifest.raw, &env) != nil || !audit.VerifyArchive(c.pub, env.Manifest, env.Signature) {
		return m, false
	}
	return m, json.Unmarshal(env.Manifest, &m) == nil && m.Format == Format && m.Version == Version
}

func (c *checker) finish() (Result, error) {
	if c.problem == nil && c.pending != nil {
		c.classify(nil)
	}
	if c.problem == nil && c.gap != nil {
		c.classifyGap(nil)
	}
	if c.problem != nil {
		return Result{}, c.problem
	}
	if c.manifest == nil {
		return Result{}, &Problem{Line: c.lines + 1, Detail: fmt.Sprintf(
			"the archive is cut short after line %d (audit entry %d): its signed manifest is missing", c.lines, c.lastSeq)}
	}
	m, ok := c.signedManifest()
	bad := func(line, seq int64, detail string) (Result, error) {
		return Result{}, &Problem{Line: line, Seq: seq, Detail: detail}
	}
	switch total := m.Count + m.Checkpoints; {
	case !ok:
		return bad(c.manifest.num, 0, "the manifest's signature does not verify with this public key: the manifest was edited, or the archive comes from another workspace")
	case total > c.lines:
		return bad(c.lines+1, 0, fmt.Sprintf("%s: the manifest lists %d lines", removed(c.lines+1, total), total))
	case total < c.lines:
		return bad(total+1, 0, "this line was added after the archive was signed")
	case m.FinalHash != hex.EncodeToString(c.h[:]):
		return bad(c.lines, c.lastSeq, "this line was edited: its hash does not match the signed manifest")
	case !c.confirm():
		return Result{}, c.problem
	case c.entries == 0:
		return bad(c.manifest.num, 0, "the archive holds no entries")
	case m.Count != c.entries || m.Checkpoints != c.cps || m.FirstSeq != c.firstSeq || m.LastSeq != c.entrySeq:
		return bad(c.manifest.num, 0, "the manifest's counts or seq range do not match its lines")
	case m.FirstPrevHash != c.firstPrev:
		return bad(c.firstLine, c.firstSeq, "the first entry's prevHash is not the one the signed manifest names")
	case m.LastHash != c.entryHash:
		return bad(c.lines, c.entrySeq, "the last entry's hash is not the anchor the signed manifest names")
	case c.badSig != nil:
		return Result{}, c.badSig
	}
	return Result{Manifest: m, Count: c.entries, FirstSeq: m.FirstSeq, LastSeq: m.LastSeq, LastHash: m.LastHash, Checkpoints: c.cps}, nil
}

// decode returns c as an audit.Checkpoint.
func (c *Checkpoint) decode() (audit.Checkpoint, error) {
	at, err := time.Parse(time.RFC3339Nano, c.At)
	if err != nil {
		return audit.Checkpoint{}, err
	}
	h, err := hex.DecodeString(c.LastHash)
	if err != nil {
		return audit.Checkpoint{}, err
	}
	sig, err := hex.DecodeString(c.Signature)
	if err != nil {
		return audit.Checkpoint{}, err
	}
	return audit.Checkpoint{Seq: c.Seq, At: at, LastHash: h, Signature: sig}, nil
}
