package store

import (
	"context"
	"encoding/json"
	"time"

	"fieldvault/backend/model"
)

// ViewRecord is a stored saved view with its owner.
type ViewRecord struct {
	model.SavedView
	OwnerID string
}

const viewColumns = `id, owner_id, entity, name, query, shared`

func scanView(row interface{ Scan(...any) error }) (ViewRecord, error) {
	var v ViewRecord
	var q string
	if err := row.Scan(&v.ID, &v.OwnerID, &v.Entity, &v.Name, &q, &v.Shared); err != nil {
		return v, err
	}
	_ = json.Unmarshal([]byte(q), &v.Query)
	return v, nil
}

// ListViews returns the views of entity that userID owns or that are
// shared, by name; Mine is set on the user's own.
func ListViews(ctx context.Context, q Querier, userID, entity string) ([]model.SavedView, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+viewColumns+` FROM saved_views
		WHERE entity = ? AND (owner_id = ? OR shared = 1) ORDER BY name, id`, entity, userID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []model.SavedView{}
	for rows.Next() {
		v, err := scanView(rows)
		if err != nil {
			return nil, err
		}
		v.Mine = v.OwnerID == userID
		out = append(out, v.SavedView)
	}
	return out, rows.Err()
}

// GetView returns one view or CodeNotFound.
func GetView(ctx context.Context, q Querier, id string) (ViewRecord, error) {
	v, err := scanView(q.QueryRowContext(ctx, `SELECT `+viewColumns+` FROM saved_views WHERE id = ?`, id))
	return v, notFound(err, "There is no such view.")
}

// SaveView inserts or updates v (owner kept on update).
func SaveView(ctx context.Context, tx *Tx, v ViewRecord, now time.Time) error {
	q, err := json.Marshal(v.Query)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO saved_views(id, owner_id, entity, name, query, shared, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, query = excluded.query,
		shared = excluded.shared, updated_at = excluded.updated_at`,
		v.ID, v.OwnerID, v.Entity, v.Name, string(q), v.Shared, FormatTime(now), FormatTime(now))
	return err
}

// DeleteView removes a view.
func DeleteView(ctx context.Context, tx *Tx, id string) error {
	res, err := tx.ExecContext(ctx, `DELETE FROM saved_views WHERE id = ?`, id)
	if err != nil {
		return err
	}
	return mustAffect(res, "There is no such view.")
}
