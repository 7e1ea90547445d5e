package store

import (
	"context"
	"strings"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
)

// Paging limits of ListRecords.
const (
	DefaultListLimit = 100
	MaxListLimit     = 500
	// TotalCap bounds the count of a list: counting stops there and the
	// window shows "2,000+". Counting is most of a list's cost under team
	// scope (measured: 90% at 100k rows), and nobody reads an exact larger number.
	TotalCap    = 2_000
	maxFilters  = 20
	maxInValues = 100
	// maxScalarFilter bounds (in bytes) a text filter value, alone or in an
	// "in" list: the longest one-line text in UTF-8.
	maxScalarFilter = 4 * schema.MaxText
	// MaxSearchText bounds (in bytes, surrounding space aside) what a user
	// may type into a search box or a list's search.
	MaxSearchText = 200
)

// CheckSearchText refuses (CodeInvalid naming "search") a search text
// longer than MaxSearchText bytes once surrounding space is trimmed.
func CheckSearchText(text string) error {
	if len(strings.TrimSpace(text)) > MaxSearchText {
		return invalid("search", "Search for at most 200 characters.")
	}
	return nil
}

// trashSearchWords splits a search of the Trash into at most
// maxSearchTokens words (searched as substrings of the title).
func trashSearchWords(text string) []string {
	words := strings.Fields(text)
	if len(words) > maxSearchTokens {
		words = words[:maxSearchTokens]
	}
	return words
}

// listSQL is a compiled list query: the WHERE clause with its arguments
// and the ORDER BY clause. Field names from the query are only looked up in
// the entity's descriptor; SQL holds descriptor columns and placeholders.
type listSQL struct {
	where string
	args  []any
	order string
}

func invalid(field, msg string) error {
	return apperr.Invalid(msg, map[string]string{field: msg})
}

// CheckListQuery validates q against e for the actor without running it
// (saved views store only queries that would run). Errors as ListRecords'.
func CheckListQuery(e *schema.Entity, a rbac.Actor, q model.ListQuery) error {
	_, err := compileList(e, a, q)
	return err
}

// compileList builds the WHERE (scope included) and ORDER BY of q. A filter
// or sort on a sensitive field the actor may not see is refused like an
// unknown field: filtering on a masked value would reveal it.
func compileList(e *schema.Entity, a rbac.Actor, q model.ListQuery) (listSQL, error) {
	act := rbac.ActionRead
	if q.Trash {
		act = rbac.ActionDelete
	}
	where, args := scopeWhere(a, e, act, "t.owner_id", "t.team_id")
	conds := []string{liveCond(q.Trash), where}
	if err := CheckSearchText(q.Search); err != nil {
		return listSQL{}, err
	}
	if len(q.Filters) > maxFilters {
		return listSQL{}, invalid("filters", "Use at most 20 filters.")
	}
	for _, f := range q.Filters {
		c, cargs, err := compileFilter(e, a, f)
		if err != nil {
			return listSQL{}, err
		}
		conds = append(conds, c)
		args = append(args, cargs...)
	}
	if strings.TrimSpace(q.Search) != "" && q.Trash {
		// Trash records are out of the index: match their titles instead.
		words := trashSearchWords(q.Search)
		if len(words) == 0 {
			conds = append(conds, "0")
		}
		for _, w := range words {
			conds = append(conds, e.TitleSQL("t")+` LIKE ? ESCAPE '\'`)
			args = append(args, "%"+likeEscape(w)+"%")
		}
	} else if strings.TrimSpace(q.Search) != "" {
		match := FTSQuery(q.Search)
		if match == "" {
			conds = append(conds, "0")
		} else {
			conds = append(conds, "t.id IN (SELECT record_id FROM search_fts WHERE search_fts MATCH ? AND entity = ?)")
			args = append(args, match, string(e.Name))
		}
	}
	col, desc := "t.updated_at", true
	switch q.Sort {
	case "":
	case "updatedAt":
		desc = q.Desc
	case "createdAt":
		col, desc = "t.created_at", q.Desc
	default:
		f, ok := e.Field(q.Sort)
		if !ok || !f.Sortable || !a.SeesField(e.Name, f.Name) {
			return listSQL{}, invalid("sort", "This field cannot be sorted by.")
		}
		col, desc = "t."+f.Column, q.Desc
	}
	dir := ""
	if desc {
		dir = " DESC"
	}
	// rowid breaks ties: it is in every index, so the order stays an index walk.
	return listSQL{where: strings.Join(conds, " AND "), args: args, order: col + dir + ", t.rowid" + dir}, nil
}

// ListRecords returns one page of e's records that the actor may read (or,
// for q.Trash, the Trash records they may delete), the total up to TotalCap
// and whether it was capped. Limit 0 means DefaultListLimit. Errors:
// CodeInvalid naming "limit", "offset", "sort", "filters" or the field of a
// bad filter.
func ListRecords(ctx context.Context, qr Querier, e *schema.Entity, a rbac.Actor, q model.ListQuery) ([]model.RecordItem, int, bool, error) {
	if q.Limit == 0 {
		q.Limit = DefaultListLimit
	}
	if q.Limit < 1 || q.Limit > MaxListLimit {
		return nil, 0, false, invalid("limit", "Ask for 1 to 500 rows.")
	}
	if q.Offset < 0 {
		return nil, 0, false, invalid("offset", "The offset cannot be negative.")
	}
	c, err := compileList(e, a, q)
	if err != nil {
		return nil, 0, false, err
	}
	// Only the first page is counted; later pages (infinite scrolling) report
	// -1, capped: "keep going while pages are full".
	total, capped := -1, true
	if q.Offset == 0 {
		if err := qr.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM `+e.Table+` t WHERE `+c.where+` LIMIT ?)`,
			append(c.args, TotalCap+1)...).Scan(&total); err != nil {
			return nil, 0, false, err
		}
		capped = total > TotalCap
		if capped {
			total = TotalCap
		}
	}
	rows, err := qr.QueryContext(ctx, `SELECT `+recordColumns(e)+recordFrom(e)+` WHERE `+c.where+` ORDER BY `+c.order+
		` LIMIT ? OFFSET ?`, append(c.args, q.Limit, q.Offset)...)
	if err != nil {
		return nil, 0, false, err
	}
	defer rows.Close()
	out := []model.RecordItem{}
	for rows.Next() {
		r, err := scanRecord(e, rows)
		if err != nil {
			return nil, 0, false, err
		}
		out = append(out, r)
	}
	return out, total, capped, rows.Err()
}

// opsByType lists the filter operators each field type accepts.
var opsByType = map[string][]string{
	"text":              {model.OpEq, model.OpNe, model.OpContains, model.OpStarts, model.OpIn, model.OpEmpty, model.OpNotEmpty},
	model.FieldNumber:   {model.OpEq, model.OpNe, model.OpGt, model.OpGte, model.OpLt, model.OpLte, model.OpEmpty, model.OpNotEmpty},
	model.FieldDate:     {model.OpEq, model.OpNe, model.OpGt, model.OpGte, model.OpLt, model.OpLte, model.OpEmpty, model.OpNotEmpty},
	model.FieldBool:     {model.OpEq},
	model.FieldEnum:     {model.OpEq, model.OpNe, model.OpIn, model.OpEmpty, model.OpNotEmpty},
	model.FieldTags:     {model.OpContains, model.OpEmpty, model.OpNotEmpty},
	model.FieldRefs:     {model.OpContains, model.OpEmpty, model.OpNotEmpty},
	model.FieldLongText: {model.OpContains, model.OpEmpty, model.OpNotEmpty},
}

func opClass(typ string) string {
	switch typ {
	case model.FieldText, model.FieldEmail, model.FieldPhone, model.FieldURL:
		return "text"
	case model.FieldMoney, model.FieldNumber:
		return model.FieldNumber
	case model.FieldDateTime, model.FieldDate:
		return model.FieldDate
	case model.FieldRef:
		return model.FieldEnum
	}
	return typ
}

func compileFilter(e *schema.Entity, a rbac.Actor, flt model.Filter) (string, []any, error) {
	var col, class string
	var fd *schema.Field
	switch flt.Field {
	case "ownerId", "teamId":
		col, class = "t."+schema.Column(flt.Field), model.FieldEnum
	default:
		f, ok := e.Field(flt.Field)
		if !ok || !f.Filterable || !a.SeesField(e.Name, f.Name) {
			return "", nil, invalid("filters", "This field cannot be filtered by.")
		}
		fd, col, class = f, "t."+f.Column, opClass(f.Type)
	}
	ok := false
	for _, op := range opsByType[class] {
		ok = ok || op == flt.Op
	}
	if !ok {
		return "", nil, invalid(flt.Field, "This condition does not apply to the field.")
	}
	bad := invalid(flt.Field, "The filter value does not fit the field.")
	switch flt.Op {
	case model.OpEmpty, model.OpNotEmpty:
		c := "(" + col + " IS NULL OR " + col + " = '')"
		if class == model.FieldNumber {
			c = col + " IS NULL"
		} else if fd != nil && (fd.Type == model.FieldTags || fd.Type == model.FieldRefs) {
			c = col + " = '[]'"
		}
		if flt.Op == model.OpNotEmpty {
			c = "NOT " + c
		}
		return c, nil, nil
	case model.OpIn:
		list, ok := flt.Value.([]any)
		strs, ok2 := flt.Value.([]string)
		for _, s := range strs {
			list = append(list, s)
		}
		if (!ok && !ok2) || len(list) == 0 || len(list) > maxInValues {
			return "", nil, bad
		}
		args := make([]any, 0, len(list))
		for _, v := range list {
			s, ok := v.(string)
			if !ok || len(s) > maxScalarFilter {
				return "", nil, bad
			}
			args = append(args, s)
		}
		return col + " IN (?" + strings.Repeat(",?", len(args)-1) + ")", args, nil
	}
	switch class {
	case model.FieldNumber:
		x, ok := flt.Value.(float64)
		if !ok {
			if i, isInt := flt.Value.(int); isInt {
				x, ok = float64(i), true
			}
		}
		if !ok {
			return "", nil, bad
		}
		return col + " " + cmpOps[flt.Op] + " ?", []any{x}, nil
	case model.FieldBool:
		b, ok := flt.Value.(bool)
		if !ok {
			return "", nil, bad
		}
		v := 0
		if b {
			v = 1
		}
		return col + " = ?", []any{v}, nil
	}
	s, ok := flt.Value.(string)
	if !ok || len(s) > maxScalarFilter {
		return "", nil, bad
	}
	switch {
	case fd != nil && fd.Type == model.FieldRefs:
		c, args := linkedCond(e, fd, s)
		return c, args, nil
	case fd != nil && fd.Type == model.FieldTags:
		return "EXISTS (SELECT 1 FROM json_each(" + col + ") WHERE value = ?)", []any{s}, nil
	case flt.Op == model.OpContains:
		return col + ` LIKE ? ESCAPE '\'`, []any{"%" + likeEscape(s) + "%"}, nil
	case flt.Op == model.OpStarts:
		return col + ` LIKE ? ESCAPE '\'`, []any{likeEscape(s) + "%"}, nil
	}
	return col + " " + cmpOps[flt.Op] + " ?", []any{s}, nil
}

var cmpOps = map[string]string{model.OpEq: "=", model.OpNe: "<>", model.OpGt: ">", model.OpGte: ">=", model.OpLt: "<", model.OpLte: "<="}

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}
