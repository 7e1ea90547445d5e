package store

import (
	"context"
	"time"
)

const runColumns = `id, schedule_id, report_id, due_at, started_at, finished_at, status, rows, file, error, caught_up, manual`

func scanRun(row interface{ Scan(...any) error }) (RunRecord, error) {
	var r RunRecord
	var due, started, finished string
	err := row.Scan(&r.ID, &r.ScheduleID, &r.ReportID, &due, &started, &finished, &r.Status, &r.Rows, &r.File, &r.Error,
		&r.CaughtUp, &r.Manual)
	r.DueAt, r.StartedAt, r.FinishedAt = ParseTime(due), ParseTime(started), ParseTime(finished)
	return r, err
}

func queryRuns(ctx context.Context, q Querier, query string, args ...any) ([]RunRecord, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []RunRecord{}
	for rows.Next() {
		r, err := scanRun(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// InsertRun records a run (usually "running") and drops the schedule's
// runs beyond the newest MaxRunsKept.
func InsertRun(ctx context.Context, tx *Tx, r RunRecord) error {
	if _, err := tx.ExecContext(ctx, `INSERT INTO report_runs(`+runColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		r.ID, r.ScheduleID, r.ReportID, FormatTime(r.DueAt), FormatTime(r.StartedAt), formatOptional(r.FinishedAt), r.Status,
		r.Rows, r.File, truncateRunError(r.Error), r.CaughtUp, r.Manual); err != nil {
		return scheduleErr(err)
	}
	_, err := tx.ExecContext(ctx, `DELETE FROM report_runs WHERE schedule_id = ? AND id NOT IN (
		SELECT id FROM report_runs WHERE schedule_id = ? ORDER BY started_at DESC, rowid DESC LIMIT ?)`,
		r.ScheduleID, r.ScheduleID, MaxRunsKept)
	return err
}

// FinishRun stores how run r.ID ended: status, rows, file, error and
// finish time. CodeNotFound when absent (the schedule was deleted).
func FinishRun(ctx context.Context, tx *Tx, r RunRecord) error {
	res, err := tx.ExecContext(ctx, `UPDATE report_runs SET finished_at = ?, status = ?, rows = ?, file = ?, error = ? WHERE id = ?`,
		FormatTime(r.FinishedAt), r.Status, r.Rows, r.File, truncateRunError(r.Error), r.ID)
	if err != nil {
		return scheduleErr(err)
	}
	return mustAffect(res, "There is no such run.")
}

// ListRuns returns a schedule's runs, newest first (at most MaxRunsKept).
func ListRuns(ctx context.Context, q Querier, scheduleID string) ([]RunRecord, error) {
	return queryRuns(ctx, q, `SELECT `+runColumns+` FROM report_runs WHERE schedule_id = ?
		ORDER BY started_at DESC, rowid DESC LIMIT ?`, scheduleID, MaxRunsKept)
}

// LastRuns returns the newest run of each of ownerID's schedules that has
// one, by schedule id.
func LastRuns(ctx context.Context, q Querier, ownerID string) (map[string]RunRecord, error) {
	list, err := queryRuns(ctx, q, `SELECT `+runColumns+` FROM (
		SELECT *, row_number() OVER (PARTITION BY schedule_id ORDER BY started_at DESC, rowid DESC) AS n
		FROM report_runs WHERE schedule_id IN (SELECT id FROM report_schedules WHERE owner_id = ?)) WHERE n = 1`, ownerID)
	if err != nil {
		return nil, err
	}
	out := make(map[string]RunRecord, len(list))
	for _, r := range list {
		out[r.ScheduleID] = r
	}
	return out, nil
}

// RunningRuns returns the runs still marked "running".
func RunningRuns(ctx context.Context, q Querier) ([]RunRecord, error) {
	return queryRuns(ctx, q, `SELECT `+runColumns+` FROM report_runs WHERE status = 'running'`)
}

// FailStaleRuns marks every run still "running" failed with msg at now: a
// scheduler calls it as it starts, when no run of its own is in progress,
// so those belonged to a process that ended mid-run. It returns them.
func FailStaleRuns(ctx context.Context, tx *Tx, now time.Time, msg string) ([]RunRecord, error) {
	stale, err := RunningRuns(ctx, tx)
	if err != nil || len(stale) == 0 {
		return stale, err
	}
	_, err = tx.ExecContext(ctx, `UPDATE report_runs SET status = 'failed', finished_at = ?, error = ? WHERE status = 'running'`,
		FormatTime(now), truncateRunError(msg))
	return stale, err
}

func truncateRunError(s string) string {
	if len(s) <= 1000 {
		return s
	}
	r := []rune(s[:997])
	return string(r[:len(r)-1]) + "…"
}
