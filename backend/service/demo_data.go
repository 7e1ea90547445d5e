package service

import (
	"fmt"
	"strings"
	"time"
)

var (
	demoFirst = []string{"Anna", "Ben", "Clara", "David", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kaja", "Luis",
		"Mia", "Noah", "Olga", "Pavel", "Quinn", "Rosa", "Sven", "Tariq", "Uma", "Viktor", "Wen", "Yusuf", "Zoë", "Chloé", "Łukasz", "Søren"}
	demoLast = []string{"Müller", "Schmidt", "Garcia", "Rossi", "Nowak", "Dubois", "Jensen", "Novak", "Silva", "Kowalski",
		"Smith", "Brown", "Yilmaz", "Ivanova", "Fischer", "Weber", "Martin", "Bernard", "Lopez", "Moretti", "O'Brien", "Nakamura", "Andersson", "Horvat"}
	demoWords  = []string{"Acme", "Nordic", "Blue", "Summit", "Vertex", "Alpine", "Harbor", "Quantum", "Pioneer", "Atlas", "Cedar", "Orbit", "Helix", "Beacon", "Crescent", "Granite"}
	demoKinds  = []string{"Systems", "Logistics", "Foods", "Health", "Energy", "Labs", "Media", "Partners", "Works", "Retail", "Finance", "Robotics"}
	demoCities = []string{"Berlin", "Hamburg", "Munich", "Vienna", "Zurich", "Paris", "Lyon", "Madrid", "Milan", "Warsaw", "Prague", "Oslo", "Dublin", "Lisbon"}
	demoTitles = []string{"CEO", "CTO", "Head of Sales", "Purchasing Manager", "Operations Lead", "Office Manager", "IT Director", "Buyer", "Founder", "Controller"}
)

func (g *demoGen) pick(list []string) string { return list[g.rnd.IntN(len(list))] }

func (g *demoGen) date(back, ahead int) string {
	d := g.now.AddDate(0, 0, -back+g.rnd.IntN(back+ahead+1))
	return d.Format(time.DateOnly)
}

func (g *demoGen) phone() string {
	return fmt.Sprintf("+%d %d %07d", 30+g.rnd.IntN(20), 10+g.rnd.IntN(90), g.rnd.IntN(10_000_000))
}

func (g *demoGen) ref(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return ids[g.rnd.IntN(len(ids))]
}

func (g *demoGen) company() map[string]any {
	name := g.pick(demoWords) + " " + g.pick(demoKinds)
	return map[string]any{"name": name, "domain": strings.ToLower(strings.ReplaceAll(name, " ", "")) + ".example",
		"industry": g.pick([]string{"Software", "Manufacturing", "Retail", "Healthcare", "Finance", "Logistics", "Energy", "Media"}),
		"size":     g.pick([]string{"1-10", "11-50", "51-200", "201-1000", "1000+"}), "region": g.pick(regionsDemo),
		"address": fmt.Sprintf("%d Market Street, %s", 1+g.rnd.IntN(200), g.pick(demoCities)), "phone": g.phone(),
		"customerType": g.pick([]string{"prospect", "customer", "customer", "partner"}), "annualRevenue": float64(g.rnd.IntN(500)) * 100_000}
}

var regionsDemo = []string{"North", "South", "East", "West", "International"}

func (g *demoGen) contact() map[string]any {
	first, last := g.pick(demoFirst), g.pick(demoLast)
	opt := g.rnd.IntN(2) == 0
	v := map[string]any{"firstName": first, "lastName": last, "title": g.pick(demoTitles), "companyId": g.ref(g.companies),
		"email": fmt.Sprintf("%s.%s%d@example.com", asciiLower(first), asciiLower(last), g.rnd.IntN(1000)), "phone": g.phone(),
		"personalPhone": g.phone(), "region": g.pick(regionsDemo), "source": g.pick([]string{"Website", "Referral", "Event", "Cold call", "Partner"}),
		"marketingOptIn": opt, "tags": []string{g.pick([]string{"vip", "newsletter", "trade-fair", "renewal", "key-account"})}}
	if opt {
		v["optInDate"] = g.date(700, 0)
	}
	return v
}

func (g *demoGen) lead() map[string]any {
	return map[string]any{"firstName": g.pick(demoFirst), "lastName": g.pick(demoLast), "companyName": g.pick(demoWords) + " " + g.pick(demoKinds),
		"phone": g.phone(), "source": g.pick([]string{"Website", "Event", "Advertising", "Referral"}), "campaign": "Spring " + g.date(700, 0)[:4],
		"status": g.pick([]string{"new", "working", "qualified", "unqualified"})}
}

var demoStages = []string{"prospecting", "qualification", "proposal", "negotiation", "closed_won", "closed_lost"}

func (g *demoGen) deal() map[string]any {
	stage := g.pick(demoStages)
	v := map[string]any{"name": g.pick(demoWords) + " " + g.pick([]string{"renewal", "expansion", "pilot", "rollout", "upgrade"}),
		"companyId": g.ref(g.companies), "primaryContactId": g.ref(g.contacts), "stageId": stage,
		"amount": float64(1+g.rnd.IntN(500)) * 1000, "currency": g.pick([]string{"EUR", "EUR", "USD", "GBP"}),
		"expectedClose": g.date(60, 240), "product": g.pick([]string{"Starter", "Professional", "Enterprise", "Services", "Support plan"}),
		"region": g.pick(regionsDemo), "outcome": "open"}
	// A third of deals involve one or two more contacts than the primary.
	if n := g.rnd.IntN(6) - 3; n > 0 {
		more := make([]string, 0, n)
		for range n {
			more = append(more, g.ref(g.contacts))
		}
		v["contactIds"] = more
	}
	switch stage {
	case "closed_won":
		v["outcome"], v["closedAt"] = "won", g.date(700, 0)
	case "closed_lost":
		v["outcome"], v["closedAt"], v["lostReason"] = "lost", g.date(700, 0), g.pick([]string{"Price", "Timing", "Competitor", "No budget"})
	}
	return v
}

func (g *demoGen) related() (string, string) {
	if g.rnd.IntN(3) == 0 && len(g.deals) > 0 {
		return "deals", g.ref(g.deals)
	}
	if len(g.contacts) > 0 {
		return "contacts", g.ref(g.contacts)
	}
	return "", ""
}

func (g *demoGen) activity() map[string]any {
	kind := g.pick([]string{"call", "meeting", "email", "note"})
	ent, id := g.related()
	at := g.now.Add(-time.Duration(g.rnd.IntN(730*24)) * time.Hour).UTC().Format(time.RFC3339)
	return map[string]any{"kind": kind, "subject": strings.ToUpper(kind[:1]) + kind[1:] + " about " + g.pick([]string{"pricing", "renewal", "demo", "contract", "support"}),
		"at": at, "outcome": g.pick([]string{"Positive", "Follow-up needed", "No answer", "Sent proposal"}),
		"notes": "Discussed next steps.\nAgreed to follow up.", "relatedEntity": ent, "relatedId": id}
}

func (g *demoGen) task() map[string]any {
	ent, id := g.related()
	o := g.owners[g.rnd.IntN(len(g.owners))]
	return map[string]any{"title": g.pick([]string{"Send offer", "Call back", "Prepare demo", "Update contract", "Check invoice"}),
		"assigneeId": o.id, "due": g.date(60, 60), "priority": g.pick([]string{"low", "normal", "normal", "high", "urgent"}),
		"status": g.pick([]string{"open", "open", "in_progress", "done"}), "relatedEntity": ent, "relatedId": id}
}

func asciiLower(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return r
		case r >= 'A' && r <= 'Z':
			return r + 32
		}
		return -1
	}, s)
}
