package report

import (
	"context"
	"encoding/json"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
)

// Run executes a compiled query (and its previous period, when compared)
// in q, a read transaction or the reader pool. A tabular report returns at
// most min(Limit, MaxWindowRows) rows (DefaultWindowRows without a Limit)
// and says Truncated when there were more; use Each for exports. A summary
// or matrix first picks its access path from q's index catalog (one pragma
// query, maybe one capped index count; see access.go).
//
// Errors: CodeInvalid naming "groups" when a summary or matrix has more
// than MaxGroupRows group combinations (or a matrix more than
// MaxMatrixColumns column keys); ctx's error when cancelled; database
// errors as they come (the service maps them).
func Run(ctx context.Context, q Querier, query *Query) (*Result, error) {
	res, err := run(ctx, q, query)
	if err != nil || query.prev == nil {
		return res, err
	}
	if res.Previous, err = run(ctx, q, query.prev); err != nil {
		return nil, err
	}
	return res, nil
}

func run(ctx context.Context, q Querier, query *Query) (*Result, error) {
	res := &Result{Format: query.format, Entity: query.entity, Columns: query.Columns(), Rows: [][]any{}}
	if query.period != nil {
		res.Period = query.period.period()
	}
	if query.format != FormatTabular {
		return res, runGrouped(ctx, q, query, res)
	}
	window := DefaultWindowRows
	if query.limit > 0 {
		window = min(query.limit, MaxWindowRows)
	}
	res.RowIDs = []string{}
	err := scanTabular(ctx, q, query, window+1, func(id string, row []any) error {
		if len(res.Rows) == window {
			res.Truncated = true
			return nil
		}
		res.RowIDs = append(res.RowIDs, id)
		res.Rows = append(res.Rows, row)
		return nil
	})
	res.RowCount = int64(len(res.Rows))
	return res, err
}

// Each streams every row of the report to fn, in order: tabular reports
// row by row up to Spec.Limit (0 = all), without holding them; summaries
// and matrices their Result rows. It stops at fn's first error (returned
// as is) and when ctx is cancelled (ctx's error). Errors as Run's.
func Each(ctx context.Context, q Querier, query *Query, fn func(row []any) error) error {
	if query.format != FormatTabular {
		res, err := run(ctx, q, query)
		if err != nil {
			return err
		}
		for _, r := range res.Rows {
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := fn(r); err != nil {
				return err
			}
		}
		return nil
	}
	limit := -1 // SQLite: no limit
	if query.limit > 0 {
		limit = query.limit
	}
	return scanTabular(ctx, q, query, limit, func(_ string, row []any) error { return fn(row) })
}

// scanTabular reads up to limit rows (-1 = all), converting each value
// for its column, and hands them to fn with the record id.
func scanTabular(ctx context.Context, q Querier, query *Query, limit int, fn func(id string, row []any) error) error {
	rows, err := q.QueryContext(ctx, query.SQL(), append(query.Args(), limit)...)
	if err != nil {
		return err
	}
	defer rows.Close()
	n := len(query.columns)
	raw := make([]any, n+1)
	ptrs := make([]any, n+1)
	for i := range raw {
		ptrs[i] = &raw[i]
	}
	for i := 0; rows.Next(); i++ {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if err := rows.Scan(ptrs...); err != nil {
			return err
		}
		row := make([]any, n)
		for j, c := range query.columns {
			row[j] = cellValue(c.Type, raw[j+1])
		}
		id, _ := raw[0].(string)
		if err := fn(id, row); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

// cellValue turns a driver value into the JSON form of a field of type typ.
func cellValue(typ string, v any) any {
	if b, ok := v.([]byte); ok {
		v = string(b)
	}
	switch typ {
	case model.FieldNumber, model.FieldMoney:
		if f, ok := toFloat(v); ok {
			return f
		}
		return nil
	case model.FieldBool:
		i, _ := v.(int64)
		return i != 0
	case model.FieldTags:
		list := []string{}
		if s, ok := v.(string); ok {
			_ = json.Unmarshal([]byte(s), &list)
		}
		return list
	}
	s, _ := v.(string)
	return s
}

// keyValue turns a group key from the driver into its JSON form: nil for
// the empty group ("" or NULL), bool for bool fields, else text.
func keyValue(typ string, v any) any {
	switch x := v.(type) {
	case nil:
		return nil
	case []byte:
		return string(x)
	case string:
		if x == "" {
			return nil // the empty group, as NULL date buckets
		}
	case int64:
		if typ == model.FieldBool {
			return x != 0
		}
	}
	return v
}

func errTooManyGroups() error {
	return apperr.Invalid("The report has more than 10,000 groups: narrow the filters or group by a coarser bucket.",
		map[string]string{"groups": "too many groups"})
}
