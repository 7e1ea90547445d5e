package store

import (
	"context"
	"encoding/json"
	"time"

	"fieldvault/backend/apperr"
)

// MergeRecord is a stored merge (migration 0015, record_merges).
type MergeRecord struct {
	ID, Entity, SurvivorID, MergedID string
	SurvivorTitle, MergedTitle       string
	SurvivorBefore, MergedBefore     map[string]any // values with ownerId, teamId
	Moved                            []MovedRef
	SurvivorUpdatedAt                string
	MergedBy                         string
	MergedAt                         time.Time
	UndoneBy                         string
	UndoneAt                         time.Time
	Erased                           bool
}

// InsertMerge records a merge.
func InsertMerge(ctx context.Context, tx *Tx, m MergeRecord) error {
	sb, err := json.Marshal(m.SurvivorBefore)
	if err != nil {
		return err
	}
	mb, err := json.Marshal(m.MergedBefore)
	if err != nil {
		return err
	}
	if m.Moved == nil {
		m.Moved = []MovedRef{}
	}
	mv, _ := json.Marshal(m.Moved)
	_, err = tx.ExecContext(ctx, `INSERT INTO record_merges(id, entity, survivor_id, merged_id, survivor_title, merged_title,
		survivor_before, merged_before, moved, survivor_updated_at, merged_by, merged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		m.ID, m.Entity, m.SurvivorID, m.MergedID, m.SurvivorTitle, m.MergedTitle, string(sb), string(mb), string(mv),
		m.SurvivorUpdatedAt, m.MergedBy, FormatTime(m.MergedAt))
	return tx.s.mapErr(err)
}

const mergeColumns = `id, entity, survivor_id, merged_id, survivor_title, merged_title, survivor_before, merged_before, moved,
	survivor_updated_at, merged_by, merged_at, undone_by, undone_at, erased`

// GetMerge returns merge id. CodeNotFound when absent.
func GetMerge(ctx context.Context, q Querier, id string) (MergeRecord, error) {
	list, err := queryMerges(ctx, q, `SELECT `+mergeColumns+` FROM record_merges WHERE id = ?`, id)
	if err != nil {
		return MergeRecord{}, err
	}
	if len(list) == 0 {
		return MergeRecord{}, apperr.New(apperr.CodeNotFound, "There is no such merge.")
	}
	return list[0], nil
}

// ListMerges returns the newest limit merges of entity ("" = all).
func ListMerges(ctx context.Context, q Querier, entity string, limit int) ([]MergeRecord, error) {
	return queryMerges(ctx, q, `SELECT `+mergeColumns+` FROM record_merges WHERE (? = '' OR entity = ?)
		ORDER BY merged_at DESC, rowid DESC LIMIT ?`, entity, entity, limit)
}

// MarkMergeUndone records that userID undid merge id.
func MarkMergeUndone(ctx context.Context, tx *Tx, id, userID string, at time.Time) error {
	res, err := tx.ExecContext(ctx, `UPDATE record_merges SET undone_by = ?, undone_at = ? WHERE id = ? AND undone_at = ''`,
		userID, FormatTime(at), id)
	if err != nil {
		return tx.s.mapErr(err)
	}
	return mustAffect(res, "This merge was already undone.")
}

// EraseMerges blanks what merges kept of record (entity, id) — values and
// titles — inside an erasure's transaction; such a merge can no longer be
// undone.
func EraseMerges(ctx context.Context, tx *Tx, entity, id string) error {
	_, err := tx.ExecContext(ctx, `UPDATE record_merges SET survivor_before = '{}', merged_before = '{}', survivor_title = '',
		merged_title = '', erased = 1 WHERE entity = ? AND (survivor_id = ? OR merged_id = ?)`, entity, id, id)
	return tx.s.mapErr(err)
}

func queryMerges(ctx context.Context, q Querier, query string, args ...any) ([]MergeRecord, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []MergeRecord{}
	for rows.Next() {
		var m MergeRecord
		var sb, mb, mv, at, undone string
		if err := rows.Scan(&m.ID, &m.Entity, &m.SurvivorID, &m.MergedID, &m.SurvivorTitle, &m.MergedTitle, &sb, &mb, &mv,
			&m.SurvivorUpdatedAt, &m.MergedBy, &at, &m.UndoneBy, &undone, &m.Erased); err != nil {
			return nil, err
		}
		_ = json.Unmarshal([]byte(sb), &m.SurvivorBefore)
		_ = json.Unmarshal([]byte(mb), &m.MergedBefore)
		_ = json.Unmarshal([]byte(mv), &m.Moved)
		m.MergedAt, m.UndoneAt = ParseTime(at), ParseTime(undone)
		out = append(out, m)
	}
	return out, rows.Err()
}

// MergedInto returns the ids of the records merged into record id of
// entity (merges not undone), and those merged into them, and so on.
func MergedInto(ctx context.Context, q Querier, entity, id string) ([]string, error) {
	var out []string
	seen := map[string]bool{id: true}
	queue := []string{id}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		rows, err := q.QueryContext(ctx, `SELECT merged_id FROM record_merges WHERE entity = ? AND survivor_id = ? AND undone_at = ''`, entity, cur)
		if err != nil {
			return nil, err
		}
		var ids []string
		for rows.Next() {
			var m string
			if err := rows.Scan(&m); err != nil {
				rows.Close()
				return nil, err
			}
			ids = append(ids, m)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		for _, m := range ids {
			if !seen[m] {
				seen[m] = true
				out = append(out, m)
				queue = append(queue, m)
			}
		}
	}
	return out, nil
}
