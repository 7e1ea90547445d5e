package store

import (
	"context"
	"fmt"
	"time"
)

// AuditScanPlanForTest returns the EXPLAIN QUERY PLAN details of the rules'
// query of kind "find", "seqs", "count" or "buckets" for s.
func AuditScanPlanForTest(ctx context.Context, q Querier, kind string, s AuditScan, width time.Duration) ([]string, error) {
	var query string
	var args []any
	switch kind {
	case "find":
		query, args = s.findSQL(entryColumns, 50)
	case "seqs":
		query, args = s.findSQL("seq", 200)
	case "count":
		query, args = s.countSQL(200)
	case "buckets":
		query, args = s.bucketsSQL(width)
	default:
		return nil, fmt.Errorf("unknown kind %q", kind)
	}
	rows, err := q.QueryContext(ctx, "EXPLAIN QUERY PLAN "+query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			return nil, err
		}
		out = append(out, detail)
	}
	return out, rows.Err()
}
