package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
)

// MaxAlertEvidence is the most audit seqs an alert keeps (the earliest).
const MaxAlertEvidence = 200

const alertColumns = `id, rule_id, rule_name, severity, status, title, detail, subject_id, subject_name,
	action_taken, evidence, created_at, updated_at`

func scanAlert(row interface{ Scan(...any) error }) (model.Alert, error) {
	var a model.Alert
	var evidence string
	err := row.Scan(&a.ID, &a.RuleID, &a.RuleName, &a.Severity, &a.Status, &a.Title, &a.Detail, &a.SubjectID,
		&a.SubjectName, &a.ActionTaken, &evidence, &a.CreatedAt, &a.UpdatedAt)
	a.Evidence = []int64{}
	a.Comments = []model.AlertComment{}
	if err == nil {
		_ = json.Unmarshal([]byte(evidence), &a.Evidence)
	}
	return a, err
}

func encodeEvidence(seqs []int64) string {
	seqs = slices.Clone(seqs)
	slices.Sort(seqs)
	seqs = slices.Compact(seqs)
	if len(seqs) > MaxAlertEvidence {
		seqs = seqs[:MaxAlertEvidence]
	}
	b, _ := json.Marshal(append([]int64{}, seqs...))
	return string(b)
}

// InsertAlert stores a new alert; firstAt and lastAt are the times of its
// first and newest evidence.
func InsertAlert(ctx context.Context, tx *Tx, a model.Alert, firstAt, lastAt time.Time) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO alerts(`+alertColumns+`, first_at, last_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		a.ID, a.RuleID, a.RuleName, a.Severity, a.Status, a.Title, a.Detail, a.SubjectID, a.SubjectName,
		a.ActionTaken, encodeEvidence(a.Evidence), a.CreatedAt, a.UpdatedAt, FormatTime(firstAt), FormatTime(lastAt))
	return err
}

// FindOpenAlert returns the newest open alert of ruleID about the subject
// (by id; by name, case-insensitive, when subjectID is "") whose first
// evidence is at or after since; ok is false when none. Only open alerts
// take more evidence, and only for one window from their first: once
// someone acknowledged an alert, or when the activity goes on, what follows
// is a new alert (and its action applies again).
func FindOpenAlert(ctx context.Context, q Querier, ruleID, subjectID, subjectName string, since time.Time) (model.Alert, bool, error) {
	a, err := scanAlert(q.QueryRowContext(ctx, `SELECT `+alertColumns+` FROM alerts
		WHERE rule_id = ? AND subject_id = ? AND (subject_id <> '' OR subject_name = ? COLLATE NOCASE)
		AND status = 'open' AND first_at >= ? ORDER BY first_at DESC LIMIT 1`,
		ruleID, subjectID, subjectName, FormatTime(since)))
	if errors.Is(err, sql.ErrNoRows) {
		return a, false, nil
	}
	return a, err == nil, err
}

// AddAlertEvidence merges seqs into alert id's evidence (the earliest
// MaxAlertEvidence kept) and moves its newest-evidence time to lastAt.
func AddAlertEvidence(ctx context.Context, tx *Tx, a model.Alert, seqs []int64, lastAt, now time.Time) error {
	_, err := tx.ExecContext(ctx, `UPDATE alerts SET evidence = ?, last_at = max(last_at, ?), updated_at = ? WHERE id = ?`,
		encodeEvidence(append(slices.Clone(a.Evidence), seqs...)), FormatTime(lastAt), FormatTime(now), a.ID)
	return err
}

// GetAlert returns alert id with its comments, or CodeNotFound.
func GetAlert(ctx context.Context, q Querier, id string) (model.Alert, error) {
	a, err := scanAlert(q.QueryRowContext(ctx, `SELECT `+alertColumns+` FROM alerts WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return a, apperr.New(apperr.CodeNotFound, "There is no such alert.")
	}
	if err != nil {
		return a, err
	}
	rows, err := q.QueryContext(ctx, `SELECT at, user_id, name, status, text FROM alert_comments WHERE alert_id = ? ORDER BY n`, id)
	if err != nil {
		return a, err
	}
	defer rows.Close()
	for rows.Next() {
		var c model.AlertComment
		if err := rows.Scan(&c.At, &c.UserID, &c.Name, &c.Status, &c.Text); err != nil {
			return a, err
		}
		a.Comments = append(a.Comments, c)
	}
	return a, rows.Err()
}

// ListAlerts returns one page of the alerts aq selects, newest first
// (without comments), the number it selects and the number of open alerts.
// aq must be valid (the caller checks statuses, severities and paging).
func ListAlerts(ctx context.Context, q Querier, aq model.AlertQuery) (model.AlertPage, error) {
	page := model.AlertPage{Rows: []model.Alert{}}
	conds, args := []string{"1"}, []any{}
	for _, f := range [...]struct{ col, v string }{{"status", aq.Status}, {"severity", aq.Severity}, {"rule_id", aq.RuleID}} {
		if f.v != "" {
			conds, args = append(conds, f.col+" = ?"), append(args, f.v)
		}
	}
	where := strings.Join(conds, " AND ")
	if err := q.QueryRowContext(ctx, `SELECT count(*), (SELECT count(*) FROM alerts WHERE status = 'open') FROM alerts WHERE `+where, args...).
		Scan(&page.Total, &page.Open); err != nil {
		return page, err
	}
	rows, err := q.QueryContext(ctx, `SELECT `+alertColumns+` FROM alerts WHERE `+where+` ORDER BY created_at DESC, rowid DESC LIMIT ? OFFSET ?`,
		append(args, aq.Limit, aq.Offset)...)
	if err != nil {
		return page, err
	}
	defer rows.Close()
	for rows.Next() {
		a, err := scanAlert(rows)
		if err != nil {
			return page, err
		}
		page.Rows = append(page.Rows, a)
	}
	return page, rows.Err()
}

// SetAlertStatus moves alert id to c.Status and appends c to its workflow.
// CodeNotFound when there is no such alert.
func SetAlertStatus(ctx context.Context, tx *Tx, id string, c model.AlertComment) error {
	res, err := tx.ExecContext(ctx, `UPDATE alerts SET status = ?, updated_at = ? WHERE id = ?`, c.Status, c.At, id)
	if err != nil {
		return err
	}
	if err := mustAffect(res, "There is no such alert."); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO alert_comments(alert_id, n, at, user_id, name, status, text)
		VALUES (?, (SELECT coalesce(max(n), 0) + 1 FROM alert_comments WHERE alert_id = ?), ?, ?, ?, ?, ?)`,
		id, id, c.At, c.UserID, c.Name, c.Status, c.Text)
	return err
}
