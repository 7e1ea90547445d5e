package store

import (
	"context"
	"encoding/json"

	"fieldvault/backend/audit"
)

// HistoryEntry is an audit entry about one record, for its timeline.
type HistoryEntry struct {
	At, ActorName, Action string
	Changes               []audit.Change
}

// RecordHistory returns the successful audit entries whose object is
// (objType, id), newest first, at most limit, leaving out views (*.view):
// the record's history of changes, personal values opened.
func RecordHistory(ctx context.Context, q Querier, objType, id string, limit int) ([]HistoryEntry, error) {
	rows, err := q.QueryContext(ctx, `SELECT at, actor_name, action, changes FROM audit_log
		WHERE object_type = ? AND object_id = ? AND outcome = 'success' AND action NOT LIKE '%.view'
		ORDER BY seq DESC LIMIT ?`, objType, id, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []HistoryEntry{}
	for rows.Next() {
		var h HistoryEntry
		var changes string
		if err := rows.Scan(&h.At, &h.ActorName, &h.Action, &changes); err != nil {
			return nil, err
		}
		_ = json.Unmarshal([]byte(changes), &h.Changes)
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	keys := newSubjectKeys(ctx, q)
	for i := range out {
		e := audit.Entry{Changes: out[i].Changes}
		audit.RevealPersonal(&e, keys.get)
	}
	return out, keys.err
}
