package store_test

import (
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
	"fieldvault/backend/testutil"
)

// keysetFixture is an encrypted store with contacts and deals whose sort
// values repeat (ties broken by rowid), with empty dates, NULL amounts,
// several owners and teams and a few Trash records.
type keysetFixture struct {
	s                *store.Store
	contacts, deals  *schema.Entity
	admin, teamActor rbac.Actor
}

const keysetN = 240

func newKeysetFixture(t *testing.T) *keysetFixture {
	t.Helper()
	s := testutil.OpenStore(t)
	ctx := context.Background()
	contacts, err := schema.Get("contacts")
	if err != nil {
		t.Fatal(err)
	}
	deals, err := schema.Get("deals")
	if err != nil {
		t.Fatal(err)
	}
	mgr, _ := rbac.DefaultRole(rbac.RoleSalesManager)
	f := &keysetFixture{s: s, contacts: contacts, deals: deals,
		admin:     rbac.Actor{UserID: "admin", Grants: rbac.FullGrants()},
		teamActor: rbac.Actor{UserID: "u1", TeamIDs: []string{"north"}, Grants: mgr.Grants}}
	base := time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)
	owners := []string{"u1", "u2", "u3", "u4"}
	teams := []string{"north", "south", ""}
	last := []string{"Adams", "Baker", "Clark", "Davis", "Evans", "Ó Briain", "adams", ""}
	regions := []string{"North", "South", "East", "West", "International"}
	err = s.Write(ctx, func(tx *store.Tx) error {
		for i := range keysetN {
			// Ten distinct timestamps: long runs of equal updatedAt.
			at := store.FormatTime(base.Add(time.Duration(i%10) * time.Minute))
			opt := ""
			if i%3 != 0 {
				opt = fmt.Sprintf("2024-%02d-%02d", i%12+1, i%28+1)
			}
			c := model.RecordItem{ID: store.NewID(), Entity: "contacts", OwnerID: owners[i%4], TeamID: teams[i%3],
				CreatedAt: at, CreatedBy: "admin", UpdatedAt: at, UpdatedBy: "admin",
				Values: map[string]any{"firstName": fmt.Sprintf("F%03d", (i*7)%keysetN), "lastName": last[i%len(last)],
					"region": regions[i%5], "optInDate": opt, "tags": []string{}}}
			if i%9 == 0 {
				c.Values["firstName"] = "Zed keyset"
			}
			if err := store.InsertRecord(ctx, tx, contacts, c); err != nil {
				return err
			}
			var amount any
			if i%4 != 0 {
				amount = float64((i*37)%50) * 100.5 // repeats, and NULL every fourth deal
			}
			d := model.RecordItem{ID: store.NewID(), Entity: "deals", OwnerID: owners[(i+1)%4], TeamID: teams[(i+2)%3],
				CreatedAt: at, CreatedBy: "admin", UpdatedAt: at, UpdatedBy: "admin",
				Values: map[string]any{"name": fmt.Sprintf("Deal %d", i%17), "amount": amount, "currency": "EUR", "region": regions[i%5]}}
			if err := store.InsertRecord(ctx, tx, deals, d); err != nil {
				return err
			}
			if i%12 == 0 {
				if err := store.TrashRecord(ctx, tx, contacts, f.admin, c.ID, at); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// keysetCase is one list paged through by cursor.
type keysetCase struct {
	name   string
	entity string
	team   bool // the team-scoped actor instead of the administrator
	q      model.ListQuery
	index  string // the index the row queries should walk ("" = not checked)
}

func keysetCases() []keysetCase {
	return []keysetCase{
		{name: "default updatedAt", entity: "contacts", index: "contacts_live_updated"},
		{name: "updatedAt asc", entity: "contacts", q: model.ListQuery{Sort: "updatedAt"}, index: "contacts_live_updated"},
		{name: "createdAt desc", entity: "contacts", q: model.ListQuery{Sort: "createdAt", Desc: true}, index: "contacts_live_created"},
		{name: "text asc", entity: "contacts", q: model.ListQuery{Sort: "lastName"}, index: "contacts_live_last_name"},
		{name: "text desc", entity: "contacts", q: model.ListQuery{Sort: "lastName", Desc: true}, index: "contacts_live_last_name"},
		{name: "date asc with empties", entity: "contacts", q: model.ListQuery{Sort: "optInDate"}, index: "contacts_live_opt_in_date"},
		{name: "date desc", entity: "contacts", q: model.ListQuery{Sort: "optInDate", Desc: true}, index: "contacts_live_opt_in_date"},
		{name: "money asc with NULLs", entity: "deals", q: model.ListQuery{Sort: "amount"}, index: "deals_live_amount"},
		{name: "money desc with NULLs", entity: "deals", q: model.ListQuery{Sort: "amount", Desc: true}, index: "deals_live_amount"},
		{name: "text filtered", entity: "contacts", q: model.ListQuery{Sort: "lastName",
			Filters: []model.Filter{{Field: "region", Op: model.OpIn, Value: []any{"North", "East"}}}}, index: "contacts_live_last_name"},
		{name: "money filtered", entity: "deals", q: model.ListQuery{Sort: "amount", Desc: true,
			Filters: []model.Filter{{Field: "region", Op: model.OpEq, Value: "West"}}}, index: "deals_live_amount"},
		{name: "search", entity: "contacts", q: model.ListQuery{Search: "zed"}, index: "contacts_live_updated"},
		{name: "trash", entity: "contacts", q: model.ListQuery{Trash: true, Sort: "lastName"}}, // no live index: the Trash is small
		{name: "team default", entity: "contacts", team: true, index: "contacts_live_updated"},
		{name: "team text", entity: "contacts", team: true, q: model.ListQuery{Sort: "lastName", Desc: true}, index: "contacts_live_last_name"},
		{name: "team money with NULLs", entity: "deals", team: true, q: model.ListQuery{Sort: "amount"}, index: "deals_live_amount"},
		{name: "team money filtered", entity: "deals", team: true, q: model.ListQuery{Sort: "amount", Desc: true,
			Filters: []model.Filter{{Field: "amount", Op: model.OpGte, Value: 1000.0}}}, index: "deals_live_amount"},
	}
}

func (f *keysetFixture) entity(name string) *schema.Entity {
	if name == "deals" {
		return f.deals
	}
	return f.contacts
}

func keysetIDs(rows []model.RecordItem) []string {
	out := make([]string, len(rows))
	for i, r := range rows {
		out[i] = r.ID
	}
	return out
}

// Paging by cursor yields the rows of the one-page list exactly once, in
// order, for every sort, filter, search, the Trash and a team scope; the
// cursor is "" exactly on the last page; Offset still pages as before.
func TestListKeysetPaging(t *testing.T) {
	f := newKeysetFixture(t)
	ctx := context.Background()
	for _, tc := range keysetCases() {
		t.Run(tc.name, func(t *testing.T) {
			e, a := f.entity(tc.entity), f.admin
			if tc.team {
				a = f.teamActor
			}
			q := tc.q
			q.Entity = tc.entity
			q.Limit = store.MaxListLimit
			all, _, _, err := store.ListRecords(ctx, f.s.Reader(), e, a, q)
			if err != nil {
				t.Fatal(err)
			}
			if len(all) < 10 || len(all) >= store.MaxListLimit {
				t.Fatalf("fixture gives %d rows: want more than a few pages and fewer than one big page", len(all))
			}
			want := keysetIDs(all)
			keysetCheckSorted(t, e, q, all)
			for _, limit := range []int{1, 7, 50} {
				q.Limit, q.After = limit, ""
				var got []string
				for pages := 0; ; pages++ {
					if pages > len(want)+1 {
						t.Fatalf("limit %d: paging does not end", limit)
					}
					p, err := store.ListRecordsPage(ctx, f.s.Reader(), e, a, q)
					if err != nil {
						t.Fatalf("limit %d page %d: %v", limit, pages, err)
					}
					if pages == 0 && (p.Total != len(want) || p.Capped) {
						t.Fatalf("first page total %d capped %v, want %d", p.Total, p.Capped, len(want))
					}
					if pages > 0 && (p.Total != -1 || !p.Capped) {
						t.Fatalf("a later page is counted: %d %v", p.Total, p.Capped)
					}
					got = append(got, keysetIDs(p.Rows)...)
					if p.NextAfter == "" {
						break
					}
					if len(p.Rows) != limit {
						t.Fatalf("limit %d: a page of %d rows has a next page", limit, len(p.Rows))
					}
					q.After = p.NextAfter
				}
				if strings.Join(got, ",") != strings.Join(want, ",") {
					t.Fatalf("limit %d: by cursor %d rows, want %d in the one-page order", limit, len(got), len(want))
				}
			}
			// Offset alone pages as before, and counts from a cursor.
			q.Limit, q.After, q.Offset = 7, "", 14
			p, err := store.ListRecordsPage(ctx, f.s.Reader(), e, a, q)
			if err != nil || strings.Join(keysetIDs(p.Rows), ",") != strings.Join(want[min(14, len(want)):min(21, len(want))], ",") {
				t.Fatalf("offset 14: %v", err)
			}
			q.Offset = 0
			first, err := store.ListRecordsPage(ctx, f.s.Reader(), e, a, q)
			if err != nil {
				t.Fatal(err)
			}
			for _, off := range []int{0, 3, len(want) / 2, len(want) - 8, len(want)} {
				q.After, q.Offset = first.NextAfter, off
				p, err := store.ListRecordsPage(ctx, f.s.Reader(), e, a, q)
				if err != nil {
					t.Fatal(err)
				}
				from := min(7+off, len(want))
				if strings.Join(keysetIDs(p.Rows), ",") != strings.Join(want[from:min(from+7, len(want))], ",") {
					t.Fatalf("cursor + offset %d: wrong rows", off)
				}
			}
		})
	}
}

// checkSorted checks the one-page reference itself: ordered by the sort
// value (NULL first ascending, last descending).
func keysetCheckSorted(t *testing.T, e *schema.Entity, q model.ListQuery, rows []model.RecordItem) {
	t.Helper()
	key := func(r model.RecordItem) any {
		switch q.Sort {
		case "", "updatedAt":
			return r.UpdatedAt
		case "createdAt":
			return r.CreatedAt
		}
		return r.Values[q.Sort]
	}
	desc := q.Desc || q.Sort == ""
	cmp := func(a, b any) int { // nil < numbers < text, as SQLite
		switch x := a.(type) {
		case nil:
			if b == nil {
				return 0
			}
			return -1
		case float64:
			y, ok := b.(float64)
			if !ok {
				return 1
			}
			return map[bool]int{true: -1, false: 0}[x < y] + map[bool]int{true: 1, false: 0}[x > y]
		case string:
			return strings.Compare(x, b.(string))
		}
		t.Fatalf("unexpected sort value %T", a)
		return 0
	}
	for i := 1; i < len(rows); i++ {
		c := cmp(key(rows[i-1]), key(rows[i]))
		if (!desc && c > 0) || (desc && c < 0) {
			t.Fatalf("%s: row %d (%v) before row %d (%v)", e.Name, i-1, key(rows[i-1]), i, key(rows[i]))
		}
	}
}

// A cursor is checked strictly: anything tampered with, from another list
// or oversized is CodeInvalid naming "after".
func TestListKeysetCursorRefused(t *testing.T) {
	f := newKeysetFixture(t)
	ctx := context.Background()
	first, err := store.ListRecordsPage(ctx, f.s.Reader(), f.deals, f.admin, model.ListQuery{Entity: "deals", Sort: "amount", Limit: 5})
	if err != nil || first.NextAfter == "" {
		t.Fatal(err)
	}
	raw, err := base64.RawURLEncoding.DecodeString(first.NextAfter)
	if err != nil {
		t.Fatalf("the cursor is not unpadded base64url: %v", err)
	}
	var fields map[string]any
	if err := json.Unmarshal(raw, &fields); err != nil {
		t.Fatalf("the cursor is not JSON: %v", err)
	}
	enc := func(m map[string]any) string {
		b, _ := json.Marshal(m)
		return base64.RawURLEncoding.EncodeToString(b)
	}
	with := func(k string, v any) string {
		m := map[string]any{}
		for kk, vv := range fields {
			m[kk] = vv
		}
		if v == nil {
			delete(m, k)
		} else {
			m[k] = v
		}
		return enc(m)
	}
	tests := []struct {
		name  string
		q     model.ListQuery
		after string
	}{
		{"truncated", model.ListQuery{Sort: "amount"}, first.NextAfter[:len(first.NextAfter)-3]},
		{"not base64", model.ListQuery{Sort: "amount"}, "!!!!"},
		{"padded base64", model.ListQuery{Sort: "amount"}, base64.URLEncoding.EncodeToString(raw)},
		{"not JSON", model.ListQuery{Sort: "amount"}, base64.RawURLEncoding.EncodeToString([]byte("amount,5"))},
		{"trailing data", model.ListQuery{Sort: "amount"}, base64.RawURLEncoding.EncodeToString(append(raw, []byte(`{}`)...))},
		{"unknown field", model.ListQuery{Sort: "amount"}, with("sql", "1=1")},
		{"other version", model.ListQuery{Sort: "amount"}, with("v", 2)},
		{"other sort", model.ListQuery{Sort: "name"}, first.NextAfter},
		{"other direction", model.ListQuery{Sort: "amount", Desc: true}, first.NextAfter},
		{"default sort", model.ListQuery{}, first.NextAfter},
		{"other entity", model.ListQuery{Entity: "contacts"}, enc(map[string]any{"v": 1, "e": "deals", "s": "updatedAt", "d": true, "t": "2025", "r": 3})},
		{"rowid zero", model.ListQuery{Sort: "amount"}, with("r", 0)},
		{"rowid not a number", model.ListQuery{Sort: "amount"}, with("r", "1 OR 1=1")},
		{"text value for a number column", model.ListQuery{Sort: "amount"}, with("t", "1000")},
		{"two values", model.ListQuery{Sort: "amount"}, with("t", "x")},
		{"number value for a text column", model.ListQuery{Sort: "name"}, enc(map[string]any{"v": 1, "e": "deals", "s": "name", "d": false, "n": 5, "r": 3})},
		{"oversized", model.ListQuery{Sort: "name"}, enc(map[string]any{"v": 1, "e": "deals", "s": "name", "d": false, "t": strings.Repeat("x", 1100), "r": 3})},
		{"too long", model.ListQuery{Sort: "amount"}, strings.Repeat("A", 9000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := tt.q
			if q.Entity == "" {
				q.Entity = "deals"
			}
			q.After = tt.after
			e := f.entity(q.Entity)
			_, err := store.ListRecordsPage(ctx, f.s.Reader(), e, f.admin, q)
			var ae *apperr.Error
			if apperr.CodeOf(err) != apperr.CodeInvalid || !errors.As(err, &ae) || ae.Fields["after"] == "" {
				t.Fatalf("got %v, want CodeInvalid naming after", err)
			}
			if err := store.CheckListQuery(e, f.admin, q); apperr.CodeOf(err) != apperr.CodeInvalid {
				t.Fatalf("CheckListQuery: got %v", err)
			}
		})
	}
	// The untouched cursor works, and a NULL or extreme value is only data.
	if _, err := store.ListRecordsPage(ctx, f.s.Reader(), f.deals, f.admin, model.ListQuery{Entity: "deals", Sort: "amount", Limit: 5, After: first.NextAfter}); err != nil {
		t.Fatal(err)
	}
	for _, v := range []any{nil, math.MaxFloat64, -math.MaxFloat64} {
		m := map[string]any{"v": 1, "e": "deals", "s": "amount", "d": false, "r": math.MaxInt64}
		if v != nil {
			m["n"] = v
		}
		if _, err := store.ListRecordsPage(ctx, f.s.Reader(), f.deals, f.admin, model.ListQuery{Entity: "deals", Sort: "amount", After: enc(m)}); err != nil {
			t.Fatalf("value %v: %v", v, err)
		}
	}
}

// keysetPlanQuerier runs queries on a database and keeps the query plan of each
// list query (one selecting records).
type keysetPlanQuerier struct {
	db    *sql.DB
	t     *testing.T
	plans []string
}

func (p *keysetPlanQuerier) plan(ctx context.Context, query string, args []any) {
	if !strings.HasPrefix(query, "SELECT t.id") {
		return
	}
	rows, err := p.db.QueryContext(ctx, "EXPLAIN QUERY PLAN "+query, args...)
	if err != nil {
		p.t.Fatal(err)
	}
	defer rows.Close()
	var lines []string
	for rows.Next() {
		var id, parent, unused int
		var detail string
		if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
			p.t.Fatal(err)
		}
		lines = append(lines, detail)
	}
	p.plans = append(p.plans, strings.Join(lines, "; "))
}

func (p *keysetPlanQuerier) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	p.plan(ctx, query, args)
	return p.db.QueryContext(ctx, query, args...)
}

func (p *keysetPlanQuerier) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	p.plan(ctx, query, args)
	return p.db.QueryRowContext(ctx, query, args...)
}

func (p *keysetPlanQuerier) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return p.db.ExecContext(ctx, query, args...)
}

// Every query of a page after a cursor walks the sort column's index in
// order: no temp b-tree for the ORDER BY, whatever the depth.
func TestListKeysetUsesIndex(t *testing.T) {
	f := newKeysetFixture(t)
	ctx := context.Background()
	for _, tc := range keysetCases() {
		t.Run(tc.name, func(t *testing.T) {
			q := tc.q
			q.Entity, q.Limit = tc.entity, 10
			a := f.admin
			if tc.team {
				a = f.teamActor
			}
			pq := &keysetPlanQuerier{db: f.s.Reader(), t: t}
			for {
				p, err := store.ListRecordsPage(ctx, pq, f.entity(tc.entity), a, q)
				if err != nil {
					t.Fatal(err)
				}
				if p.NextAfter == "" {
					break
				}
				q.After = p.NextAfter
			}
			if len(pq.plans) < 2 {
				t.Fatalf("only %d list queries", len(pq.plans))
			}
			walks := 0
			for _, plan := range pq.plans {
				if tc.index == "" {
					t.Log(plan)
					continue
				}
				// An equality segment (col = v AND rowid > r) may also seek
				// a filter's index: ordered by rowid there, as good.
				if !strings.HasPrefix(plan, "SEARCH t USING INDEX ") || strings.Contains(plan, "TEMP B-TREE") {
					t.Errorf("plan %q: want an ordered index seek", plan)
				}
				if strings.Contains(plan, "USING INDEX "+tc.index+" ") {
					walks++
				}
			}
			if tc.index != "" && walks < len(pq.plans)/2 {
				t.Errorf("%d of %d queries walk %s", walks, len(pq.plans), tc.index)
			}
			t.Logf("%d queries, e.g. %s", len(pq.plans), pq.plans[len(pq.plans)/2])
		})
	}
}
