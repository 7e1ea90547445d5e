package service

import (
	"strconv"
	"strings"

	"fieldvault/backend/apperr"
	"fieldvault/backend/importfile"
	"fieldvault/backend/importmap"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
)

// importRow is one data row of the file on its way into the store.
type importRow struct {
	line     int
	values   map[string]any  // converted cells by field
	norm     map[string]any  // new records: the normalized values to insert
	blank    map[string]bool // fields whose cell was empty (an update leaves them)
	ownerID  string          // "" = the caller
	teamID   string
	company  string // contacts/deals: a company name to create (CreateCompanies)
	matchID  string // the existing record it matches
	outcome  string
	problems []model.ImportProblem
}

// problem adds a problem line for column col (-1 = the whole row).
func (r *importRow) problem(req *model.ImportRequest, header []string, col int, value, reason string) {
	p := model.ImportProblem{Row: r.line, Value: clip(value, 200), Reason: reason, Outcome: model.RowInvalid}
	if col >= 0 && col < len(header) {
		p.Column = header[col]
	}
	r.problems = append(r.problems, p)
	r.outcome = model.RowInvalid
}

// clip shortens s to at most n runes.
func clip(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n]) + "…"
}

// convertRow turns a file row into field values following the mapping:
// pseudo fields resolved (owner, full name), companies and stages looked
// up, sensitive fields refused to callers without sensitive.view, every
// cell converted (importmap.Convert). Problems mark the row invalid.
func (ir *importRunner) convertRow(row importfile.Row) *importRow {
	r := &importRow{line: row.Line, values: map[string]any{}, blank: map[string]bool{}, outcome: model.RowNew}
	if row.Problem != "" {
		r.problem(&ir.req, ir.header, -1, "", row.Problem)
		return r
	}
	e, lk := ir.e, ir.lk
	for _, m := range ir.req.Mapping {
		if m.Field == "" || m.Column >= len(row.Cells) {
			continue
		}
		cell := row.Cells[m.Column]
		if strings.TrimSpace(cell) == "" {
			r.blank[m.Field] = true
		}
		switch m.Field {
		case importmap.FieldOwner:
			if cell == "" {
				continue
			}
			u, ok := lk.owner(cell)
			if !ok {
				r.problem(&ir.req, ir.header, m.Column, cell, "There is no user of that name.")
				continue
			}
			r.ownerID, r.teamID = u.ID, lk.userTeams[u.ID]
			continue
		case importmap.FieldFullName:
			if strings.TrimSpace(cell) == "" {
				continue
			}
			first, last := importmap.SplitName(cell)
			if _, mapped := ir.mapped["firstName"]; !mapped {
				r.values["firstName"] = first
			}
			if _, mapped := ir.mapped["lastName"]; !mapped {
				r.values["lastName"] = last
			}
			continue
		}
		f, ok := e.Field(m.Field)
		if !ok {
			continue
		}
		if f.Sensitive && !ir.actor.SeesField(e.Name, f.Name) {
			if cell != "" {
				r.problem(&ir.req, ir.header, m.Column, "", "You may not set "+f.Label+".")
			}
			continue
		}
		switch {
		case f.Name == "companyId":
			if cell == "" {
				r.values[f.Name] = ""
				continue
			}
			if id, ok := lk.company(cell); ok {
				r.values[f.Name] = id
				continue
			}
			if ir.req.CreateCompanies {
				r.company = clip(cell, 200)
				continue
			}
			r.problem(&ir.req, ir.header, m.Column, cell, "No company of that name (or you may not see it). Choose to create missing companies, or import the companies first.")
			continue
		case f.Name == "stageId":
			if cell == "" {
				continue
			}
			id, ok := lk.stages[importmap.Key(cell)]
			if !ok {
				r.problem(&ir.req, ir.header, m.Column, cell, "No pipeline stage of that name.")
				continue
			}
			r.values[f.Name] = id
			continue
		case f.Type == model.FieldRef:
			if cell != "" {
				r.problem(&ir.req, ir.header, m.Column, cell, "Links to other records cannot be imported here.")
			}
			continue
		}
		v, reason := importmap.Convert(f, cell, ir.opts)
		if reason != "" {
			r.problem(&ir.req, ir.header, m.Column, cell, reason)
			continue
		}
		r.values[f.Name] = v
	}
	return r
}

// checkValues validates r's values for a create (every field; required
// ones must be there) or an update (only the non-empty cells change a
// record: an empty cell leaves the field as it is).
func (ir *importRunner) checkValues(r *importRow, create bool) map[string]any {
	vals := r.values
	if !create {
		vals = map[string]any{}
		for k, v := range r.values {
			if !r.blank[k] {
				vals[k] = v
			}
		}
	}
	var current map[string]any
	if !create {
		current = map[string]any{}
	}
	norm, err := ir.e.Normalize(vals, current, false)
	if err == nil {
		return norm
	}
	ae := apperr.ToPayload(err)
	for field, reason := range ae.Fields {
		col, cell := ir.columnOf(field, r)
		r.problem(&ir.req, ir.header, col, cell, reason)
	}
	if len(ae.Fields) == 0 {
		r.problem(&ir.req, ir.header, -1, "", ae.Message)
	}
	return nil
}

// columnOf finds the column a field came from, and the row's value of it.
func (ir *importRunner) columnOf(field string, r *importRow) (int, string) {
	col, ok := ir.mapped[field]
	if !ok && (field == "firstName" || field == "lastName") {
		col, ok = ir.mapped[importmap.FieldFullName]
	}
	if !ok {
		return -1, ""
	}
	v := r.values[field]
	switch x := v.(type) {
	case string:
		return col, x
	case float64:
		return col, strconv.FormatFloat(x, 'f', -1, 64)
	}
	return col, ""
}

// placementOK reports whether the caller may create a record for owner
// (their first team): the dry run's view of placeRecord.
func (ir *importRunner) placementOK(r *importRow) bool {
	owner, team := r.ownerID, r.teamID
	if owner == "" {
		owner, team = ir.actor.UserID, ir.lk.userTeams[ir.actor.UserID]
	}
	return ir.actor.Allows(ir.e.Name, rbac.ActionCreate, owner, team)
}
