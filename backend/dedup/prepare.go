package dedup

import "hash/maphash"

// prep is a record in the form comparisons need: folded names (shared
// where a preparer caches), fingerprints instead of slices, so a million
// of them stay small.
type prep struct {
	names // first: what most comparisons stop at, in one cache line
	// Fingerprints (truncated key hashes) of the first two emails and
	// phones, and how many there are: enough to tell "no contact detail in
	// common" without keeping the strings.
	ne, np  uint8
	emails  [2]uint32
	phones  [2]uint32
	cid     uint32 // company's number, interned by a Scan; 0: not interned
	company string // a person's NormalizeCompany company
	domain  string // web or work domain; "" for none or free-mail
	name    string // a company's NormalizeCompany name
	sub     uint64 // hash of the sub-block key (see subKey)
}

// names is the part of a prep that name similarity reads; a block copies
// its members' names side by side before comparing them all.
type names struct {
	first, last string // person names, folded, titles and suffixes dropped
	firstMask   uint32 // letterMask of first
	lastMask    uint32 // letterMask of last
	nick        uint64 // nickname groups of the first word of first
	isCompany   bool
}

// keyRef is one key of a record: its kind and the hash of its value.
type keyRef struct {
	h    uint64
	kind uint8
}

// preparer turns Records into preps and keys. It keeps scratch buffers and
// optional caches, so it belongs to one goroutine.
type preparer struct {
	m    *matcher
	seed maphash.Seed
	buf  []byte
	kbuf []byte
	keys []keyRef // keys of the last prepared record
	// Caches of values that repeat across records (nil: no caching). They
	// save work and memory: one copy of "john", of a company's name, of a
	// domain.
	firsts    map[string]firstInfo // folded first name → its facts
	companies map[string]string    // raw company → NormalizeCompany
	domains   map[string]string    // normalized domain → itself, "" for free mail
}

// firstInfo is what comparisons need of a first name.
type firstInfo struct {
	s    string
	nick uint64
	mask uint32
}

// maxCache bounds each cache of one preparer.
const maxCache = 1 << 18

func newPreparer(m *matcher, seed maphash.Seed, cache bool) *preparer {
	p := &preparer{m: m, seed: seed, buf: make([]byte, 0, 128), kbuf: make([]byte, 0, 128)}
	if cache {
		p.firsts = make(map[string]firstInfo, 1024)
		p.companies = make(map[string]string, 1024)
		p.domains = make(map[string]string, 1024)
	}
	return p
}

// prepare normalizes rec and fills p.keys with its keys under the rules.
func (p *preparer) prepare(rec *Record) prep {
	var pr prep
	first, last := rec.First, rec.Last
	if first == "" && last == "" && rec.Name != "" {
		pr.isCompany = true
		p.buf = appendCompany(p.buf[:0], rec.Name)
		pr.name = string(p.buf)
	} else {
		first, last = splitPersonName(first, last)
		p.buf = appendFolded(p.buf[:0], first, foldName)
		flen := len(p.buf)
		fstart := flen - len(trimTitles(p.buf))
		p.buf = appendFolded(p.buf, last, foldName)
		fb, lb := p.buf[fstart:flen], trimSuffixes(p.buf[flen:])
		if len(lb) == 0 {
			// A whole name in First: its last word is the last name.
			if i := lastIndexByte(fb, ' '); i > 0 {
				fb, lb = fb[:i], fb[i+1:]
			}
		}
		f := p.firstName(fb)
		pr.first, pr.nick, pr.firstMask = f.s, f.nick, f.mask
		if len(lb) > 0 {
			pr.last = string(lb)
		}
		pr.lastMask = letterMask(pr.last)
		pr.company = p.company(rec.Company)
	}
	derive := rec.Domain == ""
	if !derive {
		pr.domain = p.domain(appendDomain(p.buf[:0], rec.Domain))
	}
	p.keys = p.keys[:0]
	for _, e := range rec.Emails {
		if p.kbuf = appendEmail(p.kbuf[:0], e); len(p.kbuf) > 0 {
			if derive {
				// The first plausible email tells a person's work domain.
				pr.domain = p.domain(p.kbuf[indexByte(p.kbuf, '@')+1:])
				derive = false
			}
			h := p.hash(kindEmail, p.kbuf)
			pr.emails, pr.ne = addPrint(pr.emails, pr.ne, h)
			if p.m.r.Email {
				p.addKey(kindEmail, h)
			}
		}
	}
	for _, ph := range rec.Phones {
		if p.kbuf = appendPhone(p.kbuf[:0], ph, p.m.region); len(p.kbuf) > 0 {
			h := p.hash(kindPhone, p.kbuf)
			pr.phones, pr.np = addPrint(pr.phones, pr.np, h)
			if p.m.r.Phone {
				p.addKey(kindPhone, h)
			}
		}
	}
	pr.sub = p.subKey(&pr)
	p.visitKeys(rec, &pr, false, func(kind uint8, val []byte) { p.addKey(kind, p.hash(kind, val)) })
	return pr
}

// firstName returns the facts of the folded first name b.
func (p *preparer) firstName(b []byte) firstInfo {
	if len(b) == 0 {
		return firstInfo{}
	}
	if f, ok := p.firsts[string(b)]; ok {
		return f
	}
	s := string(b)
	f := firstInfo{s: s, nick: nicknames[firstWord(s)], mask: letterMask(s)}
	if p.firsts != nil && len(p.firsts) < maxCache {
		p.firsts[s] = f
	}
	return f
}

// addPrint adds the fingerprint of key hash h to a record's first two.
func addPrint(prints [2]uint32, n uint8, h uint64) ([2]uint32, uint8) {
	f := uint32(h)
	for i := 0; i < int(min(n, 2)); i++ {
		if prints[i] == f {
			return prints, n
		}
	}
	if n < 2 {
		prints[n] = f
	}
	if n < 255 {
		n++
	}
	return prints, n
}

// sharePrint reports whether two records have a fingerprint in common.
func sharePrint(a [2]uint32, na uint8, b [2]uint32, nb uint8) bool {
	for i := 0; i < int(min(na, 2)); i++ {
		for j := 0; j < int(min(nb, 2)); j++ {
			if a[i] == b[j] {
				return true
			}
		}
	}
	return false
}

// company returns NormalizeCompany(raw), cached.
func (p *preparer) company(raw string) string {
	if raw == "" {
		return ""
	}
	if c, ok := p.companies[raw]; ok {
		return c
	}
	p.buf = appendCompany(p.buf[:0], raw)
	c := string(p.buf)
	if p.companies != nil && len(p.companies) < maxCache {
		p.companies[raw] = c
	}
	return c
}

// domain returns the normalized domain d as a string, or "" when d is empty
// or a free-mail provider's (a shared gmail.com says nothing about a shared
// employer).
func (p *preparer) domain(d []byte) string {
	if len(d) == 0 {
		return ""
	}
	if s, ok := p.domains[string(d)]; ok {
		return s
	}
	s := string(d)
	v := s
	if IsFreeMail(s) {
		v = ""
	}
	if p.domains != nil && len(p.domains) < maxCache {
		p.domains[s] = v
	}
	return v
}

// subKey is the secondary key that splits an oversized block: for a
// person the initials of first and last name, sorted (so swapped names stay
// together; typos, nicknames and initials rarely change a first letter),
// for a company the first two letters of its name. Only its equality
// matters.
func (p *preparer) subKey(pr *prep) uint64 {
	if pr.isCompany {
		return maphash.String(p.seed, prefix(pr.name, 2))
	}
	a, b := prefix(pr.first, 1), prefix(pr.last, 1)
	if a > b {
		a, b = b, a
	}
	p.kbuf = append(append(append(p.kbuf[:0], a...), '|'), b...)
	return maphash.Bytes(p.seed, p.kbuf)
}

func prefix(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
