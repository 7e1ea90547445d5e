package report

import (
	"fmt"
	"testing"
)

func TestMatrixTotals(t *testing.T) {
	f := newFixture(t)
	won := []Filter{{Field: "outcome", Op: OpEq, Value: "won"}}
	tests := []struct {
		name string
		spec Spec
		want Matrix
		rows int
	}{
		{
			// Alice: d1 1000, d2 2500, d6 NULL (open); Bob: d3 4000, d7 500 (won); carol: d4 1500 (lost), d5 3000 (won).
			name: "sum, owner × outcome",
			spec: Spec{Entity: "deals", Format: FormatMatrix, Groups: []Group{{Field: "owner.name"}, {Field: "outcome"}},
				Aggregates: []Aggregate{{Func: AggSum, Field: "amount"}}},
			want: Matrix{RowKeys: []any{"Alice", "Bob", "carol"}, ColKeys: []any{"lost", "open", "won"},
				Cells:     [][]any{{nil, 3500.0, nil}, {nil, nil, 4500.0}, {1500.0, nil, 3000.0}},
				RowTotals: []any{3500.0, 4500.0, 4500.0}, ColTotals: []any{1500.0, 3500.0, 7500.0}, Total: 12500.0},
			rows: 4,
		},
		{
			name: "count, absent cells are 0",
			spec: Spec{Entity: "deals", Format: FormatMatrix, Groups: []Group{{Field: "team.name"}, {Field: "outcome"}}},
			want: Matrix{RowKeys: []any{"North team", "South team"}, ColKeys: []any{"lost", "open", "won"},
				Cells:     [][]any{{int64(0), int64(3), int64(2)}, {int64(1), int64(0), int64(1)}},
				RowTotals: []any{int64(5), int64(2)}, ColTotals: []any{int64(1), int64(3), int64(3)}, Total: int64(7)},
			rows: 4,
		},
		{
			// Percent totals are ratios of the merged counts, never sums or
			// averages of the cell percentages.
			name: "percent, team × region",
			spec: Spec{Entity: "deals", Format: FormatMatrix, Groups: []Group{{Field: "team.name"}, {Field: "region"}},
				Aggregates: []Aggregate{{Func: AggPercent, Where: won}}},
			want: Matrix{RowKeys: []any{"North team", "South team"}, ColKeys: []any{"East", "North", "South", nil},
				Cells:     [][]any{{nil, 100.0 / 3, 100.0, 0.0}, {100.0, nil, 0.0, nil}},
				RowTotals: []any{40.0, 50.0}, ColTotals: []any{100.0, 100.0 / 3, 50.0, 0.0}, Total: 300.0 / 7},
			rows: 5,
		},
		{
			name: "stage columns in pipeline order",
			spec: Spec{Entity: "deals", Format: FormatMatrix, Groups: []Group{{Field: "team.name"}, {Field: "stage.name"}}},
			want: Matrix{RowKeys: []any{"North team", "South team"}, ColKeys: []any{"Prospecting", "Proposal", "Negotiation", "Closed Won", "Closed Lost"},
				Cells:     [][]any{{int64(1), int64(1), int64(1), int64(2), int64(0)}, {int64(0), int64(0), int64(0), int64(1), int64(1)}},
				RowTotals: []any{int64(5), int64(2)}, ColTotals: []any{int64(1), int64(1), int64(1), int64(3), int64(1)}, Total: int64(7)},
			rows: 6,
		},
		{
			name: "rows sorted by their total, cut at the limit; totals cover all",
			spec: Spec{Entity: "deals", Format: FormatMatrix, Groups: []Group{{Field: "team.name"}, {Field: "region"}},
				Aggregates: []Aggregate{{Key: "winRate", Func: AggPercent, Where: won}}, Sort: []SortKey{{Key: "winRate", Desc: true}}, Limit: 1},
			want: Matrix{RowKeys: []any{"South team"}, ColKeys: []any{"East", "North", "South", nil},
				Cells:     [][]any{{100.0, nil, 0.0, nil}},
				RowTotals: []any{50.0}, ColTotals: []any{100.0, 100.0 / 3, 50.0, 0.0}, Total: 300.0 / 7},
			rows: 2,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := f.run(t, tc.spec, admin, true, nil)
			m := res.Matrix
			if m == nil {
				t.Fatal("no matrix")
			}
			ok := fmt.Sprint(m.RowKeys) == fmt.Sprint(tc.want.RowKeys) && fmt.Sprint(m.ColKeys) == fmt.Sprint(tc.want.ColKeys) &&
				nearAll(m.RowTotals, tc.want.RowTotals) && nearAll(m.ColTotals, tc.want.ColTotals) && near(m.Total, tc.want.Total) &&
				len(m.Cells) == len(tc.want.Cells) && len(res.Rows) == tc.rows
			for i := range m.Cells {
				ok = ok && i < len(tc.want.Cells) && nearAll(m.Cells[i], tc.want.Cells[i])
			}
			if !ok {
				t.Errorf("got %+v (%d long rows), want %+v (%d)", *m, len(res.Rows), tc.want, tc.rows)
			}
			if !near(res.Total[0], tc.want.Total) {
				t.Errorf("Total %v, want %v", res.Total, tc.want.Total)
			}
		})
	}
}

func TestGroupRefusals(t *testing.T) {
	tests := []struct {
		name string
		spec Spec
		part string
	}{
		{"matrix needs two groups", Spec{Entity: "deals", Format: FormatMatrix, Groups: []Group{{Field: "region"}}}, "groups"},
		{"matrix one aggregate", Spec{Entity: "deals", Format: FormatMatrix, Groups: []Group{{Field: "region"}, {Field: "outcome"}},
			Aggregates: []Aggregate{{Func: AggCount}, {Func: AggMax, Field: "amount"}}}, "aggregates"},
		{"three groups", Spec{Entity: "deals", Format: FormatSummary, Groups: []Group{{Field: "region"}, {Field: "outcome"}, {Field: "product"}}}, "groups"},
		{"unknown group", Spec{Entity: "deals", Format: FormatSummary, Groups: []Group{{Field: "regio"}}}, "groups[0].field"},
		{"money not groupable", Spec{Entity: "deals", Format: FormatSummary, Groups: []Group{{Field: "amount"}}}, "groups[0].field"},
		{"long text not groupable", Spec{Entity: "activities", Format: FormatSummary, Groups: []Group{{Field: "notes"}}}, "groups[0].field"},
		{"bucket on text", Spec{Entity: "deals", Format: FormatSummary, Groups: []Group{{Field: "region", Bucket: BucketMonth}}}, "groups[0].bucket"},
		{"unknown bucket", Spec{Entity: "deals", Format: FormatSummary, Groups: []Group{{Field: "closedAt", Bucket: "hour"}}}, "groups[0].bucket"},
		{"repeated group", Spec{Entity: "deals", Format: FormatSummary, Groups: []Group{{Field: "region"}, {Field: "region"}}}, "groups[1].field"},
		{"sort by unknown", Spec{Entity: "deals", Format: FormatSummary, Groups: []Group{{Field: "region"}}, Sort: []SortKey{{Key: "amount"}}}, "sort[0].key"},
		{"matrix sorted by its columns", Spec{Entity: "deals", Format: FormatMatrix, Groups: []Group{{Field: "region"}, {Field: "outcome"}},
			Sort: []SortKey{{Key: "outcome"}}}, "sort[0].key"},
		{"tabular with groups", Spec{Entity: "deals", Columns: []string{"name"}, Groups: []Group{{Field: "region"}}}, "groups"},
		{"tabular with aggregates", Spec{Entity: "deals", Columns: []string{"name"}, Aggregates: []Aggregate{{Func: AggCount}}}, "aggregates"},
		{"tabular without columns", Spec{Entity: "deals"}, "columns"},
		{"tabular sort by unknown", Spec{Entity: "deals", Columns: []string{"name"}, Sort: []SortKey{{Key: "nom"}}}, "sort[0].key"},
		{"tabular sort by tags", Spec{Entity: "contacts", Columns: []string{"lastName"}, Sort: []SortKey{{Key: "tags"}}}, "sort[0].key"},
		{"negative limit", Spec{Entity: "deals", Columns: []string{"name"}, Limit: -1}, "limit"},
		{"huge limit", Spec{Entity: "deals", Columns: []string{"name"}, Limit: MaxLimit + 1}, "limit"},
		{"too many columns", Spec{Entity: "deals", Columns: make([]string, MaxColumns+1)}, "columns"},
		{"too many filters", Spec{Entity: "deals", Columns: []string{"name"}, Filters: make([]Filter, MaxFilters+1)}, "filters"},
		{"too many sort keys", Spec{Entity: "deals", Columns: []string{"name"}, Sort: make([]SortKey, MaxSortKeys+1)}, "sort"},
		{"unknown column", Spec{Entity: "deals", Columns: []string{"name", "nope"}}, "columns[1]"},
		{"summary column checked too", Spec{Entity: "deals", Format: FormatSummary, Columns: []string{"nope"}}, "columns[0]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Compile(tc.spec, admin, true, fixNow, nil)
			wantInvalid(t, err, tc.part)
		})
	}
}
