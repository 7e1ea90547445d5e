package store

import (
	"context"
	"database/sql"
	"strings"
	"unicode/utf8"

	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
)

// The full-text index (search_fts) is written here, in the caller's
// transaction, whenever a record is created, changed, trashed, restored or
// purged: never by triggers, so the rule "sensitive fields are never
// indexed" lives in one place (searchText).

// searchWriter holds the prepared statements of an index insert.
type searchWriter struct{ key, fts *sql.Stmt }

func newSearchWriter(ctx context.Context, tx *Tx) (*searchWriter, error) {
	key, err := tx.PrepareContext(ctx, `INSERT INTO search_keys(entity, record_id) VALUES (?, ?)`)
	if err != nil {
		return nil, err
	}
	fts, err := tx.PrepareContext(ctx, `INSERT INTO search_fts(rowid, entity, record_id, owner_id, team_id, title, body)
		VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		key.Close()
		return nil, err
	}
	return &searchWriter{key: key, fts: fts}, nil
}

func (w *searchWriter) close() { w.key.Close(); w.fts.Close() }

func (w *searchWriter) add(ctx context.Context, e *schema.Entity, r model.RecordItem) error {
	res, err := w.key.ExecContext(ctx, string(e.Name), r.ID)
	if err != nil {
		return err
	}
	rid, err := res.LastInsertId()
	if err != nil {
		return err
	}
	title, body := searchText(e, r)
	_, err = w.fts.ExecContext(ctx, rid, string(e.Name), r.ID, r.OwnerID, r.TeamID, title, body)
	return err
}

// searchText returns the indexed title and body of r: the title and the
// searchable fields, phone numbers also as digits only. Sensitive fields
// are never searchable (schema refuses it), so a masked value cannot be
// found by searching for it.
func searchText(e *schema.Entity, r model.RecordItem) (string, string) {
	var body []string
	for i := range e.Fields {
		f := &e.Fields[i]
		if !f.Search || f.Sensitive {
			continue
		}
		switch v := r.Values[f.Name].(type) {
		case string:
			if v == "" {
				continue
			}
			body = append(body, v)
			if f.Type == model.FieldPhone {
				body = append(body, schema.Digits(v))
			}
		case []string:
			body = append(body, v...)
		}
	}
	return e.Title(r.Values), strings.Join(body, " \n")
}

// reindex replaces r's index row (adding one when it has none).
func reindex(ctx context.Context, tx *Tx, e *schema.Entity, r model.RecordItem) error {
	var rid int64
	err := tx.QueryRowContext(ctx, `SELECT rid FROM search_keys WHERE entity = ? AND record_id = ?`, string(e.Name), r.ID).Scan(&rid)
	if err == sql.ErrNoRows {
		w, err := newSearchWriter(ctx, tx)
		if err != nil {
			return err
		}
		defer w.close()
		return w.add(ctx, e, r)
	}
	if err != nil {
		return err
	}
	title, body := searchText(e, r)
	_, err = tx.ExecContext(ctx, `UPDATE search_fts SET owner_id = ?, team_id = ?, title = ?, body = ? WHERE rowid = ?`,
		r.OwnerID, r.TeamID, title, body, rid)
	return err
}

// unindex removes a record from the index (it is in the Trash or gone).
func unindex(ctx context.Context, tx *Tx, e *schema.Entity, id string) error {
	var rid int64
	err := tx.QueryRowContext(ctx, `SELECT rid FROM search_keys WHERE entity = ? AND record_id = ?`, string(e.Name), id).Scan(&rid)
	if err == sql.ErrNoRows {
		return nil
	}
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM search_fts WHERE rowid = ?`, rid); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `DELETE FROM search_keys WHERE rid = ?`, rid)
	return err
}

// Limits of a search query.
const (
	maxSearchTokens   = 8
	maxSearchTokenLen = 64
)

// FTSQuery turns what a user typed into a safe FTS5 query: every token a
// quoted prefix ("tok"*; a one-character token is a quoted word), implicitly AND-ed. Quotes are dropped and every
// character but letters, digits and a few joiners becomes a separator, so
// FTS5 operators (OR, NOT, NEAR, *, ^, :, parentheses, column filters) are
// only ever matched as words. It returns "" when nothing searchable is left.
func FTSQuery(text string) string {
	fields := strings.FieldsFunc(text, func(r rune) bool {
		return !(r == '@' || r == '.' || r == '-' || r == '_' || r == '\'' || isWordRune(r))
	})
	var parts []string
	for _, t := range fields {
		t = strings.Trim(t, "@.-_'")
		if t == "" {
			continue
		}
		if r := []rune(t); len(r) > maxSearchTokenLen {
			t = string(r[:maxSearchTokenLen])
		}
		// A one-character prefix matches most of the index: only longer
		// tokens are prefixes, a single character is a whole word.
		if utf8.RuneCountInString(t) >= 2 {
			parts = append(parts, `"`+t+`"*`)
		} else {
			parts = append(parts, `"`+t+`"`)
		}
		if len(parts) == maxSearchTokens {
			break
		}
	}
	return strings.Join(parts, " ")
}

func isWordRune(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 && r != '\u00a0'
}

// SearchKey names one search result.
type SearchKey struct{ Entity, ID string }

// searchCandidates bounds how many matches are ranked per search.
const searchCandidates = 500

// SearchRecords runs a prefix search over the live records of ents that the
// actor may read (each entity's scope OR-ed inside the index query), best
// matches first, at most limit keys. An empty query finds nothing; one over
// MaxSearchText bytes is refused (CodeInvalid naming "search").
func SearchRecords(ctx context.Context, q Querier, a rbac.Actor, ents []*schema.Entity, text string, limit int) ([]SearchKey, error) {
	if err := CheckSearchText(text); err != nil {
		return nil, err
	}
	match := FTSQuery(text)
	out := []SearchKey{}
	if match == "" || len(ents) == 0 {
		return out, nil
	}
	var conds []string
	args := []any{match}
	for _, e := range ents {
		where, wargs := rbac.Where(a, e.Name, rbac.ActionRead, "owner_id", "team_id")
		conds = append(conds, "(entity = ? AND "+where+")")
		args = append(append(args, string(e.Name)), wargs...)
	}
	// Ranking every match of a short prefix ("mü*" hits tens of thousands of
	// rows at 1M) costs more than a keystroke may: rank only the newest
	// searchCandidates matches in scope (FTS5 walks rowids backwards and stops
	// early), which keeps every keystroke bounded and favours recent records.
	rows, err := q.QueryContext(ctx, `SELECT entity, record_id FROM (
		SELECT entity, record_id, rank FROM search_fts WHERE search_fts MATCH ? AND (`+strings.Join(conds, " OR ")+`)
		ORDER BY rowid DESC LIMIT ?) ORDER BY rank LIMIT ?`, append(args, searchCandidates, limit)...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var k SearchKey
		if err := rows.Scan(&k.Entity, &k.ID); err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, rows.Err()
}
