package store

import (
	"context"
	"time"

	"fieldvault/backend/model"
)

// UserRecord is a stored user with the fields that never leave the backend.
type UserRecord struct {
	model.User
	PasswordHash   string
	KeySlotID      string
	FailedAttempts int
	Lockouts       int
}

const userColumns = `u.id, u.username, u.display_name, u.role_id, r.name, u.disabled, u.must_change_password,
	u.locked_until, u.last_login_at, u.created_at, u.password_hash, u.key_slot_id, u.failed_attempts, u.lockouts, u.kind`

func scanUser(row interface{ Scan(...any) error }) (UserRecord, error) {
	var u UserRecord
	err := row.Scan(&u.ID, &u.Username, &u.DisplayName, &u.RoleID, &u.RoleName, &u.Disabled, &u.MustChangePassword,
		&u.LockedUntil, &u.LastLoginAt, &u.CreatedAt, &u.PasswordHash, &u.KeySlotID, &u.FailedAttempts, &u.Lockouts, &u.Kind)
	return u, err
}

func getUser(ctx context.Context, q Querier, where string, arg any) (UserRecord, error) {
	u, err := scanUser(q.QueryRowContext(ctx, `SELECT `+userColumns+` FROM users u JOIN roles r ON r.id = u.role_id WHERE `+where, arg))
	if err != nil {
		return u, notFound(err, "There is no such user.")
	}
	u.TeamIDs, err = UserTeamIDs(ctx, q, u.ID)
	return u, err
}

// GetUser returns the user with id, or CodeNotFound.
func GetUser(ctx context.Context, q Querier, id string) (UserRecord, error) {
	return getUser(ctx, q, "u.id = ?", id)
}

// GetUserByName returns the user with that user name (case-insensitive), or
// CodeNotFound.
func GetUserByName(ctx context.Context, q Querier, username string) (UserRecord, error) {
	return getUser(ctx, q, "u.username = ?", username)
}

// ListUsers returns every user (without secrets), by user name.
func ListUsers(ctx context.Context, q Querier) ([]model.User, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+userColumns+` FROM users u JOIN roles r ON r.id = u.role_id ORDER BY u.username`)
	if err != nil {
		return nil, err
	}
	var recs []UserRecord
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		recs = append(recs, u)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make([]model.User, 0, len(recs))
	for _, u := range recs {
		if u.TeamIDs, err = UserTeamIDs(ctx, q, u.ID); err != nil {
			return nil, err
		}
		out = append(out, u.User)
	}
	return out, nil
}

// InsertUser stores a new user and their teams; a taken user name is
// CodeConflict, an unknown role or team CodeNotFound.
func InsertUser(ctx context.Context, tx *Tx, u UserRecord, now time.Time) error {
	if _, err := GetRole(ctx, tx, u.RoleID); err != nil {
		return err
	}
	kind := u.Kind
	if kind == "" {
		kind = model.UserPerson
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO users(id, username, display_name, role_id, password_hash, key_slot_id,
		must_change_password, disabled, created_at, updated_at, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		u.ID, u.Username, u.DisplayName, u.RoleID, u.PasswordHash, u.KeySlotID, u.MustChangePassword, u.Disabled,
		FormatTime(now), FormatTime(now), kind)
	if err != nil {
		return uniqueConflict(err, "This user name is taken.")
	}
	return SetUserTeams(ctx, tx, u.ID, u.TeamIDs)
}

// UpdateUserProfile stores display name and role (checked to exist).
func UpdateUserProfile(ctx context.Context, tx *Tx, id, displayName, roleID string, now time.Time) error {
	if _, err := GetRole(ctx, tx, roleID); err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `UPDATE users SET display_name = ?, role_id = ?, updated_at = ? WHERE id = ?`,
		displayName, roleID, FormatTime(now), id)
	if err != nil {
		return err
	}
	return mustAffect(res, "There is no such user.")
}

// SetUserDisabled disables or enables a user; disabling also clears the
// key slot id (the caller removes the slot from the key file).
func SetUserDisabled(ctx context.Context, tx *Tx, id string, disabled bool, now time.Time) error {
	q := `UPDATE users SET disabled = ?, updated_at = ? WHERE id = ?`
	if disabled {
		q = `UPDATE users SET disabled = ?, key_slot_id = '', updated_at = ? WHERE id = ?`
	}
	res, err := tx.ExecContext(ctx, q, disabled, FormatTime(now), id)
	if err != nil {
		return err
	}
	return mustAffect(res, "There is no such user.")
}

// SetUserPassword stores a new hash and key slot id, resets failures, and
// sets whether the user must change it at next sign-in.
func SetUserPassword(ctx context.Context, tx *Tx, id, hash, slotID string, mustChange bool, now time.Time) error {
	res, err := tx.ExecContext(ctx, `UPDATE users SET password_hash = ?, key_slot_id = ?, must_change_password = ?,
		failed_attempts = 0, locked_until = '', updated_at = ? WHERE id = ?`, hash, slotID, mustChange, FormatTime(now), id)
	if err != nil {
		return err
	}
	return mustAffect(res, "There is no such user.")
}

// RecordSignInFailure stores the failure counters and lock deadline.
func RecordSignInFailure(ctx context.Context, tx *Tx, id string, attempts, lockouts int, lockedUntil time.Time) error {
	until := ""
	if !lockedUntil.IsZero() {
		until = FormatTime(lockedUntil)
	}
	_, err := tx.ExecContext(ctx, `UPDATE users SET failed_attempts = ?, lockouts = ?, locked_until = ? WHERE id = ?`,
		attempts, lockouts, until, id)
	return err
}

// RecordSignIn resets the failure counters and stamps the sign-in time.
func RecordSignIn(ctx context.Context, tx *Tx, id string, now time.Time) error {
	_, err := tx.ExecContext(ctx, `UPDATE users SET failed_attempts = 0, lockouts = 0, locked_until = '', last_login_at = ? WHERE id = ?`,
		FormatTime(now), id)
	return err
}

// DeleteUser removes a user.
func DeleteUser(ctx context.Context, tx *Tx, id string) error {
	res, err := tx.ExecContext(ctx, `DELETE FROM users WHERE id = ?`, id)
	if err != nil {
		return err
	}
	return mustAffect(res, "There is no such user.")
}

// CountUsers returns how many users exist.
func CountUsers(ctx context.Context, q Querier) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT count(*) FROM users`).Scan(&n)
	return n, err
}

// ListUserSlots returns the key slot ids of enabled users (as a set).
func ListUserSlots(ctx context.Context, q Querier) (map[string]bool, error) {
	rows, err := q.QueryContext(ctx, `SELECT key_slot_id FROM users WHERE disabled = 0 AND key_slot_id <> ''`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out[id] = true
	}
	return out, rows.Err()
}
