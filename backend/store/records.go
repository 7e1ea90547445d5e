package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"strings"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
)

// Records are model.RecordItem values as stored: Values holds every field in
// storage form (see schema.Normalize), unmasked. Masking, ref titles and the
// Masked list are the service's job, because they depend on who asks.
//
// Every read and write of a record takes the actor and the action it is for
// and puts rbac.Where into the statement's WHERE, so a record outside the
// actor's scope is never read, changed or deleted: it reads as CodeNotFound,
// exactly like an absent one.

const notFoundMsg = "There is no such record, or you may not see it."

// errRecordNotFound is the not-found (absent or outside scope) answer.
func errRecordNotFound() error { return apperr.New(apperr.CodeNotFound, notFoundMsg) }

// recordColumns is the select list of e over alias t (users u for the owner's name).
func recordColumns(e *schema.Entity) string {
	var b strings.Builder
	b.WriteString(`t.id, t.owner_id, t.team_id, t.created_at, t.created_by, t.updated_at, t.updated_by, t.deleted_at,
		coalesce(nullif(u.display_name, ''), u.username, '')`)
	for _, f := range e.Fields {
		b.WriteString(", t.")
		b.WriteString(f.Column)
	}
	return b.String()
}

func recordFrom(e *schema.Entity) string {
	return " FROM " + e.Table + " t LEFT JOIN users u ON u.id = t.owner_id"
}

func scanRecord(e *schema.Entity, row interface{ Scan(...any) error }) (model.RecordItem, error) {
	r := model.RecordItem{Entity: string(e.Name), Values: make(map[string]any, len(e.Fields))}
	dst := []any{&r.ID, &r.OwnerID, &r.TeamID, &r.CreatedAt, &r.CreatedBy, &r.UpdatedAt, &r.UpdatedBy, &r.DeletedAt, &r.OwnerName}
	holders := make([]any, len(e.Fields))
	for i, f := range e.Fields {
		switch f.Type {
		case model.FieldNumber, model.FieldMoney:
			holders[i] = new(sql.NullFloat64)
		case model.FieldBool:
			holders[i] = new(int64)
		default:
			holders[i] = new(string)
		}
	}
	if err := row.Scan(append(dst, holders...)...); err != nil {
		return r, err
	}
	for i, f := range e.Fields {
		switch h := holders[i].(type) {
		case *sql.NullFloat64:
			if h.Valid {
				r.Values[f.Name] = h.Float64
			} else {
				r.Values[f.Name] = nil
			}
		case *int64:
			r.Values[f.Name] = *h != 0
		case *string:
			if f.Type == model.FieldTags || f.Type == model.FieldRefs {
				list := []string{}
				_ = json.Unmarshal([]byte(*h), &list)
				r.Values[f.Name] = list
			} else {
				r.Values[f.Name] = *h
			}
		}
	}
	r.Title = e.Title(r.Values)
	return r, nil
}

// sqlValue converts a storage-form value to a driver argument.
func sqlValue(f *schema.Field, v any) any {
	switch f.Type {
	case model.FieldBool:
		if b, _ := v.(bool); b {
			return 1
		}
		return 0
	case model.FieldTags, model.FieldRefs:
		list, _ := v.([]string)
		if list == nil {
			list = []string{}
		}
		b, _ := json.Marshal(list)
		return string(b)
	case model.FieldNumber, model.FieldMoney:
		if f, ok := v.(float64); ok {
			return f
		}
		return nil
	}
	s, _ := v.(string)
	return s
}

// liveCond is the WHERE part choosing live records or the Trash.
func liveCond(trash bool) string {
	if trash {
		return "t.deleted_at <> ''"
	}
	return "t.deleted_at = ''"
}

// scopeWhere is the WHERE part (and its arguments) choosing the records of e
// the actor may do act on. Any action but read also needs read scope: a role
// whose update or delete scope is wider than its read scope must not reach
// (and so read, through the record a write returns) records it cannot read.
func scopeWhere(a rbac.Actor, e *schema.Entity, act rbac.Action, ownerCol, teamCol string) (string, []any) {
	where, args := rbac.Where(a, e.Name, rbac.ActionRead, ownerCol, teamCol)
	if act == rbac.ActionRead {
		return where, args
	}
	w2, a2 := rbac.Where(a, e.Name, act, ownerCol, teamCol)
	return "(" + where + ") AND (" + w2 + ")", append(args, a2...)
}

// GetRecord returns record id of e when the actor may do act on it (and,
// for any act, read it), from the live records (trash false) or the Trash
// (trash true). Absent, in the other state, or outside the actor's scope:
// CodeNotFound.
func GetRecord(ctx context.Context, q Querier, e *schema.Entity, a rbac.Actor, act rbac.Action, id string, trash bool) (model.RecordItem, error) {
	where, args := scopeWhere(a, e, act, "t.owner_id", "t.team_id")
	r, err := scanRecord(e, q.QueryRowContext(ctx, `SELECT `+recordColumns(e)+recordFrom(e)+
		` WHERE t.id = ? AND `+liveCond(trash)+` AND `+where, append([]any{id}, args...)...))
	if err == sql.ErrNoRows {
		return r, errRecordNotFound()
	}
	return r, err
}

// GetRecords returns the live records of e among ids that the actor may do
// act on (and read), in no particular order; the others are left out.
func GetRecords(ctx context.Context, q Querier, e *schema.Entity, a rbac.Actor, act rbac.Action, ids []string) ([]model.RecordItem, error) {
	out := []model.RecordItem{}
	where, args := scopeWhere(a, e, act, "t.owner_id", "t.team_id")
	for len(ids) > 0 {
		n := min(len(ids), 500)
		chunk := ids[:n]
		ids = ids[n:]
		qa := make([]any, 0, n+len(args))
		for _, id := range chunk {
			qa = append(qa, id)
		}
		rows, err := q.QueryContext(ctx, `SELECT `+recordColumns(e)+recordFrom(e)+` WHERE t.id IN (?`+
			strings.Repeat(",?", n-1)+`) AND t.deleted_at = '' AND `+where, append(qa, args...)...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			r, err := scanRecord(e, rows)
			if err != nil {
				rows.Close()
				return nil, err
			}
			out = append(out, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}
