package dedup

import (
	"cmp"
	"hash/maphash"
	"slices"
)

// Index is an in-memory, incremental duplicate finder: Add records (the
// existing candidates, then each accepted import row), and Find the likely
// duplicates of a record among them. It answers like Compare would for
// every indexed record, except that in a key shared by more than MaxBlock
// records only those with the same sub-block key are compared.
//
// An Index is not safe for concurrent use.
type Index struct {
	m      *matcher
	p      *preparer
	ids    []string
	recs   []prep
	blocks map[uint64][]int32 // key hash → indexes of the records with that key
	// subs holds, for keys shared by more than MaxBlock records, the
	// records of each sub-block (key hash, sub-block hash).
	subs  map[[2]uint64][]int32
	stamp []uint32 // per record: the Find that last saw it
	mask  []uint8  // per record: kinds of keys shared with the current Find
	cur   uint32
	cands []int32
}

// NewIndex returns an empty Index matching under r. Rules are not
// validated here: call Validate first.
func NewIndex(r Rules) *Index {
	m := compile(r)
	return &Index{m: m, p: newPreparer(m, maphash.MakeSeed(), true), blocks: make(map[uint64][]int32),
		subs: make(map[[2]uint64][]int32)}
}

// Len returns the number of records added.
func (ix *Index) Len() int { return len(ix.recs) }

// Add indexes rec. It does not check that rec.ID is new (Find never returns
// a record with the ID it is asked about).
func (ix *Index) Add(rec Record) {
	i := int32(len(ix.recs))
	ix.recs = append(ix.recs, ix.p.prepare(&rec))
	ix.ids = append(ix.ids, rec.ID)
	ix.stamp = append(ix.stamp, 0)
	ix.mask = append(ix.mask, 0)
	for _, k := range ix.p.keys {
		list := append(ix.blocks[k.h], i)
		ix.blocks[k.h] = list
		switch {
		case len(list) == MaxBlock+1: // the key just grew too big: split it
			for _, c := range list {
				sk := [2]uint64{k.h, ix.recs[c].sub}
				ix.subs[sk] = append(ix.subs[sk], c)
			}
		case len(list) > MaxBlock+1:
			sk := [2]uint64{k.h, ix.recs[i].sub}
			ix.subs[sk] = append(ix.subs[sk], i)
		}
	}
}

// MaxSubCandidates bounds how many records of one sub-block of an
// oversized key Find compares with (the most recently added): a file of a
// million rows of one company and initials must not make every row compare
// with every earlier one.
const MaxSubCandidates = 4 * Window

// Find returns the indexed records rec is a likely duplicate of, best
// first (score, then reason priority, then ID), at most limit of them
// (limit ≤ 0: all). In each Match, A is rec.ID and B the indexed record.
// An indexed record with rec's ID is never returned (when rec.ID is not
// ""). It returns nil when there is none; rec is not added.
func (ix *Index) Find(rec Record, limit int) []Match {
	q := ix.p.prepare(&rec)
	ix.cur++
	if ix.cur == 0 { // wrapped: forget old stamps
		clear(ix.stamp)
		ix.cur = 1
	}
	ix.cands = ix.cands[:0]
	for _, k := range ix.p.keys {
		list := ix.blocks[k.h]
		big := len(list) > MaxBlock
		var rare uint8
		if k.kind == kindPhonetic {
			// The block as Scan would see it: with rec, counted once.
			n := len(list) + 1
			if rec.ID != "" && slices.ContainsFunc(list, func(c int32) bool { return ix.ids[c] == rec.ID }) {
				n--
			}
			if n <= CommonName {
				rare = rareName
			}
		}
		if big {
			list = ix.subs[[2]uint64{k.h, q.sub}]
			if len(list) > MaxSubCandidates {
				list = list[len(list)-MaxSubCandidates:]
			}
		}
		for _, c := range list {
			if rec.ID != "" && ix.ids[c] == rec.ID {
				continue
			}
			if ix.stamp[c] != ix.cur {
				ix.stamp[c] = ix.cur
				ix.mask[c] = 0
				ix.cands = append(ix.cands, c)
			}
			ix.mask[c] |= 1<<k.kind | rare
		}
	}
	type found struct {
		c      int32
		reason uint8
		score  float64
	}
	var hits []found
	for _, c := range ix.cands {
		if reason, s, ok := ix.m.compare(&q, &ix.recs[c], ix.mask[c], nil); ok {
			hits = append(hits, found{c, reason, s})
		}
	}
	slices.SortFunc(hits, func(x, y found) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		if c := cmp.Compare(x.reason, y.reason); c != 0 {
			return c
		}
		return cmp.Compare(ix.ids[x.c], ix.ids[y.c])
	})
	if limit > 0 && len(hits) > limit {
		hits = hits[:limit]
	}
	if len(hits) == 0 {
		return nil
	}
	out := make([]Match, len(hits))
	for i, h := range hits {
		out[i] = Match{A: rec.ID, B: ix.ids[h.c], Score: round(h.score), Reason: reasonNames[h.reason]}
	}
	return out
}
