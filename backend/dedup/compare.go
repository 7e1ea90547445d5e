package dedup

import (
	"hash/maphash"
	"math"
)

// nameOnlyMargin is added to the threshold for a fuzzy match between
// records that share no company, domain or postcode (they met in the
// phonetic block only).
const nameOnlyMargin = 0.05

// rareName is a mask bit beside the key kinds: the records share a
// phonetic block of at most CommonName records, so their name is rare
// enough to be evidence on its own.
const rareName uint8 = 1 << 7

// seed0 hashes keys of records compared one by one (Compare, Similarity);
// hashes never leave the process, so a per-process seed is enough.
var seed0 = maphash.MakeSeed()

// Compare reports whether b is a duplicate of a under r, and why: by a
// shared normalized email (Reason "email") or E.164 phone ("phone") when
// those rules are on, by a shared web domain between companies under
// r.Domain ("domain"), or by a name Similarity of at least r.Threshold
// between records that share a fuzzy block ("name:company", "name:domain",
// "name:postcode" or "name:phonetic", the first that applies). The
// exceptions are in the package doc (conflicting first names, namesakes at
// different employers, name-only matches). Exact matches score 1, fuzzy
// ones their Similarity, rounded to four places. A person and a company
// match only by an exact email or phone. It returns false when there is no
// match; rules are not validated here (call Validate).
func (r Rules) Compare(a, b Record) (Match, bool) {
	m := compile(r)
	p := newPreparer(m, seed0, false)
	pa := p.prepare(&a)
	ka := append([]keyRef(nil), p.keys...)
	pb := p.prepare(&b)
	var mask uint8
	for _, x := range ka {
		for _, y := range p.keys {
			if x == y {
				mask |= 1 << x.kind
			}
		}
	}
	if mask&(1<<kindPhonetic) != 0 {
		mask |= rareName // one pair shows nothing about how common a name is
	}
	reason, score, ok := m.compare(&pa, &pb, mask, nil)
	if !ok {
		return Match{}, false
	}
	return Match{A: a.ID, B: b.ID, Score: round(score), Reason: reasonNames[reason]}, true
}

// compare decides whether two prepared records that share the keys whose
// kinds are set in mask are duplicates. memo (nil: none) remembers which
// companies are one; it belongs to the calling goroutine.
func (m *matcher) compare(a, b *prep, mask uint8, memo *companyMemo) (reason uint8, score float64, ok bool) {
	exact := mask & (1<<kindEmail | 1<<kindPhone)
	fuzzy := mask & m.blocks
	domainExact := m.r.Domain && a.isCompany && b.isCompany && mask&(1<<kindDomain) != 0
	if exact == 0 && fuzzy == 0 && !domainExact {
		return 0, 0, false
	}
	if a.isCompany != b.isCompany {
		if exact&(1<<kindEmail) != 0 {
			return reasonEmail, 1, true
		}
		if exact != 0 {
			return reasonPhone, 1, true
		}
		return 0, 0, false
	}
	if a.isCompany {
		switch {
		case exact&(1<<kindEmail) != 0:
			return reasonEmail, 1, true
		case exact != 0:
			return reasonPhone, 1, true
		case domainExact:
			return reasonDomain, 1, true
		}
		if a.domain != "" && b.domain != "" && a.domain != b.domain {
			return 0, 0, false // same name, different web sites: different companies
		}
		if !sharedContext(a, b, mask, memo) && contactConflict(a, b) {
			return 0, 0, false
		}
		s := companySimilarity(a.name, b.name)
		if s >= m.threshold {
			return fuzzyReason(fuzzy), s, true
		}
		return 0, 0, false
	}
	if exact != 0 {
		s, firstClose := personSimilarity(&a.names, &b.names, 0)
		if firstClose || bothContacts(a, b) {
			if exact&(1<<kindEmail) != 0 {
				return reasonEmail, 1, true
			}
			return reasonPhone, 1, true
		}
		if fuzzy == 0 || s < m.threshold {
			return 0, 0, false
		}
	}
	if fuzzy == 0 {
		return 0, 0, false
	}
	// The name decides most pairs, and cheaply; the checks below compare
	// company names, which costs more.
	s, _ := personSimilarity(&a.names, &b.names, m.threshold)
	if s < m.threshold {
		return 0, 0, false
	}
	if a.company != "" && b.company != "" && !memo.same(a, b) {
		return 0, 0, false // namesakes at different companies
	}
	if a.domain != "" && b.domain != "" && a.domain != b.domain {
		return 0, 0, false // namesakes at different employers
	}
	if !sharedContext(a, b, mask, memo) {
		if contactConflict(a, b) {
			return 0, 0, false // namesakes: only the name in common, other contact details
		}
		if len(a.first) == 1 || len(b.first) == 1 {
			return 0, 0, false // "F. Alvarez" alone could be any F. Alvarez
		}
		if s < min(m.threshold+nameOnlyMargin, 1) {
			return 0, 0, false // the name is all the evidence: ask for more of it
		}
		if mask&rareName == 0 {
			return 0, 0, false // a common name alone is no evidence
		}
	}
	return fuzzyReason(fuzzy), s, true
}

// sharedContext reports whether two records agree on where they belong: a
// shared company, web domain or postcode block, or the same company or
// domain on both.
func sharedContext(a, b *prep, mask uint8, memo *companyMemo) bool {
	if mask&(1<<kindCompany|1<<kindDomain|1<<kindPostcode) != 0 {
		return true
	}
	return a.company != "" && b.company != "" && memo.same(a, b) ||
		a.domain != "" && a.domain == b.domain
}

// bothContacts reports whether two records share an email and a phone:
// then even clearly different first names are one person mistyped.
func bothContacts(a, b *prep) bool {
	return sharePrint(a.emails, a.ne, b.emails, b.ne) && sharePrint(a.phones, a.np, b.phones, b.np)
}

// contactConflict reports whether both records have emails and share none,
// or both have phones and share none.
func contactConflict(a, b *prep) bool {
	return a.ne > 0 && b.ne > 0 && !sharePrint(a.emails, a.ne, b.emails, b.ne) ||
		a.np > 0 && b.np > 0 && !sharePrint(a.phones, a.np, b.phones, b.np)
}

// round keeps scores readable in JSON (0.9333 rather than 0.93333333).
func round(s float64) float64 {
	return math.Round(s*10000) / 10000
}
