// Package importmap turns the columns and text cells of an import file into
// record fields and typed values: it suggests a mapping from header names
// (including the exports of other CRMs and address books) and parses
// numbers with locale separators, dates in several formats, booleans, enum
// values and tags. Pure: resolving names to records (companies, stages,
// owners) is the import service's job.
package importmap

import (
	"strings"
	"unicode"

	"fieldvault/backend/model"
	"fieldvault/backend/schema"
)

// Pseudo fields a column may map to besides an entity's own fields.
const (
	FieldOwner    = "owner"    // user name, full name or email of the owner
	FieldFullName = "fullName" // "Jane Doe" or "Doe, Jane": split into first and last name
)

// aliases lists, per field name, header names (normalized by key) that
// mean it, beyond its own name and label. Entity-specific lists come first.
var aliases = map[string]map[string][]string{
	"*": {
		"email":          {"email", "emailaddress", "e-mail", "e-mailaddress", "email1", "email1value", "primaryemail", "workemail", "businessemail", "mail"},
		"email2":         {"secondaryemail", "otheremail", "email2", "email2address", "e-mail2address", "email2value", "alternateemail", "personalemail"},
		"phone":          {"phone", "phonenumber", "businessphone", "workphone", "telephone", "tel", "officephone", "phone1value", "mobile", "mobilephone", "mobilephonenumber", "cellphone", "cell"},
		"personalPhone":  {"homephone", "personalphone", "privatephone", "home", "phone2value"},
		"firstName":      {"firstname", "givenname", "forename", "first", "personfirstname", "contactfirstname"},
		"lastName":       {"lastname", "surname", "familyname", "last", "personlastname", "contactlastname"},
		"title":          {"title", "jobtitle", "position", "role", "organization1title", "designation"},
		"address":        {"address", "streetaddress", "street", "mailingstreet", "businessstreet", "billingstreet", "mailingaddress", "fulladdress", "address1"},
		"region":         {"region", "territory", "salesregion", "area"},
		"source":         {"source", "leadsource", "contactsource", "originalsource", "channel"},
		"tags":           {"tags", "labels", "categories", "tag"},
		"externalId":     {"externalid", "id", "recordid", "contactid", "leadid", "accountid", "companyid", "dealid", "opportunityid", "crmid", "sourceid"},
		FieldOwner:       {"owner", "contactowner", "leadowner", "accountowner", "dealowner", "opportunityowner", "assignedto", "salesrep", "recordowner", "ownername"},
		FieldFullName:    {"name", "fullname", "contactname", "personname", "displayname", "leadname"},
		"marketingOptIn": {"marketingoptin", "optin", "emailoptin", "subscribed", "newsletter", "marketingconsent", "consent"},
		"optInDate":      {"optindate", "consentdate", "subscribedon", "subscriptiondate"},
	},
	"contacts": {
		"companyId": {"company", "companyname", "accountname", "account", "organization", "organisation", "organizationname", "organization1name", "employer"},
	},
	"leads": {
		"companyName": {"company", "companyname", "accountname", "account", "organization", "organisation", "organizationname", "organization1name"},
		"status":      {"status", "leadstatus", "lifecyclestage", "stage"},
		"campaign":    {"campaign", "campaignname", "utmcampaign"},
		"externalId":  {"externalid", "id", "recordid", "leadid", "crmid", "sourceid"},
	},
	"companies": {
		"name":          {"name", "companyname", "accountname", "account", "organization", "organisation", "organizationname", "company", "businessname"},
		"domain":        {"domain", "website", "web", "url", "companydomainname", "websiteurl", "homepage"},
		"industry":      {"industry", "sector", "vertical"},
		"size":          {"size", "employees", "numberofemployees", "companysize", "headcount"},
		"customerType":  {"customertype", "type", "accounttype", "relationship"},
		"annualRevenue": {"annualrevenue", "revenue", "turnover", "yearlyrevenue"},
		"address":       {"address", "billingstreet", "billingaddress", "streetaddress", "street", "address1"},
		"phone":         {"phone", "phonenumber", "mainphone", "telephone", "companyphone", "businessphone"},
		"externalId":    {"externalid", "id", "recordid", "accountid", "companyid", "organizationid", "crmid"},
		FieldFullName:   nil,
	},
	"deals": {
		"name":             {"name", "dealname", "opportunityname", "opportunity", "deal", "dealtitle", "title"},
		"companyId":        {"company", "companyname", "accountname", "account", "organization", "organizationname"},
		"primaryContactId": {"contact", "primarycontact", "contactemail", "personemail", "contactname"},
		"stageId":          {"stage", "dealstage", "salesstage", "pipelinestage"},
		"amount":           {"amount", "value", "dealvalue", "dealamount", "opportunityamount", "revenue"},
		"currency":         {"currency", "currencycode", "dealcurrency"},
		"expectedClose":    {"expectedclose", "closedate", "expectedclosedate", "closingdate", "closedatedate"},
		"product":          {"product", "productname", "productinterest"},
		"outcome":          {"outcome", "result", "wonlost"},
		"lostReason":       {"lostreason", "reasonlost", "closedlostreason"},
		"externalId":       {"externalid", "id", "recordid", "dealid", "opportunityid", "crmid"},
		FieldFullName:      nil,
	},
}

// Key normalizes a header for matching: lower case letters and digits
// only, accents dropped ("E-mail Address" → "emailaddress").
func Key(header string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(header) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '-' || r == '_' || r == ' ' || r == '.' || r == '/' || r == '(' || r == ')' || r == ':' || r == '#':
		case unicode.IsLetter(r):
			if f := fold(r); f != "" {
				b.WriteString(f)
			}
		}
	}
	return b.String()
}

// Targets returns the fields a column of entity e may map to, in form order:
// every field that is not read-only (refs lists are left out: they hold
// record ids), plus the pseudo fields owner and (people) fullName.
func Targets(e *schema.Entity) []string {
	var out []string
	for _, f := range e.Fields {
		if f.ReadOnly || f.Type == model.FieldRefs {
			continue
		}
		out = append(out, f.Name)
	}
	if e.DataSubject {
		out = append(out, FieldFullName)
	}
	return append(out, FieldOwner)
}

// Suggest maps each header to a target field of e: by the field's name or
// label first, then by the known aliases (an entity's own alias list for a
// field replaces the shared one). Each field is suggested for at most one
// column (the first that names it); other columns map to "".
func Suggest(e *schema.Entity, header []string) []model.ImportMapping {
	byKey := map[string]string{}
	add := func(key, field string) {
		if _, taken := byKey[key]; !taken && key != "" {
			byKey[key] = field
		}
	}
	targets := Targets(e)
	for _, t := range targets {
		add(Key(t), t)
		if f, ok := e.Field(t); ok {
			add(Key(f.Label), t)
		}
	}
	own := aliases[string(e.Name)]
	for _, t := range targets {
		if keys, ok := own[t]; ok {
			for _, k := range keys {
				add(Key(k), t)
			}
		}
	}
	for _, t := range targets {
		if _, ok := own[t]; ok {
			continue
		}
		for _, k := range aliases["*"][t] {
			add(Key(k), t)
		}
	}
	out := make([]model.ImportMapping, len(header))
	used := map[string]bool{}
	for i, h := range header {
		out[i] = model.ImportMapping{Column: i, Header: h}
		if f := byKey[Key(h)]; f != "" && !used[f] {
			out[i].Field, out[i].Suggested = f, true
			used[f] = true
		}
	}
	return out
}
