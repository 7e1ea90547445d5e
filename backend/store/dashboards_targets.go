package store

import (
	"context"
	"strings"
	"time"

	"fieldvault/backend/apperr"
)

// KPI target periods (kpi_targets.period): calendar months, quarters and
// years.
const (
	PeriodMonth   = "month"
	PeriodQuarter = "quarter"
	PeriodYear    = "year"
)

// KPITargetRecord is a stored KPI target: Target for the aggregate
// Aggregate of report Report ("builtin:<key>" or a saved report id) per
// Period, for team TeamID or ("") the whole workspace.
type KPITargetRecord struct {
	ID        string
	Name      string
	Report    string
	Aggregate string
	Period    string
	TeamID    string
	Target    float64
	OwnerID   string
	CreatedAt time.Time
	CreatedBy string
	UpdatedAt time.Time
	UpdatedBy string
}

const kpiColumns = `id, name, report, aggregate, period, team_id, target, owner_id, created_at, created_by, updated_at, updated_by`

const (
	msgNoKPITarget   = "There is no such target."
	msgKPITargetName = "This team already has a target with this name."
)

func scanKPITarget(row interface{ Scan(...any) error }) (KPITargetRecord, error) {
	var k KPITargetRecord
	var created, updated string
	err := row.Scan(&k.ID, &k.Name, &k.Report, &k.Aggregate, &k.Period, &k.TeamID, &k.Target, &k.OwnerID,
		&created, &k.CreatedBy, &updated, &k.UpdatedBy)
	k.CreatedAt, k.UpdatedAt = ParseTime(created), ParseTime(updated)
	return k, err
}

// ListKPITargets returns every KPI target, workspace-wide ones first, then
// by team and name; the service decides which the caller sees. Never
// CodeNotFound.
func ListKPITargets(ctx context.Context, q Querier) ([]KPITargetRecord, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+kpiColumns+` FROM kpi_targets ORDER BY team_id, name COLLATE NOCASE, id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []KPITargetRecord{}
	for rows.Next() {
		k, err := scanKPITarget(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, rows.Err()
}

// GetKPITarget returns one target or CodeNotFound.
func GetKPITarget(ctx context.Context, q Querier, id string) (KPITargetRecord, error) {
	k, err := scanKPITarget(q.QueryRowContext(ctx, `SELECT `+kpiColumns+` FROM kpi_targets WHERE id = ?`, id))
	return k, notFound(err, msgNoKPITarget)
}

// InsertKPITarget stores a new target (ID, owner, created and updated set
// by the caller). CodeConflict when the team (or the workspace) already has
// a target of that name; CodeInvalid when the row breaks a check.
func InsertKPITarget(ctx context.Context, tx *Tx, k KPITargetRecord) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO kpi_targets(`+kpiColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		k.ID, k.Name, k.Report, k.Aggregate, k.Period, k.TeamID, k.Target, k.OwnerID,
		FormatTime(k.CreatedAt), k.CreatedBy, FormatTime(k.UpdatedAt), k.UpdatedBy)
	return kpiErr(err)
}

// UpdateKPITarget changes everything of target k.ID but its owner and
// creation. CodeNotFound when absent; CodeConflict, CodeInvalid as insert.
func UpdateKPITarget(ctx context.Context, tx *Tx, k KPITargetRecord) error {
	res, err := tx.ExecContext(ctx, `UPDATE kpi_targets SET name = ?, report = ?, aggregate = ?, period = ?, team_id = ?,
		target = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
		k.Name, k.Report, k.Aggregate, k.Period, k.TeamID, k.Target, FormatTime(k.UpdatedAt), k.UpdatedBy, k.ID)
	if err != nil {
		return kpiErr(err)
	}
	return mustAffect(res, msgNoKPITarget)
}

// DeleteKPITarget removes a target. CodeNotFound when absent.
func DeleteKPITarget(ctx context.Context, tx *Tx, id string) error {
	res, err := tx.ExecContext(ctx, `DELETE FROM kpi_targets WHERE id = ?`, id)
	if err != nil {
		return err
	}
	return mustAffect(res, msgNoKPITarget)
}

func kpiErr(err error) error {
	if err == nil {
		return nil
	}
	if e := uniqueConflict(err, msgKPITargetName); e != err {
		return e
	}
	if strings.Contains(err.Error(), "CHECK constraint failed") {
		return apperr.Wrap(err, apperr.CodeInvalid, "The target's name, report, aggregate or period is not valid.")
	}
	return err
}
