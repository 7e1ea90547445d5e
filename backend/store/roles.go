package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"sort"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/rbac"
)

// RoleRecord is a stored role with its decoded grants.
type RoleRecord struct {
	ID, Name, Description string
	Builtin               bool
	Grants                rbac.Grants
	UserCount             int
}

// grantsDoc is the stored JSON form of rbac.Grants.
type grantsDoc struct {
	Scopes   map[string]map[string]string `json:"scopes"`
	Advanced []string                     `json:"advanced"`
}

func encodeGrants(g rbac.Grants) (string, error) {
	if err := g.Validate(); err != nil {
		return "", err
	}
	doc := grantsDoc{Scopes: map[string]map[string]string{}, Advanced: []string{}}
	for e, acts := range g.Scopes {
		for a, s := range acts {
			if s == rbac.ScopeNone {
				continue
			}
			if doc.Scopes[string(e)] == nil {
				doc.Scopes[string(e)] = map[string]string{}
			}
			doc.Scopes[string(e)][string(a)] = string(s)
		}
	}
	for p, ok := range g.Advanced {
		if ok {
			doc.Advanced = append(doc.Advanced, string(p))
		}
	}
	sort.Strings(doc.Advanced)
	b, err := json.Marshal(doc)
	return string(b), err
}

// decodeGrants parses stored grants; unknown entities or permissions (from a
// newer version) are dropped rather than granted.
func decodeGrants(s string) rbac.Grants {
	var doc grantsDoc
	g := rbac.Grants{Scopes: map[rbac.Entity]map[rbac.Action]rbac.Scope{}, Advanced: map[rbac.Perm]bool{}}
	if json.Unmarshal([]byte(s), &doc) != nil {
		return g
	}
	for e, acts := range doc.Scopes {
		ent, err := rbac.ParseEntity(e)
		if err != nil {
			continue
		}
		for a, sc := range acts {
			act, err1 := rbac.ParseAction(a)
			scope, err2 := rbac.ParseScope(sc)
			if err1 != nil || err2 != nil {
				continue
			}
			if g.Scopes[ent] == nil {
				g.Scopes[ent] = map[rbac.Action]rbac.Scope{}
			}
			g.Scopes[ent][act] = scope
		}
	}
	for _, p := range doc.Advanced {
		if perm, err := rbac.ParsePerm(p); err == nil {
			g.Advanced[perm] = true
		}
	}
	return g
}

const roleColumns = `r.id, r.name, r.description, r.builtin, r.grants,
	(SELECT count(*) FROM users u WHERE u.role_id = r.id)`

func scanRole(row interface{ Scan(...any) error }) (RoleRecord, error) {
	var r RoleRecord
	var grants string
	err := row.Scan(&r.ID, &r.Name, &r.Description, &r.Builtin, &grants, &r.UserCount)
	r.Grants = decodeGrants(grants)
	return r, err
}

// ListRoles returns every role, built-in ones first, then by name.
func ListRoles(ctx context.Context, q Querier) ([]RoleRecord, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+roleColumns+` FROM roles r ORDER BY r.builtin DESC, r.name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []RoleRecord
	for rows.Next() {
		r, err := scanRole(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// GetRole returns the role with id, or CodeNotFound.
func GetRole(ctx context.Context, q Querier, id string) (RoleRecord, error) {
	r, err := scanRole(q.QueryRowContext(ctx, `SELECT `+roleColumns+` FROM roles r WHERE r.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return r, apperr.New(apperr.CodeNotFound, "There is no such role.")
	}
	return r, err
}

// InsertRole stores a new role; a duplicate name is CodeConflict.
func InsertRole(ctx context.Context, tx *Tx, r RoleRecord, now time.Time) error {
	g, err := encodeGrants(r.Grants)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO roles(id, name, description, builtin, grants, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, r.ID, r.Name, r.Description, r.Builtin, g, FormatTime(now), FormatTime(now))
	return uniqueConflict(err, "A role with this name already exists.")
}

// UpdateRole stores the role's name, description and grants.
func UpdateRole(ctx context.Context, tx *Tx, r RoleRecord, now time.Time) error {
	g, err := encodeGrants(r.Grants)
	if err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `UPDATE roles SET name = ?, description = ?, grants = ?, updated_at = ? WHERE id = ?`,
		r.Name, r.Description, g, FormatTime(now), r.ID)
	if err != nil {
		return uniqueConflict(err, "A role with this name already exists.")
	}
	return mustAffect(res, "There is no such role.")
}

// DeleteRole removes a role nobody holds; CodeConflict when users hold it.
func DeleteRole(ctx context.Context, tx *Tx, id string) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM users WHERE role_id = ?`, id).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return apperr.New(apperr.CodeConflict, "%d user(s) still have this role; give them another role first.", n)
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM roles WHERE id = ?`, id)
	if err != nil {
		return err
	}
	return mustAffect(res, "There is no such role.")
}

// SeedDefaultRoles inserts the built-in roles that are missing.
func SeedDefaultRoles(ctx context.Context, tx *Tx, now time.Time) error {
	for _, r := range rbac.DefaultRoles() {
		g, err := encodeGrants(r.Grants)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO roles(id, name, description, builtin, grants, created_at, updated_at)
			VALUES (?, ?, ?, 1, ?, ?, ?) ON CONFLICT(id) DO NOTHING`, r.ID, r.Name, r.Description, g, FormatTime(now), FormatTime(now)); err != nil {
			return err
		}
	}
	return nil
}

func mustAffect(res sql.Result, notFound string) error {
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return apperr.New(apperr.CodeNotFound, "%s", notFound)
	}
	return nil
}
