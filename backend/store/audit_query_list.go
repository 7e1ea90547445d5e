package store

import (
	"context"
	"strconv"
	"time"

	"fieldvault/backend/model"
)

// auditRowCols are the columns of a listed entry, in model.AuditRow order.
const auditRowCols = `a.seq, a.id, a.at, a.actor_id, a.actor_name, a.actor_role, a.category, a.action,
	a.object_type, a.object_id, a.object_label, a.outcome, a.reason, a.rows,
	CASE WHEN json_valid(a.changes) THEN json_array_length(a.changes) ELSE 0 END`

// ListAudit returns the newest entries matching q with seq < q.BeforeSeq
// (all when 0), at most q.Limit (0 = DefaultAuditLimit), and the BeforeSeq
// of the next page (0 at the end). On the first page (BeforeSeq 0) it also
// counts the matches up to AuditTotalCap (capped true beyond) — or, when
// counting takes over countBudget, as many as it counted by then, capped
// ("at least"); later pages report total -1. Text searches the full-text
// index as of the last Store.IndexAuditSearch. Errors: CodeInvalid from the
// filter (see compileAudit); mapped store errors.
func ListAudit(ctx context.Context, q Querier, aq model.AuditQuery) (model.AuditPage, error) {
	page := model.AuditPage{Rows: []model.AuditRow{}, Total: -1}
	f, err := compileAudit(aq)
	if err != nil {
		return page, err
	}
	window, wargs := "", []any(nil)
	if aq.BeforeSeq > 0 {
		window, wargs = "seq < ?", []any{aq.BeforeSeq}
	}
	p, err := planAudit(ctx, q, f, window, wargs)
	if err != nil {
		return page, err
	}
	rows, err := q.QueryContext(ctx, `SELECT `+auditRowCols+` FROM `+p.from+` WHERE `+p.where+
		` ORDER BY `+p.seq+` DESC LIMIT `+strconv.Itoa(f.limit+1), p.args...)
	if err != nil {
		return page, err
	}
	defer rows.Close()
	for rows.Next() {
		var r model.AuditRow
		if err := rows.Scan(&r.Seq, &r.ID, &r.At, &r.ActorID, &r.ActorName, &r.ActorRole, &r.Category, &r.Action,
			&r.ObjectType, &r.ObjectID, &r.ObjectLabel, &r.Outcome, &r.Reason, &r.Rows, &r.Changes); err != nil {
			return page, err
		}
		page.Rows = append(page.Rows, r)
	}
	if err := rows.Err(); err != nil {
		return page, err
	}
	rows.Close()
	keys := newSubjectKeys(ctx, q)
	for i := range page.Rows {
		page.Rows[i].ObjectLabel = keys.label(page.Rows[i].ObjectLabel)
	}
	if keys.err != nil {
		return page, keys.err
	}
	if len(page.Rows) > f.limit {
		page.Rows = page.Rows[:f.limit]
		page.NextBeforeSeq = page.Rows[f.limit-1].Seq
	}
	if aq.BeforeSeq == 0 {
		page.Total, page.TotalCapped, err = countPlan(ctx, q, p, AuditTotalCap)
	}
	return page, err
}

// countBudget bounds the work of counting a first page's total: filters
// that are each common but rarely true together (a user and an outcome)
// can make SQLite walk most of the log to find 10,000 matches.
const countBudget = 150 * time.Millisecond

// CountAuditMatches returns how many entries with seq ≤ maxSeq match q (its
// paging fields ignored), exactly: an export's progress total. Errors as
// ListAudit's.
func CountAuditMatches(ctx context.Context, q Querier, aq model.AuditQuery, maxSeq int64) (int64, error) {
	aq.BeforeSeq, aq.Limit = 0, 0
	f, err := compileAudit(aq)
	if err != nil {
		return 0, err
	}
	p, err := planAudit(ctx, q, f, "seq <= ?", []any{maxSeq})
	if err != nil {
		return 0, err
	}
	var n int64
	err = q.QueryRowContext(ctx, `SELECT count(*) FROM `+p.from+` WHERE `+p.where, p.args...).Scan(&n)
	return n, err
}

// countPlan counts p's rows up to limit; capped when there are more. When
// counting takes longer than countBudget it stops and reports what it
// counted so far as capped: "at least that many".
func countPlan(ctx context.Context, q Querier, p auditPlan, limit int) (int, bool, error) {
	if p.count >= 0 {
		return min(p.count, limit), p.count > limit, nil
	}
	rows, err := q.QueryContext(ctx, `SELECT 1 FROM `+p.from+` WHERE `+p.where+` LIMIT `+strconv.Itoa(limit+1), p.args...)
	if err != nil {
		return 0, false, err
	}
	defer rows.Close()
	deadline := time.Now().Add(countBudget)
	n := 0
	for rows.Next() {
		n++
		if n%256 == 0 && time.Now().After(deadline) {
			return n, true, nil
		}
	}
	if n > limit {
		return limit, true, rows.Err()
	}
	return n, false, rows.Err()
}
