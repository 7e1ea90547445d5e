package store

import (
	"context"
	"strings"

	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
)

// CandidateProbe is what a duplicate check knows of a record being written;
// empty parts are not searched.
type CandidateProbe struct {
	Emails     []string // exact (as typed and lower-cased)
	NamePrefix string   // the first letters of the last name (people) or name (companies)
	CompanyID  string   // contacts, deals
	Company    string   // leads: company name
	Domain     string   // companies
}

// FindCandidates returns up to limit live records of e the actor may read
// that share an email, a company or domain, or the start of the name with
// probe — the records a duplicate check compares (each condition is an
// index range). Values holds fields' text in order; ID, OwnerID, TeamID are set.
func FindCandidates(ctx context.Context, q Querier, e *schema.Entity, a rbac.Actor, fields []string, p CandidateProbe, limit int) ([]MatchRow, error) {
	var conds []string
	var args []any
	col := func(name string) (string, bool) {
		f, ok := e.Field(name)
		if !ok {
			return "", false
		}
		return "t." + f.Column, true
	}
	if len(p.Emails) > 0 {
		for _, name := range []string{"email", "email2"} {
			if c, ok := col(name); ok {
				conds = append(conds, c+" IN ("+strings.TrimSuffix(strings.Repeat("?, ", len(p.Emails)), ", ")+")")
				for _, em := range p.Emails {
					args = append(args, em)
				}
			}
		}
	}
	if p.NamePrefix != "" {
		name := "lastName"
		if _, ok := e.Field(name); !ok {
			name = "name"
		}
		if c, ok := col(name); ok {
			for _, pre := range prefixVariants(p.NamePrefix) {
				conds = append(conds, "("+c+" >= ? AND "+c+" < ?)")
				args = append(args, pre, pre+"\U0010FFFF")
			}
		}
	}
	for name, v := range map[string]string{"companyId": p.CompanyID, "companyName": p.Company, "domain": p.Domain} {
		if c, ok := col(name); ok && v != "" {
			conds = append(conds, c+" = ?")
			args = append(args, v)
		}
	}
	if len(conds) == 0 {
		return nil, nil
	}
	cols := make([]string, len(fields))
	for i, name := range fields {
		c, ok := col(name)
		if !ok {
			c = "''"
		}
		cols[i] = c
	}
	where, wargs := scopeWhere(a, e, rbac.ActionRead, "t.owner_id", "t.team_id")
	query := `SELECT t.id, t.owner_id, t.team_id, ` + strings.Join(cols, ", ") + ` FROM ` + e.Table + ` t WHERE t.deleted_at = '' AND (` +
		strings.Join(conds, " OR ") + `) AND ` + where + ` LIMIT ?`
	rows, err := q.QueryContext(ctx, query, append(append(args, wargs...), limit)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []MatchRow
	for rows.Next() {
		r := MatchRow{Values: make([]string, len(fields))}
		dst := []any{&r.ID, &r.OwnerID, &r.TeamID}
		for i := range r.Values {
			dst = append(dst, &r.Values[i])
		}
		if err := rows.Scan(dst...); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// prefixVariants returns a name prefix as typed, capitalized and lower case
// (the name indexes compare bytes).
func prefixVariants(p string) []string {
	out := []string{p}
	add := func(s string) {
		for _, x := range out {
			if x == s {
				return
			}
		}
		out = append(out, s)
	}
	lower := strings.ToLower(p)
	add(lower)
	if lower != "" {
		r := []rune(lower)
		add(strings.ToUpper(string(r[0])) + string(r[1:]))
	}
	return out
}
