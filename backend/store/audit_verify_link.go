package store

import (
	"bytes"
	"slices"

	"fieldvault/backend/audit"
)

// linker walks the hashed batches in seq order and checks what needs the
// previous row: the seq sequence, each prev_hash against the hash before it,
// and the checkpoints. It stops at the first anomaly of any kind, leaving
// the naming of it to an audit.Verifier resumed from there (see
// VerifyAuditWith), so the fast path never has to agree with the Verifier's
// classification — only to accept exactly the logs the Verifier accepts.
type linker struct {
	cps      []audit.Checkpoint
	sigOK    []bool
	sigDone  chan struct{}
	start    int64  // seq the first entry must have (1, or right after an archive anchor)
	next     int64  // seq the next entry must have
	last     []byte // hash of the last entry accepted
	cpAt     int    // first checkpoint not yet checked
	lastCP   *audit.Checkpoint
	done     int64
	total    int64
	progress func(done, total int64)
	stopped  bool
}

// newLinker starts checking the checkpoint signatures in the background
// (an Ed25519 verification costs as much as ~50 entries).
func newLinker(st verifyState, progress func(done, total int64)) *linker {
	l := &linker{cps: st.cps, sigOK: make([]bool, len(st.cps)), sigDone: make(chan struct{}), start: st.start,
		next: st.start, last: slices.Clone(st.startHash), total: max(st.maxSeq-st.start+1, 0), progress: progress}
	go func() {
		defer close(l.sigDone)
		for i := range st.cps {
			l.sigOK[i] = audit.VerifyCheckpoint(st.pub, st.cps[i])
		}
	}()
	return l
}

// link accepts the rows of b in order; false once it stopped. A batch
// that could not be split has fewer judged rows than it holds.
func (l *linker) link(b *verifyBatch) bool {
	if int64(len(b.seq)) != b.count {
		l.stopped = true
		return false
	}
	for i := range b.seq {
		if !l.accept(b, i) {
			l.stopped = true
			return false
		}
		l.count(1)
	}
	return true
}

func (l *linker) accept(b *verifyBatch, i int) bool {
	seq := b.seq[i]
	prev, hash := b.hashes[64*i:64*i+32], b.hashes[64*i+32:64*i+64]
	if seq != l.next || b.state[i] != rowOK || !bytes.Equal(prev, l.last) {
		return false
	}
	for l.cpAt < len(l.cps) && l.cps[l.cpAt].Seq <= seq {
		<-l.sigDone
		c := &l.cps[l.cpAt]
		if c.Seq != seq || !l.sigOK[l.cpAt] || !bytes.Equal(c.LastHash, hash) {
			return false
		}
		l.lastCP = c
		l.cpAt++
	}
	l.next++
	l.last = append(l.last[:0], hash...)
	return true
}

// count records n more entries checked, for progress.
func (l *linker) count(n int64) {
	for range n {
		l.done++
		if l.progress != nil && l.done%progressEvery == 0 {
			l.progress(l.done, l.total)
		}
	}
}

// report describes the prefix accepted so far.
func (l *linker) report() audit.Report {
	r := audit.Report{Entries: l.next - l.start, LastSeq: l.next - 1, LastHash: slices.Clone(l.last)}
	if l.lastCP != nil {
		cp := *l.lastCP
		r.LastCheckpoint = &cp
	}
	return r
}
