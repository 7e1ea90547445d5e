package dedup

// Record is what matching needs of a person (contact, lead) or a company,
// with fields in their stored form; this package normalizes them.
//
// A record is a company when First and Last are empty and Name is set, and
// a person otherwise. A full name in First with an empty Last ("John
// Smith", "Smith, John") is split.
type Record struct {
	ID       string   `json:"id"`       // unique within one Scan or Index; "" only for an unsaved record
	First    string   `json:"first"`    // person's first name ("" for companies)
	Last     string   `json:"last"`     // person's last name ("" for companies)
	Name     string   `json:"name"`     // company name (companies)
	Company  string   `json:"company"`  // company name or id a person belongs to ("" if none)
	Emails   []string `json:"emails"`   // any form NormalizeEmail reads
	Phones   []string `json:"phones"`   // any form NormalizePhone reads
	Domain   string   `json:"domain"`   // web domain or URL; "" for people means: from the first email, unless free mail
	Postcode string   `json:"postcode"` // optional
}

// Match says that B is a duplicate of A.
type Match struct {
	A      string  `json:"a"`
	B      string  `json:"b"`
	Score  float64 `json:"score"`  // 1 for exact keys, the name Similarity for fuzzy matches
	Reason string  `json:"reason"` // "email", "phone", "domain", or "name:<block>" (e.g. "name:company")
}

// Group is a set of records that are duplicates of each other directly or
// through a chain of matches (a connected component of the match graph).
type Group struct {
	IDs     []string `json:"ids"`     // sorted
	Pairs   []Match  `json:"pairs"`   // the matches inside the group, A < B, sorted by A then B; the first MaxPairs
	Matches int      `json:"matches"` // how many matches the group has (Pairs may hold fewer)
	Best    Match    `json:"best"`    // the highest-scoring match, the first in Pairs' order among equals
}

// Reasons, by priority: when two records match for several reasons, the
// first one in this order is reported.
const (
	reasonEmail uint8 = iota
	reasonPhone
	reasonDomain
	reasonNameCompany
	reasonNameDomain
	reasonNamePostcode
	reasonNamePhonetic
)

var reasonNames = [...]string{"email", "phone", "domain", "name:company", "name:domain", "name:postcode", "name:phonetic"}

// fuzzyReason is the reason for a fuzzy match between records sharing the
// blocks in mask: the most telling block, in the order company, domain,
// postcode, phonetic.
func fuzzyReason(mask uint8) uint8 {
	switch {
	case mask&(1<<kindCompany) != 0:
		return reasonNameCompany
	case mask&(1<<kindDomain) != 0:
		return reasonNameDomain
	case mask&(1<<kindPostcode) != 0:
		return reasonNamePostcode
	}
	return reasonNamePhonetic
}
