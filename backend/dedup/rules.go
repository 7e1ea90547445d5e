package dedup

import (
	"fmt"
	"slices"
	"strings"

	"fieldvault/backend/apperr"
)

// Threshold limits and the default. The default was chosen on the labelled
// test set (quality_test.go): at 0.90 pair precision and recall are both
// above 0.95.
const (
	DefaultThreshold = 0.90
	MinThreshold     = 0.80
	MaxThreshold     = 0.99
)

// Block names for Rules.Block.
const (
	BlockCompany  = "company"  // same company (people), same normalized name (companies)
	BlockDomain   = "domain"   // same web domain (companies) or work email domain (people)
	BlockPostcode = "postcode" // same normalized postcode
	BlockPhonetic = "phonetic" // same phonetic codes of first and last name (either order), or same last name and first initial
)

// defaultBlocks are the blocks used when Rules.Block is empty: company,
// domain, phonetic.
var defaultBlocks = []string{BlockCompany, BlockDomain, BlockPhonetic}

// DefaultRegion is used for phone numbers without an international prefix
// when Rules.DefaultRegion is empty. "US" is a neutral guess; an
// administrator of a European workspace should set it.
const DefaultRegion = "US"

// Rules say what makes two records of one entity duplicates. An
// administrator configures them per entity; they travel as JSON.
//
// Zero values mean defaults so that a missing JSON field is harmless:
// Threshold 0 is DefaultThreshold, an empty Block is company, domain and
// phonetic, an empty DefaultRegion is DefaultRegion.
type Rules struct {
	Email         bool     `json:"email"`         // a shared normalized email is a duplicate
	Phone         bool     `json:"phone"`         // a shared E.164 phone is a duplicate
	Domain        bool     `json:"domain"`        // companies: a shared web domain is a duplicate
	Fuzzy         bool     `json:"fuzzy"`         // similar names within a block are duplicates
	Threshold     float64  `json:"threshold"`     // Similarity needed for a fuzzy match, MinThreshold..MaxThreshold
	Block         []string `json:"block"`         // blocks fuzzy matching looks in: Block* names
	DefaultRegion string   `json:"defaultRegion"` // ISO country for national phone numbers, one of Regions
}

// DefaultRules returns the rules a new workspace starts with for entity
// ("contacts", "leads", "companies"). Every entity matches on email, phone
// and fuzzy names in the company, domain and phonetic blocks at
// DefaultThreshold; companies also
// match on web domain. An unknown entity gets the people rules.
func DefaultRules(entity string) Rules {
	r := Rules{
		Email:         true,
		Phone:         true,
		Fuzzy:         true,
		Threshold:     DefaultThreshold,
		Block:         slices.Clone(defaultBlocks),
		DefaultRegion: DefaultRegion,
	}
	if entity == "companies" {
		r.Domain = true
	}
	return r
}

// Validate returns nil, or an *apperr.Error with CodeInvalid whose Fields
// name each bad setting ("threshold", "block", "defaultRegion").
func (r Rules) Validate() error {
	fields := map[string]string{}
	if r.Threshold != 0 && !(r.Threshold >= MinThreshold && r.Threshold <= MaxThreshold) {
		fields["threshold"] = fmt.Sprintf("must be between %.2f and %.2f", MinThreshold, MaxThreshold)
	}
	seen := map[string]bool{}
	for _, b := range r.Block {
		if _, ok := blockKinds[b]; !ok {
			fields["block"] = fmt.Sprintf("unknown block %q (use %s)", b, strings.Join(allBlocks, ", "))
			break
		}
		if seen[b] {
			fields["block"] = fmt.Sprintf("block %q is listed twice", b)
			break
		}
		seen[b] = true
	}
	if r.DefaultRegion != "" && !slices.Contains(regionCodes, r.DefaultRegion) {
		fields["defaultRegion"] = fmt.Sprintf("unsupported region %q (use %s)", r.DefaultRegion, strings.Join(regionCodes, ", "))
	}
	if len(fields) > 0 {
		return apperr.Invalid("invalid duplicate rules", fields)
	}
	return nil
}

var allBlocks = []string{BlockCompany, BlockDomain, BlockPostcode, BlockPhonetic}

// Key kinds: the index of a key's kind, its prefix in Keys, and the bit in
// a shared-keys mask. The order is the priority of the match reasons.
const (
	kindEmail uint8 = iota
	kindPhone
	kindDomain // exact for companies under Rules.Domain, a block otherwise
	kindCompany
	kindPostcode
	kindPhonetic
	numKinds
)

var kindPrefix = [numKinds]string{"e:", "p:", "d:", "c:", "z:", "n:"}

var blockKinds = map[string]uint8{
	BlockCompany:  kindCompany,
	BlockDomain:   kindDomain,
	BlockPostcode: kindPostcode,
	BlockPhonetic: kindPhonetic,
}

// matcher is a Rules with defaults applied and block names resolved.
type matcher struct {
	r         Rules
	threshold float64
	region    string
	blocks    uint8 // bit per kind that is a fuzzy block
}

// compile applies defaults; it does not validate (callers that take Rules
// from outside call Validate first).
func compile(r Rules) *matcher {
	m := &matcher{r: r, threshold: r.Threshold, region: strings.ToUpper(r.DefaultRegion)}
	if m.threshold == 0 {
		m.threshold = DefaultThreshold
	}
	if m.region == "" {
		m.region = DefaultRegion
	}
	blocks := r.Block
	if len(blocks) == 0 {
		blocks = defaultBlocks
	}
	if r.Fuzzy {
		for _, b := range blocks {
			if k, ok := blockKinds[b]; ok {
				m.blocks |= 1 << k
			}
		}
	}
	return m
}
