package dedup

import "testing"

// TestCompanyMemoAgreesWithSameCompany asks a memo about every pair of a
// list of company names twice (the second time from its slots) and checks
// every answer against sameCompany, with and without interned numbers.
func TestCompanyMemoAgreesWithSameCompany(t *testing.T) {
	names := []string{"acme", "acme inc", "acmee", "acme systems", "acme logistics", "globex", "globx", "initech",
		"müller gmbh", "muller gmbh", "2nd street bakery", "3rd street bakery", "blue summit", "blue sumit"}
	// Many more numbers than slots' worth would collide: spread them out.
	preps := make([]prep, len(names))
	for i, n := range names {
		preps[i] = prep{company: n, cid: uint32(i*7919 + 1)}
	}
	var memo companyMemo
	for pass := range 2 {
		for i := range preps {
			for j := range preps {
				want := sameCompany(names[i], names[j])
				if got := memo.same(&preps[i], &preps[j]); got != want {
					t.Errorf("pass %d: same(%q, %q) = %v, want %v", pass, names[i], names[j], got, want)
				}
			}
		}
	}
	var none *companyMemo
	a, b := prep{company: "acme"}, prep{company: "acmee"}
	if !none.same(&a, &b) || memo.same(&a, &prep{company: "globex"}) {
		t.Error("records without interned numbers must be compared directly")
	}
}
