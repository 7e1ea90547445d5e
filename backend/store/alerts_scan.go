package store

import (
	"context"
	"encoding/json"
	"strings"
	"time"

	"fieldvault/backend/audit"
)

// AuditScan selects audit entries for the suspicious-activity rules (the
// service translates detect.Query into it). Empty fields do not filter.
type AuditScan struct {
	Actions  []string // action is one of these
	Suffixes []string // action ends with one of these
	Category string
	Outcome  string
	UserID   string
	Username string // case-insensitive
	DeviceID string
	OSUser   string
	Since    time.Time // at >= Since
	Before   time.Time // at < Before
	AfterSeq int64     // seq > AfterSeq
	UpTo     int64     // seq <= UpTo
}

func (s AuditScan) where() (string, []any) {
	conds := []string{"1"}
	var args []any
	add := func(cond string, a ...any) { conds = append(conds, cond); args = append(args, a...) }
	if len(s.Actions) > 0 {
		add("action IN ("+strings.TrimSuffix(strings.Repeat("?,", len(s.Actions)), ",")+")", anys(s.Actions)...)
	}
	if len(s.Suffixes) > 0 {
		var ors []string
		for _, suf := range s.Suffixes {
			ors = append(ors, "substr(action, -?) = ?")
			args = append(args, len(suf), suf)
		}
		conds = append(conds, "("+strings.Join(ors, " OR ")+")")
	}
	for _, f := range [...]struct{ col, v string }{{"category", s.Category}, {"outcome", s.Outcome},
		{"actor_id", s.UserID}, {"device_id", s.DeviceID}, {"os_user", s.OSUser}} {
		if f.v != "" {
			add(f.col+" = ?", f.v)
		}
	}
	if s.Username != "" {
		add("actor_name = ? COLLATE NOCASE", s.Username)
	}
	if !s.Since.IsZero() {
		add("at >= ?", FormatTime(s.Since))
	}
	if !s.Before.IsZero() {
		add("at < ?", FormatTime(s.Before))
	}
	// The seq bounds are written "+seq" so that they are never an index
	// range: "seq <= ?" would let SQLite walk the table (or a single-column
	// index such as audit_log_outcome) backwards from the bound, through
	// the whole log, instead of searching the user's or the action's recent
	// window (audit_log_actor_at, audit_log_action_at). TestAuditScanPlans
	// pins the index of every rule query.
	if s.AfterSeq > 0 {
		add("+seq > ?", s.AfterSeq)
	}
	if s.UpTo > 0 {
		add("+seq <= ?", s.UpTo)
	}
	return strings.Join(conds, " AND "), args
}

// The statements of the rules' queries (kept apart for the plan test).

func (s AuditScan) findSQL(cols string, limit int) (string, []any) {
	where, args := s.where()
	return `SELECT ` + cols + ` FROM audit_log WHERE ` + where + ` ORDER BY seq DESC LIMIT ?`, append(args, limit)
}

func (s AuditScan) countSQL(limit int) (string, []any) {
	where, args := s.where()
	if limit <= 0 {
		limit = -1 // SQLite: no limit
	}
	return `SELECT count(*) FROM (SELECT 1 FROM audit_log WHERE ` + where + ` LIMIT ?)`, append(args, limit)
}

func (s AuditScan) bucketsSQL(width time.Duration) (string, []any) {
	where, args := s.where()
	return `SELECT count(*) FROM audit_log WHERE ` + where + `
		GROUP BY CAST((julianday(at) - julianday(?)) * 86400000 / ? AS INTEGER)`,
		append(args, FormatTime(s.Since), max(width.Milliseconds(), 1))
}

func anys(list []string) []any {
	out := make([]any, len(list))
	for i, s := range list {
		out[i] = s
	}
	return out
}

const entryColumns = `seq, id, at, actor_id, actor_name, actor_role, device_id, hostname, os_user, app_version,
	session_hash, category, action, object_type, object_id, object_label, changes, outcome, reason, rows, prev_hash, hash`

// FindAudit returns up to limit entries s selects, newest first.
func FindAudit(ctx context.Context, q Querier, s AuditScan, limit int) ([]audit.Entry, error) {
	query, args := s.findSQL(entryColumns, limit)
	return queryEntries(ctx, q, query, args...)
}

// AuditAfter returns up to limit entries with seq > after, oldest first
// (the rules' catch-up scan).
func AuditAfter(ctx context.Context, q Querier, after int64, limit int) ([]audit.Entry, error) {
	return queryEntries(ctx, q, `SELECT `+entryColumns+` FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?`, after, limit)
}

// CountAudit returns how many entries s selects, counting no further than
// limit when it is above 0 (a burst then costs at most limit rows).
func CountAudit(ctx context.Context, q Querier, s AuditScan, limit int) (int, error) {
	query, args := s.countSQL(limit)
	var n int
	err := q.QueryRowContext(ctx, query, args...).Scan(&n)
	return n, err
}

// AuditSeqs returns the seqs of up to limit entries s selects, newest first.
func AuditSeqs(ctx context.Context, q Querier, s AuditScan, limit int) ([]int64, error) {
	query, args := s.findSQL("seq", limit)
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var seq int64
		if err := rows.Scan(&seq); err != nil {
			return nil, err
		}
		out = append(out, seq)
	}
	return out, rows.Err()
}

// AuditBuckets splits time from s.Since into slots of width and returns
// the number of selected entries of each slot that has any.
func AuditBuckets(ctx context.Context, q Querier, s AuditScan, width time.Duration) ([]int, error) {
	query, args := s.bucketsSQL(width)
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int
	for rows.Next() {
		var n int
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

func queryEntries(ctx context.Context, q Querier, query string, args ...any) ([]audit.Entry, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []audit.Entry
	for rows.Next() {
		var e audit.Entry
		var at, changes string
		if err := rows.Scan(&e.Seq, &e.ID, &at, &e.Actor.UserID, &e.Actor.Username, &e.Actor.Role,
			&e.Device.DeviceID, &e.Device.Hostname, &e.Device.OSUser, &e.Device.AppVersion, &e.SessionHash,
			&e.Category, &e.Action, &e.ObjectType, &e.ObjectID, &e.ObjectLabel, &changes,
			&e.Outcome, &e.Reason, &e.Rows, &e.PrevHash, &e.Hash); err != nil {
			return nil, err
		}
		e.At = ParseTime(at)
		if changes != "" && changes != "[]" {
			dec := json.NewDecoder(strings.NewReader(changes))
			dec.UseNumber()
			_ = dec.Decode(&e.Changes) // a bad document only loses the changes, never the entry
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
