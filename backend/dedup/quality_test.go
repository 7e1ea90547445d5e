package dedup

import (
	"context"
	"os"
	"testing"
)

// pairKey is an unordered pair of record IDs.
type pairKey struct{ a, b string }

func newPair(a, b string) pairKey {
	if b < a {
		a, b = b, a
	}
	return pairKey{a, b}
}

// streamOf returns a Scan source over recs.
func streamOf(recs []genRecord) func() (Record, bool, error) {
	i := 0
	return func() (Record, bool, error) {
		if i == len(recs) {
			return Record{}, false, nil
		}
		i++
		return recs[i-1].rec, true, nil
	}
}

type quality struct {
	truth, predicted, tp int
}

func (q quality) precision() float64 { return ratio(q.tp, q.predicted) }
func (q quality) recall() float64    { return ratio(q.tp, q.truth) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// TestQualityOnLabelledData measures pair precision and recall of Scan at
// the default rules on the generated data set described in gen_test.go:
// 20,000 base people with about 3,000 duplicates and about 1,300 hard
// negatives. Predicted pairs are all pairs inside a returned group (what
// the "find duplicates" job shows); direct pairs are the matches
// themselves.
func TestQualityOnLabelledData(t *testing.T) {
	grouped, direct := measureQuality(t, 42, 20000, 5)
	if grouped.precision() < 0.95 || grouped.recall() < 0.95 {
		t.Errorf("grouped precision %.4f, recall %.4f: want both ≥ 0.95", grouped.precision(), grouped.recall())
	}
	if direct.precision() < 0.95 {
		t.Errorf("direct precision %.4f: want ≥ 0.95", direct.precision())
	}
}

// TestQualityAtScale measures the same on a million records, where big
// companies and common names make blocks that are sub-blocked. It takes a
// minute and a few gigabytes, so it only runs with DEDUP_SCALE=1.
func TestQualityAtScale(t *testing.T) {
	if os.Getenv("DEDUP_SCALE") == "" {
		t.Skip("set DEDUP_SCALE=1 to measure quality on a million records")
	}
	measureQuality(t, 42, 820_000, 0)
}

// measureQuality scans the labelled data set of people base people and
// logs the numbers, with up to examples false positives and misses.
func measureQuality(t *testing.T, seed uint64, people, examples int) (grouped, direct quality) {
	t.Helper()
	recs := newGenerator(seed, people, true).all()
	entity := make(map[string]int, len(recs))
	members := map[int][]string{}
	var dups, hard int
	for _, r := range recs {
		entity[r.rec.ID] = r.entity
		switch {
		case len(members[r.entity]) > 0:
			dups++
		case r.rec.ID[len(r.rec.ID)-1] == 'h':
			hard++
		}
		members[r.entity] = append(members[r.entity], r.rec.ID)
	}
	truth := 0
	for _, ids := range members {
		truth += len(ids) * (len(ids) - 1) / 2
	}

	groups, err := Scan(context.Background(), DefaultRules("contacts"), streamOf(recs), len(recs), nil)
	if err != nil {
		t.Fatal(err)
	}
	grouped, direct = quality{truth: truth}, quality{truth: truth}
	reasons := map[string]int{}
	var fps, fns []string
	found := map[pairKey]bool{}
	for _, g := range groups {
		for i, a := range g.IDs {
			for _, b := range g.IDs[i+1:] {
				grouped.predicted++
				found[newPair(a, b)] = true
				if entity[a] == entity[b] {
					grouped.tp++
				}
			}
		}
		for _, m := range g.Pairs {
			direct.predicted++
			reasons[m.Reason]++
			if entity[m.A] == entity[m.B] {
				direct.tp++
			} else if len(fps) < examples {
				fps = append(fps, describe(recs, m.A)+"  ~  "+describe(recs, m.B)+"  "+m.Reason)
			}
		}
	}
	for _, ids := range members {
		for i, a := range ids {
			for _, b := range ids[i+1:] {
				if !found[newPair(a, b)] && len(fns) < examples {
					fns = append(fns, describe(recs, a)+"  ~  "+describe(recs, b))
				}
			}
		}
	}
	t.Logf("data: %d records, %d duplicates, %d hard negatives, %d true pairs", len(recs), dups, hard, truth)
	t.Logf("grouped pairs: predicted %d, correct %d: precision %.4f recall %.4f", grouped.predicted, grouped.tp, grouped.precision(), grouped.recall())
	t.Logf("direct matches: predicted %d, correct %d: precision %.4f recall %.4f", direct.predicted, direct.tp, direct.precision(), direct.recall())
	t.Logf("match reasons: %v", reasons)
	for _, s := range fps {
		t.Logf("false positive: %s", s)
	}
	for _, s := range fns {
		t.Logf("missed: %s", s)
	}
	return grouped, direct
}

func describe(recs []genRecord, id string) string {
	for _, r := range recs {
		if r.rec.ID == id {
			x := r.rec
			return x.ID + " [" + x.First + " | " + x.Last + " | " + x.Company + " | " + join(x.Emails) + " | " + join(x.Phones) + "]"
		}
	}
	return id
}

func join(s []string) string {
	out := ""
	for i, x := range s {
		if i > 0 {
			out += ","
		}
		out += x
	}
	return out
}
