package service_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/service"
)

// Erasing a person also removes a duplicate merged into them from the
// Trash (it kept all their values); nothing of it can be restored.
func TestErasureTakesMergedDuplicates(t *testing.T) {
	w := newImportWorld(t)
	d := service.NewDuplicateService(w.core)
	dup := w.create(t, "contacts", "admin", map[string]any{"firstName": "Ann", "lastName": "Lee", "email": "ann.private@example.com",
		"personalPhone": "555 0199"})
	if _, err := d.Merge(model.MergeRequest{Entity: "contacts", Survivor: w.ann.ID, Other: dup.ID}); err != nil {
		t.Fatal(err)
	}
	privacy := service.NewPrivacyService(w.core)
	res, err := privacy.Erase(model.ErasureRequest{Entity: "contacts", ID: w.ann.ID, Reason: "DSR-7"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Records < 2 {
		t.Fatalf("erasure %+v did not count the merged duplicate", res)
	}
	if _, err := w.records.Restore("contacts", dup.ID); !apperr.Is(err, apperr.CodeNotFound) {
		t.Fatalf("the merged duplicate can be restored: %v", err)
	}
	var n int
	_ = w.core.StoreForTest().Reader().QueryRow(`SELECT count(*) FROM contacts WHERE email = 'ann.private@example.com'`).Scan(&n)
	if n != 0 {
		t.Fatal("the merged duplicate's values survive")
	}
	merges, _ := d.Merges("contacts")
	if len(merges) != 1 || merges[0].MergedTitle != "" || merges[0].SurvivorTitle != "" {
		t.Fatalf("merge history keeps names: %+v", merges)
	}
}

// A merge audits every record whose link it moves, and stamps it.
func TestMergeAuditsMovedLinks(t *testing.T) {
	w := newImportWorld(t)
	d := service.NewDuplicateService(w.core)
	dup := w.create(t, "contacts", "admin", map[string]any{"lastName": "Lee"})
	call := w.create(t, "activities", "admin", map[string]any{"kind": "call", "subject": "Hello", "relatedEntity": "contacts", "relatedId": dup.ID})
	w.clock.Advance(time.Second)
	if _, err := d.Merge(model.MergeRequest{Entity: "contacts", Survivor: w.ann.ID, Other: dup.ID}); err != nil {
		t.Fatal(err)
	}
	after, _ := w.records.Get("activities", call.ID)
	if after.UpdatedAt == call.UpdatedAt {
		t.Fatal("the moved activity was not stamped")
	}
	var n int
	_ = w.core.StoreForTest().Reader().QueryRow(`SELECT count(*) FROM audit_log WHERE action = 'activity.update' AND object_id = ?`, call.ID).Scan(&n)
	if n != 1 {
		t.Fatalf("%d audit entries for the moved activity, want 1", n)
	}
}

// No report may be written into a workspace folder (over its key file).
func TestSaveReportRefusesTheWorkspaceFolder(t *testing.T) {
	w := newImportWorld(t)
	path := w.file(t, "c.csv", "Last Name\nLee\n", "")
	res, err := w.imp.DryRun(w.request(t, path, "contacts", model.ImportCreate, ""))
	if err != nil {
		t.Fatal(err)
	}
	keys := filepath.Join(w.matrix.fixture.dir, "fieldvault.keys")
	before, err := os.ReadFile(keys)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.imp.SaveReport(res.ID, keys); !apperr.Is(err, apperr.CodeInvalid) {
		t.Fatalf("report over the key file: %v", err)
	}
	if after, _ := os.ReadFile(keys); string(after) != string(before) {
		t.Fatal("the key file changed")
	}
}

// Only the principal who ran a failed import may retry it, and only while
// its file is unchanged.
func TestRetryOnlyByItsPrincipalAndUnchangedFile(t *testing.T) {
	w := newImportWorld(t)
	w.as(t, "sales_manager")
	var b strings.Builder
	b.WriteString("Last Name,Email\n")
	for i := range 2500 {
		fmt.Fprintf(&b, "Name%d,p%d@example.com\n", i, i)
	}
	path := w.file(t, "c.csv", b.String(), "")
	req := w.request(t, path, "contacts", model.ImportCreate, model.MatchEmail)
	service.SetImportRunHookForTest(func(int) { _ = w.imp.Cancel(service.JobImport) })
	res, err := w.imp.Run(req)
	service.SetImportRunHookForTest(nil)
	if err != nil || res.Status != "cancelled" {
		t.Fatalf("cancelled run %+v %v", res, err)
	}
	runs, _ := w.logs.List(model.IntegrationFilter{})
	if len(runs) != 1 || !runs[0].Retryable {
		t.Fatalf("runs %+v", runs)
	}
	w.as(t, "admin")
	if _, err := w.logs.Retry(runs[0].ID); !apperr.Is(err, apperr.CodeForbidden) {
		t.Fatalf("admin retried another user's import: %v", err)
	}
	w.as(t, "sales_manager")
	if err := os.WriteFile(path, []byte("Last Name,Email\nEvil,evil@example.com\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := w.logs.Retry(runs[0].ID); !apperr.Is(err, apperr.CodeConflict) || !strings.Contains(apperr.ToPayload(err).Message, "changed") {
		t.Fatalf("retry of a changed file: %v", err)
	}
}

// A successful retry settles the run it retried: that one is no longer
// offered for retry.
func TestRetrySettlesTheRetriedRun(t *testing.T) {
	w := newImportWorld(t)
	var b strings.Builder
	b.WriteString("Last Name,Email\n")
	for i := range 2500 {
		fmt.Fprintf(&b, "Name%d,p%d@example.com\n", i, i)
	}
	path := w.file(t, "c.csv", b.String(), "")
	req := w.request(t, path, "contacts", model.ImportCreate, model.MatchEmail)
	service.SetImportRunHookForTest(func(int) { _ = w.imp.Cancel(service.JobImport) })
	if _, err := w.imp.Run(req); err != nil {
		t.Fatal(err)
	}
	service.SetImportRunHookForTest(nil)
	runs, _ := w.logs.List(model.IntegrationFilter{})
	if len(runs) != 1 || !runs[0].Retryable {
		t.Fatalf("runs %+v", runs)
	}
	res, err := w.logs.Retry(runs[0].ID)
	if err != nil || res.Import == nil || res.Import.Status != "done" || res.Import.Counts.Duplicate == 0 {
		t.Fatalf("retry %+v %v", res, err)
	}
	runs, _ = w.logs.List(model.IntegrationFilter{})
	for _, r := range runs {
		if r.Retryable {
			t.Fatalf("still retryable: %+v", r)
		}
		if r.ID != runs[len(runs)-1].ID && r.RetryOf != runs[len(runs)-1].ID {
			t.Fatalf("the retry does not name its original: %+v", r)
		}
	}
}
