package service_test

import (
	"strings"
	"testing"

	"fieldvault/backend/model"
	"fieldvault/backend/service"
	"fieldvault/backend/store"
)

// Erasing a person also erases the name of an import file that named them
// ("jane-doe.csv") — in the past imports and in the integration log —, and
// keeps the names of the other files their record came through.
func TestErasureErasesFileNamesThatNameThePerson(t *testing.T) {
	w := newImportWorld(t)
	named := w.file(t, "jane-doe-card.csv", "First Name,Last Name,Email\nJane,Doe,jane.doe@example.org\n", "")
	if _, err := w.imp.Run(w.request(t, named, "contacts", model.ImportCreate, model.MatchEmail)); err != nil {
		t.Fatal(err)
	}
	other := w.file(t, "fair-2026.csv", "Email,Last Name,Job Title\njane.doe@example.org,Doe,Buyer\nmax@example.org,Mustermann,Chef\n", "")
	if _, err := w.imp.Run(w.request(t, other, "contacts", model.ImportUpsert, model.MatchEmail)); err != nil {
		t.Fatal(err)
	}
	jane, ok := w.find(t, "jane.doe@example.org")
	if !ok {
		t.Fatal("Jane was not imported")
	}
	if _, err := service.NewPrivacyService(w.core).Erase(model.ErasureRequest{Entity: "contacts", ID: jane.ID, Reason: "DSR-9"}); err != nil {
		t.Fatal(err)
	}
	batches, err := w.imp.Batches()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, b := range batches {
		names = append(names, b.FileName)
	}
	if strings.Contains(strings.Join(names, " "), "jane") || !strings.Contains(strings.Join(names, " "), "fair-2026.csv") ||
		!strings.Contains(strings.Join(names, " "), store.ErasedFileName) {
		t.Fatalf("past imports: %q", names)
	}
	runs, err := w.logs.List(model.IntegrationFilter{Kind: model.RunImport})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range runs {
		if strings.Contains(r.Name+r.Source, "jane") || (r.Source == store.ErasedFileName && r.Retryable) {
			t.Errorf("integration log keeps the name: %+v", r)
		}
	}
	var options string
	_ = w.core.StoreForTest().Reader().QueryRow(`SELECT group_concat(options) FROM import_batches`).Scan(&options)
	if strings.Contains(options, "jane") {
		t.Fatalf("batch options keep the path: %s", options)
	}
}
