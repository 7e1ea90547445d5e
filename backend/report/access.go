package report

import (
	"context"
	"regexp"
	"slices"
	"strings"
)

// Access paths of grouped reports.
//
// A report aggregates much of a table, and every list index of the schema
// leads with deleted_at, so SQLite (with or without ANALYZE statistics)
// readily walks an index and looks up each row: measured over 1M encrypted
// deals, 0.8 s for the open pipeline through the outcome index and 3–4 s
// through the stage index (to save the GROUP BY sort), against 0.35–0.45 s
// for one sequential read of the table. So Run chooses the path itself:
//
//  1. an index that covers every column the query reads on the base table
//     (a "report index"), preferring the longest prefix of equality and
//     range terms, then one whose next column is the first group key (the
//     groups stream out of the index, no sort);
//  2. else the index with the longest such prefix, when a count of its
//     entries in that prefix (index only, capped) shows it selects under
//     1/16 of the table: today's KPI or one owner's records;
//  3. else no index: one sequential read (NOT INDEXED).
//
// Index names come from the database catalog, never from a spec, and are
// checked to be plain identifiers before they enter SQL.

// accessMarker stands in the FROM clause of a grouped query for the path.
const accessMarker = " /*access*/"

// selectiveShare is the share of a table an index with row lookups may
// select and still beat a sequential read (measured break-even ~1/7).
const selectiveShare = 16

// term is a WHERE term on a base column that an index prefix can use.
type term struct {
	col    string
	lo, hi any // eq: lo only; range: lo <= col < hi
}

func (t term) eq() bool { return t.hi == nil }

// term notes a top-level equality (hi nil) or range on a base column.
func (c *compiler) term(f *field, lo, hi any) {
	if f.join == nil && strings.HasPrefix(f.expr, "t.") {
		c.terms = append(c.terms, term{col: strings.TrimPrefix(f.expr, "t."), lo: lo, hi: hi})
	}
}

var (
	baseColumn = regexp.MustCompile(`\bt\.([a-z_][a-z0-9_]*)`)
	identifier = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
)

// baseColumns lists the base-table columns a compiled statement reads.
func baseColumns(sql string) []string {
	var cols []string
	for _, m := range baseColumn.FindAllStringSubmatch(sql, -1) {
		if !slices.Contains(cols, m[1]) {
			cols = append(cols, m[1])
		}
	}
	return cols
}

type index struct {
	name string
	cols []string
}

// catalog returns the plain (non-partial, column-only) indexes of table.
func catalog(ctx context.Context, q Querier, table string) ([]index, error) {
	rows, err := q.QueryContext(ctx, `SELECT il.name, ii.name FROM pragma_index_list(?) AS il, pragma_index_info(il.name) AS ii
		WHERE il.partial = 0 ORDER BY il.name, ii.seqno`, table)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []index
	skip := ""
	for rows.Next() {
		var name string
		var col *string
		if err := rows.Scan(&name, &col); err != nil {
			return nil, err
		}
		if name == skip {
			continue
		}
		if col == nil || !identifier.MatchString(name) { // an expression index, or an odd name
			skip = name
			if len(out) > 0 && out[len(out)-1].name == name {
				out = out[:len(out)-1]
			}
			continue
		}
		if len(out) == 0 || out[len(out)-1].name != name {
			out = append(out, index{name: name})
		}
		out[len(out)-1].cols = append(out[len(out)-1].cols, *col)
	}
	return out, rows.Err()
}

// prefix returns how many leading columns of ix the terms constrain (each
// by equality, the last possibly by a range) and those terms.
func prefix(ix index, terms []term) (int, []term) {
	var used []term
	for _, col := range ix.cols {
		i := slices.IndexFunc(terms, func(t term) bool { return t.col == col && t.eq() })
		if i < 0 {
			i = slices.IndexFunc(terms, func(t term) bool { return t.col == col })
		}
		if i < 0 {
			break
		}
		used = append(used, terms[i])
		if !terms[i].eq() {
			break
		}
	}
	return len(used), used
}

// access chooses the path of a grouped query (see above) and returns the
// text that replaces accessMarker.
func (query *Query) access(ctx context.Context, q Querier) (string, error) {
	indexes, err := catalog(ctx, q, query.table)
	if err != nil {
		return "", err
	}
	var cover, narrow *index
	coverScore, narrowLen := -1, 0
	var narrowTerms []term
	for i := range indexes {
		ix := &indexes[i]
		n, used := prefix(*ix, query.terms)
		covers := true
		for _, c := range query.reads {
			covers = covers && slices.Contains(ix.cols, c)
		}
		if covers {
			score := n * 4
			if len(query.rawGroups) > 0 && len(ix.cols) > n && ix.cols[n] == query.rawGroups[0] {
				score += 2
			}
			if cover == nil || score > coverScore || score == coverScore && len(ix.cols) < len(cover.cols) {
				cover, coverScore = ix, score
			}
		} else if n > narrowLen {
			narrow, narrowLen, narrowTerms = ix, n, used
		}
	}
	if cover != nil {
		return " INDEXED BY " + cover.name, nil
	}
	if narrow == nil {
		return " NOT INDEXED", nil
	}
	ok, err := query.selective(ctx, q, narrow.name, narrowTerms)
	if err != nil || !ok {
		return " NOT INDEXED", err
	}
	return " INDEXED BY " + narrow.name, nil
}

// selective counts (index only, capped) the entries of index name in the
// terms' prefix and reports whether they are under 1/selectiveShare of the
// table's rows (its largest rowid, an upper bound).
func (query *Query) selective(ctx context.Context, q Querier, name string, terms []term) (bool, error) {
	var conds []string
	var args []any
	for _, t := range terms {
		if t.eq() {
			conds, args = append(conds, "t."+t.col+" = ?"), append(args, t.lo)
		} else {
			conds, args = append(conds, "t."+t.col+" >= ? AND t."+t.col+" < ?"), append(args, t.lo, t.hi)
		}
	}
	rows, err := q.QueryContext(ctx, `SELECT (SELECT count(*) FROM (SELECT 1 FROM `+query.table+` t INDEXED BY `+name+` WHERE `+
		strings.Join(conds, " AND ")+` LIMIT (SELECT coalesce(max(rowid), 0) / ? + 1 FROM `+query.table+`))), (SELECT coalesce(max(rowid), 0) / ? + 1 FROM `+query.table+`)`,
		append(args, selectiveShare, selectiveShare)...)
	if err != nil {
		return false, err
	}
	defer rows.Close()
	var n, limit int64
	if rows.Next() {
		if err := rows.Scan(&n, &limit); err != nil {
			return false, err
		}
	}
	return n < limit, rows.Err()
}
