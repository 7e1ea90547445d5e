package dedup

import (
	"math"
	"testing"
)

func TestJaroWinkler(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"", "", 1},
		{"abc", "", 0},
		{"martha", "martha", 1},
		{"martha", "marhta", 0.961},
		{"dwayne", "duane", 0.84},
		{"dixon", "dicksonx", 0.813},
		{"abc", "xyz", 0},
		{"müller", "mülller", 0.971}, // runes, not bytes
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			got := JaroWinkler(tt.a, tt.b)
			if math.Abs(got-tt.want) > 0.001 {
				t.Errorf("JaroWinkler(%q, %q) = %.4f, want %.3f", tt.a, tt.b, got, tt.want)
			}
			if rev := JaroWinkler(tt.b, tt.a); math.Abs(rev-got) > 1e-9 {
				t.Errorf("not symmetric: %.4f vs %.4f", got, rev)
			}
		})
	}
}

func TestJaroWinklerLongStrings(t *testing.T) {
	a := "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnop"
	b := a[:len(a)-1] + "q"
	if s := JaroWinkler(a, b); s < 0.98 || s >= 1 {
		t.Errorf("JaroWinkler of 70-byte strings one letter apart = %.4f", s)
	}
}

func person(first, last string) Record { return Record{First: first, Last: last} }

func TestSimilarityPeople(t *testing.T) {
	tests := []struct {
		name     string
		a, b     Record
		min, max float64
	}{
		{"identical", person("John", "Smith"), person("John", "Smith"), 1, 1},
		{"case and accents", person("José", "García"), person("JOSE", "GARCIA"), 1, 1},
		{"swapped", person("John", "Smith"), person("Smith", "John"), 1, 1},
		{"swapped with comma", person("John", "Smith"), person("Smith, John", ""), 1, 1},
		{"full name in first", person("John", "Smith"), person("John Smith", ""), 1, 1},
		{"initial", person("John", "Smith"), person("J.", "Smith"), 0.95, 0.97},
		{"nickname", person("Robert", "Miller"), person("Bob", "Miller"), 0.97, 0.99},
		{"title and suffix", person("Dr. John", "Smith Jr."), person("John", "Smith"), 1, 1},
		{"typo in last", person("John", "Smith"), person("John", "Smiht"), 0.95, 0.99},
		{"typo in first", person("Katherine", "Jones"), person("Katherina", "Jones"), 0.97, 0.99},
		{"two typos", person("Jonathan", "Whitfield"), person("Jonahtan", "Whitfeld"), 0.92, 0.99},
		{"umlaut spelled out", person("Jürgen", "Müller"), person("Juergen", "Mueller"), 0.9, 0.97},
		{"different first", person("Anna", "Schmidt"), person("Peter", "Schmidt"), 0, 0.85},
		{"different person", person("John", "Smith"), person("Maria", "Garcia"), 0, 0.5},
		{"other initial", person("John", "Smith"), person("P.", "Smith"), 0.6, 0.6},
		{"missing first", person("", "Smith"), person("John", "Smith"), 0.8, 0.8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Similarity(tt.a, tt.b)
			if got < tt.min-1e-9 || got > tt.max+1e-9 {
				t.Errorf("Similarity = %.4f, want in [%.2f, %.2f]", got, tt.min, tt.max)
			}
			if rev := Similarity(tt.b, tt.a); math.Abs(rev-got) > 0.02 {
				t.Errorf("asymmetric: %.4f vs %.4f", got, rev)
			}
		})
	}
}

func TestSimilarityCompanies(t *testing.T) {
	co := func(n string) Record { return Record{Name: n} }
	tests := []struct {
		name     string
		a, b     Record
		min, max float64
	}{
		{"legal form", co("Acme GmbH"), co("ACME"), 1, 1},
		{"word order", co("Müller Bau"), co("Bau Müller GmbH"), 1, 1},
		{"typo", co("Globex Corporation"), co("Glboex Corp"), 0.9, 0.99},
		{"other company", co("Acme"), co("Initech"), 0, 0.6},
		{"longer name", co("Acme"), co("Acme Logistics"), 0.8, 0.89},
		{"person vs company", co("Acme"), person("Acme", "Acme"), 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Similarity(tt.a, tt.b)
			if got < tt.min-1e-9 || got > tt.max+1e-9 {
				t.Errorf("Similarity = %.4f, want in [%.2f, %.2f]", got, tt.min, tt.max)
			}
		})
	}
}

func TestPhoneticKeyToleratesTypos(t *testing.T) {
	r := DefaultRules("contacts")
	key := func(first, last string) string {
		for _, k := range r.Keys(person(first, last)) {
			if k[:2] == "n:" {
				return k
			}
		}
		return ""
	}
	same := [][2][2]string{
		{{"John", "Smith"}, {"Smith", "John"}},
		{{"John", "Smith"}, {"Jon", "Smyth"}},
		{{"Katherine", "Meyer"}, {"Catherine", "Meier"}},
		{{"Jürgen", "Müller"}, {"Juergen", "Mueller"}},
		{{"Peter", "Schmidt"}, {"Peter", "Schmitt"}},
	}
	for _, p := range same {
		a, b := key(p[0][0], p[0][1]), key(p[1][0], p[1][1])
		if a == "" || a != b {
			t.Errorf("%v → %q, %v → %q: want equal keys", p[0], a, p[1], b)
		}
	}
	if a, b := key("John", "Smith"), key("Mary", "Smith"); a == b {
		t.Errorf("John Smith and Mary Smith share phonetic key %q", a)
	}
}
