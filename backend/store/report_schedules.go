package store

import (
	"context"
	"database/sql"
	"strings"
	"time"

	"fieldvault/backend/apperr"
)

// ScheduleRecord is a stored report schedule (see migration 0013).
// ReportName is read from the report; writes ignore it. NextRunAt is zero
// while the schedule is disabled.
type ScheduleRecord struct {
	ID          string
	ReportID    string
	ReportName  string
	OwnerID     string
	Frequency   string
	Weekday     int
	DayOfMonth  int
	Time        string
	TimeZone    string
	Folder      string
	FilePattern string
	Enabled     bool
	NextRunAt   time.Time
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// RunRecord is one run of a schedule. FinishedAt is zero while running.
type RunRecord struct {
	ID         string
	ScheduleID string
	ReportID   string
	DueAt      time.Time
	StartedAt  time.Time
	FinishedAt time.Time
	Status     string
	Rows       int64
	File       string
	Error      string
	CaughtUp   bool
	Manual     bool
}

// MaxRunsKept is how many runs of one schedule are kept (the newest).
const MaxRunsKept = 100

const msgNoSchedule = "There is no such schedule."

const scheduleColumns = `s.id, s.report_id, coalesce(r.name, ''), s.owner_id, s.frequency, s.weekday, s.day_of_month,
	s.time, s.time_zone, s.folder, s.file_pattern, s.enabled, s.next_run_at, s.created_at, s.updated_at`

const scheduleFrom = ` FROM report_schedules s LEFT JOIN saved_reports r ON r.id = s.report_id`

func scanSchedule(row interface{ Scan(...any) error }) (ScheduleRecord, error) {
	var s ScheduleRecord
	var next, created, updated string
	err := row.Scan(&s.ID, &s.ReportID, &s.ReportName, &s.OwnerID, &s.Frequency, &s.Weekday, &s.DayOfMonth,
		&s.Time, &s.TimeZone, &s.Folder, &s.FilePattern, &s.Enabled, &next, &created, &updated)
	s.NextRunAt, s.CreatedAt, s.UpdatedAt = ParseTime(next), ParseTime(created), ParseTime(updated)
	return s, err
}

func querySchedules(ctx context.Context, q Querier, where string, args ...any) ([]ScheduleRecord, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+scheduleColumns+scheduleFrom+` WHERE `+where, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []ScheduleRecord{}
	for rows.Next() {
		s, err := scanSchedule(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// ListSchedules returns ownerID's schedules by report name, then creation.
// Never CodeNotFound: none is an empty list.
func ListSchedules(ctx context.Context, q Querier, ownerID string) ([]ScheduleRecord, error) {
	return querySchedules(ctx, q, `s.owner_id = ? ORDER BY r.name COLLATE NOCASE, s.created_at, s.id`, ownerID)
}

// CountSchedules returns how many schedules ownerID has.
func CountSchedules(ctx context.Context, q Querier, ownerID string) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT count(*) FROM report_schedules WHERE owner_id = ?`, ownerID).Scan(&n)
	return n, err
}

// GetSchedule returns one schedule, whoever owns it (the caller checks),
// or CodeNotFound.
func GetSchedule(ctx context.Context, q Querier, id string) (ScheduleRecord, error) {
	s, err := scanSchedule(q.QueryRowContext(ctx, `SELECT `+scheduleColumns+scheduleFrom+` WHERE s.id = ?`, id))
	return s, notFound(err, msgNoSchedule)
}

// DueSchedules returns the enabled schedules whose next run is at or
// before now, earliest first.
func DueSchedules(ctx context.Context, q Querier, now time.Time) ([]ScheduleRecord, error) {
	return querySchedules(ctx, q, `s.enabled = 1 AND s.next_run_at <= ? ORDER BY s.next_run_at, s.id`, FormatTime(now))
}

// NextDue returns the earliest next run of any enabled schedule; ok is
// false when none is enabled.
func NextDue(ctx context.Context, q Querier) (at time.Time, ok bool, err error) {
	var s sql.NullString
	if err := q.QueryRowContext(ctx, `SELECT min(next_run_at) FROM report_schedules WHERE enabled = 1`).Scan(&s); err != nil {
		return time.Time{}, false, err
	}
	if !s.Valid || s.String == "" {
		return time.Time{}, false, nil
	}
	return ParseTime(s.String), true, nil
}

// InsertSchedule stores a new schedule (every field set by the caller).
// CodeInvalid when the row breaks a check or names an unknown report or
// owner.
func InsertSchedule(ctx context.Context, tx *Tx, s ScheduleRecord) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO report_schedules(id, report_id, owner_id, frequency, weekday, day_of_month,
		time, time_zone, folder, file_pattern, enabled, next_run_at, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		s.ID, s.ReportID, s.OwnerID, s.Frequency, s.Weekday, s.DayOfMonth, s.Time, s.TimeZone, s.Folder, s.FilePattern,
		s.Enabled, formatOptional(s.NextRunAt), FormatTime(s.CreatedAt), FormatTime(s.UpdatedAt))
	return scheduleErr(err)
}

// UpdateSchedule changes everything of schedule s.ID but its owner and
// creation time. CodeNotFound when absent; CodeInvalid as InsertSchedule.
func UpdateSchedule(ctx context.Context, tx *Tx, s ScheduleRecord) error {
	res, err := tx.ExecContext(ctx, `UPDATE report_schedules SET report_id = ?, frequency = ?, weekday = ?, day_of_month = ?,
		time = ?, time_zone = ?, folder = ?, file_pattern = ?, enabled = ?, next_run_at = ?, updated_at = ? WHERE id = ?`,
		s.ReportID, s.Frequency, s.Weekday, s.DayOfMonth, s.Time, s.TimeZone, s.Folder, s.FilePattern, s.Enabled,
		formatOptional(s.NextRunAt), FormatTime(s.UpdatedAt), s.ID)
	if err != nil {
		return scheduleErr(err)
	}
	return mustAffect(res, msgNoSchedule)
}

// DeleteSchedule removes a schedule and its runs. CodeNotFound when absent.
func DeleteSchedule(ctx context.Context, tx *Tx, id string) error {
	res, err := tx.ExecContext(ctx, `DELETE FROM report_schedules WHERE id = ?`, id)
	if err != nil {
		return err
	}
	return mustAffect(res, msgNoSchedule)
}

// ClaimSchedule moves an enabled schedule's next run from due to next,
// only if it is still due (compare and swap): of two schedulers on one
// workspace exactly one runs the slot. It reports whether it claimed.
func ClaimSchedule(ctx context.Context, tx *Tx, id string, due, next time.Time) (bool, error) {
	res, err := tx.ExecContext(ctx, `UPDATE report_schedules SET next_run_at = ? WHERE id = ? AND enabled = 1 AND next_run_at = ?`,
		FormatTime(next), id, FormatTime(due))
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

// RestoreNextRun puts an enabled schedule's next run back to due, when it
// is later (a run the workspace lock interrupted is caught up next time).
func RestoreNextRun(ctx context.Context, tx *Tx, id string, due time.Time) error {
	_, err := tx.ExecContext(ctx, `UPDATE report_schedules SET next_run_at = ? WHERE id = ? AND enabled = 1 AND next_run_at > ?`,
		FormatTime(due), id, FormatTime(due))
	return err
}

func formatOptional(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return FormatTime(t)
}

func scheduleErr(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	switch {
	case strings.Contains(msg, "CHECK constraint failed"):
		return apperr.Wrap(err, apperr.CodeInvalid, "The schedule is not valid.")
	case strings.Contains(msg, "FOREIGN KEY constraint failed"):
		return apperr.Wrap(err, apperr.CodeInvalid, "The schedule's report or owner does not exist.")
	}
	return err
}
