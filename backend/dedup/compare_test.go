package dedup

import "testing"

func TestCompare(t *testing.T) {
	people := DefaultRules("contacts")
	companies := DefaultRules("companies")
	tests := []struct {
		name   string
		r      Rules
		a, b   Record
		reason string // "" = no match
	}{
		{"same email different case", people,
			Record{ID: "1", First: "John", Last: "Smith", Emails: []string{"John.Smith@acme.com"}},
			Record{ID: "2", First: "Jon", Last: "Smith", Emails: []string{"john.smith+crm@ACME.com"}}, "email"},
		{"same phone other format", people,
			Record{ID: "1", First: "John", Last: "Smith", Phones: []string{"(555) 123-4567"}},
			Record{ID: "2", First: "Smith", Last: "John", Phones: []string{"+1 555 123 4567"}}, "phone"},
		{"family sharing a phone", people,
			Record{ID: "1", First: "Anna", Last: "Müller", Phones: []string{"030 1234567"}},
			Record{ID: "2", First: "Peter", Last: "Müller", Phones: []string{"030 1234567"}}, ""},
		{"phone rule off", Rules{Email: true, Fuzzy: false},
			Record{ID: "1", First: "John", Last: "Smith", Phones: []string{"5551234567"}},
			Record{ID: "2", First: "John", Last: "Smith", Phones: []string{"5551234567"}}, ""},
		{"typo in same company", people,
			Record{ID: "1", First: "Katherine", Last: "Johnson", Company: "Acme Inc"},
			Record{ID: "2", First: "Katherine", Last: "Jonhson", Company: "ACME"}, "name:company"},
		{"swapped names, no company", people,
			Record{ID: "1", First: "Wei", Last: "Zhang"},
			Record{ID: "2", First: "Zhang", Last: "Wei"}, "name:phonetic"},
		{"initial via work domain", people,
			Record{ID: "1", First: "John", Last: "Smith", Emails: []string{"john@acme.com"}},
			Record{ID: "2", First: "J.", Last: "Smith", Emails: []string{"jsmith@acme.com"}}, "name:domain"},
		{"namesakes at different companies", people,
			Record{ID: "1", First: "John", Last: "Smith", Company: "Acme"},
			Record{ID: "2", First: "John", Last: "Smith", Company: "Initech"}, ""},
		{"colleagues with the same last name", people,
			Record{ID: "1", First: "Anna", Last: "Schmidt", Company: "Acme"},
			Record{ID: "2", First: "Peter", Last: "Schmidt", Company: "Acme"}, ""},
		{"similar names, no shared block", Rules{Fuzzy: true, Block: []string{"company"}},
			Record{ID: "1", First: "John", Last: "Smith"},
			Record{ID: "2", First: "John", Last: "Smith"}, ""},
		{"company by domain", companies,
			Record{ID: "1", Name: "Acme GmbH", Domain: "acme.de"},
			Record{ID: "2", Name: "ACME Deutschland", Domain: "https://www.acme.de"}, "domain"},
		{"company by name", companies,
			Record{ID: "1", Name: "Globex Corporation"},
			Record{ID: "2", Name: "Globex Corp."}, "name:company"},
		{"companies with other web sites", companies,
			Record{ID: "1", Name: "Acme", Domain: "acme.com"},
			Record{ID: "2", Name: "Acme", Domain: "acme-tools.com"}, ""},
		{"companies sharing gmail", companies,
			Record{ID: "1", Name: "Bakery Meyer", Domain: "gmail.com"},
			Record{ID: "2", Name: "Plumber Jones", Domain: "gmail.com"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := tt.r.Compare(tt.a, tt.b)
			got := ""
			if ok {
				got = m.Reason
				if m.A != tt.a.ID || m.B != tt.b.ID || m.Score <= 0 || m.Score > 1 {
					t.Errorf("match = %+v", m)
				}
			}
			if got != tt.reason {
				t.Errorf("Compare reason = %q (%+v), want %q", got, m, tt.reason)
			}
			m2, ok2 := tt.r.Compare(tt.b, tt.a)
			if ok2 != ok || m2.Reason != m.Reason {
				t.Errorf("not symmetric: %+v vs %+v", m, m2)
			}
		})
	}
}
