package report

// BuiltIn is a report every workspace has from its first start.
type BuiltIn struct {
	Key         string `json:"key"` // stable: saved dashboards and KPIs refer to it
	Title       string `json:"title"`
	Description string `json:"description"`
	// Chart suggests how the window draws it: bar, stackedBar, line, table
	// or kpi.
	Chart string `json:"chart"`
	Spec  Spec   `json:"spec"`
}

// BuiltIns returns fresh copies of the built-in reports, in menu order.
// Reports over deal amounts need sensitive.view: Compile refuses them for
// other viewers (naming the aggregate), it never drops the amounts.
func BuiltIns() []BuiltIn {
	// Functions, not shared slices: every spec gets its own copy.
	won := func() []Filter { return []Filter{{Field: "outcome", Op: OpEq, Value: "won"}} }
	closed := func() []Filter { return []Filter{{Field: "outcome", Op: OpIn, Values: []any{"won", "lost"}}} }
	sales := func(key, title, group string) BuiltIn {
		return BuiltIn{Key: key, Title: title, Chart: "bar",
			Description: "Won revenue, deal count and win rate (won of closed deals).",
			Spec: Spec{Entity: "deals", Format: FormatSummary, Groups: []Group{{Field: group}},
				Aggregates: []Aggregate{
					{Key: "wonRevenue", Label: "Won revenue", Func: AggSum, Field: "amount", Where: won()},
					{Key: "deals", Label: "Deals", Func: AggCount},
					{Key: "wonDeals", Label: "Won deals", Func: AggCount, Where: won()},
					{Key: "winRate", Label: "Win rate", Func: AggPercent, Where: won(), Of: closed()},
				},
				Sort: []SortKey{{Key: "wonRevenue", Desc: true}}}}
	}
	conversion := func(key, title, group string) BuiltIn {
		return BuiltIn{Key: key, Title: title, Chart: "bar", Description: "Converted leads of all leads, as a percent.",
			Spec: Spec{Entity: "leads", Format: FormatSummary, Groups: []Group{{Field: group}},
				Aggregates: []Aggregate{
					{Key: "leads", Label: "Leads", Func: AggCount},
					{Key: "converted", Label: "Converted", Func: AggCount, Where: []Filter{{Field: "status", Op: OpEq, Value: "converted"}}},
					{Key: "conversionRate", Label: "Conversion rate", Func: AggPercent, Where: []Filter{{Field: "status", Op: OpEq, Value: "converted"}}},
				}}}
	}
	revenue := func(key, title, group string) BuiltIn {
		return BuiltIn{Key: key, Title: title, Chart: "bar", Description: "Won revenue and won deals.",
			Spec: Spec{Entity: "deals", Format: FormatSummary, Filters: won(), Groups: []Group{{Field: group}},
				Aggregates: []Aggregate{
					{Key: "revenue", Label: "Revenue", Func: AggSum, Field: "amount"},
					{Key: "deals", Label: "Won deals", Func: AggCount},
				},
				Sort: []SortKey{{Key: "revenue", Desc: true}}}}
	}
	return []BuiltIn{
		sales("sales-by-owner", "Sales performance by owner", "owner.name"),
		sales("sales-by-team", "Sales performance by team", "team.name"),
		{Key: "pipeline-by-stage", Title: "Pipeline by stage", Chart: "bar", Description: "Open deals and their amount per stage.",
			Spec: Spec{Entity: "deals", Format: FormatSummary, Filters: []Filter{{Field: "outcome", Op: OpEq, Value: "open"}},
				Groups: []Group{{Field: "stage.name"}},
				Aggregates: []Aggregate{
					{Key: "deals", Label: "Open deals", Func: AggCount},
					{Key: "amount", Label: "Amount", Func: AggSum, Field: "amount"},
				}}},
		{Key: "won-lost-by-month", Title: "Won and lost deals by month", Chart: "stackedBar",
			Description: "Deals closed in the last 365 days, per month of closing.",
			Spec: Spec{Entity: "deals", Format: FormatMatrix,
				Filters:    []Filter{closed()[0], {Field: "closedAt", Op: OpLastNDays, N: 365}},
				Groups:     []Group{{Field: "closedAt", Bucket: BucketMonth}, {Field: "outcome"}},
				Aggregates: []Aggregate{{Key: "deals", Label: "Deals", Func: AggCount}}}},
		conversion("lead-conversion-by-source", "Lead conversion by source", "source"),
		conversion("lead-conversion-by-campaign", "Lead conversion by campaign", "campaign"),
		{Key: "customer-interactions", Title: "Customer interactions per week", Chart: "stackedBar",
			Description: "Activities of the last 12 weeks by kind.",
			Spec: Spec{Entity: "activities", Format: FormatMatrix, Filters: []Filter{{Field: "at", Op: OpLastNDays, N: 84}},
				Groups:     []Group{{Field: "at", Bucket: BucketWeek}, {Field: "kind"}},
				Aggregates: []Aggregate{{Key: "activities", Label: "Activities", Func: AggCount}}}},
		{Key: "campaign-effectiveness", Title: "Campaign effectiveness", Chart: "table",
			Description: "Per campaign: leads, leads converted into deals, won deals and their revenue.",
			Spec: Spec{Entity: "leads", Format: FormatSummary, Filters: []Filter{{Field: "campaign", Op: OpNotEmpty}},
				Groups: []Group{{Field: "campaign"}},
				Aggregates: []Aggregate{
					{Key: "leads", Label: "Leads", Func: AggCount},
					{Key: "deals", Label: "Converted to deals", Func: AggCount, Where: []Filter{{Field: "convertedDealId", Op: OpNotEmpty}}},
					{Key: "dealRate", Label: "Lead-to-deal rate", Func: AggPercent, Where: []Filter{{Field: "convertedDealId", Op: OpNotEmpty}}},
					{Key: "wonDeals", Label: "Won deals", Func: AggCount, Where: []Filter{{Field: "deal.outcome", Op: OpEq, Value: "won"}}},
					{Key: "wonRevenue", Label: "Won revenue", Func: AggSum, Field: "deal.amount", Where: []Filter{{Field: "deal.outcome", Op: OpEq, Value: "won"}}},
				},
				Sort: []SortKey{{Key: "wonRevenue", Desc: true}}}},
		revenue("revenue-by-region", "Revenue by region", "region"),
		revenue("revenue-by-product", "Revenue by product", "product"),
		revenue("revenue-by-customer-type", "Revenue by customer type", "company.customerType"),
		{Key: "revenue-by-region-by-month", Title: "Revenue by region and month", Chart: "stackedBar",
			Description: "Won revenue of the last 365 days per month of closing and region.",
			Spec: Spec{Entity: "deals", Format: FormatMatrix, Filters: []Filter{won()[0], {Field: "closedAt", Op: OpLastNDays, N: 365}},
				Groups:     []Group{{Field: "closedAt", Bucket: BucketMonth}, {Field: "region"}},
				Aggregates: []Aggregate{{Key: "revenue", Label: "Revenue", Func: AggSum, Field: "amount"}}}},
		{Key: "trend-won-revenue", Title: "Won revenue: this month vs last month", Chart: "kpi",
			Description: "Won revenue and won deals closed this month, beside last month.",
			Spec: Spec{Entity: "deals", Format: FormatSummary, Compare: ComparePrevious,
				Filters: []Filter{won()[0], {Field: "closedAt", Op: OpThisMonth}},
				Aggregates: []Aggregate{
					{Key: "revenue", Label: "Won revenue", Func: AggSum, Field: "amount"},
					{Key: "deals", Label: "Won deals", Func: AggCount},
				}}},
		{Key: "trend-new-leads", Title: "New leads: this month vs last month", Chart: "kpi",
			Description: "Leads created this month, beside last month.",
			Spec: Spec{Entity: "leads", Format: FormatSummary, Compare: ComparePrevious,
				Filters:    []Filter{{Field: "createdAt", Op: OpThisMonth}},
				Aggregates: []Aggregate{{Key: "leads", Label: "New leads", Func: AggCount}}}},
		{Key: "trend-activities", Title: "Activities: this week vs last week", Chart: "bar",
			Description: "Activities this week by kind, beside last week.",
			Spec: Spec{Entity: "activities", Format: FormatSummary, Compare: ComparePrevious,
				Filters:    []Filter{{Field: "at", Op: OpThisWeek}},
				Groups:     []Group{{Field: "kind"}},
				Aggregates: []Aggregate{{Key: "activities", Label: "Activities", Func: AggCount}}}},
	}
}

// FindBuiltIn returns a fresh copy of the built-in report with key, and
// false when there is none.
func FindBuiltIn(key string) (BuiltIn, bool) {
	for _, b := range BuiltIns() {
		if b.Key == key {
			return b, true
		}
	}
	return BuiltIn{}, false
}
