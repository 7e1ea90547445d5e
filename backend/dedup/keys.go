package dedup

import (
	"hash/maphash"
	"math/bits"
	"slices"
	"strings"
)

// Keys returns every exact and block key of rec under r, each prefixed by
// its kind: "e:" normalized email and "p:" E.164 phone (when those rules
// are on); "d:" web or work domain (for a company under r.Domain, or for
// the domain block); and, when r.Fuzzy, for each block in r.Block: "c:"
// normalized company (a person's company, a company's own name), "z:"
// normalized postcode, "n:" phonetic name keys ("n:j5|s53", "n:smith/j").
// Two records can only match when they share a key, so a caller stores
// the keys of every record (in SQL or in memory), looks candidates up by
// the keys of the record at hand and calls Compare on them. A record
// without usable fields has no keys (nil). Keys depend only on the record
// and the rules, but a new version of this package may change them: store
// them with a version and re-key when it changes. A key shared by more
// than MaxBlock records is sub-blocked by Scan and Index; a SQL lookup
// should bound it too (LIMIT), or hand the candidates to an Index.
func (r Rules) Keys(rec Record) []string {
	p := newPreparer(compile(r), seed0, false)
	pr := p.prepare(&rec)
	var out []string
	p.visitKeys(&rec, &pr, true, func(kind uint8, val []byte) {
		k := kindPrefix[kind] + string(val)
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	})
	return out
}

// hash returns the hash of a key of kind with value val.
func (p *preparer) hash(kind uint8, val []byte) uint64 {
	var h maphash.Hash
	h.SetSeed(p.seed)
	h.WriteByte(kind)
	h.Write(val)
	return h.Sum64()
}

// addKey records one key of the record being prepared, once.
func (p *preparer) addKey(kind uint8, h uint64) {
	k := keyRef{h: h, kind: kind}
	for _, x := range p.keys {
		if x == k {
			return
		}
	}
	p.keys = append(p.keys, k)
}

// visitKeys calls fn with the kind and value of every key of rec (prepared
// as pr) that the rules use: emails and phones when those rules are on (and
// contacts is set), the domain when it is an exact rule or a block, and each
// other fuzzy block. val is only valid during the call.
func (p *preparer) visitKeys(rec *Record, pr *prep, contacts bool, fn func(kind uint8, val []byte)) {
	m := p.m
	if m.r.Email && contacts {
		for _, e := range rec.Emails {
			if p.kbuf = appendEmail(p.kbuf[:0], e); len(p.kbuf) > 0 {
				fn(kindEmail, p.kbuf)
			}
		}
	}
	if m.r.Phone && contacts {
		for _, ph := range rec.Phones {
			if p.kbuf = appendPhone(p.kbuf[:0], ph, m.region); len(p.kbuf) > 0 {
				fn(kindPhone, p.kbuf)
			}
		}
	}
	if pr.domain != "" && (m.blocks&(1<<kindDomain) != 0 || pr.isCompany && m.r.Domain) {
		fn(kindDomain, append(p.kbuf[:0], pr.domain...))
	}
	if m.blocks&(1<<kindCompany) != 0 {
		c := pr.company
		if pr.isCompany {
			c = pr.name
		}
		if c != "" {
			fn(kindCompany, append(p.kbuf[:0], c...))
		}
	}
	if m.blocks&(1<<kindPostcode) != 0 {
		if p.kbuf = appendPostcode(p.kbuf[:0], rec.Postcode); len(p.kbuf) > 0 {
			fn(kindPostcode, p.kbuf)
		}
	}
	if m.blocks&(1<<kindPhonetic) != 0 {
		if p.kbuf = appendPhoneticKey(p.kbuf[:0], pr); len(p.kbuf) > 0 {
			fn(kindPhonetic, p.kbuf)
		}
		if p.kbuf = appendInitialKey(p.kbuf[:0], pr); len(p.kbuf) > 0 {
			fn(kindPhonetic, p.kbuf)
		}
	}
}

// appendPhoneticKey appends the phonetic block key: for a person the codes
// of the first word of the first name (a nickname by the first name of its
// group, so "Jenny" is "Jennifer") and of the last name, sorted and joined
// by "|" (so "John Smith" and "Smith John" meet); for a company the codes
// of the first two words of its name.
func appendPhoneticKey(dst []byte, pr *prep) []byte {
	if pr.isCompany {
		w1, rest, _ := strings.Cut(pr.name, " ")
		dst = appendPhonetic(dst, w1)
		if w2 := firstWord(rest); w2 != "" {
			dst = appendPhonetic(append(dst, ' '), w2)
		}
		return dst
	}
	var a, b [16]byte
	ca := appendPhonetic(a[:0], canonicalFirst(pr))
	cb := appendPhonetic(b[:0], pr.last)
	if string(ca) > string(cb) {
		ca, cb = cb, ca
	}
	switch {
	case len(ca) == 0:
		return append(dst, cb...)
	case len(cb) == 0:
		return append(dst, ca...)
	}
	return append(append(append(dst, ca...), '|'), cb...)
}

// appendInitialKey appends the second phonetic-block key of a person: the
// folded last name and the first letter of the first name ("smith/j"), so
// that "J. Smith", "Jenny Smith" and a first name whose typo changed its
// code still meet "John Smith". Nothing for companies and people without
// both names.
func appendInitialKey(dst []byte, pr *prep) []byte {
	if pr.isCompany || pr.first == "" || pr.last == "" {
		return dst
	}
	return append(append(append(dst, pr.last...), '/'), pr.first[0])
}

// canonicalFirst is the first word of a person's first name, or for a
// nickname the first name of its (lowest) nickname group.
func canonicalFirst(pr *prep) string {
	if pr.nick == 0 {
		return firstWord(pr.first)
	}
	return nicknameCanon[bits.TrailingZeros64(pr.nick)]
}
