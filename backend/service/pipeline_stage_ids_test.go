package service_test

import (
	"testing"

	"fieldvault/backend/model"
)

// The server chooses the IDs of new stages: a client-supplied ID that is
// not an existing stage's (or repeats one) is replaced.
func TestNewStagesGetServerIDs(t *testing.T) {
	c := newCRM(t)
	c.as(t, "admin")
	seeded, err := c.pipeline.Stages()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		extra  model.Stage
		keepID bool
	}{
		{"no id", model.Stage{Name: "New A", Probability: 5}, false},
		{"invented id", model.Stage{ID: "attacker-chosen", Name: "New B", Probability: 5}, false},
		{"id of another stage", model.Stage{ID: seeded[0].ID, Name: "New C", Probability: 5}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			saved, err := c.pipeline.SaveStages(append(append([]model.Stage{}, seeded...), tt.extra))
			if err != nil {
				t.Fatal(err)
			}
			if len(saved) != len(seeded)+1 {
				t.Fatalf("got %d stages", len(saved))
			}
			for i, s := range seeded {
				if saved[i].ID != s.ID || saved[i].Name != s.Name {
					t.Fatalf("existing stage %d changed: %+v", i, saved[i])
				}
			}
			added := saved[len(seeded)]
			if added.Name != tt.extra.Name || added.ID == "" || added.ID == tt.extra.ID {
				t.Fatalf("new stage %+v", added)
			}
		})
	}
}
