package report

import (
	"context"
	"testing"
	"time"

	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
	"fieldvault/backend/testutil"
)

// The fixture: a real encrypted store with hand-known records, written by
// the store's own InsertRecord (one deal then trashed by TrashRecord).
// "now" is Wednesday 2026-03-18 12:00 UTC (ISO week 12).
//
//	deal  owner team  company stage          amount product      region outcome closedAt    createdAt (UTC)
//	d1    u1    north c1      prospecting    1000   Starter      North  open                2026-01-05T10:00
//	d2    u1    north c1      proposal       2500   Professional North  open                2026-01-20T23:30
//	d3    u2    north c2      closed_won     4000   Enterprise   South  won     2026-02-10  2026-02-03T08:00
//	d4    u3    south c2      closed_lost    1500   Starter      South  lost    2026-02-20  2026-02-14T12:00
//	d5    u3    south c3      closed_won     3000   Enterprise   East   won     2026-03-02  2026-03-01T00:30
//	d6    u1    north -       negotiation    NULL   Services     -      open                2026-03-10T09:00
//	d7    u2    north c1      closed_won     500    Starter      North  won     2026-03-16  2026-03-15T15:00
//	d8    u1    north c1      prospecting    99999  Starter      North  open    (in the Trash)
var fixNow = time.Date(2026, 3, 18, 12, 0, 0, 0, time.UTC)

type fixture struct {
	s *store.Store
}

var (
	admin = rbac.Actor{UserID: "admin", Grants: rbac.FullGrants()}
	// ownRep reads only their own records (u1).
	ownRep = rbac.Actor{UserID: "u1", Grants: rbac.Grants{Scopes: map[rbac.Entity]map[rbac.Action]rbac.Scope{
		rbac.EntityDeals: {rbac.ActionRead: rbac.ScopeOwn}, rbac.EntityLeads: {rbac.ActionRead: rbac.ScopeOwn},
		rbac.EntityCompanies: {rbac.ActionRead: rbac.ScopeOwn}, rbac.EntityActivities: {rbac.ActionRead: rbac.ScopeOwn}}}}
)

// salesRep is the built-in Sales Representative (team read scope) of team north.
func salesRep(user string) rbac.Actor {
	r, _ := rbac.DefaultRole(rbac.RoleSalesRep)
	return rbac.Actor{UserID: user, TeamIDs: []string{"north"}, Grants: r.Grants}
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	s := testutil.OpenStore(t)
	ctx := context.Background()
	ent := func(name string) *schema.Entity {
		e, err := schema.Get(name)
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	recs := []rec{
		{"companies", "c1", "u1", "north", "2025-06-01T00:00:00.000Z", map[string]any{"name": "Acme", "region": "North", "customerType": "customer", "industry": "Software", "annualRevenue": 1e6}},
		{"companies", "c2", "u3", "south", "2025-06-01T00:00:00.000Z", map[string]any{"name": "Globex", "region": "South", "customerType": "prospect", "industry": "Retail", "annualRevenue": 2e6}},
		{"companies", "c3", "u2", "north", "2025-06-01T00:00:00.000Z", map[string]any{"name": "Initech", "region": "East", "customerType": "partner", "industry": "Finance"}},
		{"deals", "d1", "u1", "north", "2026-01-05T10:00:00.000Z", deal("Alpha", "c1", "prospecting", 1000, "Starter", "North", "open", "", "", "2026-03-01")},
		{"deals", "d2", "u1", "north", "2026-01-20T23:30:00.000Z", deal("Beta", "c1", "proposal", 2500, "Professional", "North", "open", "", "", "2026-04-15")},
		{"deals", "d3", "u2", "north", "2026-02-03T08:00:00.000Z", deal("Gamma", "c2", "closed_won", 4000, "Enterprise", "South", "won", "2026-02-10", "l1", "2026-02-10")},
		{"deals", "d4", "u3", "south", "2026-02-14T12:00:00.000Z", deal("Delta", "c2", "closed_lost", 1500, "Starter", "South", "lost", "2026-02-20", "", "2026-02-28")},
		{"deals", "d5", "u3", "south", "2026-03-01T00:30:00.000Z", deal("Epsilon", "c3", "closed_won", 3000, "Enterprise", "East", "won", "2026-03-02", "l2", "2026-03-02")},
		{"deals", "d6", "u1", "north", "2026-03-10T09:00:00.000Z", deal("Robert'); DROP TABLE deals;--", "", "negotiation", nil, "Services", "", "open", "", "", "")},
		{"deals", "d7", "u2", "north", "2026-03-15T15:00:00.000Z", deal("Eta", "c1", "closed_won", 500, "Starter", "North", "won", "2026-03-16", "", "2026-03-16")},
		{"deals", "d8", "u1", "north", "2026-03-11T09:00:00.000Z", deal("Theta", "c1", "prospecting", 99999, "Starter", "North", "open", "", "", "2026-05-01")},
		// Leads: l1, l2, l4 converted (into d3 won, d5 won, d1 open).
		{"leads", "l1", "u2", "north", "2026-02-01T09:00:00.000Z", lead("Website", "Spring 2026", "converted", "d3", "2026-02-03T08:00:00Z")},
		{"leads", "l2", "u3", "south", "2026-02-20T09:00:00.000Z", lead("Event", "Spring 2026", "converted", "d5", "2026-03-01T00:30:00Z")},
		{"leads", "l3", "u1", "north", "2026-03-05T09:00:00.000Z", lead("Website", "Spring 2026", "new", "", "")},
		{"leads", "l4", "u1", "north", "2026-03-17T09:00:00.000Z", lead("Referral", "Fair 2026", "converted", "d1", "2026-03-17T10:00:00Z")},
		{"leads", "l5", "u2", "north", "2026-03-18T11:00:00.000Z", lead("Website", "", "working", "", "")},
		// Activities: a2 is Sunday 23:30 UTC, Monday 00:30 in Berlin (UTC+1 in March before DST).
		{"activities", "a1", "u1", "north", "2026-03-16T09:00:00.000Z", activity("call", "2026-03-16T09:00:00Z")},
		{"activities", "a2", "u1", "north", "2026-03-15T23:30:00.000Z", activity("email", "2026-03-15T23:30:00Z")},
		{"activities", "a3", "u2", "north", "2026-03-09T10:00:00.000Z", activity("meeting", "2026-03-09T10:00:00Z")},
		{"activities", "a4", "u3", "south", "2026-03-18T08:00:00.000Z", activity("call", "2026-03-18T08:00:00Z")},
		{"activities", "a5", "u3", "south", "2026-02-27T10:00:00.000Z", activity("note", "2026-02-27T10:00:00Z")},
		{"contacts", "ct1", "u1", "north", "2026-01-01T00:00:00.000Z", map[string]any{"firstName": "Ann", "lastName": "Lee", "title": "CEO", "companyId": "c1",
			"personalPhone": "+49 30 1234", "region": "North", "marketingOptIn": true, "optInDate": "2025-12-31", "tags": []string{"vip", "newsletter"}}},
		{"contacts", "ct2", "u2", "north", "2026-01-02T00:00:00.000Z", map[string]any{"firstName": "Ben", "lastName": "Ng", "title": "Buyer",
			"region": "South", "marketingOptIn": false, "tags": []string{}}},
		{"contacts", "ct3", "u3", "south", "2026-01-03T00:00:00.000Z", map[string]any{"firstName": "Cé", "lastName": "O'Hara", "title": "100% _sure_", "companyId": "c2",
			"marketingOptIn": true, "optInDate": "2026-03-18", "tags": []string{"vip"}}},
		// Tasks, due dates around now for the relative periods; each created at 10:00 UTC on its due day.
		task("t1", "2026-03-18"), task("t2", "2026-03-24"), task("t3", "2026-03-25"), task("t4", "2026-03-17"),
		task("t5", "2026-03-10"), task("t6", "2026-02-15"), task("t7", "2025-11-20"), task("t8", "2026-12-31"),
		task("t9", "2026-03-16"), task("t10", "2026-03-22"), task("t11", ""), task("t12", "2025-03-18"),
	}
	err := s.Write(ctx, func(tx *store.Tx) error {
		if err := store.SeedDefaultRoles(ctx, tx, fixNow); err != nil {
			return err
		}
		for _, tm := range []model.Team{{ID: "north", Name: "North team"}, {ID: "south", Name: "South team"}} {
			if err := store.InsertTeam(ctx, tx, tm, fixNow); err != nil {
				return err
			}
		}
		for _, u := range [][3]string{{"u1", "alice", "Alice"}, {"u2", "bob", "Bob"}, {"u3", "carol", ""}} {
			if _, err := tx.ExecContext(ctx, `INSERT INTO users(id, username, display_name, role_id, password_hash, created_at, updated_at)
				VALUES (?, ?, ?, ?, 'x', ?, ?)`, u[0], u[1], u[2], rbac.RoleSalesRep, "2025-01-01T00:00:00.000Z", "2025-01-01T00:00:00.000Z"); err != nil {
				return err
			}
		}
		for _, r := range recs {
			e := ent(r.ent)
			v, err := e.Normalize(r.v, nil, true)
			if err != nil {
				return err
			}
			if err := store.InsertRecord(ctx, tx, e, model.RecordItem{ID: r.id, Entity: r.ent, OwnerID: r.owner, TeamID: r.team,
				CreatedAt: r.created, CreatedBy: r.owner, UpdatedAt: r.created, UpdatedBy: r.owner, Values: v}); err != nil {
				return err
			}
		}
		return store.TrashRecord(ctx, tx, ent("deals"), admin, "d8", "2026-03-12T00:00:00.000Z")
	})
	if err != nil {
		t.Fatalf("seed: %v", err)
	}
	return &fixture{s: s}
}

type rec struct {
	ent, id, owner, team, created string
	v                             map[string]any
}

func task(id, due string) rec {
	created := "2024-01-01T10:00:00.000Z"
	if due != "" {
		created = due + "T10:00:00.000Z"
	}
	return rec{"tasks", id, "u1", "north", created, map[string]any{"title": "Task " + id, "due": due, "priority": "normal", "status": "open"}}
}

func deal(name, company, stage string, amount any, product, region, outcome, closed, lead, expected string) map[string]any {
	return map[string]any{"name": name, "companyId": company, "stageId": stage, "amount": amount, "currency": "EUR", "product": product,
		"region": region, "outcome": outcome, "closedAt": closed, "leadId": lead, "expectedClose": expected}
}

func lead(source, campaign, status, dealID, at string) map[string]any {
	return map[string]any{"firstName": "L", "lastName": "Lead", "source": source, "campaign": campaign, "status": status,
		"convertedDealId": dealID, "convertedAt": at}
}

func activity(kind, at string) map[string]any {
	return map[string]any{"kind": kind, "subject": "About " + kind, "at": at}
}

// run compiles spec for the viewer at fixNow in loc (nil = UTC) and runs it.
func (f *fixture) run(t *testing.T, spec Spec, a rbac.Actor, canSee bool, loc *time.Location) *Result {
	t.Helper()
	q, err := Compile(spec, a, canSee, fixNow, loc)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	res, err := Run(context.Background(), f.s.Reader(), q)
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	return res
}

// ids runs a tabular spec and returns the record ids.
func (f *fixture) ids(t *testing.T, spec Spec, a rbac.Actor) []string {
	t.Helper()
	if len(spec.Columns) == 0 {
		spec.Columns = []string{"id"}
	}
	return f.run(t, spec, a, true, nil).RowIDs
}
