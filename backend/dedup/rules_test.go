package dedup

import (
	"encoding/json"
	"slices"
	"testing"

	"fieldvault/backend/apperr"
)

func TestDefaultRules(t *testing.T) {
	for _, entity := range []string{"contacts", "leads", "companies", "unknown"} {
		t.Run(entity, func(t *testing.T) {
			r := DefaultRules(entity)
			if err := r.Validate(); err != nil {
				t.Fatalf("default rules invalid: %v", err)
			}
			if !r.Email || !r.Phone || !r.Fuzzy || r.Threshold != DefaultThreshold || !slices.Equal(r.Block, defaultBlocks) {
				t.Errorf("DefaultRules(%q) = %+v", entity, r)
			}
			if r.Domain != (entity == "companies") {
				t.Errorf("Domain = %v for %q", r.Domain, entity)
			}
		})
	}
}

func TestRulesValidate(t *testing.T) {
	tests := []struct {
		name   string
		r      Rules
		fields []string
	}{
		{"zero values are defaults", Rules{}, nil},
		{"all blocks", Rules{Fuzzy: true, Threshold: 0.85, Block: []string{"company", "domain", "postcode", "phonetic"}, DefaultRegion: "DE"}, nil},
		{"threshold too low", Rules{Threshold: 0.5}, []string{"threshold"}},
		{"threshold too high", Rules{Threshold: 1}, []string{"threshold"}},
		{"unknown block", Rules{Block: []string{"company", "city"}}, []string{"block"}},
		{"repeated block", Rules{Block: []string{"company", "company"}}, []string{"block"}},
		{"unknown region", Rules{DefaultRegion: "UK"}, []string{"defaultRegion"}},
		{"several", Rules{Threshold: 2, DefaultRegion: "XX"}, []string{"defaultRegion", "threshold"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.r.Validate()
			if tt.fields == nil {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			e, ok := err.(*apperr.Error)
			if !ok || e.Code != apperr.CodeInvalid {
				t.Fatalf("Validate() = %v, want *apperr.Error invalid", err)
			}
			var got []string
			for f := range e.Fields {
				got = append(got, f)
			}
			slices.Sort(got)
			if !slices.Equal(got, tt.fields) {
				t.Errorf("fields = %v, want %v", got, tt.fields)
			}
		})
	}
}

func TestRulesJSON(t *testing.T) {
	b, err := json.Marshal(DefaultRules("companies"))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"email":true,"phone":true,"domain":true,"fuzzy":true,"threshold":0.9,"block":["company","domain","phonetic"],"defaultRegion":"US"}`
	if string(b) != want {
		t.Errorf("json = %s\nwant   %s", b, want)
	}
	var r Rules
	if err := json.Unmarshal([]byte(`{"email":true}`), &r); err != nil || r.Validate() != nil {
		t.Errorf("partial JSON: %v %v", err, r.Validate())
	}
}

func TestKeys(t *testing.T) {
	people := DefaultRules("contacts")
	companies := DefaultRules("companies")
	all := Rules{Email: true, Phone: true, Fuzzy: true, Block: []string{"company", "domain", "postcode", "phonetic"}, DefaultRegion: "DE"}
	tests := []struct {
		name string
		r    Rules
		rec  Record
		want []string
	}{
		{"person", people, Record{First: "John", Last: "Smith", Company: "Acme Inc.", Emails: []string{"John.Smith@Acme.com", "john.smith+x@acme.com"}, Phones: []string{"(555) 123-4567"}},
			[]string{"e:john.smith@acme.com", "p:+15551234567", "d:acme.com", "c:acme", "n:j5|s53", "n:smith/j"}},
		{"free mail is no domain", people, Record{First: "John", Last: "Smith", Emails: []string{"j.smith@gmail.com"}},
			[]string{"e:jsmith@gmail.com", "n:j5|s53", "n:smith/j"}},
		{"postcode and region", all, Record{First: "Jürgen", Last: "Müller", Phones: []string{"030 1234567"}, Postcode: "10115"},
			[]string{"p:+49301234567", "z:10115", "n:j625|m46", "n:muller/j"}},
		{"company", companies, Record{Name: "Acme GmbH", Domain: "https://www.acme.de/", Phones: []string{"+49 30 1234567"}},
			[]string{"p:+49301234567", "d:acme.de", "c:acme", "n:a25"}},
		{"fuzzy off", Rules{Email: true}, Record{First: "John", Last: "Smith", Company: "Acme", Emails: []string{"j@acme.com"}},
			[]string{"e:j@acme.com"}},
		{"nothing usable", people, Record{Phones: []string{"n/a"}, Emails: []string{"none"}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.r.Keys(tt.rec); !slices.Equal(got, tt.want) {
				t.Errorf("Keys = %q\nwant   %q", got, tt.want)
			}
		})
	}
}
