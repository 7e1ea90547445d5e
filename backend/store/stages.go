package store

import (
	"context"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
)

// ListStages returns the pipeline stages in order.
func ListStages(ctx context.Context, q Querier) ([]model.Stage, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, name, probability, sort_order, won, lost FROM stages ORDER BY sort_order, name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []model.Stage{}
	for rows.Next() {
		var s model.Stage
		if err := rows.Scan(&s.ID, &s.Name, &s.Probability, &s.Order, &s.Won, &s.Lost); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// GetStage returns one stage or CodeNotFound.
func GetStage(ctx context.Context, q Querier, id string) (model.Stage, error) {
	var s model.Stage
	err := q.QueryRowContext(ctx, `SELECT id, name, probability, sort_order, won, lost FROM stages WHERE id = ?`, id).
		Scan(&s.ID, &s.Name, &s.Probability, &s.Order, &s.Won, &s.Lost)
	return s, notFound(err, "There is no such stage.")
}

// ReplaceStages makes the stored stages exactly stages (validated by the
// caller; every ID set): changed ones are updated, missing ones deleted,
// new ones inserted. A stage that deals (live or in the Trash) still use
// cannot be deleted: CodeConflict. A duplicate name: CodeConflict.
func ReplaceStages(ctx context.Context, tx *Tx, stages []model.Stage) error {
	keep := map[string]bool{}
	for _, s := range stages {
		keep[s.ID] = true
	}
	old, err := ListStages(ctx, tx)
	if err != nil {
		return err
	}
	for _, s := range old {
		if keep[s.ID] {
			continue
		}
		var used int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM deals WHERE stage_id = ? LIMIT 1)`, s.ID).Scan(&used); err != nil {
			return err
		}
		if used > 0 {
			return apperr.New(apperr.CodeConflict, "Stage %q is still used by deals: move them to another stage first.", s.Name)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM stages WHERE id = ?`, s.ID); err != nil {
			return err
		}
	}
	// Names are unique: clear them first so that two stages may swap names.
	if _, err := tx.ExecContext(ctx, `UPDATE stages SET name = '~' || id`); err != nil {
		return err
	}
	for _, s := range stages {
		_, err := tx.ExecContext(ctx, `INSERT INTO stages(id, name, probability, sort_order, won, lost) VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT(id) DO UPDATE SET name = excluded.name, probability = excluded.probability,
			sort_order = excluded.sort_order, won = excluded.won, lost = excluded.lost`,
			s.ID, s.Name, s.Probability, s.Order, s.Won, s.Lost)
		if err != nil {
			return uniqueConflict(err, "Two stages cannot have the same name.")
		}
	}
	return nil
}
