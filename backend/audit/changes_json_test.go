package audit

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
)

// slowChanges is the reference: what the store's decoder yields, encoded.
func slowChanges(js []byte) ([]byte, bool) {
	var cs []Change
	if len(js) > 0 && string(js) != "[]" {
		dec := json.NewDecoder(bytes.NewReader(js))
		dec.UseNumber()
		if err := dec.Decode(&cs); err != nil || dec.More() {
			return nil, false
		}
	}
	return appendChanges(nil, cs), true
}

// checkFast fails when the fast path accepts js but disagrees with the
// reference, and returns whether it accepted.
func checkFast(t *testing.T, js []byte) bool {
	t.Helper()
	fast, ok := appendChangesJSON(nil, js)
	if !ok {
		return false
	}
	slow, sok := slowChanges(js)
	if !sok || !bytes.Equal(fast, slow) {
		t.Fatalf("fast path disagrees on %q:\nfast %x\nslow %x (decodes: %v)", js, fast, slow, sok)
	}
	return true
}

var tricky = []any{nil, true, false, "", "plain", "<a href='x'>&amp;</a>", "line\nbreak\ttab\x01", "\u2028\u2029",
	"emoji 😀 ü ß 漢字", "bad \xff utf8", `quote " and \ backslash /`, json.Number("0"), json.Number("-12.50e+3"),
	json.Number("1E9"), 3.5, 1e21, -0.0, int64(-42), []any{}, []any{"a", json.Number("1"), nil, []any{true}},
	map[string]any{}, map[string]any{"b": "x", "a": []any{map[string]any{"z": nil, "é": "1"}}, "<": "&"},
	strings.Repeat("long ", 200), Mask}

// Every change list json.Marshal can write takes the fast path and agrees.
func TestChangesJSONMarshalledTakesFastPath(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 3000 {
		n := r.IntN(5)
		cs := make([]Change, n)
		for j := range cs {
			cs[j] = Change{Field: string(rune('a'+j)) + "<field&>", Masked: r.IntN(4) == 0}
			if r.IntN(3) > 0 {
				cs[j].Before = tricky[r.IntN(len(tricky))]
			}
			if r.IntN(3) > 0 {
				cs[j].After = tricky[r.IntN(len(tricky))]
			}
		}
		js, err := json.Marshal(cs)
		if err != nil {
			t.Fatal(err)
		}
		if n == 0 {
			js = []byte("[]")
		}
		if !checkFast(t, js) {
			t.Fatalf("case %d: json.Marshal output fell off the fast path: %s", i, js)
		}
	}
}

// Text json.Marshal would not write either leaves the fast path or agrees.
func TestChangesJSONUnusualText(t *testing.T) {
	tests := []struct {
		js   string
		fast bool
	}{
		{`[]`, true},
		{``, true},
		{`null`, false},
		{`[{"field":"a"}]`, true},
		{`[{"field":"a","masked":false}]`, true},
		{`[{"field":"a","before":1,"after":2,"masked":true}]`, true},
		{`[ {"field":"a"}]`, false},
		{`[{"field":"a","after":1,"before":2}]`, false},
		{`[{"Field":"a"}]`, false},
		{`[{"field":"a","other":1}]`, false},
		{`[{"field":"a","before":{"b":1,"a":2}}]`, false},
		{`[{"field":"a","before":{"a":1,"a":2}}]`, false},
		{`[{"field":"\ud83d\ude00"}]`, false},
		{`[{"field":"\u00e9\u003c"}]`, true},
		{`[{"field":"a","before":01}]`, false},
		{`[{"field":"a","before":1.}]`, false},
		{`[{"field":"a","before":-}]`, false},
		{`[{"field":"a","before":1e5}]`, true},
		{`[{"field":"a"}] `, false},
		{`[{"field":"a"}]x`, false},
		{`[{"field":"a"},]`, false},
		{`[{"field":"a","before":"` + "\x01" + `"}]`, false},
		{`[{"field":"a","before":"\x"}]`, false},
		{`[{"field":"a","before":` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `}]`, false},
		{`{not json`, false},
		{`[{"field":1}]`, false},
		{`[{"field":"a","masked":1}]`, false},
	}
	for _, tt := range tests {
		t.Run(tt.js, func(t *testing.T) {
			if got := checkFast(t, []byte(tt.js)); got != tt.fast {
				t.Fatalf("fast path taken = %v, want %v", got, tt.fast)
			}
		})
	}
}

// FuzzChangesJSON: whatever the text, the fast path never disagrees.
func FuzzChangesJSON(f *testing.F) {
	for _, s := range []string{`[{"field":"a","before":{"a":[1,"x",null]},"after":true,"masked":true}]`, `[]`, `[{"field":"\u0041"}]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, js []byte) { checkFast(t, js) })
}
