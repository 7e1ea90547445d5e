package dedup

import "testing"

func TestNormalizeName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  John  ", "john"},
		{"JOHN", "john"},
		{"José", "jose"},
		{"Jose\u0301", "jose"}, // decomposed accent
		{"Müller", "muller"},
		{"Strauß", "strauss"},
		{"Søren Ærø", "soren aero"},
		{"Łukasz Wałęsa", "lukasz walesa"},
		{"François-Xavier", "francois xavier"},
		{"O'Brien", "obrien"},
		{"O’Brien", "obrien"},
		{"J.Smith", "j smith"},
		{"Çağlar Şahin", "caglar sahin"},
		{"Ștefan Țurcanu", "stefan turcanu"},
		{"Nguyễn", "nguyen"},
		{"Þór", "thor"},
		{"Œuvre", "oeuvre"},
		{"Иван", "иван"},
		{"  --- ", ""},
		{"Anne   Marie", "anne marie"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := NormalizeName(tt.in); got != tt.want {
				t.Errorf("NormalizeName(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizeCompany(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Acme GmbH", "acme"},
		{"Acme GmbH & Co. KG", "acme"},
		{"ACME, Inc.", "acme"},
		{"Acme Inc", "acme"},
		{"Acme Corp.", "acme"},
		{"Acme Ltd", "acme"},
		{"Acme Limited", "acme"},
		{"Acme LLC", "acme"},
		{"Acme S.A.", "acme"},
		{"Acme S. A.", "acme"},
		{"Acme B.V.", "acme"},
		{"Acme SARL", "acme"},
		{"Acme AG", "acme"},
		{"Acme Co", "acme"},
		{"The Acme Company", "acme"},
		{"Müller Bau GmbH", "muller bau"},
		{"Smith & Sons", "smith sons"},
		{"Smith and Sons Ltd", "smith sons"},
		{"I.B.M.", "ibm"},
		{"J P Morgan", "jp morgan"},
		{"AG", "ag"},
		{"Société Générale S.A.", "societe generale"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := NormalizeCompany(tt.in); got != tt.want {
				t.Errorf("NormalizeCompany(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizePostcode(t *testing.T) {
	tests := []struct{ in, want string }{
		{"sw1a 1aa", "SW1A1AA"},
		{"10115", "10115"},
		{" 75008 ", "75008"},
		{"1011-AB", "1011AB"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := NormalizePostcode(tt.in); got != tt.want {
			t.Errorf("NormalizePostcode(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNormalizeEmail(t *testing.T) {
	tests := []struct{ in, want string }{
		{"John.Smith@Acme.com", "john.smith@acme.com"},
		{"  john.smith@acme.com  ", "john.smith@acme.com"},
		{"mailto:John@Acme.com", "john@acme.com"},
		{"MAILTO:john@acme.com?subject=hi", "john@acme.com"},
		{"John Smith <John@Acme.COM>", "john@acme.com"},
		{"john+crm@acme.com", "john@acme.com"},
		{"john.smith+news@gmail.com", "johnsmith@gmail.com"},
		{"J.O.H.N@googlemail.com", "john@gmail.com"},
		{"john.smith@acme.com.", "john.smith@acme.com"},
		{"jürgen@müller.de", "jürgen@müller.de"},
		{"+tag@acme.com", "+tag@acme.com"},
		{"", ""},
		{"john", ""},
		{"john@", ""},
		{"@acme.com", ""},
		{"john@acme", ""},
		{"john@@acme.com", ""},
		{"a@b@acme.com", ""},
		{"john smith@acme.com", ""},
		{"john@acme..com", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := NormalizeEmail(tt.in); got != tt.want {
				t.Errorf("NormalizeEmail(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestNormalizeDomain(t *testing.T) {
	tests := []struct{ in, want string }{
		{"acme.com", "acme.com"},
		{"WWW.ACME.COM.", "acme.com"},
		{"https://www.Acme.com:8443/about?x=1#top", "acme.com"},
		{"http://acme.co.uk/", "acme.co.uk"},
		{"//cdn.acme.com/x", "cdn.acme.com"},
		{"sales@acme.com", "acme.com"},
		{"mailto:sales@Acme.com", "acme.com"},
		{"https://user:pw@acme.com/", "acme.com"},
		{"www2.acme.de", "acme.de"},
		{"www.com", "www.com"},
		{"müller.de", "müller.de"},
		{"", ""},
		{"acme", ""},
		{"not a domain", ""},
		{"http://", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := NormalizeDomain(tt.in); got != tt.want {
				t.Errorf("NormalizeDomain(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestEmailDomainSkipsFreeMail(t *testing.T) {
	tests := []struct{ in, want string }{
		{"john@acme.com", "acme.com"},
		{"john@gmail.com", ""},
		{"john@yahoo.co.uk", ""},
		{"john@hotmail.fr", ""},
		{"john@gmx.ch", ""},
		{"john@web.de", ""},
		{"junk", ""},
	}
	for _, tt := range tests {
		if got := EmailDomain(tt.in); got != tt.want {
			t.Errorf("EmailDomain(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
