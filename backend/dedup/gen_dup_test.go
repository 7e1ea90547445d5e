package dedup

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// How the generator (gen_test.go) corrupts duplicates and builds hard
// negatives.

// Substantive modifications of a duplicate (see duplicate), with weights.
const (
	modLastTypo = iota
	modFirstTypo
	modSwap
	modNickname
	modInitial
	modDropEmail
	modDropPhone
	modDropCompany
	modPrivateEmail
	numMods
)

var modWeights = [numMods]int{30, 20, 8, 10, 6, 25, 25, 15, 10}

// pickMods draws 1 (40%), 2 (35%) or 3 (25%) different modifications.
func (g *generator) pickMods() [numMods]bool {
	var on [numMods]bool
	k := 1
	switch x := g.rng.IntN(100); {
	case x >= 75:
		k = 3
	case x >= 40:
		k = 2
	}
	for n := 0; n < k; {
		total := 0
		for m, w := range modWeights {
			if !on[m] {
				total += w
			}
		}
		x := g.rng.IntN(total)
		for m, w := range modWeights {
			if on[m] {
				continue
			}
			if x < w {
				on[m] = true
				n++
				break
			}
			x -= w
		}
	}
	return on
}

// duplicate returns a copy of base entered again, FEBRL-style: one to three
// substantive modifications (typo in the last or first name, swapped
// names, nickname, initial, email/phone/company missing, a private address
// instead of the work one), plus formatting that normalization absorbs
// (accents, case, phone format, email case and plus tag, company spelling).
func (g *generator) duplicate(base Record, co *genCompany, region, nsn string) Record {
	r := g.rng
	mod := g.pickMods()
	first, last := base.First, base.Last
	if mod[modNickname] {
		if nick := nicknameOf(first, r); nick != "" {
			first = nick
		} else {
			mod[modInitial] = true
		}
	}
	if mod[modInitial] {
		first = string([]rune(first)[:1]) + "."
	}
	if mod[modLastTypo] {
		last = g.typo(last)
	}
	if mod[modFirstTypo] && !strings.HasSuffix(first, ".") {
		first = g.typo(first)
	}
	if r.IntN(100) < 50 {
		first, last = g.stripAccents(first), g.stripAccents(last)
	}
	if r.IntN(100) < 30 {
		if r.IntN(2) == 0 {
			first, last = strings.ToUpper(first), strings.ToUpper(last)
		} else {
			first, last = strings.ToLower(first), strings.ToLower(last)
		}
	}
	if mod[modSwap] {
		first, last = last, first
	}
	d := Record{First: first, Last: last, Company: base.Company, Postcode: base.Postcode}
	if co != nil && r.IntN(100) < 30 {
		d.Company = strings.ToUpper(NormalizeCompany(co.name))
	}
	if mod[modDropCompany] {
		d.Company = ""
	}
	if len(base.Emails) > 0 && !mod[modDropEmail] {
		e := base.Emails[0]
		if mod[modPrivateEmail] {
			e = strings.ReplaceAll(NormalizeName(base.First), " ", "") + "." + g.digits(2) + "@" + pick(r, genFreeMail[region])
		}
		if r.IntN(100) < 30 {
			e = strings.ToUpper(e[:1]) + e[1:strings.IndexByte(e, '@')] + strings.ToUpper(e[strings.IndexByte(e, '@'):])
		}
		if r.IntN(100) < 20 {
			at := strings.IndexByte(e, '@')
			e = e[:at] + "+crm" + e[at:]
		}
		d.Emails = []string{e}
	}
	if nsn != "" && !mod[modDropPhone] {
		d.Phones = []string{g.formatPhone(nsn, region)}
	}
	return d
}

// hardNegative returns a different person who looks like base: x < 3 a
// colleague with the same last name, x < 5 a family member sharing the
// phone, otherwise a namesake at another company. The unemployed get a
// family member (they have a phone, see makePerson): a namesake of someone
// with no company, email domain or phone in common is indistinguishable
// from a duplicate, for this package and for a human reviewer alike.
func (g *generator) hardNegative(base Record, co *genCompany, region, nsn string, x int) Record {
	first := g.otherFirstName(base.First)
	switch {
	case x < 3 && co != nil:
		return Record{First: first, Last: base.Last, Company: base.Company, Postcode: base.Postcode,
			Emails: []string{g.email(first, base.Last, co, region)}, Phones: []string{g.formatPhone(g.phone(region), region)}}
	case x < 5 && nsn != "" || co == nil:
		h := Record{First: first, Last: base.Last, Postcode: base.Postcode, Phones: []string{g.formatPhone(nsn, region)}}
		if g.rng.IntN(2) == 0 {
			h.Emails = []string{g.email(first, base.Last, nil, region)}
		}
		return h
	}
	other := &g.companies[g.rng.IntN(len(g.companies))]
	for co != nil && other.name == co.name {
		other = &g.companies[g.rng.IntN(len(g.companies))]
	}
	return Record{First: base.First, Last: base.Last, Company: other.name, Postcode: other.postcode,
		Emails: []string{g.email(base.First, base.Last, other, other.region)}, Phones: []string{g.formatPhone(g.phone(other.region), other.region)}}
}

// otherFirstName is a first name that is not name nor a nickname of it.
func (g *generator) otherFirstName(name string) string {
	for {
		f := pick(g.rng, genFirstNames)
		a, b := NormalizeName(f), NormalizeName(name)
		if a != b && nicknames[a]&nicknames[b] == 0 {
			return f
		}
	}
}

func nicknameOf(first string, r *rand.Rand) string {
	groups := nicknames[NormalizeName(first)]
	if groups == 0 {
		return ""
	}
	var options []string
	for g, line := range nicknameGroups {
		if groups&(1<<g) != 0 {
			for _, w := range splitSpaces(line) {
				if w != NormalizeName(first) {
					options = append(options, w)
				}
			}
		}
	}
	w := pick(r, options)
	return strings.ToUpper(w[:1]) + w[1:]
}

// typo applies one edit (75%) or two: substitute, delete, insert or
// transpose, never the first letter (people rarely get that wrong).
func (g *generator) typo(s string) string {
	rs := []rune(s)
	edits := 1
	if g.rng.IntN(4) == 0 {
		edits = 2
	}
	for e := 0; e < edits && len(rs) > 2; e++ {
		i := 1 + g.rng.IntN(len(rs)-1)
		c := rune('a' + g.rng.IntN(26))
		switch g.rng.IntN(4) {
		case 0:
			rs[i] = c
		case 1:
			rs = append(rs[:i], rs[i+1:]...)
		case 2:
			rs = append(rs[:i], append([]rune{c}, rs[i:]...)...)
		default:
			if i+1 < len(rs) {
				rs[i], rs[i+1] = rs[i+1], rs[i]
			}
		}
	}
	return string(rs)
}

// stripAccents writes a name without diacritics, German umlauts spelled
// out half of the time (Müller → Mueller or Muller).
func (g *generator) stripAccents(s string) string {
	spell := g.rng.IntN(2) == 0
	var b strings.Builder
	for _, c := range s {
		if c < utf8.RuneSelf {
			b.WriteRune(c)
			continue
		}
		lower := unicode.ToLower(c)
		rep := foldTable[lower]
		if spell {
			switch lower {
			case 'ä':
				rep = "ae"
			case 'ö':
				rep = "oe"
			case 'ü':
				rep = "ue"
			}
		}
		if rep == "" {
			b.WriteRune(c)
			continue
		}
		if lower != c {
			rep = strings.ToUpper(rep[:1]) + rep[1:]
		}
		b.WriteString(rep)
	}
	return b.String()
}
