package store

import (
	"context"
	"encoding/json"
	"time"

	"fieldvault/backend/model"
)

// AlertRuleSettings returns the stored settings of the rules changed from
// their defaults, by rule id (Name and Description are left empty).
func AlertRuleSettings(ctx context.Context, q Querier) (map[string]model.AlertRule, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, enabled, threshold, window_minutes, severity, action, hours FROM alert_rules`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]model.AlertRule{}
	for rows.Next() {
		var r model.AlertRule
		var hours string
		if err := rows.Scan(&r.ID, &r.Enabled, &r.Threshold, &r.WindowMinutes, &r.Severity, &r.Action, &hours); err != nil {
			return nil, err
		}
		r.Hours = []model.RoleHours{}
		_ = json.Unmarshal([]byte(hours), &r.Hours)
		out[r.ID] = r
	}
	return out, rows.Err()
}

// SaveAlertRuleSettings stores r's settings (validated by the caller),
// saved by user editorID.
func SaveAlertRuleSettings(ctx context.Context, tx *Tx, r model.AlertRule, editorID string, now time.Time) error {
	hours, err := json.Marshal(append([]model.RoleHours{}, r.Hours...))
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO alert_rules(id, enabled, threshold, window_minutes, severity, action, hours, updated_at, updated_by)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET enabled = excluded.enabled, threshold = excluded.threshold,
		window_minutes = excluded.window_minutes, severity = excluded.severity, action = excluded.action,
		hours = excluded.hours, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
		r.ID, r.Enabled, r.Threshold, r.WindowMinutes, r.Severity, r.Action, string(hours), FormatTime(now), editorID)
	return err
}

// AlertRuleEditor returns the id of the user who last saved rule id's
// settings, "" when they were never saved.
func AlertRuleEditor(ctx context.Context, q Querier, id string) (string, error) {
	var by string
	err := q.QueryRowContext(ctx, `SELECT coalesce(max(updated_by), '') FROM alert_rules WHERE id = ?`, id).Scan(&by)
	return by, err
}

// AlertCursor returns the last audit seq the rules evaluated.
func AlertCursor(ctx context.Context, q Querier) (int64, error) {
	var seq int64
	err := q.QueryRowContext(ctx, `SELECT coalesce(max(value), 0) FROM alert_state WHERE key = 'cursor'`).Scan(&seq)
	return seq, err
}

// SetAlertCursor moves the cursor forward to seq (never back).
func SetAlertCursor(ctx context.Context, tx *Tx, seq int64) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO alert_state(key, value) VALUES ('cursor', ?)
		ON CONFLICT(key) DO UPDATE SET value = max(value, excluded.value)`, seq)
	return err
}
