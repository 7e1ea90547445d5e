package report

import (
	"fmt"
	"math"
	"testing"
)

// near compares result values, floats to 1e-9.
func near(a, b any) bool {
	x, okx := toFloat(a)
	y, oky := toFloat(b)
	if okx && oky {
		return math.Abs(x-y) < 1e-9 && fmt.Sprintf("%T", a) == fmt.Sprintf("%T", b)
	}
	return !okx && !oky && a == b
}

func nearAll(a, b []any) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !near(a[i], b[i]) {
			return false
		}
	}
	return true
}

// TestAggregates computes each aggregate over the live deals (amounts 1000,
// 2500, 4000, 1500, 3000, NULL, 500; outcomes open, open, won, lost, won,
// open, won) and compares with hand-computed values.
func TestAggregates(t *testing.T) {
	f := newFixture(t)
	won := []Filter{{Field: "outcome", Op: OpEq, Value: "won"}}
	closed := []Filter{{Field: "outcome", Op: OpIn, Values: []any{"won", "lost"}}}
	tests := []struct {
		name string
		agg  Aggregate
		want any
	}{
		{"count", Aggregate{Func: AggCount}, int64(7)},
		{"sum skips empty", Aggregate{Func: AggSum, Field: "amount"}, 12500.0},
		{"avg over non-empty", Aggregate{Func: AggAvg, Field: "amount"}, 12500.0 / 6},
		{"min", Aggregate{Func: AggMin, Field: "amount"}, 500.0},
		{"max", Aggregate{Func: AggMax, Field: "amount"}, 4000.0},
		{"count where", Aggregate{Func: AggCount, Where: won}, int64(3)},
		{"sum where", Aggregate{Func: AggSum, Field: "amount", Where: won}, 7500.0},
		{"avg where", Aggregate{Func: AggAvg, Field: "amount", Where: won}, 2500.0},
		{"min where", Aggregate{Func: AggMin, Field: "amount", Where: won}, 500.0},
		{"max where", Aggregate{Func: AggMax, Field: "amount", Where: []Filter{{Field: "outcome", Op: OpEq, Value: "open"}}}, 2500.0},
		{"sum where nothing", Aggregate{Func: AggSum, Field: "amount", Where: []Filter{{Field: "region", Op: OpEq, Value: "West"}}}, nil},
		{"percent of all", Aggregate{Func: AggPercent, Where: won}, 300.0 / 7},
		{"percent of closed (win rate)", Aggregate{Func: AggPercent, Where: won, Of: closed}, 75.0},
		{"percent with nothing to divide", Aggregate{Func: AggPercent, Where: won, Of: []Filter{{Field: "region", Op: OpEq, Value: "West"}}}, nil},
		{"sum over joined field", Aggregate{Func: AggSum, Field: "amount", Where: []Filter{{Field: "company.region", Op: OpEq, Value: "North"}}}, 4000.0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := f.run(t, Spec{Entity: "deals", Format: FormatSummary, Aggregates: []Aggregate{tc.agg}}, admin, true, nil)
			if len(res.Rows) != 1 || !near(res.Rows[0][0], tc.want) || !near(res.Total[0], tc.want) {
				t.Errorf("got rows %v total %v, want %v (%T)", res.Rows, res.Total, tc.want, tc.want)
			}
			if res.RowCount != 7 {
				t.Errorf("RowCount %d, want 7", res.RowCount)
			}
		})
	}
}

func TestAggregateRefusals(t *testing.T) {
	tests := []struct {
		name string
		agg  Aggregate
		part string
	}{
		{"unknown func", Aggregate{Func: "median", Field: "amount"}, "aggregates[0].func"},
		{"sum of text", Aggregate{Func: AggSum, Field: "name"}, "aggregates[0].field"},
		{"sum without field", Aggregate{Func: AggSum}, "aggregates[0].field"},
		{"count with field", Aggregate{Func: AggCount, Field: "amount"}, "aggregates[0].field"},
		{"percent without condition", Aggregate{Func: AggPercent}, "aggregates[0].where"},
		{"of without percent", Aggregate{Func: AggCount, Of: []Filter{{Field: "outcome", Op: OpIsEmpty}}}, "aggregates[0].of"},
		{"bad where field", Aggregate{Func: AggCount, Where: []Filter{{Field: "x", Op: OpIsEmpty}}}, "aggregates[0].where[0].field"},
		{"too many where", Aggregate{Func: AggCount, Where: make([]Filter, MaxAggWhere+1)}, "aggregates[0].where"},
		{"bad key", Aggregate{Func: AggCount, Key: "a b"}, "aggregates[0].key"},
		{"control char label", Aggregate{Func: AggCount, Label: "a\nb"}, "aggregates[0].label"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Compile(Spec{Entity: "deals", Format: FormatSummary, Aggregates: []Aggregate{tc.agg}}, admin, true, fixNow, nil)
			wantInvalid(t, err, tc.part)
		})
	}
	_, err := Compile(Spec{Entity: "deals", Format: FormatSummary, Aggregates: []Aggregate{{Func: AggCount}, {Func: AggCount}}}, admin, true, fixNow, nil)
	wantInvalid(t, err, "aggregates[1].key")
}
