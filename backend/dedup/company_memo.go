package dedup

// companyMemo remembers, for pairs of interned company names (prep.cid),
// whether sameCompany holds: a block of namesakes compares the same few
// company pairs over and over, and the fuzzy comparison is the costliest
// step of a pair. It is a direct-mapped cache (a new pair evicts the one
// in its slot), so its memory is fixed. One per goroutine; a nil memo
// just compares.
type companyMemo struct {
	slots []memoSlot
}

// memoSlot is one remembered pair: lo<<32 | hi of the interned numbers
// (never 0, as numbers start at 1) and the answer.
type memoSlot struct {
	key  uint64
	same bool
}

// memoBits sizes a memo: 1<<memoBits slots (64 Ki pairs, 1 MiB).
const (
	memoBits  = 16
	memoSlots = 1 << memoBits
)

// same reports sameCompany(a.company, b.company) for two records that both
// have a company.
func (cm *companyMemo) same(a, b *prep) bool {
	if a.cid != 0 && a.cid == b.cid {
		return true // one interned name
	}
	if cm == nil || a.cid == 0 || b.cid == 0 {
		return sameCompany(a.company, b.company)
	}
	if lengthsApart(a.company, b.company) {
		return false // cheaper than a look-up
	}
	lo, hi := a.cid, b.cid
	if lo > hi {
		lo, hi = hi, lo
	}
	key := uint64(lo)<<32 | uint64(hi)
	if cm.slots == nil {
		cm.slots = make([]memoSlot, memoSlots)
	}
	slot := &cm.slots[(key*0x9E3779B97F4A7C15)>>(64-memoBits)] // Fibonacci hashing: the top bits
	if slot.key == key {
		return slot.same
	}
	s := sameCompany(a.company, b.company)
	*slot = memoSlot{key: key, same: s}
	return s
}
