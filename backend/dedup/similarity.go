package dedup

// Weights and partial scores of person-name similarity. The last name
// weighs more because first names repeat far more often than last names.
const (
	weightLast    = 0.6
	weightFirst   = 0.4
	scoreMissing  = 0.5  // one side has no such name: no evidence either way
	scoreInitial  = 0.9  // "J." against "John"
	scoreNickname = 0.95 // "Bob" against "Robert"
	scoreOneEdit  = 0.93 // "Meyer" against "Meier"
	// scoreNotTypo caps names further apart than a typo: with an equal last
	// name, 0.6 + 0.4·0.7 = 0.88 stays under the default threshold, so two
	// people who only share a last name do not match.
	scoreNotTypo = 0.7

	// firstConflict is the first-name similarity under which two people are
	// clearly different even when they share an email or a phone.
	firstConflict = 0.8
	// sameCompanyJW is the company-name similarity above which two spellings
	// of a name with letters of other scripts are one company (a typo).
	sameCompanyJW = 0.92
)

// Similarity returns how alike the names of a and b are, in [0, 1]; it
// ignores emails, phones and blocks.
//
// People: the better of (first, last) against (first, last) and against
// the swapped (last, first), with the last name weighing 0.6 and the first
// 0.4 (swapped: equal weights). Name parts are compared after
// NormalizeName: equal 1, an initial ("J.") against a name with that
// letter 0.9, nicknames ("Bob", "Robert") 0.95, a part missing on one side
// 0.5, otherwise JaroWinkler corrected by the edit distance: one edit (a
// typo) at least 0.93, two edits (three in names of twelve letters or more)
// as JaroWinkler says, but only when the first letters agree, and
// anything further apart at most 0.7.
// Companies: the better of JaroWinkler over the NormalizeCompany names and a
// word-order-insensitive comparison (each word against its best partner).
// A person against a company is 0.
func Similarity(a, b Record) float64 {
	p := newPreparer(compile(Rules{}), seed0, false)
	pa, pb := p.prepare(&a), p.prepare(&b)
	if pa.isCompany != pb.isCompany {
		return 0
	}
	if pa.isCompany {
		return companySimilarity(pa.name, pb.name)
	}
	s, _ := personSimilarity(&pa.names, &pb.names, 0)
	return s
}

// personSimilarity scores two people. With need > 0 it may give up early
// and return any score below need once need is out of reach (the hot path
// of a scan); with need 0 the score is exact. It also reports whether the
// first names are close: similar (≥ firstConflict), missing, or one edit
// apart; in the swapped orientation either record may be the swapped one,
// so both cross pairs must be close.
func personSimilarity(a, b *names, need float64) (score float64, firstClose bool) {
	direct := -1.0
	df := 0.0
	dl := nameSim(a.last, b.last, a.lastMask, b.lastMask, 0, 0, (need-weightFirst)/weightLast)
	if weightLast*dl+weightFirst >= need {
		df = nameSim(a.first, b.first, a.firstMask, b.firstMask, a.nick, b.nick, (need-weightLast*dl)/weightFirst)
		direct = weightLast*dl + weightFirst*df
	}
	if a.first == "" || b.first == "" {
		return max(direct, 0), true
	}
	if direct >= 0.999 {
		return direct, true
	}
	// Swapped, neither side is known to be the last name: equal weights,
	// which also keeps the score symmetric.
	floor := max(2*need-1, 2*direct-1)
	if sl := nameSim(a.last, b.first, a.lastMask, b.firstMask, 0, 0, floor); (sl+1)/2 > max(direct, 0) && (sl+1)/2 >= need {
		sf := nameSim(a.first, b.last, a.firstMask, b.lastMask, 0, 0, max(floor, 2*need-sl))
		if swapped := (sl + sf) / 2; swapped > direct {
			return swapped, alike(sf, a.first, b.last) && alike(sl, a.last, b.first)
		}
	}
	if direct < 0 {
		return 0, false
	}
	return direct, alike(df, a.first, b.first)
}

// alike reports whether two name parts with similarity s are alike enough
// not to be two different people: similar, missing, or one typo apart
// ("Ue" for "Uwe", which Jaro–Winkler rates 0.61).
func alike(s float64, x, y string) bool {
	return s >= firstConflict || x == "" || y == "" || osaDistance(x, y, 1) == 1
}

// nameSim compares two folded name parts; mx and my are their letter
// masks, na and nb their nickname groups. A result below floor may be any
// value below floor (see typoSim).
func nameSim(x, y string, mx, my uint32, na, nb uint64, floor float64) float64 {
	switch {
	case mx == my && x == y: // different masks: different strings, unread
		return 1
	case x == "" || y == "":
		return scoreMissing
	case len(x) == 1 || len(y) == 1:
		if x[0] == y[0] {
			return scoreInitial
		}
		return 0
	case na&nb != 0:
		return scoreNickname
	}
	return typoSim(x, y, mx, my, floor)
}

// typoSim is JaroWinkler corrected by the edit distance, because Jaro–
// Winkler alone rates different names with a long common prefix
// ("Vasardley", "Vasardani": 0.87) above real typos of short names
// ("Meyer", "Meier": 0.89). One edit (a typo) scores at least scoreOneEdit
// in names of four or more letters; two edits keep the Jaro–Winkler score
// in names of five or more letters whose first letters agree (people
// rarely mistype the first letter), three in names of twelve or more;
// anything further apart is capped at scoreNotTypo. When that cap is below
// floor such a pair returns 0 at once: most pairs in a block are settled by
// their letter masks, without edit distance or Jaro–Winkler.
func typoSim(x, y string, mx, my uint32, floor float64) float64 {
	l := max(len(x), len(y))
	maxEdits := 1 // the most edits that still count as a typo
	if sameInitial(mx, my) || (mx|my)&maskOther != 0 && x[0] == y[0] {
		switch {
		case l >= 12:
			maxEdits = 3
		case l >= 5:
			maxEdits = 2
		}
	}
	cut := floor > scoreNotTypo
	if cut && !lettersAllow(mx, my, maxEdits) {
		return 0
	}
	d := -1
	switch {
	case (mx|my)&maskOther == 0 && len(x) <= maxOSA && len(y) <= maxOSA:
		d = osaASCII(x, y, maxEdits)
	default:
		d = osaDistance(x, y, maxEdits)
	}
	if d < 0 {
		return JaroWinkler(x, y)
	}
	if d > maxEdits {
		if cut {
			return 0
		}
		return min(JaroWinkler(x, y), scoreNotTypo)
	}
	jw := JaroWinkler(x, y)
	if d == 1 && l >= 4 {
		return max(jw, scoreOneEdit)
	}
	return jw
}

// companySimilarity compares two NormalizeCompany names.
func companySimilarity(x, y string) float64 {
	if x == y {
		return 1
	}
	if x == "" || y == "" {
		return 0
	}
	s := JaroWinkler(x, y)
	if hasSpace(x) || hasSpace(y) {
		me := min(mongeElkan(x, y), mongeElkan(y, x))
		s = max(s, me)
	}
	return s
}

// mongeElkan is the mean over the words of x of the best JaroWinkler
// against a word of y: word order does not matter.
func mongeElkan(x, y string) float64 {
	sum, n := 0.0, 0
	for wx, rx := cutWord(x); wx != ""; wx, rx = cutWord(rx) {
		best := 0.0
		for wy, ry := cutWord(y); wy != ""; wy, ry = cutWord(ry) {
			best = max(best, JaroWinkler(wx, wy))
		}
		sum += best
		n++
	}
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

func cutWord(s string) (word, rest string) {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return s[:i], s[i+1:]
		}
	}
	return s, ""
}

func hasSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return true
		}
	}
	return false
}

// typoEdits is how many edits sameCompany allows between x and y.
func typoEdits(x, y string) int {
	if max(len(x), len(y)) > 8 {
		return 2
	}
	return 1
}

// lengthsApart reports whether x and y differ in length by more than
// typoEdits: then sameCompany is false whatever they hold.
func lengthsApart(x, y string) bool {
	k := typoEdits(x, y)
	d := len(x) - len(y)
	return d > k || -d > k
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// sameCompany reports whether two normalized company names (or ids) are one
// company: equal, or, for names without digits, a typo apart (one edit in
// names of up to eight letters, two in longer ones).
func sameCompany(x, y string) bool {
	if x == y {
		return true
	}
	if lengthsApart(x, y) || hasDigit(x) || hasDigit(y) {
		return false
	}
	k := typoEdits(x, y)
	d := osaDistance(x, y, k)
	if d < 0 {
		return JaroWinkler(x, y) >= sameCompanyJW
	}
	return d <= k
}
