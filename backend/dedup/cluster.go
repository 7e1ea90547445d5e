package dedup

import (
	"cmp"
	"slices"
)

// groups turns matches into the connected components Scan returns.
func (s *scanner) groups(matches []pairMatch) []Group {
	if len(matches) == 0 {
		return nil
	}
	slices.SortFunc(matches, func(x, y pairMatch) int {
		if c := cmp.Compare(x.a, y.a); c != 0 {
			return c
		}
		if c := cmp.Compare(x.b, y.b); c != 0 {
			return c
		}
		return cmp.Compare(x.reason, y.reason)
	})
	matches = slices.CompactFunc(matches, func(x, y pairMatch) bool { return x.a == y.a && x.b == y.b })

	parent := make([]int32, len(s.ids))
	for i := range parent {
		parent[i] = int32(i)
	}
	find := func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]] // path halving
			x = parent[x]
		}
		return x
	}
	for _, m := range matches {
		ra, rb := find(m.a), find(m.b)
		if ra > rb {
			ra, rb = rb, ra
		}
		parent[rb] = ra
	}
	group := make(map[int32]int, len(matches)) // root → index in out
	var out []Group
	groupOf := func(x int32) *Group {
		r := find(x)
		g, ok := group[r]
		if !ok {
			g = len(out)
			group[r] = g
			out = append(out, Group{})
		}
		return &out[g]
	}
	seen := make(map[int32]bool, 2*len(matches))
	for _, m := range matches {
		for _, x := range [2]int32{m.a, m.b} {
			if !seen[x] {
				seen[x] = true
				g := groupOf(x)
				g.IDs = append(g.IDs, s.ids[x])
			}
		}
	}
	for _, m := range matches {
		a, b := s.ids[m.a], s.ids[m.b]
		if b < a {
			a, b = b, a
		}
		g := groupOf(m.a)
		g.Pairs = append(g.Pairs, Match{A: a, B: b, Score: round(float64(m.score)), Reason: reasonNames[m.reason]})
	}
	for i := range out {
		slices.Sort(out[i].IDs)
		slices.SortFunc(out[i].Pairs, func(x, y Match) int {
			if c := cmp.Compare(x.A, y.A); c != 0 {
				return c
			}
			return cmp.Compare(x.B, y.B)
		})
	}
	slices.SortFunc(out, func(x, y Group) int { return cmp.Compare(x.IDs[0], y.IDs[0]) })
	return out
}
