package service_test

import (
	"strings"
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/service"
)

// An integration principal works with its token through the headless
// sign-in, within its role's scope, audited under its name; the window's
// sign-in refuses it; a rotated token replaces the old one.
func TestIntegrationPrincipal(t *testing.T) {
	w := newImportWorld(t)
	created, err := w.logs.CreatePrincipal(model.NewIntegrationPrincipal{Username: "webform-csv-drop", DisplayName: "Webform CSV drop",
		RoleID: "marketing_manager"})
	if err != nil {
		t.Fatal(err)
	}
	if created.User.Kind != model.UserIntegration || !strings.HasPrefix(created.Token, "fvi_") || created.User.MustChangePassword {
		t.Fatalf("created %+v", created)
	}
	list, err := w.logs.Principals()
	if err != nil || len(list) != 1 || list[0].Username != "webform-csv-drop" {
		t.Fatalf("principals %+v %v", list, err)
	}
	_ = w.sessions.SignOut()
	if _, err := w.sessions.SignIn(model.SignInRequest{Username: "webform-csv-drop", Password: created.Token}); !apperr.Is(err, apperr.CodeUnauthenticated) {
		t.Fatalf("the window let an integration in: %v", err)
	}
	if _, err := service.SignInIntegration(w.sessions, "admin", "admin password 1"); !apperr.Is(err, apperr.CodeUnauthenticated) {
		t.Fatalf("a person signed in as an integration: %v", err)
	}
	info, err := service.SignInIntegration(w.sessions, "webform-csv-drop", created.Token)
	if err != nil || info.User.Username != "webform-csv-drop" {
		t.Fatalf("integration sign-in %+v %v", info, err)
	}
	// it imports leads as itself, within its role (marketing: leads, no deals)
	path := w.file(t, "leads.csv", "Last Name,Email,Company\nDoe,doe@example.com,Initech\n", "")
	res, err := w.imp.Run(w.request(t, path, "leads", model.ImportCreate, model.MatchEmail))
	if err != nil || res.Counts.New != 1 {
		t.Fatalf("import as integration %+v %v", res, err)
	}
	if _, err := w.imp.DryRun(model.ImportRequest{Path: path, Entity: "deals", Mode: model.ImportCreate,
		Mapping: []model.ImportMapping{{Column: 0, Field: "name"}}}); !apperr.Is(err, apperr.CodeForbidden) {
		t.Fatalf("deals outside its role: %v", err)
	}
	runs, err := w.logs.List(model.IntegrationFilter{})
	if err != nil || len(runs) != 1 || runs[0].PrincipalName != "webform-csv-drop" {
		t.Fatalf("its runs %+v %v", runs, err)
	}
	_ = w.sessions.SignOut()
	w.as(t, "admin")
	rotated, err := w.logs.RotateToken(created.User.ID)
	if err != nil || rotated.Token == created.Token {
		t.Fatalf("rotate %v", err)
	}
	_ = w.sessions.SignOut()
	if _, err := service.SignInIntegration(w.sessions, "webform-csv-drop", created.Token); !apperr.Is(err, apperr.CodeUnauthenticated) {
		t.Fatalf("the old token still works: %v", err)
	}
	if _, err := service.SignInIntegration(w.sessions, "webform-csv-drop", rotated.Token); err != nil {
		t.Fatalf("the new token: %v", err)
	}
}
