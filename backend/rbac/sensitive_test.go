package rbac

import (
	"reflect"
	"sync"
	"testing"
)

func init() {
	MarkSensitive(EntityDeals, "amount")
	MarkSensitive(EntityContacts, "personalPhone")
	MarkSensitive(EntityContacts, "personalPhone") // twice is harmless
}

func TestMaskValue(t *testing.T) {
	viewer := Actor{UserID: "u1", Grants: grantsOf(nil, PermSensitiveView)}
	plain := Actor{UserID: "u2"}
	tests := []struct {
		name  string
		actor Actor
		e     Entity
		field string
		in    any
		want  any
	}{
		{"sensitive without perm", plain, EntityDeals, "amount", 125000.5, Masked},
		{"sensitive empty still masked", plain, EntityDeals, "amount", nil, Masked},
		{"sensitive with perm", viewer, EntityDeals, "amount", 125000.5, 125000.5},
		{"non-sensitive untouched", plain, EntityDeals, "title", "Big deal", "Big deal"},
		{"same name other entity", plain, EntityContacts, "amount", 3, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.actor.MaskValue(tt.e, tt.field, tt.in); got != tt.want {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMaskMap(t *testing.T) {
	tests := []struct {
		name  string
		actor Actor
		in    map[string]any
		want  map[string]any
	}{
		{"masked in place", Actor{},
			map[string]any{"name": "Ada", "personalPhone": "+44 20 7946 0000"},
			map[string]any{"name": "Ada", "personalPhone": Masked}},
		{"absent key stays absent", Actor{},
			map[string]any{"name": "Ada"},
			map[string]any{"name": "Ada"}},
		{"visible with sensitive.view", Actor{Grants: grantsOf(nil, PermSensitiveView)},
			map[string]any{"personalPhone": "+44 20 7946 0000"},
			map[string]any{"personalPhone": "+44 20 7946 0000"}},
		{"nil map", Actor{}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.actor.MaskMap(EntityContacts, tt.in)
			if !reflect.DeepEqual(tt.in, tt.want) {
				t.Fatalf("got %v, want %v", tt.in, tt.want)
			}
		})
	}
}

func TestSensitiveRegistry(t *testing.T) {
	if got := SensitiveFields(EntityContacts); !reflect.DeepEqual(got, []string{"personalPhone"}) {
		t.Fatalf("contacts: %v", got)
	}
	if !IsSensitive(EntityDeals, "amount") || IsSensitive(EntityDeals, "title") || SensitiveFields(EntityTasks) != nil {
		t.Fatal("registry lookup wrong")
	}
	if !IsMasked(Masked) || IsMasked("secret") || IsMasked(nil) {
		t.Fatal("IsMasked wrong")
	}
	for _, bad := range []struct {
		e Entity
		f string
	}{{"deal", "amount"}, {EntityDeals, ""}} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("MarkSensitive(%q, %q) did not panic", bad.e, bad.f)
				}
			}()
			MarkSensitive(bad.e, bad.f)
		}()
	}
}

func TestSensitiveRegistryConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); MarkSensitive(EntityLeads, "budget") }()
		go func() { defer wg.Done(); _ = SensitiveFields(EntityLeads); _ = IsSensitive(EntityLeads, "budget") }()
	}
	wg.Wait()
	if !IsSensitive(EntityLeads, "budget") {
		t.Fatal("concurrent mark lost")
	}
}
