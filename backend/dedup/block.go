package dedup

import (
	"cmp"
	"slices"
	"strings"
	"sync/atomic"
)

// partitionByTopByte reorders keys in place so that keys whose hash has the
// same top byte are contiguous (one American-flag-sort pass) and returns
// the 256 buckets. Every block lies inside one bucket, so buckets can be
// sorted and compared independently.
func partitionByTopByte(keys []keyEntry) [][]keyEntry {
	var count, start, next [257]int
	for i := range keys {
		count[keys[i].h>>56]++
	}
	for b := 0; b < 256; b++ {
		start[b+1] = start[b] + count[b]
	}
	copy(next[:], start[:])
	for b := 0; b < 256; b++ {
		for next[b] < start[b+1] {
			k := keys[next[b]]
			t := int(k.h >> 56)
			if t == b {
				next[b]++
				continue
			}
			keys[next[b]], keys[next[t]] = keys[next[t]], k
			next[t]++
		}
	}
	out := make([][]keyEntry, 256)
	for b := 0; b < 256; b++ {
		out[b] = keys[start[b]:start[b+1]]
	}
	return out
}

// blockWorker compares records within blocks; one per goroutine, with its
// own scratch space and results.
type blockWorker struct {
	s       *scanner
	members []int32
	sub     []int32 // members of one sub-block
	hot     []names // the names of a block's members, side by side
	subs    []subEntry
	memo    companyMemo
	out     []pairMatch
}

type subEntry struct {
	sub uint64
	idx int32
}

// bucket sorts one bucket by key and compares within each of its blocks.
func (w *blockWorker) bucket(keys []keyEntry, stop *atomic.Bool) {
	slices.SortFunc(keys, func(x, y keyEntry) int {
		if c := cmp.Compare(x.h, y.h); c != 0 {
			return c
		}
		return cmp.Compare(x.idx, y.idx)
	})
	for i := 0; i < len(keys); {
		j := i + 1
		for j < len(keys) && keys[j].h == keys[i].h {
			j++
		}
		if j-i > 1 {
			if stop.Load() {
				return
			}
			w.members = w.members[:0]
			for _, k := range keys[i:j] {
				w.members = append(w.members, k.idx)
			}
			mask := uint8(1) << keys[i].kind
			if keys[i].kind == kindPhonetic && j-i <= CommonName {
				mask |= rareName
			}
			w.block(w.members, mask)
		}
		i = j
	}
}

// block compares the members (ascending indexes) of one block: all pairs,
// or in an oversized block all pairs of each sub-block (records with the
// same sub-block key), or in an oversized sub-block a sliding window.
func (w *blockWorker) block(members []int32, mask uint8) {
	if len(members) <= MaxBlock {
		w.allPairs(members, mask)
		return
	}
	recs := w.s.recs
	w.subs = w.subs[:0]
	for _, i := range members {
		w.subs = append(w.subs, subEntry{recs[i].sub, i})
	}
	slices.SortFunc(w.subs, func(x, y subEntry) int {
		if c := cmp.Compare(x.sub, y.sub); c != 0 {
			return c
		}
		return cmp.Compare(x.idx, y.idx)
	})
	subs := w.subs
	for i := 0; i < len(subs); {
		j := i + 1
		for j < len(subs) && subs[j].sub == subs[i].sub {
			j++
		}
		if j-i > 1 {
			w.sub = w.sub[:0]
			for _, e := range subs[i:j] {
				w.sub = append(w.sub, e.idx)
			}
			if len(w.sub) <= MaxBlock {
				w.allPairs(w.sub, mask)
			} else {
				w.window(w.sub, mask)
			}
		}
		i = j
	}
}

// allPairs compares every pair of members. Pairs of people in a fuzzy
// block are first judged by name alone, on a packed copy of the members'
// names: that settles most of them without touching the records.
func (w *blockWorker) allPairs(members []int32, mask uint8) {
	recs := w.s.recs
	m := w.s.m
	byName := mask&(1<<kindEmail|1<<kindPhone) == 0 && !(m.r.Domain && mask&(1<<kindDomain) != 0)
	hot := w.hot[:0]
	for _, i := range members {
		hot = append(hot, recs[i].names)
	}
	w.hot = hot
	for x := 0; x < len(members); x++ {
		ha := &hot[x]
		for y := x + 1; y < len(members); y++ {
			if byName && !ha.isCompany && !hot[y].isCompany {
				if s, _ := personSimilarity(ha, &hot[y], m.threshold); s < m.threshold {
					continue
				}
			}
			if reason, s, ok := m.compare(&recs[members[x]], &recs[members[y]], mask, &w.memo); ok {
				w.out = append(w.out, pairMatch{a: members[x], b: members[y], score: float32(s), reason: reason})
			}
		}
	}
}

// window sorts members by name and compares each with the next Window
// (the sorted-neighbourhood method): linear, where a sub-block of thousands
// of "John Smith"s would otherwise be quadratic.
func (w *blockWorker) window(members []int32, mask uint8) {
	recs := w.s.recs
	slices.SortFunc(members, func(x, y int32) int {
		a, b := &recs[x], &recs[y]
		if c := strings.Compare(a.last, b.last); c != 0 {
			return c
		}
		if c := strings.Compare(a.name, b.name); c != 0 {
			return c
		}
		if c := strings.Compare(a.first, b.first); c != 0 {
			return c
		}
		return cmp.Compare(x, y)
	})
	m := w.s.m
	for x := 0; x < len(members); x++ {
		for y := x + 1; y < len(members) && y <= x+Window; y++ {
			ai, bi := members[x], members[y]
			if ai > bi {
				ai, bi = bi, ai
			}
			if reason, s, ok := m.compare(&recs[ai], &recs[bi], mask, &w.memo); ok {
				w.out = append(w.out, pairMatch{a: ai, b: bi, score: float32(s), reason: reason})
			}
		}
	}
}
