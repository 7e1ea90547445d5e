package store

import (
	"context"
	"strings"
	"time"

	"fieldvault/backend/apperr"
)

// Report sharing levels (saved_reports.sharing).
const (
	SharingPrivate  = "private"
	SharingTeam     = "team"
	SharingEveryone = "everyone"
)

// ReportRecord is a stored saved report. Spec is the report.Spec as JSON:
// the store keeps it opaque (package report compiles it for each viewer).
type ReportRecord struct {
	ID          string
	Name        string
	Description string
	OwnerID     string
	TeamID      string // the team a "team" report is shared with
	Sharing     string
	Spec        string
	CreatedAt   time.Time
	CreatedBy   string
	UpdatedAt   time.Time
	UpdatedBy   string
}

// VisibleTo reports whether a user in teamIDs sees r: their own, shared
// with one of their teams, or shared with everyone.
func (r ReportRecord) VisibleTo(userID string, teamIDs []string) bool {
	return sharedWith(r.OwnerID, r.Sharing, r.TeamID, userID, teamIDs)
}

const reportColumns = `id, name, description, owner_id, team_id, sharing, spec, created_at, created_by, updated_at, updated_by`

const msgNoReport = "There is no such report."
const msgReportName = "You already have a report with this name."

func scanReport(row interface{ Scan(...any) error }) (ReportRecord, error) {
	var r ReportRecord
	var created, updated string
	err := row.Scan(&r.ID, &r.Name, &r.Description, &r.OwnerID, &r.TeamID, &r.Sharing, &r.Spec,
		&created, &r.CreatedBy, &updated, &r.UpdatedBy)
	r.CreatedAt, r.UpdatedAt = ParseTime(created), ParseTime(updated)
	return r, err
}

// ListReports returns the saved reports visible to userID (see VisibleTo),
// by name. Never CodeNotFound: none is an empty list.
func ListReports(ctx context.Context, q Querier, userID string, teamIDs []string) ([]ReportRecord, error) {
	where, args := sharedWhere(userID, teamIDs)
	rows, err := q.QueryContext(ctx, `SELECT `+reportColumns+` FROM saved_reports WHERE `+where+` ORDER BY name COLLATE NOCASE, id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []ReportRecord{}
	for rows.Next() {
		r, err := scanReport(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// GetReport returns one saved report, visible or not (the caller checks
// VisibleTo), or CodeNotFound.
func GetReport(ctx context.Context, q Querier, id string) (ReportRecord, error) {
	r, err := scanReport(q.QueryRowContext(ctx, `SELECT `+reportColumns+` FROM saved_reports WHERE id = ?`, id))
	return r, notFound(err, msgNoReport)
}

// InsertReport stores a new report (ID, owner and the created and updated
// fields set by the caller). CodeConflict when the owner already has a
// report of that name (case-insensitive); CodeInvalid when the row breaks
// a check (name length, sharing, a team report without a team).
func InsertReport(ctx context.Context, tx *Tx, r ReportRecord) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO saved_reports(`+reportColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		r.ID, r.Name, r.Description, r.OwnerID, r.TeamID, r.Sharing, r.Spec,
		FormatTime(r.CreatedAt), r.CreatedBy, FormatTime(r.UpdatedAt), r.UpdatedBy)
	return reportErr(err)
}

// UpdateReport changes name, description, team, sharing and spec of report
// r.ID and records UpdatedAt/By; owner and creation stay. CodeNotFound when
// absent; CodeConflict and CodeInvalid as InsertReport.
func UpdateReport(ctx context.Context, tx *Tx, r ReportRecord) error {
	res, err := tx.ExecContext(ctx, `UPDATE saved_reports SET name = ?, description = ?, team_id = ?, sharing = ?,
		spec = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
		r.Name, r.Description, r.TeamID, r.Sharing, r.Spec, FormatTime(r.UpdatedAt), r.UpdatedBy, r.ID)
	if err != nil {
		return reportErr(err)
	}
	return mustAffect(res, msgNoReport)
}

// DeleteReport removes a report. CodeNotFound when absent.
func DeleteReport(ctx context.Context, tx *Tx, id string) error {
	res, err := tx.ExecContext(ctx, `DELETE FROM saved_reports WHERE id = ?`, id)
	if err != nil {
		return err
	}
	return mustAffect(res, msgNoReport)
}

func reportErr(err error) error {
	if err == nil {
		return nil
	}
	if e := uniqueConflict(err, msgReportName); e != err {
		return e
	}
	if strings.Contains(err.Error(), "CHECK constraint failed") {
		return apperr.Wrap(err, apperr.CodeInvalid, "The report's name, description or sharing is not valid.")
	}
	return err
}
