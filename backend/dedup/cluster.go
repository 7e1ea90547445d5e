package dedup

import (
	"cmp"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// MaxPairs is how many of its matches a Group lists at most; its Best and
// Matches describe all of them. Common names in a big CRM chain thousands
// of records into one group with hundreds of thousands of matches, which
// nobody reads one by one.
const MaxPairs = 10_000

// groups turns the workers' matches into the connected components Scan
// returns. It unions as it goes (no global sort: a million records can
// match in millions of pairs), then buckets the matches by component and
// finishes the components on every CPU. results is consumed.
func (s *scanner) groups(results [][]pairMatch) []Group {
	n := len(s.ids)
	parent := make([]int32, n)
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
	total := 0
	for _, ms := range results {
		total += len(ms)
		for _, m := range ms {
			ra, rb := find(m.a), find(m.b)
			if ra != rb {
				parent[max(ra, rb)] = min(ra, rb)
			}
		}
	}
	if total == 0 {
		return nil
	}
	// Number the components by root, count their matches and place the
	// matches side by side, one component after the other.
	comp := make([]int32, n) // root → component number + 1
	var starts []int
	for _, ms := range results {
		for _, m := range ms {
			r := find(m.a)
			if comp[r] == 0 {
				starts = append(starts, 0)
				comp[r] = int32(len(starts))
			}
			starts[comp[r]-1]++
		}
	}
	sum := 0
	for i, c := range starts {
		starts[i] = sum
		sum += c
	}
	starts = append(starts, sum)
	flat := make([]pairMatch, total)
	next := slices.Clone(starts[:len(starts)-1])
	for w, ms := range results {
		for _, m := range ms {
			c := comp[find(m.a)] - 1
			flat[next[c]] = m
			next[c]++
		}
		results[w] = nil // let the worker's slice go as soon as it is placed
	}
	comp, parent = nil, nil

	out := make([]Group, len(starts)-1)
	rank := make([]int32, n) // a record's place in its group's sorted IDs; each record is in one group
	var (
		nextGroup atomic.Int64
		wg        sync.WaitGroup
	)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var members []int32
			for {
				g := int(nextGroup.Add(1) - 1)
				if g >= len(out) {
					return
				}
				members = s.finish(&out[g], flat[starts[g]:starts[g+1]], members[:0], rank)
			}
		}()
	}
	wg.Wait()
	slices.SortFunc(out, func(x, y Group) int { return cmp.Compare(x.IDs[0], y.IDs[0]) })
	return out
}

// finish fills g from the matches of one component: its IDs, its distinct
// matches (one per pair, by the reason that comes first) sorted by A then B
// and capped at MaxPairs, their number and the best. ms is reordered and
// rewritten (its indexes become ranks in g.IDs); members is scratch space,
// returned for reuse; rank is written for the component's records only.
func (s *scanner) finish(g *Group, ms []pairMatch, members, rank []int32) []int32 {
	for _, m := range ms {
		members = append(members, m.a, m.b)
	}
	slices.Sort(members)
	members = slices.Compact(members)
	slices.SortFunc(members, func(x, y int32) int { return cmp.Compare(s.ids[x], s.ids[y]) })
	g.IDs = make([]string, len(members))
	for i, x := range members {
		g.IDs[i] = s.ids[x]
		rank[x] = int32(i)
	}
	// With both ends as ranks, sorting by (a, b) sorts by (A, B) as IDs,
	// with integer compares.
	for i := range ms {
		a, b := rank[ms[i].a], rank[ms[i].b]
		ms[i].a, ms[i].b = min(a, b), max(a, b)
	}
	slices.SortFunc(ms, func(x, y pairMatch) int {
		if c := cmp.Compare(x.a, y.a); c != 0 {
			return c
		}
		if c := cmp.Compare(x.b, y.b); c != 0 {
			return c
		}
		return cmp.Compare(x.reason, y.reason)
	})
	ms = slices.CompactFunc(ms, func(x, y pairMatch) bool { return x.a == y.a && x.b == y.b })
	g.Matches = len(ms)
	best := 0
	for i := range ms {
		if ms[i].score > ms[best].score {
			best = i
		}
	}
	g.Best = g.match(&ms[best])
	g.Pairs = make([]Match, min(len(ms), MaxPairs))
	for i := range g.Pairs {
		g.Pairs[i] = g.match(&ms[i])
	}
	return members
}

// match is the Match of one pair whose ends are ranks in g.IDs, a < b.
func (g *Group) match(m *pairMatch) Match {
	return Match{A: g.IDs[m.a], B: g.IDs[m.b], Score: round(float64(m.score)), Reason: reasonNames[m.reason]}
}
