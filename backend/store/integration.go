package store

import (
	"context"
	"encoding/json"
	"strings"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
)

// IntegrationRun is a stored integration log row (migration 0015).
type IntegrationRun struct {
	model.IntegrationRun
	Retry    string // what a retry needs (JSON), "" when none
	Started  time.Time
	Finished time.Time
}

const runLogColumns = `rowid, id, kind, name, principal_id, principal_name, source, target, started_at, finished_at, duration_ms,
	counts, warnings, errors, outcome, message, retry, retry_of`

// StartIntegrationRun records run r as running.
func StartIntegrationRun(ctx context.Context, tx *Tx, r IntegrationRun) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO integration_runs(id, kind, name, principal_id, principal_name, source, target,
		started_at, outcome, retry, retry_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, ?)`,
		r.ID, r.Kind, truncate(orDash(r.Name), 200), r.PrincipalID, r.PrincipalName, truncate(r.Source, 1000), truncate(r.Target, 1000),
		FormatTime(r.Started), r.Retry, r.RetryOf)
	return tx.s.mapErr(err)
}

// FinishIntegrationRun stores how run r.ID ended (outcome, counts,
// warnings, errors, message, target) and its duration from its start.
func FinishIntegrationRun(ctx context.Context, tx *Tx, r IntegrationRun) error {
	counts, _ := json.Marshal(r.Counts)
	if r.Counts == nil {
		counts = []byte("{}")
	}
	res, err := tx.ExecContext(ctx, `UPDATE integration_runs SET finished_at = ?, duration_ms = max(0, ?), counts = ?, warnings = ?,
		errors = ?, outcome = ?, message = ?, target = CASE WHEN ? = '' THEN target ELSE ? END, retry = ? WHERE id = ?`,
		FormatTime(r.Finished), r.Finished.Sub(r.Started).Milliseconds(), string(counts), r.Warnings, r.Errors, r.Outcome,
		truncate(r.Message, 1000), r.Target, truncate(r.Target, 1000), r.Retry, r.ID)
	if err != nil {
		return tx.s.mapErr(err)
	}
	return mustAffect(res, "There is no such run.")
}

// GetIntegrationRun returns run id. CodeNotFound when absent.
func GetIntegrationRun(ctx context.Context, q Querier, id string) (IntegrationRun, error) {
	list, err := queryRunLog(ctx, q, `SELECT `+runLogColumns+` FROM integration_runs WHERE id = ?`, id)
	if err != nil {
		return IntegrationRun{}, err
	}
	if len(list) == 0 {
		return IntegrationRun{}, apperr.New(apperr.CodeNotFound, "There is no such run.")
	}
	return list[0], nil
}

// ListIntegrationRuns returns runs matching f, newest first; principal
// limits them to one principal's when not "". f.Limit is capped to 1..1000.
func ListIntegrationRuns(ctx context.Context, q Querier, f model.IntegrationFilter, principal string) ([]IntegrationRun, error) {
	where := []string{"1 = 1"}
	var args []any
	add := func(cond string, a ...any) { where = append(where, cond); args = append(args, a...) }
	if principal != "" {
		add("principal_id = ?", principal)
	}
	if f.Kind != "" {
		add("kind = ?", f.Kind)
	}
	if f.Outcome != "" {
		add("outcome = ?", f.Outcome)
	}
	if f.From != "" {
		add("started_at >= ?", f.From)
	}
	if f.To != "" {
		add("started_at < ?", f.To+"T99") // inclusive of the whole day
	}
	if t := strings.TrimSpace(f.Text); t != "" {
		like := "%" + likeEscape(strings.ToLower(t)) + "%"
		add(`(lower(name) LIKE ? ESCAPE '\' OR lower(source) LIKE ? ESCAPE '\' OR lower(target) LIKE ? ESCAPE '\'
			OR lower(principal_name) LIKE ? ESCAPE '\' OR lower(message) LIKE ? ESCAPE '\')`, like, like, like, like, like)
	}
	if f.BeforeStartedAt != "" {
		add("(started_at < ? OR started_at = ? AND rowid < ?)", f.BeforeStartedAt, f.BeforeStartedAt, f.BeforeSeq)
	}
	limit := f.Limit
	if limit <= 0 || limit > 1000 {
		limit = 1000
	}
	args = append(args, limit)
	return queryRunLog(ctx, q, `SELECT `+runLogColumns+` FROM integration_runs WHERE `+strings.Join(where, " AND ")+
		` ORDER BY started_at DESC, rowid DESC LIMIT ?`, args...)
}

// FailRunningIntegrationRuns marks runs still "running" as failed: they
// belonged to a process that ended mid-run (called when a workspace opens).
func FailRunningIntegrationRuns(ctx context.Context, tx *Tx, now time.Time) error {
	_, err := tx.ExecContext(ctx, `UPDATE integration_runs SET outcome = 'failed', finished_at = ?,
		message = 'The app ended while this ran.' WHERE outcome = 'running'`, FormatTime(now))
	return tx.s.mapErr(err)
}

func queryRunLog(ctx context.Context, q Querier, query string, args ...any) ([]IntegrationRun, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []IntegrationRun{}
	for rows.Next() {
		var r IntegrationRun
		var counts string
		if err := rows.Scan(&r.Seq, &r.ID, &r.Kind, &r.Name, &r.PrincipalID, &r.PrincipalName, &r.Source, &r.Target, &r.StartedAt,
			&r.FinishedAt, &r.DurationMs, &counts, &r.Warnings, &r.Errors, &r.Outcome, &r.Message, &r.Retry, &r.RetryOf); err != nil {
			return nil, err
		}
		r.Counts = map[string]int{}
		_ = json.Unmarshal([]byte(counts), &r.Counts)
		r.Started, r.Finished = ParseTime(r.StartedAt), ParseTime(r.FinishedAt)
		r.Retryable = r.Retry != ""
		out = append(out, r)
	}
	return out, rows.Err()
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "-"
	}
	return s
}

// ClearRetry makes run id no longer retryable: a retry of it succeeded.
func ClearRetry(ctx context.Context, tx *Tx, id string) error {
	_, err := tx.ExecContext(ctx, `UPDATE integration_runs SET retry = '' WHERE id = ?`, id)
	return tx.s.mapErr(err)
}
