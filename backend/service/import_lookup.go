package service

import (
	"context"
	"strings"

	"fieldvault/backend/dedup"
	"fieldvault/backend/importmap"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// importLookups resolves the names an import file uses to ids: owners,
// stages, companies; and holds what matching needs of the existing records.
type importLookups struct {
	users     map[string]store.UserRecord // by lower-case user name and display name
	userTeams map[string]string           // user id → first team
	stages    map[string]string           // importmap.Key of name or id → stage id
	// companies the caller may read: by normalized name, by domain, by id
	companyByName   map[string]string
	companyByDomain map[string]string
	companyName     map[string]string // id → name
	// existing records of the entity: match key → id, id → title
	byKey  map[string]string
	titles map[string]string
	dups   *dedup.Index
	rules  dedup.Rules
}

// matchFields are the fields read from existing records for matching and
// duplicate checks, per entity.
var matchFields = map[string][]string{
	"contacts":  {"firstName", "lastName", "email", "email2", "phone", "companyId", "externalId"},
	"leads":     {"firstName", "lastName", "email", "phone", "companyName", "externalId"},
	"companies": {"name", "domain", "phone", "externalId"},
	"deals":     {"name", "companyId", "externalId"},
}

// loadLookups reads users, stages, companies and the existing records of e
// the actor may read (q is a pinned reader: this can be a million rows).
func loadLookups(ctx context.Context, q store.Querier, e *schema.Entity, a rbac.Actor, matchKey string, rules dedup.Rules) (*importLookups, error) {
	lk := &importLookups{users: map[string]store.UserRecord{}, userTeams: map[string]string{}, stages: map[string]string{},
		companyByName: map[string]string{}, companyByDomain: map[string]string{}, companyName: map[string]string{},
		byKey: map[string]string{}, titles: map[string]string{}, rules: rules}
	users, err := store.ListUsers(ctx, q)
	if err != nil {
		return nil, err
	}
	for _, u := range users {
		rec := store.UserRecord{User: u}
		for _, k := range []string{strings.ToLower(u.Username), strings.ToLower(u.DisplayName)} {
			if _, taken := lk.users[k]; k != "" && !taken {
				lk.users[k] = rec
			}
		}
		if len(u.TeamIDs) > 0 {
			lk.userTeams[u.ID] = u.TeamIDs[0]
		}
	}
	stages, err := store.ListStages(ctx, q)
	if err != nil {
		return nil, err
	}
	for _, st := range stages {
		lk.stages[importmap.Key(st.Name)] = st.ID
		lk.stages[importmap.Key(st.ID)] = st.ID
	}
	if e.Name != rbac.EntityCompanies && e.Name != rbac.EntityLeads {
		companies, _ := schema.Get("companies")
		err := store.ScanForMatching(ctx, q, companies, a, []string{"name", "domain"}, func(r *store.MatchRow) error {
			lk.addCompany(r.ID, r.Values[0], r.Values[1])
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	if rules.Fuzzy || rules.Email || rules.Phone || rules.Domain {
		lk.dups = dedup.NewIndex(rules)
	}
	fields := matchFields[string(e.Name)]
	err = store.ScanForMatching(ctx, q, e, a, fields, func(r *store.MatchRow) error {
		vals := make(map[string]any, len(fields))
		for i, f := range fields {
			vals[f] = r.Values[i]
		}
		lk.titles[r.ID] = e.Title(vals)
		for _, k := range lk.keys(e, matchKey, vals) {
			if _, taken := lk.byKey[k]; !taken {
				lk.byKey[k] = r.ID
			}
		}
		if lk.dups != nil {
			lk.dups.Add(lk.dedupRecord(e, r.ID, vals))
		}
		return nil
	})
	return lk, err
}

// addCompany makes a company findable by id, normalized name and domain.
func (lk *importLookups) addCompany(id, name, domain string) {
	lk.companyName[id] = name
	if k := dedup.NormalizeCompany(name); k != "" {
		if _, taken := lk.companyByName[k]; !taken {
			lk.companyByName[k] = id
		}
	}
	if d := dedup.NormalizeDomain(domain); d != "" {
		if _, taken := lk.companyByDomain[d]; !taken {
			lk.companyByDomain[d] = id
		}
	}
}

// company resolves a cell naming a company (its id, name or domain).
func (lk *importLookups) company(cell string) (string, bool) {
	cell = strings.TrimSpace(cell)
	if _, ok := lk.companyName[cell]; ok {
		return cell, true
	}
	if id, ok := lk.companyByName[dedup.NormalizeCompany(cell)]; ok {
		return id, true
	}
	if strings.Contains(cell, ".") {
		if id, ok := lk.companyByDomain[dedup.NormalizeDomain(cell)]; ok {
			return id, true
		}
	}
	return "", false
}

// owner resolves a user name or display name (case-insensitive).
func (lk *importLookups) owner(cell string) (store.UserRecord, bool) {
	u, ok := lk.users[strings.ToLower(strings.TrimSpace(cell))]
	return u, ok
}

// keys returns the match keys of a record's values under matchKey (a
// contact's two emails give two keys); none when the value is empty.
func (lk *importLookups) keys(e *schema.Entity, matchKey string, v map[string]any) []string {
	str := func(name string) string { s, _ := v[name].(string); return s }
	var out []string
	add := func(prefix, k string) {
		if k != "" {
			out = append(out, prefix+k)
		}
	}
	switch matchKey {
	case model.MatchEmail:
		add("e:", dedup.NormalizeEmail(str("email")))
		add("e:", dedup.NormalizeEmail(str("email2")))
	case model.MatchExternalID:
		add("x:", strings.TrimSpace(str("externalId")))
	case model.MatchPhone:
		add("p:", dedup.NormalizePhone(str("phone"), lk.rules.DefaultRegion))
	case model.MatchNameCompany:
		switch e.Name {
		case rbac.EntityCompanies:
			add("n:", dedup.NormalizeCompany(str("name")))
		case rbac.EntityDeals:
			if n := dedup.NormalizeName(str("name")); n != "" {
				add("n:", n+"|"+str("companyId"))
			}
		default:
			last := dedup.NormalizeName(str("lastName"))
			if last != "" {
				add("n:", dedup.NormalizeName(str("firstName"))+"|"+last+"|"+dedup.NormalizeCompany(lk.companyOf(e, v)))
			}
		}
	}
	return out
}

// companyOf is the company name of a person's values (contacts: through
// companyId; leads: companyName).
func (lk *importLookups) companyOf(e *schema.Entity, v map[string]any) string {
	if e.Name == rbac.EntityLeads {
		s, _ := v["companyName"].(string)
		return s
	}
	id, _ := v["companyId"].(string)
	return lk.companyName[id]
}

// dedupRecord is what duplicate matching needs of a record's values.
func (lk *importLookups) dedupRecord(e *schema.Entity, id string, v map[string]any) dedup.Record {
	str := func(name string) string { s, _ := v[name].(string); return s }
	r := dedup.Record{ID: id, First: str("firstName"), Last: str("lastName")}
	switch e.Name {
	case rbac.EntityCompanies:
		r.Name, r.Domain = str("name"), str("domain")
	case rbac.EntityDeals:
		r.Name, r.Company = str("name"), str("companyId")
	default:
		r.Company = lk.companyOf(e, v)
	}
	for _, k := range []string{"email", "email2"} {
		if s := str(k); s != "" {
			r.Emails = append(r.Emails, s)
		}
	}
	if s := str("phone"); s != "" {
		r.Phones = append(r.Phones, s)
	}
	return r
}
