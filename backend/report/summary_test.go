package report

import (
	"fmt"
	"testing"
)

// Cells of deals by outcome × region (count, sum, avg of amount):
//
//	lost South 1 1500 1500 | open North 2 3500 1750 | open - 1 nil nil
//	won East 1 3000 3000   | won North 1 500 500     | won South 1 4000 4000
var summarySpec = Spec{Entity: "deals", Format: FormatSummary,
	Groups:     []Group{{Field: "outcome"}, {Field: "region"}},
	Aggregates: []Aggregate{{Func: AggCount}, {Func: AggSum, Field: "amount"}, {Func: AggAvg, Field: "amount"}}}

func TestSummarySubtotals(t *testing.T) {
	f := newFixture(t)
	res := f.run(t, summarySpec, admin, true, nil)
	wantRows := [][]any{
		{"lost", "South", int64(1), 1500.0, 1500.0},
		{"open", "North", int64(2), 3500.0, 1750.0},
		{"open", nil, int64(1), nil, nil},
		{"won", "East", int64(1), 3000.0, 3000.0},
		{"won", "North", int64(1), 500.0, 500.0},
		{"won", "South", int64(1), 4000.0, 4000.0},
	}
	checkRows(t, res.Rows, wantRows)
	wantSub := []Subtotal{
		{Key: "lost", Values: []any{int64(1), 1500.0, 1500.0}, Count: 1},
		{Key: "open", Values: []any{int64(3), 3500.0, 1750.0}, Count: 3}, // avg of the two amounts, not of averages
		{Key: "won", Values: []any{int64(3), 7500.0, 2500.0}, Count: 3},
	}
	if len(res.Subtotals) != len(wantSub) {
		t.Fatalf("subtotals %v, want %v", res.Subtotals, wantSub)
	}
	for i, s := range res.Subtotals {
		if s.Key != wantSub[i].Key || s.Count != wantSub[i].Count || !nearAll(s.Values, wantSub[i].Values) {
			t.Errorf("subtotal %d: got %v, want %v", i, s, wantSub[i])
		}
	}
	if !nearAll(res.Total, []any{int64(7), 12500.0, 12500.0 / 6}) || res.RowCount != 7 || res.Truncated {
		t.Errorf("total %v rowCount %d truncated %v", res.Total, res.RowCount, res.Truncated)
	}
	wantCols := "[outcome/text/group region/text/group count/number/count sum:amount/money/sum avg:amount/money/avg]"
	if got := colString(res.Columns); got != wantCols {
		t.Errorf("columns %s, want %s", got, wantCols)
	}
}

// TestSummarySortLimit: sort by an aggregate, cut at the limit; totals
// and subtotals still cover every row.
func TestSummarySortLimit(t *testing.T) {
	f := newFixture(t)
	spec := summarySpec
	spec.Sort = []SortKey{{Key: "sum:amount", Desc: true}}
	spec.Limit = 2
	res := f.run(t, spec, admin, true, nil)
	checkRows(t, res.Rows, [][]any{{"won", "South", int64(1), 4000.0, 4000.0}, {"open", "North", int64(2), 3500.0, 1750.0}})
	if !res.Truncated || !nearAll(res.Total, []any{int64(7), 12500.0, 12500.0 / 6}) || len(res.Subtotals) != 3 {
		t.Errorf("truncated %v total %v subtotals %d", res.Truncated, res.Total, len(res.Subtotals))
	}
	// Descending keeps empty values last; ascending by group.
	spec = Spec{Entity: "deals", Format: FormatSummary, Groups: []Group{{Field: "region"}}, Aggregates: []Aggregate{{Func: AggSum, Field: "amount"}},
		Sort: []SortKey{{Key: "sum:amount", Desc: true}}}
	res = f.run(t, spec, admin, true, nil)
	checkRows(t, res.Rows, [][]any{{"South", 5500.0}, {"North", 4000.0}, {"East", 3000.0}, {nil, nil}})
}

func checkRows(t *testing.T, got, want [][]any) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("rows %v, want %v", got, want)
	}
	for i := range want {
		if !nearAll(got[i], want[i]) {
			t.Errorf("row %d: got %v, want %v", i, got[i], want[i])
		}
	}
}

func colString(cols []Column) string {
	var s []string
	for _, c := range cols {
		x := c.Key + "/" + c.Kind
		if c.Group {
			x += "/group"
		}
		if c.Agg != "" {
			x += "/" + c.Agg
		}
		s = append(s, x)
	}
	return fmt.Sprint(s)
}
