package report

import (
	"encoding/json"
	"fmt"
	"testing"
)

func TestFields(t *testing.T) {
	fields, err := Fields("deals")
	if err != nil {
		t.Fatal(err)
	}
	byKey := map[string]FieldInfo{}
	for _, f := range fields {
		byKey[f.Key] = f
	}
	for key, want := range map[string]string{
		"amount": "money sensitive numeric", "company.region": "enum groupable", "owner.name": "text groupable",
		"stage.name": "text groupable", "createdAt": "datetime groupable", "lead.campaign": "text groupable", "id": "ref groupable",
	} {
		f, ok := byKey[key]
		got := f.Type
		if f.Sensitive {
			got += " sensitive"
		}
		if f.Groupable {
			got += " groupable"
		}
		if f.Numeric {
			got += " numeric"
		}
		if !ok || got != want {
			t.Errorf("%s: %q, want %q", key, got, want)
		}
	}
	if _, ok := byKey["contactIds"]; ok {
		t.Error("refs fields have no column to report on")
	}
	_, err = Fields("users")
	wantInvalid(t, err, "entity")
}

// TestSpecJSON: a spec survives the trip through JSON (what saved reports
// store) and compiles to the same statement and arguments.
func TestSpecJSON(t *testing.T) {
	for _, b := range BuiltIns() {
		j, err := json.Marshal(b.Spec)
		if err != nil {
			t.Fatal(err)
		}
		var back Spec
		if err := json.Unmarshal(j, &back); err != nil {
			t.Fatal(err)
		}
		q1, err1 := Compile(b.Spec, admin, true, fixNow, nil)
		q2, err2 := Compile(back, admin, true, fixNow, nil)
		if err1 != nil || err2 != nil || q1.SQL() != q2.SQL() || fmt.Sprint(q1.Args()) != fmt.Sprint(q2.Args()) {
			t.Errorf("%s: %v %v\n%s\n%s", b.Key, err1, err2, q1.SQL(), q2.SQL())
		}
	}
	var s Spec
	if err := json.Unmarshal([]byte(`{"entity":"contacts","filters":[{"field":"marketingOptIn","op":"eq","value":false},{"field":"optInDate","op":"lastNDays","n":30}],"columns":["lastName"]}`), &s); err != nil {
		t.Fatal(err)
	}
	if _, err := Compile(s, admin, true, fixNow, nil); err != nil {
		t.Errorf("decoded spec: %v", err)
	}
}
