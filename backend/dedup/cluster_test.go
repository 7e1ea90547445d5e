package dedup

import (
	"fmt"
	"slices"
	"testing"
)

// TestGroupsCapsPairs builds the groups of synthetic matches directly: a
// chain too large to list, found twice by two workers, and a small group.
func TestGroupsCapsPairs(t *testing.T) {
	const big = 200 // 19,900 pairs: more than MaxPairs
	s := &scanner{}
	for i := range big + 2 {
		s.ids = append(s.ids, fmt.Sprintf("r%04d", big+2-i)) // IDs sort against index order
	}
	var w1, w2 []pairMatch
	for a := range int32(big) {
		for b := a + 1; b < big; b++ {
			m := pairMatch{a: a, b: b, score: 0.95, reason: reasonNamePhonetic}
			w1 = append(w1, m)
			if a%2 == 0 {
				m.reason = reasonNameCompany // the same pair found in another block
				w2 = append(w2, m)
			}
		}
	}
	w2 = append(w2, pairMatch{a: 7, b: 150, score: 1, reason: reasonEmail}, pairMatch{a: big, b: big + 1, score: 0.97, reason: reasonNameCompany})
	groups := s.groups([][]pairMatch{w1, w2})
	if len(groups) != 2 {
		t.Fatalf("%d groups", len(groups))
	}
	small, chain := groups[0], groups[1]
	if !slices.Equal(small.IDs, []string{"r0001", "r0002"}) || small.Matches != 1 || small.Best.Reason != "name:company" {
		t.Errorf("small group %+v", small)
	}
	if len(chain.IDs) != big || !slices.IsSorted(chain.IDs) {
		t.Errorf("chain has %d IDs", len(chain.IDs))
	}
	if chain.Matches != big*(big-1)/2 || len(chain.Pairs) != MaxPairs {
		t.Errorf("chain lists %d of %d matches", len(chain.Pairs), chain.Matches)
	}
	if !slices.IsSortedFunc(chain.Pairs, func(x, y Match) int {
		if x.A != y.A {
			return cmpString(x.A, y.A)
		}
		return cmpString(x.B, y.B)
	}) {
		t.Error("pairs not sorted by A then B")
	}
	if chain.Best.Score != 1 || chain.Best.Reason != "email" || chain.Best.A >= chain.Best.B {
		t.Errorf("best %+v", chain.Best)
	}
	index := map[string]int{}
	for i, id := range s.ids {
		index[id] = i
	}
	for _, m := range chain.Pairs {
		lo := min(index[m.A], index[m.B])
		want := "name:phonetic" // one reason per pair: the first in reasonNames' order
		switch {
		case lo == 7 && max(index[m.A], index[m.B]) == 150:
			want = "email"
		case lo%2 == 0:
			want = "name:company"
		}
		if m.Reason != want || m.A >= m.B {
			t.Errorf("pair %+v, want reason %s", m, want)
		}
	}
	if s.groups(nil) != nil || s.groups([][]pairMatch{{}, nil}) != nil {
		t.Error("no matches must give no groups")
	}
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
