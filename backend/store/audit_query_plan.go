package store

import (
	"context"
	"strconv"
	"strings"
)

// estimateCap bounds each selectivity probe: a probe counts at most this
// many index entries (a few milliseconds), and a filter that reaches it is
// "common". It is one more than the first page's total cap, so that the
// probe of a query's only filter is its total.
const estimateCap = AuditTotalCap + 1

// orderedPreference ranks the seq-ordered indexes for when every filter is
// common: the likeliest narrow first.
var orderedPreference = []string{"audit_log_object", "audit_log_actor", "audit_log_action", "audit_log_outcome", "audit_log_category"}

// auditPlan is a compiled query over audit_log (as "a"): its FROM clause,
// naming the driving index or the full-text table, its WHERE clause and
// arguments (in that order), and the seq column to order and page by.
type auditPlan struct {
	from, where string
	args        []any
	seq         string
	// count is the number of matches when a probe already counted them
	// (the query has one filter), up to estimateCap; -1 when unknown.
	count int
}

// planAudit picks how to read the entries f matches within the seq window
// (window is SQL over seqCol "?" placeholders, with args wargs). SQLite has
// no statistics about the log, so the planner probes: it counts, up to
// estimateCap, the index entries of each filter alone and drives the query
// by the narrowest; when every filter is common it walks in seq order —
// through the full-text index, a seq-ordered filter index or the table
// itself — so that a page stops as soon as it is full.
func planAudit(ctx context.Context, q Querier, f auditFilter, window string, wargs []any) (auditPlan, error) {
	best, bestN := -2, estimateCap // -2: none yet; -1: the full-text index
	probes := 0                    // filters probed; with one filter alone, its probe is the count
	if f.match != "" {
		n, err := auditProbe(ctx, q, "audit_fts f", "f.audit_fts MATCH ?"+windowAnd(window, "f.rowid"), append([]any{f.match}, wargs...))
		if err != nil {
			return auditPlan{}, err
		}
		probes++
		if n < bestN {
			best, bestN = -1, n
		}
	}
	for i, c := range f.conds {
		if c.index == "" {
			continue
		}
		n, err := auditProbe(ctx, q, "audit_log a INDEXED BY "+c.index, c.sql+windowAnd(window, "a.seq"), append(append([]any{}, c.args...), wargs...))
		if err != nil {
			return auditPlan{}, err
		}
		probes++
		if n < bestN {
			best, bestN = i, n
		}
	}
	if best == -2 && f.match != "" {
		best = -1
	}
	if best == -2 {
		best = preferredOrdered(f)
	}
	p := buildPlan(f, best, window, wargs)
	if probes == 1 && len(f.conds)+len(f.matchConds()) == 1 {
		p.count = bestN
	}
	return p, nil
}

// preferredOrdered returns the index of the best seq-ordered condition of
// f, or -2 for none (walk the table).
func preferredOrdered(f auditFilter) int {
	for _, idx := range orderedPreference {
		for i, c := range f.conds {
			if c.ordered && c.index == idx {
				return i
			}
		}
	}
	return -2
}

// buildPlan writes the query driven by condition drive (-1: the full-text
// index, -2: the table in seq order).
func buildPlan(f auditFilter, drive int, window string, wargs []any) auditPlan {
	p := auditPlan{from: "audit_log a NOT INDEXED", seq: "a.seq", count: -1}
	var where []string
	switch {
	case drive == -1:
		p.from, p.seq = "audit_fts f CROSS JOIN audit_log a ON a.seq = f.rowid", "f.rowid"
		where, p.args = append(where, "f.audit_fts MATCH ?"), append(p.args, f.match)
	case drive >= 0:
		p.from = "audit_log a INDEXED BY " + f.conds[drive].index
	}
	for _, c := range f.conds {
		where, p.args = append(where, c.sql), append(p.args, c.args...)
	}
	if f.match != "" && drive != -1 {
		// One index lookup per candidate row: cheaper than listing every
		// match of a common word.
		where = append(where, "EXISTS (SELECT 1 FROM audit_fts f WHERE f.audit_fts MATCH ? AND f.rowid = a.seq)")
		p.args = append(p.args, f.match)
	}
	if window != "" {
		where, p.args = append(where, strings.ReplaceAll(window, "seq", p.seq)), append(p.args, wargs...)
	}
	p.where = "1"
	if len(where) > 0 {
		p.where = strings.Join(where, " AND ")
	}
	return p
}

// matchConds is the text filter as a list of 0 or 1 conditions (to count filters).
func (f auditFilter) matchConds() []string {
	if f.match == "" {
		return nil
	}
	return []string{f.match}
}

// auditProbe counts, up to estimateCap, the rows of from matching where.
func auditProbe(ctx context.Context, q Querier, from, where string, args []any) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM `+from+` WHERE `+where+` LIMIT `+
		strconv.Itoa(estimateCap)+`)`, args...).Scan(&n)
	return n, err
}

// windowAnd returns " AND " + window over column col, or "" for no window.
func windowAnd(window, col string) string {
	if window == "" {
		return ""
	}
	return " AND " + strings.ReplaceAll(window, "seq", col)
}
