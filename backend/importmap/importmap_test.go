package importmap_test

import (
	"reflect"
	"testing"
	"time"

	"fieldvault/backend/importmap"
	"fieldvault/backend/schema"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in, dec string
		want    float64
		bad     bool
	}{
		{"1234", "", 1234, false},
		{"1,234.56", "", 1234.56, false},
		{"1.234,56", "", 1234.56, false},
		{"1 234,56", "", 1234.56, false},
		{"1\u00a0234,56", "", 1234.56, false},
		{"1'234.50", "", 1234.5, false},
		{"€ 1.234", ",", 1234, false},
		{"$1,234,567", "", 1234567, false},
		{"1,234", "", 1234, false},
		{"1,234", ",", 1.234, false},
		{"1,5", "", 1.5, false},
		{"-12", "", -12, false},
		{"(12.50)", "", -12.5, false},
		{"EUR 12,5", ",", 12.5, false},
		{"12 USD", "", 12, false},
		{"12.5%", "", 12.5, false},
		{"1.2.3", ".", 0, true},
		{"1.234,5.6", ",", 0, true},
		{"abc", "", 0, true},
		{"12-3", "", 0, true},
		{"=1+1", "", 0, true},
		{"", "", 0, true},
		{"1e999", "", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.in+"/"+tt.dec, func(t *testing.T) {
			got, err := importmap.ParseNumber(tt.in, tt.dec)
			if (err != nil) != tt.bad || !tt.bad && got != tt.want {
				t.Fatalf("got %v, %v; want %v bad=%v", got, err, tt.want, tt.bad)
			}
		})
	}
}

func TestGuessDecimal(t *testing.T) {
	tests := []struct {
		in   []string
		want string
	}{
		{[]string{"1.234,5", "12"}, ","},
		{[]string{"1,5", "2,25"}, ","},
		{[]string{"1,234.5", "3"}, "."},
		{[]string{"1,234", "2,000"}, "."},
		{[]string{"1.234.567"}, ","},
		{nil, "."},
	}
	for _, tt := range tests {
		if got := importmap.GuessDecimal(tt.in); got != tt.want {
			t.Errorf("%v: got %s want %s", tt.in, got, tt.want)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in, order, want string
	}{
		{"2024-03-05", "", "2024-03-05"},
		{"2024/03/05", "", "2024-03-05"},
		{"20240305", "", "2024-03-05"},
		{"2024-03-05T14:30:00Z", "", "2024-03-05"},
		{"05.03.2024", "", "2024-03-05"},
		{"05/03/2024", "dmy", "2024-03-05"},
		{"03/05/2024", "mdy", "2024-03-05"},
		{"03/25/2024", "", "2024-03-25"}, // the day cannot be 25th month
		{"5-3-24", "", "2024-03-05"},
		{"5 Mar 2024", "", "2024-03-05"},
		{"March 5, 2024", "", "2024-03-05"},
		{"5-Mar-99", "", "1999-03-05"},
		{"2024 Mar 5", "", "2024-03-05"},
		{"5. März 2024", "", "2024-03-05"},
		{"31.02.2024", "", ""},
		{"13/13/2024", "", ""},
		{"yesterday", "", ""},
		{"=TODAY()", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := importmap.ParseDate(tt.in, tt.order)
			if tt.want == "" {
				if err == nil {
					t.Fatalf("got %s, want an error", got)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("got %s, %v; want %s", got, err, tt.want)
			}
		})
	}
}

func TestParseDateTime(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no tzdata")
	}
	tests := []struct{ in, order, want string }{
		{"2024-03-05T14:30:00+02:00", "", "2024-03-05T12:30:00Z"},
		{"2024-03-05 14:30", "", "2024-03-05T13:30:00Z"},
		{"05.03.2024 14:30", "", "2024-03-05T13:30:00Z"},
		{"3/5/2024 2:30 PM", "mdy", "2024-03-05T13:30:00Z"},
		{"3/5/2024 12:05 am", "mdy", "2024-03-04T23:05:00Z"},
		{"2024-07-01", "", "2024-06-30T22:00:00Z"},
		{"2024-03-05 25:00", "", ""},
		{"3/5/2024 13:00 PM", "mdy", ""},
	}
	for _, tt := range tests {
		got, err := importmap.ParseDateTime(tt.in, tt.order, berlin)
		if tt.want == "" {
			if err == nil {
				t.Errorf("%s: got %s, want an error", tt.in, got)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("%s: got %s, %v; want %s", tt.in, got, err, tt.want)
		}
	}
	if got := importmap.GuessDateOrder([]string{"03/05/2024", "04/25/2024"}); got != "mdy" {
		t.Errorf("guess: %s", got)
	}
	if got := importmap.GuessDateOrder([]string{"25/04/2024", "04/05/2024"}); got != "dmy" {
		t.Errorf("guess: %s", got)
	}
}

func TestSuggestMapsOtherCRMExports(t *testing.T) {
	contacts, _ := schema.Get("contacts")
	companies, _ := schema.Get("companies")
	deals, _ := schema.Get("deals")
	leads, _ := schema.Get("leads")
	tests := []struct {
		name   string
		e      *schema.Entity
		header []string
		want   []string
	}{
		{"outlook", contacts, []string{"First Name", "Last Name", "E-mail Address", "E-mail 2 Address", "Business Phone", "Home Phone", "Company", "Job Title", "Business Street", "Notes"},
			[]string{"firstName", "lastName", "email", "email2", "phone", "personalPhone", "companyId", "title", "address", ""}},
		{"salesforce", contacts, []string{"Contact ID", "First Name", "Last Name", "Account Name", "Email", "Mobile Phone", "Lead Source", "Contact Owner", "Mailing Street"},
			[]string{"externalId", "firstName", "lastName", "companyId", "email", "phone", "source", "owner", "address"}},
		{"google", contacts, []string{"Given Name", "Family Name", "E-mail 1 - Value", "Phone 1 - Value", "Organization 1 - Name", "Organization 1 - Title"},
			[]string{"firstName", "lastName", "email", "phone", "companyId", "title"}},
		{"full name + accents + duplicates", contacts, []string{"Name", "Émail", "email", "Tags", "Région"},
			[]string{"fullName", "email", "", "tags", "region"}},
		{"accounts", companies, []string{"Account Name", "Website", "Industry", "Employees", "Type", "Annual Revenue", "Billing Street", "Account ID"},
			[]string{"name", "domain", "industry", "size", "customerType", "annualRevenue", "address", "externalId"}},
		{"opportunities", deals, []string{"Opportunity Name", "Account Name", "Stage", "Amount", "Close Date", "Opportunity Owner", "Currency"},
			[]string{"name", "companyId", "stageId", "amount", "expectedClose", "owner", "currency"}},
		{"leads", leads, []string{"First Name", "Last Name", "Company", "Lead Status", "Campaign Name", "Lead ID"},
			[]string{"firstName", "lastName", "companyName", "status", "campaign", "externalId"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := importmap.Suggest(tt.e, tt.header)
			got := make([]string, len(m))
			for i := range m {
				got[i] = m[i].Field
				if m[i].Column != i || m[i].Header != tt.header[i] || m[i].Suggested != (m[i].Field != "") {
					t.Fatalf("mapping %d: %+v", i, m[i])
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got  %v\nwant %v", got, tt.want)
			}
		})
	}
}

func TestConvert(t *testing.T) {
	contacts, _ := schema.Get("contacts")
	deals, _ := schema.Get("deals")
	f := func(e *schema.Entity, n string) *schema.Field { x, _ := e.Field(n); return x }
	o := importmap.Options{Decimal: ",", DateOrder: "dmy"}
	tests := []struct {
		field  *schema.Field
		cell   string
		want   any
		reason bool
	}{
		{f(contacts, "lastName"), `=HYPERLINK("http://evil","x")`, `=HYPERLINK("http://evil","x")`, false},
		{f(contacts, "lastName"), "  Doe  ", "Doe", false},
		{f(contacts, "title"), "Head of\r\nSales", "Head of Sales", false},
		{f(contacts, "email"), "Jane Doe <JANE@example.org>", "JANE@example.org", false},
		{f(contacts, "email"), "mailto:j@example.org", "j@example.org", false},
		{f(contacts, "phone"), "tel:030/1234567", "030 1234567", false},
		{f(contacts, "marketingOptIn"), "Ja", true, false},
		{f(contacts, "marketingOptIn"), "maybe", nil, true},
		{f(contacts, "optInDate"), "05.03.2024", "2024-03-05", false},
		{f(contacts, "optInDate"), "soon", nil, true},
		{f(contacts, "region"), "north", "North", false},
		{f(contacts, "region"), "Mars", nil, true},
		{f(contacts, "source"), "cold-call", "Cold call", false},
		{f(contacts, "tags"), "vip; key account,,", []string{"vip", "key account"}, false},
		{f(deals, "amount"), "1.234,50 €", 1234.5, false},
		{f(deals, "amount"), "", nil, false},
		{f(deals, "amount"), "lots", nil, true},
		{f(deals, "outcome"), "WON", "won", false},
	}
	for _, tt := range tests {
		t.Run(tt.field.Name+"/"+tt.cell, func(t *testing.T) {
			got, reason := importmap.Convert(tt.field, tt.cell, o)
			if (reason != "") != tt.reason || !tt.reason && !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("got %#v %q; want %#v reason=%v", got, reason, tt.want, tt.reason)
			}
		})
	}
}

func TestSplitName(t *testing.T) {
	tests := []struct{ in, first, last string }{
		{"Jane Doe", "Jane", "Doe"},
		{"Doe, Jane", "Jane", "Doe"},
		{"Ludwig van Beethoven", "Ludwig", "van Beethoven"},
		{"Mary Ann Smith", "Mary Ann", "Smith"},
		{"Prince", "", "Prince"},
		{"  ", "", ""},
	}
	for _, tt := range tests {
		if f, l := importmap.SplitName(tt.in); f != tt.first || l != tt.last {
			t.Errorf("%q: got %q %q", tt.in, f, l)
		}
	}
}
