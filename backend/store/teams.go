package store

import (
	"context"
	"time"

	"fieldvault/backend/model"
)

// ListTeams returns every team with its member count, by name.
func ListTeams(ctx context.Context, q Querier) ([]model.Team, error) {
	rows, err := q.QueryContext(ctx, `SELECT t.id, t.name, (SELECT count(*) FROM user_teams ut WHERE ut.team_id = t.id)
		FROM teams t ORDER BY t.name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []model.Team{}
	for rows.Next() {
		var t model.Team
		if err := rows.Scan(&t.ID, &t.Name, &t.MemberCount); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// GetTeam returns one team or CodeNotFound.
func GetTeam(ctx context.Context, q Querier, id string) (model.Team, error) {
	var t model.Team
	err := q.QueryRowContext(ctx, `SELECT t.id, t.name, (SELECT count(*) FROM user_teams ut WHERE ut.team_id = t.id)
		FROM teams t WHERE t.id = ?`, id).Scan(&t.ID, &t.Name, &t.MemberCount)
	return t, notFound(err, "There is no such team.")
}

// InsertTeam stores a team; a duplicate name is CodeConflict.
func InsertTeam(ctx context.Context, tx *Tx, t model.Team, now time.Time) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO teams(id, name, created_at) VALUES (?, ?, ?)`, t.ID, t.Name, FormatTime(now))
	return uniqueConflict(err, "A team with this name already exists.")
}

// RenameTeam renames a team.
func RenameTeam(ctx context.Context, tx *Tx, id, name string) error {
	res, err := tx.ExecContext(ctx, `UPDATE teams SET name = ? WHERE id = ?`, name, id)
	if err != nil {
		return uniqueConflict(err, "A team with this name already exists.")
	}
	return mustAffect(res, "There is no such team.")
}

// DeleteTeam removes a team; its members simply leave it.
func DeleteTeam(ctx context.Context, tx *Tx, id string) error {
	res, err := tx.ExecContext(ctx, `DELETE FROM teams WHERE id = ?`, id)
	if err != nil {
		return err
	}
	return mustAffect(res, "There is no such team.")
}

// UserTeamIDs returns the ids of the teams user belongs to, sorted.
func UserTeamIDs(ctx context.Context, q Querier, userID string) ([]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT team_id FROM user_teams WHERE user_id = ? ORDER BY team_id`, userID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	ids := []string{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// SetUserTeams replaces the user's teams; an unknown team id is CodeNotFound.
func SetUserTeams(ctx context.Context, tx *Tx, userID string, teamIDs []string) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM user_teams WHERE user_id = ?`, userID); err != nil {
		return err
	}
	for _, id := range teamIDs {
		if _, err := GetTeam(ctx, tx, id); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO user_teams(user_id, team_id) VALUES (?, ?)`, userID, id); err != nil {
			return err
		}
	}
	return nil
}
