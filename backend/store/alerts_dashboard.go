package store

import (
	"context"
	"strings"
	"time"

	"fieldvault/backend/model"
)

// Days in these summaries are UTC calendar days ("2026-11-30"), the prefix
// of the stored times.

// AlertsByDay counts alerts raised since since, by day and severity.
func AlertsByDay(ctx context.Context, q Querier, since time.Time) ([]model.DayCount, error) {
	return dayCounts(ctx, q, `SELECT substr(created_at, 1, 10) d, severity, count(*) FROM alerts
		WHERE created_at >= ? GROUP BY d, severity ORDER BY d, severity`, FormatTime(since))
}

// FailedSignInsByDay counts failed sign-ins (auth.login.failed) since since, by day.
func FailedSignInsByDay(ctx context.Context, q Querier, since time.Time) ([]model.DayCount, error) {
	return dayCounts(ctx, q, `SELECT substr(at, 1, 10) d, '', count(*) FROM audit_log
		WHERE action = 'auth.login.failed' AND at >= ? GROUP BY d ORDER BY d`, FormatTime(since))
}

func dayCounts(ctx context.Context, q Querier, query string, args ...any) ([]model.DayCount, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []model.DayCount{}
	for rows.Next() {
		var d model.DayCount
		if err := rows.Scan(&d.Day, &d.Key, &d.Count); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// AlertsByRule counts alerts raised since since, by rule (Label = the rule
// name stored with the newest one), most first.
func AlertsByRule(ctx context.Context, q Querier, since time.Time) ([]model.KeyCount, error) {
	rows, err := q.QueryContext(ctx, `SELECT rule_id, max(rule_name), count(*) n FROM alerts
		WHERE created_at >= ? GROUP BY rule_id ORDER BY n DESC, rule_id`, FormatTime(since))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []model.KeyCount{}
	for rows.Next() {
		var k model.KeyCount
		if err := rows.Scan(&k.Key, &k.Label, &k.Count); err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, rows.Err()
}

// CountOpenAlerts returns the number of open alerts.
func CountOpenAlerts(ctx context.Context, q Querier) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT count(*) FROM alerts WHERE status = 'open'`).Scan(&n)
	return n, err
}

// TopAccessors returns up to limit users by records viewed ("<entity>.view",
// category data) and rows exported (category export) since since, most
// views first.
func TopAccessors(ctx context.Context, q Querier, since time.Time, limit int) ([]model.Accessor, error) {
	rows, err := q.QueryContext(ctx, `SELECT actor_id, max(actor_name),
		sum(CASE WHEN category = 'data' THEN 1 ELSE 0 END) v,
		sum(CASE WHEN category = 'export' THEN rows ELSE 0 END) x
		FROM audit_log WHERE at >= ? AND actor_id <> '' AND outcome = 'success'
		AND (category = 'export' OR (category = 'data' AND substr(action, -5) = '.view'))
		GROUP BY actor_id ORDER BY v DESC, x DESC, actor_id LIMIT ?`, FormatTime(since), limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []model.Accessor{}
	for rows.Next() {
		var a model.Accessor
		if err := rows.Scan(&a.UserID, &a.Username, &a.Views, &a.Exported); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// RecentAuditRows returns up to limit successful entries since since whose
// action is one of actions or starts with one of prefixes, newest first.
func RecentAuditRows(ctx context.Context, q Querier, actions, prefixes []string, since time.Time, limit int) ([]model.AuditRow, error) {
	ors := []string{"0"}
	args := []any{FormatTime(since)}
	if len(actions) > 0 {
		ors = append(ors, "action IN ("+strings.TrimSuffix(strings.Repeat("?,", len(actions)), ",")+")")
		args = append(args, anys(actions)...)
	}
	for _, p := range prefixes {
		ors = append(ors, "substr(action, 1, ?) = ?")
		args = append(args, len(p), p)
	}
	rows, err := q.QueryContext(ctx, `SELECT seq, id, at, actor_id, actor_name, actor_role, category, action,
		object_type, object_id, object_label, outcome, reason, rows, json_array_length(changes)
		FROM audit_log WHERE at >= ? AND outcome = 'success' AND (`+strings.Join(ors, " OR ")+`)
		ORDER BY seq DESC LIMIT ?`, append(args, limit)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []model.AuditRow{}
	for rows.Next() {
		var r model.AuditRow
		if err := rows.Scan(&r.Seq, &r.ID, &r.At, &r.ActorID, &r.ActorName, &r.ActorRole, &r.Category, &r.Action,
			&r.ObjectType, &r.ObjectID, &r.ObjectLabel, &r.Outcome, &r.Reason, &r.Rows, &r.Changes); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	keys := newSubjectKeys(ctx, q)
	for i := range out {
		out[i].ObjectLabel = keys.label(out[i].ObjectLabel)
	}
	return out, keys.err
}
