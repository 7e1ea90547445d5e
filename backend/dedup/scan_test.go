package dedup

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"testing"

	"fieldvault/backend/apperr"
)

func records(rs ...Record) func() (Record, bool, error) {
	i := 0
	return func() (Record, bool, error) {
		if i == len(rs) {
			return Record{}, false, nil
		}
		i++
		return rs[i-1], true, nil
	}
}

func TestScanGroups(t *testing.T) {
	groups, err := Scan(context.Background(), DefaultRules("contacts"), records(
		Record{ID: "c6", First: "Maria", Last: "Garcia", Company: "Initech"},
		Record{ID: "c1", First: "John", Last: "Smith", Company: "Acme Inc", Emails: []string{"j.smith@acme.com"}},
		Record{ID: "c2", First: "Jon", Last: "Smith", Company: "ACME", Emails: []string{"J.Smith+crm@acme.com"}},
		Record{ID: "c5", First: "J.", Last: "Smith", Company: "Acme"},
		Record{ID: "c4", First: "Jones", Last: "Peter", Phones: []string{"555.987.6543"}},
		Record{ID: "c3", First: "Peter", Last: "Jones", Phones: []string{"(555) 987-6543"}},
		Record{ID: "c7", First: "Anna", Last: "Jones", Phones: []string{"(555) 987-6543"}},
	), 7, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []Group{
		{IDs: []string{"c1", "c2", "c5"}, Pairs: []Match{
			{A: "c1", B: "c2", Score: 1, Reason: "email"},
			{A: "c1", B: "c5", Score: 0.96, Reason: "name:company"},
			{A: "c2", B: "c5", Score: 0.96, Reason: "name:company"},
		}, Matches: 3, Best: Match{A: "c1", B: "c2", Score: 1, Reason: "email"}},
		{IDs: []string{"c3", "c4"}, Pairs: []Match{{A: "c3", B: "c4", Score: 1, Reason: "phone"}},
			Matches: 1, Best: Match{A: "c3", B: "c4", Score: 1, Reason: "phone"}},
	}
	if len(groups) != len(want) {
		t.Fatalf("groups = %+v", groups)
	}
	for i := range want {
		if !slices.Equal(groups[i].IDs, want[i].IDs) || !slices.Equal(groups[i].Pairs, want[i].Pairs) ||
			groups[i].Matches != want[i].Matches || groups[i].Best != want[i].Best {
			t.Errorf("group %d = %+v\nwant %+v", i, groups[i], want[i])
		}
	}
}

func TestScanErrors(t *testing.T) {
	some := func() func() (Record, bool, error) {
		var rs []Record
		for i := range 20000 {
			rs = append(rs, Record{ID: strconv.Itoa(i), First: "A" + strconv.Itoa(i), Last: "B"})
		}
		return records(rs...)
	}
	boom := errors.New("disk gone")
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name     string
		ctx      context.Context
		rules    Rules
		next     func() (Record, bool, error)
		progress Progress
		check    func(error) bool
	}{
		{"invalid rules", context.Background(), Rules{Threshold: 3}, some(), nil,
			func(err error) bool { return apperr.Is(err, apperr.CodeInvalid) }},
		{"reader fails", context.Background(), DefaultRules("leads"),
			func() (Record, bool, error) { return Record{}, false, boom }, nil,
			func(err error) bool { return errors.Is(err, boom) }},
		{"context cancelled", cancelled, DefaultRules("leads"), some(), nil,
			func(err error) bool { return errors.Is(err, context.Canceled) }},
		{"progress cancels", context.Background(), DefaultRules("leads"), some(),
			func(done, total int) bool { return done < 5000 },
			func(err error) bool { return errors.Is(err, ErrCancelled) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			groups, err := Scan(tt.ctx, tt.rules, tt.next, 20000, tt.progress)
			if !tt.check(err) || groups != nil {
				t.Errorf("Scan = %v, %v", groups, err)
			}
		})
	}
}

func TestScanProgress(t *testing.T) {
	recs := newGenerator(5, 20000, false).all()
	for _, total := range []int{len(recs), 0} {
		var calls [][2]int
		_, err := Scan(context.Background(), DefaultRules("contacts"), streamOf(recs), total,
			func(done, total int) bool { calls = append(calls, [2]int{done, total}); return true })
		if err != nil {
			t.Fatal(err)
		}
		if len(calls) < 2 {
			t.Fatalf("total %d: progress called %d times", total, len(calls))
		}
		last := calls[len(calls)-1]
		if last != [2]int{len(recs), len(recs)} {
			t.Errorf("total %d: last progress %v, want %d of %d", total, last, len(recs), len(recs))
		}
		for i, c := range calls {
			if c[0] > c[1] && c[1] != 0 || i > 0 && c[0] < calls[i-1][0] && calls[i-1][1] == c[1] {
				t.Errorf("total %d: progress %v after %v", total, c, calls[max(i-1, 0)])
			}
		}
	}
}

// TestScanOversizedBlocks puts 3,000 people in one company — a block six
// times MaxBlock — with planted duplicates, and 1,200 people with one name
// in another — a sub-block that needs the sliding window.
func TestScanOversizedBlocks(t *testing.T) {
	g := newGenerator(9, 3000, true)
	var rs []Record
	for i := range 3000 {
		rs = append(rs, Record{ID: "big" + strconv.Itoa(i), First: pick(g.rng, genFirstNames), Last: g.lastName(), Company: "Big Corp"})
	}
	var planted []pairKey
	for i := 0; i < 3000; i += 300 {
		d := rs[i]
		d.ID += "dup"
		d.Last = g.typo(d.Last)
		rs = append(rs, d)
		planted = append(planted, newPair(rs[i].ID, d.ID))
	}
	for i := range 1200 {
		rs = append(rs, Record{ID: "js" + strconv.Itoa(i), First: "John", Last: "Smith", Company: "Same Name Ltd"})
	}
	groups, err := Scan(context.Background(), DefaultRules("contacts"), records(rs...), len(rs), nil)
	if err != nil {
		t.Fatal(err)
	}
	found := map[pairKey]bool{}
	smiths := 0
	for _, g := range groups {
		for _, m := range g.Pairs {
			found[newPair(m.A, m.B)] = true
		}
		if g.IDs[0][:2] == "js" {
			smiths = len(g.IDs)
		}
		if len(g.Pairs) > MaxPairs || g.Matches < len(g.Pairs) || g.Best.Score < g.Pairs[0].Score {
			t.Errorf("group of %d: %d pairs listed of %d, best %+v", len(g.IDs), len(g.Pairs), g.Matches, g.Best)
		}
	}
	missed := 0
	for _, p := range planted {
		if !found[p] {
			missed++
		}
	}
	if missed > 1 {
		t.Errorf("missed %d of %d planted duplicates in an oversized company", missed, len(planted))
	}
	if smiths != 1200 {
		t.Errorf("the 1,200 John Smiths of one company form a group of %d", smiths)
	}
}

func TestScanCompanies(t *testing.T) {
	groups, err := Scan(context.Background(), DefaultRules("companies"), records(
		Record{ID: "k1", Name: "Acme GmbH", Domain: "https://www.acme.de"},
		Record{ID: "k2", Name: "ACME Deutschland", Domain: "acme.de"},
		Record{ID: "k3", Name: "Globex Corporation", Phones: []string{"+1 212 555 0100"}},
		Record{ID: "k4", Name: "Globex Corp."},
		Record{ID: "k5", Name: "Initech", Domain: "gmail.com"},
		Record{ID: "k6", Name: "Hooli", Domain: "gmail.com"},
	), 6, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, g := range groups {
		for _, m := range g.Pairs {
			got = append(got, m.A+"-"+m.B+" "+m.Reason)
		}
	}
	want := []string{"k1-k2 domain", "k3-k4 name:company"}
	if !slices.Equal(got, want) {
		t.Errorf("pairs = %q, want %q", got, want)
	}
}

func TestScanEmpty(t *testing.T) {
	groups, err := Scan(context.Background(), DefaultRules("contacts"), records(), 0, nil)
	if groups != nil || err != nil {
		t.Errorf("Scan of nothing = %v, %v", groups, err)
	}
}
