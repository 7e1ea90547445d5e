package dedup

import (
	"context"
	"fmt"
	"slices"
	"testing"
)

func TestIndexFind(t *testing.T) {
	ix := NewIndex(DefaultRules("contacts"))
	for _, r := range []Record{
		{ID: "c1", First: "John", Last: "Smith", Company: "Acme Inc", Emails: []string{"john.smith@acme.com"}},
		{ID: "c2", First: "Jon", Last: "Smith", Company: "ACME", Phones: []string{"(555) 123-4567"}},
		{ID: "c3", First: "Maria", Last: "Garcia", Company: "Initech"},
		{ID: "c4", First: "Anna", Last: "Smith", Company: "Acme Inc"},
	} {
		ix.Add(r)
	}
	if ix.Len() != 4 {
		t.Fatalf("Len = %d", ix.Len())
	}
	tests := []struct {
		name  string
		rec   Record
		limit int
		want  []string // "B reason"
	}{
		{"email beats name", Record{ID: "row1", First: "John", Last: "Smith", Emails: []string{"JOHN.SMITH@acme.com"}, Company: "Acme"}, 0,
			[]string{"c1 email", "c2 name:company"}},
		{"limit", Record{ID: "row2", First: "John", Last: "Smith", Emails: []string{"JOHN.SMITH@acme.com"}, Company: "Acme"}, 1,
			[]string{"c1 email"}},
		{"phone", Record{ID: "row3", First: "Smith", Last: "Jon", Phones: []string{"+1 555 123 4567"}}, 0,
			[]string{"c2 phone", "c1 name:phonetic"}},
		{"never itself", Record{ID: "c3", First: "Maria", Last: "Garcia", Company: "Initech"}, 0, nil},
		{"no match", Record{ID: "row4", First: "Peter", Last: "Jones", Company: "Globex"}, 0, nil},
		{"unsaved record", Record{First: "Maria", Last: "Garcia", Company: "Initech"}, 0, []string{"c3 name:company"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, m := range ix.Find(tt.rec, tt.limit) {
				if m.A != tt.rec.ID {
					t.Errorf("A = %q, want the query's ID", m.A)
				}
				got = append(got, m.B+" "+m.Reason)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Find = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestIndexAgreesWithScan checks that an Index holding all records finds,
// for each of them, exactly the pairs a scan of the same records finds, on
// data whose blocks are all small.
func TestIndexAgreesWithScan(t *testing.T) {
	recs := newGenerator(11, 3000, true).all()
	r := DefaultRules("contacts")
	ix := NewIndex(r)
	for _, x := range recs {
		ix.Add(x.rec)
	}
	fromIndex := map[pairKey]string{}
	for _, x := range recs {
		for _, m := range ix.Find(x.rec, 0) {
			fromIndex[newPair(m.A, m.B)] = m.Reason
		}
	}
	groups, err := Scan(context.Background(), r, streamOf(recs), len(recs), nil)
	if err != nil {
		t.Fatal(err)
	}
	fromScan := map[pairKey]string{}
	for _, g := range groups {
		for _, m := range g.Pairs {
			fromScan[newPair(m.A, m.B)] = m.Reason
		}
	}
	if len(fromScan) == 0 {
		t.Fatal("scan found nothing")
	}
	for p, reason := range fromScan {
		if got, ok := fromIndex[p]; !ok || got != reason {
			t.Errorf("scan found %v (%s), index %q", p, reason, got)
		}
	}
	for p, reason := range fromIndex {
		if _, ok := fromScan[p]; !ok {
			t.Errorf("index found %v (%s), scan did not", p, reason)
		}
	}
	t.Logf("%d records, %d pairs found by both", len(recs), len(fromScan))
}

// A crafted file of one company and one pair of initials must not make
// each lookup compare with every earlier row: Find stays bounded.
func TestIndexFindBoundedInOversizedBlocks(t *testing.T) {
	ix := NewIndex(DefaultRules("contacts"))
	for i := range 5000 {
		ix.Add(Record{ID: fmt.Sprint(i), First: "Jo" + fmt.Sprint(i), Last: "Smy" + fmt.Sprint(i*7919), Company: "Acme"})
	}
	q := Record{ID: "q", First: "Jo1", Last: "Smy7919", Company: "Acme"}
	ix.Find(q, 1)
	if n := len(ix.cands); n > 3*MaxSubCandidates {
		t.Fatalf("a lookup compared %d records, want at most %d", n, 3*MaxSubCandidates)
	}
}
