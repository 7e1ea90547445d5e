package service

import (
	"fmt"
	"strings"

	"fieldvault/backend/model"
)

// classify matches a converted row with existing records and earlier rows
// and decides its outcome before the chunk checks scope and writes.
func (ir *importRunner) classify(r *importRow) *importRow {
	if r.outcome == model.RowInvalid {
		return r
	}
	keys := ir.lk.keys(ir.e, ir.req.MatchKey, r.values)
	for _, k := range keys {
		if line, ok := ir.seen[k]; ok {
			r.outcome = model.RowDuplicate
			r.problems = append(r.problems, model.ImportProblem{Row: r.line, Column: ir.matchColumn(), Value: clip(keyValue([]string{k}), 200),
				Reason: fmt.Sprintf("Repeats row %d.", line), Outcome: model.RowDuplicate})
			return r
		}
		if id, ok := ir.lk.byKey[k]; ok && r.matchID == "" {
			r.matchID = id
		}
	}
	for _, k := range keys {
		ir.seen[k] = r.line
	}
	switch {
	case r.matchID != "" && ir.req.Mode == model.ImportCreate:
		r.outcome = model.RowDuplicate
		r.problems = append(r.problems, model.ImportProblem{Row: r.line, Column: ir.matchColumn(), Value: clip(keyValue(keys), 200),
			Reason:  "A record with this " + ir.matchLabel() + " exists.",
			Outcome: model.RowDuplicate, MatchID: r.matchID, MatchTitle: ir.lk.titles[r.matchID]})
		return r
	case r.matchID != "":
		r.outcome = model.RowUpdate
	case ir.req.Mode == model.ImportUpdate:
		r.outcome = model.RowSkipped
		return r
	default:
		r.outcome = model.RowNew
	}
	if r.outcome == model.RowNew {
		if r.norm = ir.checkValues(r, true); r.norm == nil {
			return r
		}
	}
	if r.outcome == model.RowNew && ir.lk.dups != nil {
		rec := ir.lk.dedupRecord(ir.e, fmt.Sprintf("row:%d", r.line), r.values)
		if rec.Company == "" && r.company != "" {
			rec.Company = r.company
		}
		if m := ir.lk.dups.Find(rec, 1); len(m) > 0 {
			other := m[0].A
			if other == rec.ID {
				other = m[0].B
			}
			p := model.ImportProblem{Row: r.line, Reason: fmt.Sprintf("Likely duplicate of %s (%s, %.0f%%).", ir.describe(other), m[0].Reason, m[0].Score*100),
				Outcome: model.RowNew}
			if !strings.HasPrefix(other, "row:") {
				p.MatchID, p.MatchTitle = other, ir.lk.titles[other]
			}
			if ir.req.SkipDuplicates {
				p.Outcome, r.outcome = model.RowDuplicate, model.RowDuplicate
			}
			r.problems = append(r.problems, p)
			if r.outcome == model.RowDuplicate {
				return r
			}
		}
		ir.lk.dups.Add(rec)
	}
	return r
}

// describe names a duplicate's other side for a problem line.
func (ir *importRunner) describe(id string) string {
	if strings.HasPrefix(id, "row:") {
		return "row " + strings.TrimPrefix(id, "row:")
	}
	if t := ir.lk.titles[id]; t != "" {
		return t
	}
	return "an existing record"
}

func (ir *importRunner) matchColumn() string {
	field := map[string]string{model.MatchEmail: "email", model.MatchExternalID: "externalId", model.MatchPhone: "phone",
		model.MatchNameCompany: ir.e.TitleFields[len(ir.e.TitleFields)-1]}[ir.req.MatchKey]
	if col, ok := ir.mapped[field]; ok {
		return ir.header[col]
	}
	return ""
}

func (ir *importRunner) matchLabel() string {
	switch ir.req.MatchKey {
	case model.MatchEmail:
		return "email"
	case model.MatchExternalID:
		return "external ID"
	case model.MatchPhone:
		return "phone number"
	}
	return "name"
}

// keyValue is the value part of the first match key ("e:ann@x" → "ann@x").
func keyValue(keys []string) string {
	if len(keys) == 0 {
		return ""
	}
	_, v, _ := strings.Cut(keys[0], ":")
	return v
}
