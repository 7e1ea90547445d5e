package store

import (
	"strings"
	"time"
	"unicode/utf8"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
)

// Paging limits of ListAudit.
const (
	DefaultAuditLimit = 100
	MaxAuditLimit     = 500
	// AuditTotalCap bounds the count of the first page (AuditPage.Total).
	AuditTotalCap = 10_000
	// maxAuditFilterText bounds (in bytes) the user, object type and object
	// id filters: longer text cannot match a stored value.
	maxAuditFilterText = 4 * audit.MaxText
)

// auditCond is one compiled filter: its SQL over audit_log's columns (as
// "a"), its arguments, and the index that can drive a query by it.
type auditCond struct {
	sql   string
	args  []any
	index string // "" = none
	// ordered: for one value, the index yields rows in seq order, so a
	// page is a walk that stops early; otherwise a driven query sorts.
	ordered bool
}

// auditFilter is a validated model.AuditQuery.
type auditFilter struct {
	conds []auditCond
	match string // FTS5 query of the text filter ("" = none)
	limit int
}

// CheckAuditQuery validates q's filters and limit without running it.
// Errors: CodeInvalid as ListAudit's.
func CheckAuditQuery(q model.AuditQuery) error {
	_, err := compileAudit(q)
	return err
}

// compileAudit checks q and compiles its filters. Errors: CodeInvalid
// naming "from", "to", "category", "action", "outcome", "text", "limit",
// "beforeSeq", "userId", "objectType" or "objectId".
func compileAudit(q model.AuditQuery) (auditFilter, error) {
	f := auditFilter{limit: q.Limit}
	bad := map[string]string{}
	if f.limit == 0 {
		f.limit = DefaultAuditLimit
	}
	if f.limit < 1 || f.limit > MaxAuditLimit {
		bad["limit"] = "Ask for 1 to 500 entries."
	}
	if q.BeforeSeq < 0 {
		bad["beforeSeq"] = "Must not be negative."
	}
	from, okFrom := auditBound(q.From)
	to, okTo := auditBound(q.To)
	switch {
	case !okFrom:
		bad["from"] = "Use an RFC 3339 time, e.g. 2026-03-02T09:00:00Z."
	case !okTo:
		bad["to"] = "Use an RFC 3339 time, e.g. 2026-03-02T09:00:00Z."
	case from != "" && to != "":
		f.conds = append(f.conds, auditCond{sql: "a.at >= ? AND a.at < ?", args: []any{from, to}, index: "audit_log_at"})
	case from != "":
		f.conds = append(f.conds, auditCond{sql: "a.at >= ?", args: []any{from}, index: "audit_log_at"})
	case to != "":
		f.conds = append(f.conds, auditCond{sql: "a.at < ?", args: []any{to}, index: "audit_log_at"})
	}
	text := func(field, v string) bool {
		if len(v) > maxAuditFilterText {
			bad[field] = "Too long."
		}
		return v != ""
	}
	if text("userId", q.UserID) {
		f.conds = append(f.conds, auditCond{sql: "a.actor_id = ?", args: []any{q.UserID}, index: "audit_log_actor", ordered: true})
	}
	if q.Category != "" {
		if !auditOneOf(q.Category, audit.CatAuth, audit.CatData, audit.CatConfig, audit.CatReport, audit.CatExport, audit.CatImport, audit.CatSecurity, audit.CatKey) {
			bad["category"] = "Unknown category."
		}
		f.conds = append(f.conds, auditCond{sql: "a.category = ?", args: []any{q.Category}, index: "audit_log_category", ordered: true})
	}
	if q.Outcome != "" {
		if !auditOneOf(q.Outcome, audit.OutcomeSuccess, audit.OutcomeDenied, audit.OutcomeFailed) {
			bad["outcome"] = "Unknown outcome."
		}
		f.conds = append(f.conds, auditCond{sql: "a.outcome = ?", args: []any{q.Outcome}, index: "audit_log_outcome", ordered: true})
	}
	if q.Action != "" {
		c, ok := actionCond(q.Action)
		if !ok {
			bad["action"] = "Use an action such as contact.update, or a prefix ending in a dot such as contact."
		}
		f.conds = append(f.conds, c)
	}
	text("objectId", q.ObjectID)
	if text("objectType", q.ObjectType) {
		c := auditCond{sql: "a.object_type = ?", args: []any{q.ObjectType}, index: "audit_log_object"}
		if q.ObjectID != "" {
			c.sql, c.args, c.ordered = "a.object_type = ? AND a.object_id = ?", append(c.args, q.ObjectID), true
		}
		f.conds = append(f.conds, c)
	} else if q.ObjectID != "" {
		f.conds = append(f.conds, auditCond{sql: "a.object_id = ?", args: []any{q.ObjectID}})
	}
	if err := CheckSearchText(q.Text); err != nil {
		bad["text"] = "Search for at most 200 characters."
	} else {
		var likes []auditCond
		f.match, likes = auditMatch(q.Text)
		f.conds = append(f.conds, likes...)
	}
	if len(bad) > 0 {
		return f, apperr.Invalid("The audit filter is not valid.", bad)
	}
	return f, nil
}

// Limits of the text filter.
const (
	maxAuditWords   = 8
	maxAuditWordLen = 64 // runes
)

// auditMatch splits what a user typed into words (at most 8, each cut to
// 64 characters, double quotes dropped) and returns the FTS5 query that
// finds every word of 3 or more characters as a substring (audit_fts
// indexes trigrams; inside quotes nothing is an FTS5 operator), and a
// condition for each shorter word, which a trigram index cannot look up:
// a LIKE over the four searched columns (the label as the index holds it,
// since personal labels are sealed in the log). Empty when nothing was typed.
func auditMatch(text string) (string, []auditCond) {
	var match []string
	var likes []auditCond
	words := strings.Fields(strings.ReplaceAll(text, `"`, " "))
	for i, w := range words {
		if i == maxAuditWords {
			break
		}
		if r := []rune(w); len(r) > maxAuditWordLen {
			w = string(r[:maxAuditWordLen])
		}
		if utf8.RuneCountInString(w) >= 3 {
			match = append(match, `"`+w+`"`)
			continue
		}
		p := "%" + likeEscape(w) + "%"
		// the label as the index holds it: opened (audit_personal.go)
		likes = append(likes, auditCond{sql: `((SELECT x.object_label FROM audit_fts x WHERE x.rowid = a.seq) LIKE ? ESCAPE '\' OR ` +
			`a.action LIKE ? ESCAPE '\' OR a.actor_name LIKE ? ESCAPE '\' OR a.reason LIKE ? ESCAPE '\')`, args: []any{p, p, p, p}})
	}
	return strings.Join(match, " AND "), likes
}

// actionCond matches an action exactly, or every action under a prefix
// ending in "." as an index range (prefix ≤ action < prefix with '.'+1).
func actionCond(a string) (auditCond, bool) {
	ok := len(a) <= audit.MaxAction && strings.Trim(a, "abcdefghijklmnopqrstuvwxyz0123456789_.") == ""
	if p, isPrefix := strings.CutSuffix(a, "."); isPrefix {
		return auditCond{sql: "a.action >= ? AND a.action < ?", args: []any{a, p + "/"}, index: "audit_log_action"}, ok
	}
	return auditCond{sql: "a.action = ?", args: []any{a}, index: "audit_log_action", ordered: true}, ok
}

// auditBound turns an RFC 3339 time into the stored form ("" stays "").
func auditBound(s string) (string, bool) {
	if s == "" {
		return "", true
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return "", false
	}
	return t.UTC().Format(auditTime), true
}

func auditOneOf(v string, set ...string) bool {
	for _, s := range set {
		if v == s {
			return true
		}
	}
	return false
}
