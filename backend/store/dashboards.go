package store

import (
	"context"
	"strings"
	"time"

	"fieldvault/backend/apperr"
)

// DashboardRecord is a stored dashboard. Layout and Filters are JSON the
// service validates and decodes; the store keeps them opaque. Sharing is
// one of the saved-report levels (SharingPrivate, SharingTeam,
// SharingEveryone).
type DashboardRecord struct {
	ID          string
	Name        string
	OwnerID     string
	Sharing     string
	TeamID      string // the team of a "team" dashboard
	RoleDefault string // the built-in role it is the default of, or ""
	Layout      string
	Filters     string
	CreatedAt   time.Time
	CreatedBy   string
	UpdatedAt   time.Time
	UpdatedBy   string
}

// VisibleTo reports whether a user in teamIDs sees d: their own, shared
// with one of their teams, or shared with everyone.
func (d DashboardRecord) VisibleTo(userID string, teamIDs []string) bool {
	return sharedWith(d.OwnerID, d.Sharing, d.TeamID, userID, teamIDs)
}

const dashboardColumns = `id, name, owner_id, sharing, team_id, role_default, layout, filters,
	created_at, created_by, updated_at, updated_by`

const (
	msgNoDashboard   = "There is no such dashboard."
	msgDashboardName = "You already have a dashboard with this name."
)

func scanDashboard(row interface{ Scan(...any) error }) (DashboardRecord, error) {
	var d DashboardRecord
	var created, updated string
	err := row.Scan(&d.ID, &d.Name, &d.OwnerID, &d.Sharing, &d.TeamID, &d.RoleDefault, &d.Layout, &d.Filters,
		&created, &d.CreatedBy, &updated, &d.UpdatedBy)
	d.CreatedAt, d.UpdatedAt = ParseTime(created), ParseTime(updated)
	return d, err
}

// ListDashboards returns the dashboards visible to userID (see VisibleTo),
// by name. Never CodeNotFound: none is an empty list.
func ListDashboards(ctx context.Context, q Querier, userID string, teamIDs []string) ([]DashboardRecord, error) {
	where, args := sharedWhere(userID, teamIDs)
	rows, err := q.QueryContext(ctx, `SELECT `+dashboardColumns+` FROM dashboards WHERE `+where+` ORDER BY name COLLATE NOCASE, id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []DashboardRecord{}
	for rows.Next() {
		d, err := scanDashboard(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// GetDashboard returns one dashboard, visible or not (the caller checks
// VisibleTo), or CodeNotFound.
func GetDashboard(ctx context.Context, q Querier, id string) (DashboardRecord, error) {
	d, err := scanDashboard(q.QueryRowContext(ctx, `SELECT `+dashboardColumns+` FROM dashboards WHERE id = ?`, id))
	return d, notFound(err, msgNoDashboard)
}

// RoleDefaultDashboard returns the dashboard that is the default of role,
// or CodeNotFound when the role has none.
func RoleDefaultDashboard(ctx context.Context, q Querier, role string) (DashboardRecord, error) {
	if role == "" {
		return DashboardRecord{}, apperr.New(apperr.CodeNotFound, "%s", msgNoDashboard)
	}
	d, err := scanDashboard(q.QueryRowContext(ctx, `SELECT `+dashboardColumns+` FROM dashboards WHERE role_default = ?`, role))
	return d, notFound(err, msgNoDashboard)
}

// InsertDashboard stores a new dashboard (ID, owner and the created and
// updated fields set by the caller). CodeConflict when the owner already
// has a dashboard of that name (case-insensitive) or another dashboard is
// the default of the same role; CodeInvalid when the row breaks a check
// (name length, sharing, a team dashboard without a team, a role default
// not shared with everyone, layout or filters not JSON).
func InsertDashboard(ctx context.Context, tx *Tx, d DashboardRecord) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO dashboards(`+dashboardColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		d.ID, d.Name, d.OwnerID, d.Sharing, d.TeamID, d.RoleDefault, d.Layout, d.Filters,
		FormatTime(d.CreatedAt), d.CreatedBy, FormatTime(d.UpdatedAt), d.UpdatedBy)
	return dashboardErr(err)
}

// UpdateDashboard changes everything of dashboard d.ID but its owner and
// creation. CodeNotFound when absent; CodeConflict and CodeInvalid as
// InsertDashboard.
func UpdateDashboard(ctx context.Context, tx *Tx, d DashboardRecord) error {
	res, err := tx.ExecContext(ctx, `UPDATE dashboards SET name = ?, sharing = ?, team_id = ?, role_default = ?,
		layout = ?, filters = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
		d.Name, d.Sharing, d.TeamID, d.RoleDefault, d.Layout, d.Filters, FormatTime(d.UpdatedAt), d.UpdatedBy, d.ID)
	if err != nil {
		return dashboardErr(err)
	}
	return mustAffect(res, msgNoDashboard)
}

// ClearRoleDefault makes no dashboard but exceptID the default of role and
// returns the ids it changed (so a new default can replace the old one in
// the same transaction).
func ClearRoleDefault(ctx context.Context, tx *Tx, role, exceptID string) ([]string, error) {
	rows, err := tx.QueryContext(ctx, `UPDATE dashboards SET role_default = '' WHERE role_default = ? AND id <> ? RETURNING id`, role, exceptID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// DeleteDashboard removes a dashboard. CodeNotFound when absent.
func DeleteDashboard(ctx context.Context, tx *Tx, id string) error {
	res, err := tx.ExecContext(ctx, `DELETE FROM dashboards WHERE id = ?`, id)
	if err != nil {
		return err
	}
	return mustAffect(res, msgNoDashboard)
}

func dashboardErr(err error) error {
	if err == nil {
		return nil
	}
	if strings.Contains(err.Error(), "dashboards.role_default") {
		return apperr.Wrap(err, apperr.CodeConflict, "Another dashboard is already the default of this role.")
	}
	if e := uniqueConflict(err, msgDashboardName); e != err {
		return e
	}
	if strings.Contains(err.Error(), "CHECK constraint failed") {
		return apperr.Wrap(err, apperr.CodeInvalid, "The dashboard's name, sharing or layout is not valid.")
	}
	return err
}
