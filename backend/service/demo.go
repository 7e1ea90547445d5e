package service

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// DemoOptions says how many records GenerateDemo makes. Leads, activities
// and tasks follow from the contacts (a tenth, a half and a fifth).
type DemoOptions struct {
	Contacts, Companies, Deals int
	Seed                       uint64 // 0 = random
}

// DemoBatch is how many rows one demo transaction inserts.
const DemoBatch = 2000

// GenerateDemo fills the workspace with realistic, varied demo records owned
// by the existing users and their teams, for the signed-in administrator
// (others: audited CodeForbidden). progress is called after every batch.
//
// Audit exception: demo data is written in batches of DemoBatch rows, each
// with ONE summary entry "demo.generate" (object type = entity, Rows = the
// rows inserted) in the batch's transaction, not one entry per record — a
// million per-record entries would describe nothing but the generator.
//
// It lives on Core, not on a bound service: it is a headless command
// (fieldvault demo), never offered to the window.
func (c *Core) GenerateDemo(o DemoOptions, progress func(done, total int)) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	ctx := context.Background()
	cl, err := c.authorize(ctx, "", "demo.generate", "", "")
	if err != nil {
		return err
	}
	if !rbac.IsAdministrator(cl.actor.Grants) {
		return c.deny(cl, "demo.generate", "", "", "only administrators generate demo data")
	}
	users, err := store.ListUsers(ctx, cl.st.Reader())
	if err != nil {
		return err
	}
	g := newDemoGen(o, users, c.now())
	plan := []struct {
		entity string
		n      int
		make   func() map[string]any
		keep   *[]string
	}{
		{"companies", o.Companies, g.company, &g.companies},
		{"contacts", o.Contacts, g.contact, &g.contacts},
		{"leads", o.Contacts / 10, g.lead, nil},
		{"deals", o.Deals, g.deal, &g.deals},
		{"activities", o.Contacts / 2, g.activity, nil},
		{"tasks", o.Contacts / 5, g.task, nil},
	}
	total, done := 0, 0
	for _, p := range plan {
		total += p.n
	}
	for _, p := range plan {
		e, _ := schema.Get(p.entity)
		for left := p.n; left > 0; {
			n := min(left, DemoBatch)
			err := cl.st.Write(ctx, func(tx *store.Tx) error {
				ins, err := store.NewInserter(ctx, tx, e)
				if err != nil {
					return err
				}
				defer ins.Close()
				for i := 0; i < n; i++ {
					r := g.record(e, p.make())
					if err := ins.Insert(ctx, r); err != nil {
						return err
					}
					if p.keep != nil {
						*p.keep = append(*p.keep, r.ID)
					}
				}
				en := c.entry(cl.actor, audit.CatData, "demo.generate", p.entity, "", fmt.Sprintf("%d demo %s", n, p.entity))
				en.Rows = int64(n)
				return store.AppendAudit(ctx, tx, en)
			})
			if err != nil {
				return err
			}
			left -= n
			done += n
			if progress != nil {
				progress(done, total)
			}
		}
	}
	// Fresh statistics let the planner pick the right index on big tables.
	return cl.st.Write(ctx, func(tx *store.Tx) error { _, err := tx.ExecContext(ctx, `ANALYZE`); return err })
}

// demoOwner is a user who may own demo records, with their first team.
type demoOwner struct{ id, team string }

type demoGen struct {
	rnd                        *rand.Rand
	owners                     []demoOwner
	now                        time.Time
	companies, contacts, deals []string
}

func newDemoGen(o DemoOptions, users []model.User, now time.Time) *demoGen {
	seed := o.Seed
	if seed == 0 {
		seed = rand.Uint64()
	}
	g := &demoGen{rnd: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), now: now}
	for _, u := range users {
		if u.Disabled {
			continue
		}
		team := ""
		if len(u.TeamIDs) > 0 {
			team = u.TeamIDs[0]
		}
		g.owners = append(g.owners, demoOwner{u.ID, team})
	}
	return g
}

// record stamps values as a record of a random owner, created and updated
// at random times over the last two years.
func (g *demoGen) record(e *schema.Entity, values map[string]any) model.RecordItem {
	norm, err := e.Normalize(values, nil, true)
	if err != nil {
		panic(fmt.Sprintf("demo %s values: %v", e.Name, err)) // a generator bug, not input
	}
	o := g.owners[g.rnd.IntN(len(g.owners))]
	created := g.now.Add(-time.Duration(g.rnd.Int64N(int64(730 * 24 * time.Hour))))
	updated := created.Add(time.Duration(g.rnd.Int64N(int64(g.now.Sub(created)) + 1)))
	return model.RecordItem{ID: store.NewID(), Entity: string(e.Name), Values: norm, OwnerID: o.id, TeamID: o.team,
		CreatedAt: store.FormatTime(created), CreatedBy: o.id, UpdatedAt: store.FormatTime(updated), UpdatedBy: o.id}
}
