package store_test

import (
	"context"
	"strings"
	"testing"

	"fieldvault/backend/schema"
	"fieldvault/backend/store"
	"fieldvault/backend/testutil"
)

// The migration's tables and indexes agree with the schema descriptors.
func TestRecordTablesMatchSchema(t *testing.T) {
	s := testutil.OpenStore(t)
	ctx := context.Background()
	for _, e := range schema.All() {
		cols := map[string]bool{}
		rows, err := s.Reader().QueryContext(ctx, `SELECT name FROM pragma_table_info(?)`, e.Table)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var n string
			_ = rows.Scan(&n)
			cols[n] = true
		}
		rows.Close()
		for _, f := range e.Fields {
			if !cols[f.Column] {
				t.Errorf("%s.%s: no column %s", e.Table, f.Name, f.Column)
			}
			if f.Sortable {
				var n int
				_ = s.Reader().QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = ?`,
					e.Table+"_live_"+f.Column).Scan(&n)
				if n != 1 {
					t.Errorf("%s.%s is sortable but has no (deleted_at, %s) index", e.Table, f.Name, f.Column)
				}
			}
		}
	}
}

func TestFTSQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ann", `"ann"*`},
		{"Ann  Smi", `"Ann"* "Smi"*`},
		{`" OR 1=1 --`, `"OR"* "1" "1"`},
		{"*", ""},
		{`"`, ""},
		{"NEAR(a b)", `"NEAR"* "a" "b"`},
		{"title:x", `"title"* "x"`},
		// Only tokens of 2+ characters are prefixes (counted in runes).
		{"a", `"a"`},
		{"ab", `"ab"*`},
		{"é", `"é"`},
		{"éa", `"éa"*`},
		{"J Smith", `"J" "Smith"*`},
		{"zoe@example.org", `"zoe@example.org"*`},
		{"  ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := store.FTSQuery(tt.in); got != tt.want {
				t.Fatalf("got %s, want %s", got, tt.want)
			}
		})
	}
	if got := store.FTSQuery(strings.Repeat("ab ", 100)); strings.Count(got, `"*`) != 8 {
		t.Fatalf("token cap: %s", got)
	}
}
