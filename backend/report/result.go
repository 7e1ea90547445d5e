package report

// Result is a report's output, JSON-friendly: values are nil, string,
// bool, int64 (counts), float64 or []string (tags).
type Result struct {
	Format  string   `json:"format"`
	Entity  string   `json:"entity"`
	Columns []Column `json:"columns"`
	// Rows: tabular, one per record ([]value per column); summary, one per
	// group combination (group keys, then aggregates); matrix, the same
	// long form as a summary (for charts and exports) beside Matrix.
	Rows [][]any `json:"rows"`
	// RowIDs holds each tabular row's record id, for opening the record.
	RowIDs []string `json:"rowIds,omitempty"`
	// Subtotals (summary with two groups) holds, per first-level group in
	// its natural order, the aggregates over all its rows.
	Subtotals []Subtotal `json:"subtotals,omitempty"`
	// Total holds the aggregates over every row (summary, matrix), whatever
	// the Limit kept.
	Total  []any   `json:"total,omitempty"`
	Matrix *Matrix `json:"matrix,omitempty"`
	// RowCount is the number of records read: tabular rows returned, or
	// the records the aggregates went over.
	RowCount int64 `json:"rowCount"`
	// Truncated says rows were cut by the Limit or the window's cap.
	Truncated bool `json:"truncated"`
	// Period is the range of the period filter; Previous the result over
	// the period before it (Spec.Compare).
	Period   *Period `json:"period,omitempty"`
	Previous *Result `json:"previous,omitempty"`
}

// Subtotal is the aggregates of one first-level group.
type Subtotal struct {
	Key    any   `json:"key"`
	Values []any `json:"values"`
	Count  int64 `json:"count"`
}

// Matrix is row keys × column keys (Groups[0] × Groups[1]) of one
// aggregate. A cell without records holds 0 for count, else nil.
type Matrix struct {
	RowKeys   []any   `json:"rowKeys"`
	ColKeys   []any   `json:"colKeys"`
	Cells     [][]any `json:"cells"`
	RowTotals []any   `json:"rowTotals"`
	ColTotals []any   `json:"colTotals"`
	Total     any     `json:"total"`
}
