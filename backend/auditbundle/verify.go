package auditbundle

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
)

// Problem is the first thing wrong with a bundle: the line (1-based) and,
// when known, the seq of the entry it names.
type Problem struct {
	Line   int64
	Seq    int64
	Detail string
}

// Error names the line and entry in one sentence.
func (p *Problem) Error() string {
	if p.Seq > 0 {
		return fmt.Sprintf("line %d (audit entry %d): %s", p.Line, p.Seq, p.Detail)
	}
	return fmt.Sprintf("line %d: %s", p.Line, p.Detail)
}

// Result describes a bundle that verified.
type Result struct {
	Manifest Manifest
	Count    int64
	FirstSeq int64
	LastSeq  int64
}

// Verify reads a bundle from r and checks its line chain and its signed
// manifest against pub (a key the auditor trusts, not the one the bundle
// names). It returns the Result, or a *Problem naming the first bad line:
// a changed byte, a removed, inserted or moved line, a file cut short, an
// edited manifest or another key. Lines are read and hashed in parallel.
// Other errors: the reader's, wrapped as CodeInternal.
func Verify(r io.Reader, pub ed25519.PublicKey) (Result, error) {
	c := &checker{pub: pub, h: Genesis()}
	if err := readLines(r, c.add); err != nil {
		return Result{}, apperr.Wrap(err, apperr.CodeInternal, "The bundle could not be read.")
	}
	return c.finish()
}

// checker walks the lines in order (see the package doc for the rules).
type checker struct {
	pub      ed25519.PublicKey
	h        [32]byte  // hash of the last line accepted
	count    int64     // entry lines accepted
	seqs     []int64   // their seqs, to name lines in reports
	pending  *lineInfo // its prev does not match: the next line tells why
	gap      *lineInfo // its number skips ahead: the next line tells why
	manifest *lineInfo
	problem  *Problem
}

func (c *checker) fail(line, seq int64, format string, args ...any) bool {
	c.problem = &Problem{Line: line, Seq: seq, Detail: fmt.Sprintf(format, args...)}
	return false
}

func (c *checker) lastSeq() int64 {
	if len(c.seqs) == 0 {
		return 0
	}
	return c.seqs[len(c.seqs)-1]
}

// add takes the next line; false once the verdict is settled.
func (c *checker) add(l *lineInfo) bool {
	switch {
	case c.problem != nil:
		return false
	case c.manifest != nil:
		return c.fail(l.num, 0, "there is data after the signed manifest")
	case c.gap != nil:
		c.classifyGap(l)
		return false
	case c.pending != nil:
		if l.kind == lineManifest {
			c.manifest, l = l, nil // the manifest's final hash stands for the next line
		}
		c.classify(l)
		return false
	case l.kind == lineManifest:
		c.manifest = l
		return true
	case l.kind == linePartial:
		return c.fail(l.num, l.seq, "the file is cut short in this line")
	case l.kind != lineEntry:
		return c.fail(l.num, l.seq, "this line is damaged: it is not a bundle entry")
	case l.n > c.count+1:
		c.gap = l
		return true
	case l.n < c.count+1:
		return c.fail(l.num, l.seq, "it was written as line %d: lines were moved or inserted", l.n)
	case l.prev != c.h:
		c.pending = l
		return true
	}
	c.h, c.count, c.seqs = l.hash, c.count+1, append(c.seqs, l.seq)
	return true
}

// classify names what broke the chain at the pending line p, whose prev is
// not the hash of the line before it, using the line after it (nil at the
// end, where the manifest's final hash stands in).
func (c *checker) classify(next *lineInfo) {
	p := c.pending
	c.pending = nil
	var nextPrev []byte
	if next != nil && next.kind == lineEntry {
		nextPrev = next.prev[:]
	} else if m, ok := c.signedManifest(); ok && m.Count == c.count+1 {
		nextPrev, _ = hex.DecodeString(m.FinalHash)
	}
	switch {
	case p.num > 1 && bytes.Equal(nextPrev, p.hash[:]):
		// p is intact as written: the line before it changed after p was chained.
		c.fail(p.num-1, c.lastSeq(), "this line was edited: its hash is not what the next line recorded")
	case next != nil && next.kind == lineEntry && next.prev == c.h:
		c.fail(p.num, p.seq, "this line was inserted: the next line continues from the one before it")
	default:
		c.fail(p.num, p.seq, "this line was edited: it does not continue the chain")
	}
}

// classifyGap names a line numbered beyond its place: moved there, when a
// lower number follows; else the lines in between were removed.
func (c *checker) classifyGap(next *lineInfo) {
	g := c.gap
	c.gap = nil
	if next != nil && next.kind == lineEntry && next.n < g.n {
		c.fail(g.num, g.seq, "it was written as line %d: lines were moved", g.n)
		return
	}
	c.fail(g.num, g.seq, "%s before it (it was written as line %d)", removed(c.count+1, g.n-1), g.n)
}

func removed(from, to int64) string {
	if from == to {
		return fmt.Sprintf("the entry written as line %d was removed", from)
	}
	return fmt.Sprintf("the entries written as lines %d to %d were removed", from, to)
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
	if json.Unmarshal(c.manifest.raw, &env) != nil || !audit.VerifyBundle(c.pub, env.Manifest, env.Signature) {
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
		return Result{}, &Problem{Line: c.count + 1, Detail: fmt.Sprintf(
			"the bundle is cut short after line %d (audit entry %d): its signed manifest is missing", c.count, c.lastSeq())}
	}
	m, ok := c.signedManifest()
	switch {
	case !ok:
		return Result{}, &Problem{Line: c.manifest.num, Detail: "the manifest's signature does not verify with this public key: the manifest was edited, or the bundle comes from another workspace"}
	case m.Count > c.count:
		return Result{}, &Problem{Line: c.count + 1, Detail: fmt.Sprintf("%s: the manifest lists %d entries", removed(c.count+1, m.Count), m.Count)}
	case m.Count < c.count:
		return Result{}, &Problem{Line: m.Count + 1, Seq: c.seqs[m.Count], Detail: "this line was added after the bundle was signed"}
	case m.FinalHash != hex.EncodeToString(c.h[:]):
		return Result{}, &Problem{Line: c.count, Seq: c.lastSeq(), Detail: "this line was edited: its hash does not match the signed manifest"}
	case c.count > 0 && (m.FirstSeq != c.seqs[0] || m.LastSeq != c.lastSeq()):
		return Result{}, &Problem{Line: c.manifest.num, Detail: "the manifest's seq range does not match its lines"}
	}
	return Result{Manifest: m, Count: c.count, FirstSeq: m.FirstSeq, LastSeq: m.LastSeq}, nil
}
