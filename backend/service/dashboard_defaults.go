package service

import (
	"fieldvault/backend/rbac"
	"fieldvault/backend/report"
	"fieldvault/backend/store"
)

// tile is a candidate widget of a default dashboard: a built-in report, or
// a built-in cut down to some of its aggregates (keep) where the whole
// would need a permission the role does not have (deal amounts without
// sensitive.view), or an inline spec.
type tile struct {
	id, typ, title string
	builtin        string
	keep           []string // aggregate keys kept of the built-in ("" = all)
	spec           *report.Spec
	opts           WidgetOptions
}

// Shared tiles of the default dashboards.
var (
	tWonRevenue  = tile{id: "won-revenue", typ: WidgetKPI, title: "Won revenue this month", builtin: "trend-won-revenue", opts: WidgetOptions{Aggregate: "revenue"}}
	tWonDeals    = tile{id: "won-deals", typ: WidgetKPI, title: "Won deals this month", builtin: "trend-won-revenue", opts: WidgetOptions{Aggregate: "deals"}}
	tNewLeads    = tile{id: "new-leads", typ: WidgetKPI, title: "New leads this month", builtin: "trend-new-leads", opts: WidgetOptions{Aggregate: "leads"}}
	tOpenDeals   = tile{id: "open-deals", typ: WidgetKPI, title: "Open deals", builtin: "pipeline-by-stage", keep: []string{"deals"}, opts: WidgetOptions{Aggregate: "deals", IgnoreDateRange: true}}
	tWinRate     = tile{id: "win-rate", typ: WidgetKPI, title: "Win rate", builtin: "sales-by-team", opts: WidgetOptions{Aggregate: "winRate", DateField: "closedAt"}}
	tPipeline    = tile{id: "pipeline", typ: WidgetFunnel, title: "Pipeline by stage", builtin: "pipeline-by-stage", opts: WidgetOptions{IgnoreDateRange: true}}
	tSalesTeam   = tile{id: "sales-by-team", typ: WidgetBar, title: "Sales performance by team", builtin: "sales-by-team", opts: WidgetOptions{DateField: "closedAt"}}
	tSalesOwner  = tile{id: "sales-by-owner", typ: WidgetBar, title: "Sales performance by owner", builtin: "sales-by-owner", opts: WidgetOptions{DateField: "closedAt"}}
	tWonLost     = tile{id: "won-lost", typ: WidgetBar, title: "Won and lost deals by month", builtin: "won-lost-by-month", opts: WidgetOptions{Stacked: true}}
	tRegion      = tile{id: "revenue-by-region", typ: WidgetBar, title: "Revenue by region", builtin: "revenue-by-region", opts: WidgetOptions{DateField: "closedAt"}}
	tProduct     = tile{id: "revenue-by-product", typ: WidgetTable, title: "Revenue by product", builtin: "revenue-by-product", opts: WidgetOptions{DateField: "closedAt"}}
	tInteraction = tile{id: "interactions", typ: WidgetArea, title: "Customer interactions per week", builtin: "customer-interactions", opts: WidgetOptions{Stacked: true}}
	tConvSource  = tile{id: "conversion-by-source", typ: WidgetBar, title: "Lead conversion by source", builtin: "lead-conversion-by-source"}
	tConvRate    = tile{id: "conversion-rate", typ: WidgetKPI, title: "Lead conversion rate", builtin: "lead-conversion-by-source", opts: WidgetOptions{Aggregate: "conversionRate"}}
	tCampaigns   = tile{id: "leads-by-campaign", typ: WidgetDonut, title: "Leads by campaign", builtin: "lead-conversion-by-campaign", keep: []string{"leads"}}
	tCampaignFx  = tile{id: "campaign-effectiveness", typ: WidgetTable, title: "Campaign effectiveness", builtin: "campaign-effectiveness", keep: []string{"leads", "deals", "dealRate", "wonDeals"}}
	tActivities  = tile{id: "activities-by-kind", typ: WidgetPie, title: "Activities this week by kind", builtin: "trend-activities"}
	tMyActs      = tile{id: "my-activities", typ: WidgetKPI, title: "My activities this week", builtin: "trend-activities", opts: WidgetOptions{Aggregate: "activities", OnlyMine: true}}
)

// openTasks are the caller's tasks not done, by priority (tasks have no
// built-in report).
func openTasks(by bool) *report.Spec {
	s := &report.Spec{Entity: string(rbac.EntityTasks), Format: report.FormatSummary,
		Filters:    []report.Filter{{Field: "status", Op: report.OpIn, Values: []any{"open", "in_progress"}}},
		Aggregates: []report.Aggregate{{Key: "tasks", Label: "Open tasks", Func: report.AggCount}}}
	if by {
		s.Groups = []report.Group{{Field: "priority"}}
	}
	return s
}

// roleTiles are the default dashboards of the built-in roles, each for
// what the role does (see rbac.DefaultRoles); a custom role gets the
// Administrator's, cut to what it may run.
func roleTiles(role string) []tile {
	mine := func(t tile, id, title string) tile {
		t.id, t.title, t.opts.OnlyMine = id, title, true
		return t
	}
	switch role {
	case rbac.RoleSalesRep:
		// Their own pipeline first: the team's is visible to them, but
		// their dashboard is about their deals. No amounts (no
		// sensitive.view): counts only.
		pipe := tile{id: "my-pipeline", typ: WidgetFunnel, title: "My pipeline by stage", builtin: "pipeline-by-stage", keep: []string{"deals"},
			opts: WidgetOptions{OnlyMine: true, IgnoreDateRange: true}}
		return []tile{mine(tOpenDeals, "my-open-deals", "My open deals"), mine(tWonDeals, "my-won-deals", "My won deals this month"),
			tMyActs, tNewLeads, pipe, mine(tActivities, "my-activities-by-kind", "My activities this week by kind"),
			{id: "won-lost", typ: WidgetLine, title: "Team's won and lost deals by month", builtin: "won-lost-by-month"}}
	case rbac.RoleSalesManager:
		return []tile{tWonRevenue, tWonDeals, tOpenDeals, tWinRate, tPipeline, tSalesOwner, tWonLost, tProduct}
	case rbac.RoleMarketingManager:
		return []tile{tNewLeads, tConvRate, tConvSource, tCampaigns,
			{id: "won-lost", typ: WidgetLine, title: "Won and lost deals by month", builtin: "won-lost-by-month"}, tCampaignFx}
	case rbac.RoleSupportAgent:
		return []tile{tMyActs,
			{id: "my-open-tasks", typ: WidgetKPI, title: "My open tasks", spec: openTasks(false), opts: WidgetOptions{OnlyMine: true, IgnoreDateRange: true}},
			tInteraction,
			{id: "tasks-by-priority", typ: WidgetBar, title: "My open tasks by priority", spec: openTasks(true), opts: WidgetOptions{OnlyMine: true, IgnoreDateRange: true}},
			tActivities}
	}
	return []tile{tWonRevenue, tNewLeads, tOpenDeals, tWinRate, tPipeline, tSalesTeam, tWonLost, tRegion, tInteraction}
}

// virtual builds the default dashboard of role for the caller: the role's
// tiles the caller can run (compiled for them; others are left out, so a
// role whose permissions were narrowed never sees a broken widget), packed
// left to right on the grid: KPIs 3 columns wide, charts 6, tables 12.
func (s *DashboardService) virtual(cl call, role string) Dashboard {
	name := "Dashboard"
	if r, ok := rbac.DefaultRole(role); ok {
		name = r.Name + " dashboard"
	} else if role == cl.actor.RoleID && cl.actor.RoleName != "" {
		name = cl.actor.RoleName + " dashboard"
	}
	d := Dashboard{ID: DefaultDashboardPrefix + role, Name: name, Sharing: store.SharingEveryone, Virtual: true, Widgets: []Widget{}}
	x, y, rowH := 0, 0, 0
	for _, t := range roleTiles(role) {
		w := t.widget()
		if s.check(cl, w, "", "") != nil {
			continue
		}
		switch w.Type {
		case WidgetKPI:
			w.W, w.H = 3, 2
		case WidgetTable:
			w.W, w.H = 12, 4
		default:
			w.W, w.H = 6, 4
		}
		if x+w.W > GridColumns {
			x, y, rowH = 0, y+rowH, 0
		}
		w.X, w.Y = x, y
		x, rowH = x+w.W, max(rowH, w.H)
		d.Widgets = append(d.Widgets, w)
	}
	return d
}

// widget turns a tile into a widget (placed later).
func (t tile) widget() Widget {
	w := Widget{ID: t.id, Type: t.typ, Title: t.title, Options: t.opts}
	switch {
	case t.spec != nil:
		spec := cloneSpec(*t.spec)
		w.Spec = &spec
	case len(t.keep) > 0:
		b, _ := report.FindBuiltIn(t.builtin)
		spec := b.Spec
		var aggs []report.Aggregate
		for _, a := range spec.Aggregates {
			for _, k := range t.keep {
				if aggregateKeyOf(a) == k {
					aggs = append(aggs, a)
				}
			}
		}
		spec.Aggregates = aggs
		var sort []report.SortKey
		for _, k := range spec.Sort {
			for _, kept := range t.keep {
				if k.Key == kept {
					sort = append(sort, k)
				}
			}
		}
		spec.Sort = sort
		w.Spec = &spec
	default:
		w.Report = BuiltinPrefix + t.builtin
	}
	return w
}
