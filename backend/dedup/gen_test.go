package dedup

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
)

// A deterministic generator of CRM people with labelled duplicates, for the
// quality test and the benchmarks.
//
// Base people: a first name of 150 real ones (accented ones included,
// skewed: the most common has 3.5%), a last name (a quarter from 170 real
// ones, three quarters made of syllables: about 20,000), 85% employed at
// one of n/10 companies (sizes skewed: the largest has about 470 people at
// a million records), a region (US 40%, DE 20%, GB 15%, FR 10%, NL/ES/IT
// 5% each), 90% an email (work address first.last@company-domain for the
// employed, free mail otherwise), 80% a phone (20% a second one), written
// the way people write numbers in that region (US numbers in any national
// or international style, others with their country code, since the rules
// use region US).
//
// Duplicates (about 12% of base people, a quarter of those twice) are
// copies entered again, FEBRL-style: one to three substantive
// modifications (1: 40%, 2: 35%, 3: 25%), drawn by weight from: a typo of
// one edit (75%) or two, never on the first letter, in the last (30) or
// first (20) name; first/last swapped (8); a nickname (10) or an initial
// (6); email (25), phone (25) or company (15) missing; a private
// free-mail address instead of the work one (10). On top come variations
// normalization must absorb: accents stripped or spelled out (ü→ue) (50%),
// upper/lower case (30%), the phone written in another format (always),
// email case (30%) and plus tag (20%), the company name spelled
// differently (30%).
//
// Hard negatives, distinct people that look alike (about 7% of base
// people, labelled as different entities): a colleague with the same last
// name at the same company; a family member with the same last name
// sharing the home phone; a namesake (same first and last name) at another
// company. Decision: a shared phone (or email) between clearly different
// first names is not a duplicate, so family members must not match.
type generator struct {
	rng       *rand.Rand
	companies []genCompany
	emails    map[string]bool // labelled mode: keeps work emails unique
	queue     []genRecord
	people    int // base people made
	entities  int
	maxPeople int
}

type genCompany struct {
	name, domain, region, postcode string
}

type genRecord struct {
	rec    Record
	entity int // records with the same entity are the same person
}

func newGenerator(seed uint64, people int, labelled bool) *generator {
	g := &generator{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), maxPeople: people}
	if labelled {
		g.emails = make(map[string]bool, people)
	}
	nc := max(people/10, 50)
	seen := make(map[string]bool, nc)
	for len(g.companies) < nc {
		region := g.region()
		w1 := pick(g.rng, genCompanyWords)
		name := w1
		if g.rng.IntN(2) == 0 {
			name += " " + pick(g.rng, genCompanyWords)
		}
		name += " " + pick(g.rng, genIndustries)
		if seen[name] {
			name += " " + strconv.Itoa(len(g.companies)%97)
		}
		seen[name] = true
		domain := strings.ReplaceAll(NormalizeName(name), " ", "") + genTLD[region]
		if lf := pick(g.rng, genLegalForms[region]); lf != "" {
			name += " " + lf
		}
		g.companies = append(g.companies, genCompany{name: name, domain: domain, region: region, postcode: g.digits(5)})
	}
	return g
}

func pick[T any](rng *rand.Rand, list []T) T { return list[rng.IntN(len(list))] }

// skewed picks an index in [0, n) with small indexes more likely: index 0
// has probability n^(-2/3) (3.5% of 150 first names, about the share of the
// most common given name in the US).
func (g *generator) skewed(n int) int {
	u := g.rng.Float64()
	return int(float64(n) * u * math.Sqrt(u))
}

func (g *generator) region() string {
	switch x := g.rng.IntN(20); {
	case x < 8:
		return "US"
	case x < 12:
		return "DE"
	case x < 15:
		return "GB"
	case x < 17:
		return "FR"
	case x < 18:
		return "NL"
	case x < 19:
		return "ES"
	}
	return "IT"
}

func (g *generator) digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.rng.IntN(10))
	}
	return string(b)
}

// lastName is a real family name a quarter of the time, else one made of
// syllables (about 20,000 possible), so that namesakes are about as common
// as in real address books (a sum of squared name shares near 0.0004).
func (g *generator) lastName() string {
	if g.rng.IntN(4) == 0 {
		return pick(g.rng, genLastNames)
	}
	return pick(g.rng, genOnsets) + pick(g.rng, genMiddles) + pick(g.rng, genEndings)
}

// next returns the next record, or ok=false after the base people and
// their duplicates are all out.
func (g *generator) next() (genRecord, bool) {
	for len(g.queue) == 0 {
		if g.people >= g.maxPeople {
			return genRecord{}, false
		}
		g.makePerson()
	}
	r := g.queue[0]
	g.queue = g.queue[1:]
	return r, true
}

// all returns every record of the data set.
func (g *generator) all() []genRecord {
	var out []genRecord
	for r, ok := g.next(); ok; r, ok = g.next() {
		out = append(out, r)
	}
	return out
}

// makePerson queues one base person, maybe its duplicates and maybe a hard
// negative.
func (g *generator) makePerson() {
	g.people++
	g.entities++
	id := "p" + strconv.Itoa(g.people)
	first := genFirstNames[g.skewed(len(genFirstNames))]
	last := g.lastName()
	var co *genCompany
	region := g.region()
	if g.rng.IntN(100) < 85 {
		co = &g.companies[g.skewed(len(g.companies))]
		region = co.region
	}
	base := Record{ID: id, First: first, Last: last}
	if co != nil {
		base.Company = co.name
		base.Postcode = co.postcode
	} else {
		base.Postcode = g.digits(5)
	}
	phone := ""
	if g.rng.IntN(100) < 90 {
		base.Emails = []string{g.email(first, last, co, region)}
	}
	if g.rng.IntN(100) < 80 {
		phone = g.phone(region)
		base.Phones = []string{g.formatPhone(phone, region)}
		if g.rng.IntN(100) < 20 {
			base.Phones = append(base.Phones, g.formatPhone(g.phone(region), region))
		}
	}
	entity := g.entities
	g.queue = append(g.queue, genRecord{base, entity})

	if g.rng.IntN(100) < 12 {
		n := 1
		if g.rng.IntN(4) == 0 {
			n = 2
		}
		for k := 0; k < n; k++ {
			d := g.duplicate(base, co, region, phone)
			d.ID = id + "d" + strconv.Itoa(k+1)
			g.queue = append(g.queue, genRecord{d, entity})
		}
	}
	if x := g.rng.IntN(100); x < 7 && (co != nil || phone != "") {
		g.entities++
		h := g.hardNegative(base, co, region, phone, x)
		h.ID = id + "h"
		g.queue = append(g.queue, genRecord{h, g.entities})
	}
}

func (g *generator) email(first, last string, co *genCompany, region string) string {
	local := strings.ReplaceAll(NormalizeName(first), " ", "") + "." + strings.ReplaceAll(NormalizeName(last), " ", "")
	domain := ""
	if co != nil {
		domain = co.domain
	} else {
		domain = pick(g.rng, genFreeMail[region])
	}
	e := local + "@" + domain
	if g.emails != nil {
		for n := 2; g.emails[NormalizeEmail(e)]; n++ {
			e = local + strconv.Itoa(n) + "@" + domain
		}
		g.emails[NormalizeEmail(e)] = true
	}
	return e
}

// phone returns a national significant number for region.
func (g *generator) phone(region string) string {
	switch region {
	case "US":
		return strconv.Itoa(2+g.rng.IntN(8)) + g.digits(2) + strconv.Itoa(2+g.rng.IntN(8)) + g.digits(6)
	case "DE":
		if g.rng.IntN(2) == 0 {
			return "17" + g.digits(8)
		}
		return pick(g.rng, []string{"30", "40", "89", "221", "69"}) + g.digits(7)
	case "GB":
		if g.rng.IntN(2) == 0 {
			return "7700" + g.digits(6)
		}
		return "20" + g.digits(8)
	case "FR":
		return strconv.Itoa(1+g.rng.IntN(7)) + g.digits(8)
	case "NL":
		if g.rng.IntN(2) == 0 {
			return "6" + g.digits(8)
		}
		return pick(g.rng, []string{"20", "10"}) + g.digits(7)
	case "ES":
		return pick(g.rng, []string{"6", "9"}) + g.digits(8)
	}
	return pick(g.rng, []string{"06", "02", "333"}) + g.digits(7)
}

var genCC = map[string]string{"US": "1", "DE": "49", "GB": "44", "FR": "33", "NL": "31", "ES": "34", "IT": "39"}

// formatPhone writes nsn the way someone in the region might: US numbers in
// any national or international style, others always with a country code
// (the rules' region is US), in several styles.
func (g *generator) formatPhone(nsn, region string) string {
	cc := genCC[region]
	if region == "US" {
		a, b, c := nsn[:3], nsn[3:6], nsn[6:]
		switch g.rng.IntN(6) {
		case 0:
			return "(" + a + ") " + b + "-" + c
		case 1:
			return a + "-" + b + "-" + c
		case 2:
			return a + "." + b + "." + c
		case 3:
			return "+1 " + a + " " + b + " " + c
		case 4:
			return "1-" + a + "-" + b + "-" + c
		}
		return nsn
	}
	split := min(3, len(nsn)-4)
	a, b := nsn[:split], nsn[split:]
	trunk := "0"
	if region == "IT" || region == "ES" {
		trunk = ""
	}
	switch g.rng.IntN(4) {
	case 0:
		return "+" + cc + " " + a + " " + b
	case 1:
		return "00" + cc + " " + a + " " + b
	case 2:
		if trunk != "" {
			return "+" + cc + " (" + trunk + ")" + a + " " + b
		}
		return "+" + cc + a + b
	}
	return "+" + cc + "-" + a + "-" + b
}
