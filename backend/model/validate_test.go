package model

import (
	"strings"
	"testing"

	"fieldvault/backend/apperr"
)

func TestCreateWorkspaceRequestValidate(t *testing.T) {
	good := "correct horse battery"
	tests := []struct {
		name      string
		req       CreateWorkspaceRequest
		badFields []string
	}{
		{"keychain no passphrase", CreateWorkspaceRequest{AdminUsername: "ana", AdminPassword: good, Name: "Acme", Unlock: UnlockKeychain}, nil},
		{"keychain with fallback", CreateWorkspaceRequest{AdminUsername: "ana", AdminPassword: good, Name: "Acme", Unlock: UnlockKeychain, Passphrase: good}, nil},
		{"keychain short fallback", CreateWorkspaceRequest{AdminUsername: "ana", AdminPassword: good, Name: "Acme", Unlock: UnlockKeychain, Passphrase: "short"}, []string{"passphrase"}},
		{"passphrase ok", CreateWorkspaceRequest{AdminUsername: "ana", AdminPassword: good, Name: " Acme ", Unlock: UnlockPassphrase, Passphrase: good}, nil},
		{"passphrase missing", CreateWorkspaceRequest{AdminUsername: "ana", AdminPassword: good, Name: "Acme", Unlock: UnlockPassphrase}, []string{"passphrase"}},
		{"passphrase huge", CreateWorkspaceRequest{AdminUsername: "ana", AdminPassword: good, Name: "Acme", Unlock: UnlockPassphrase, Passphrase: strings.Repeat("x", 2000)}, []string{"passphrase"}},
		{"passphrase 11 runes of emoji", CreateWorkspaceRequest{AdminUsername: "ana", AdminPassword: good, Name: "Acme", Unlock: UnlockPassphrase, Passphrase: strings.Repeat("🔑", 11)}, []string{"passphrase"}},
		{"empty name", CreateWorkspaceRequest{AdminUsername: "ana", AdminPassword: good, Name: "   ", Unlock: UnlockKeychain}, []string{"name"}},
		{"long name", CreateWorkspaceRequest{AdminUsername: "ana", AdminPassword: good, Name: strings.Repeat("a", 81), Unlock: UnlockKeychain}, []string{"name"}},
		{"control chars", CreateWorkspaceRequest{AdminUsername: "ana", AdminPassword: good, Name: "Ac\x00me", Unlock: UnlockKeychain}, []string{"name"}},
		{"html is just text", CreateWorkspaceRequest{AdminUsername: "ana", AdminPassword: good, Name: "<script>alert(1)</script>", Unlock: UnlockKeychain}, nil},
		{"bad unlock", CreateWorkspaceRequest{AdminUsername: "ana", AdminPassword: good, Name: "Acme", Unlock: "telepathy"}, []string{"unlock"}},
		{"everything wrong", CreateWorkspaceRequest{Unlock: "x"}, []string{"name", "unlock", "adminUsername", "adminPassword"}},
		{"admin with a space", CreateWorkspaceRequest{Name: "A", Unlock: UnlockKeychain, AdminUsername: "ana maria", AdminPassword: good}, []string{"adminUsername"}},
		{"admin short password", CreateWorkspaceRequest{Name: "A", Unlock: UnlockKeychain, AdminUsername: "ana", AdminPassword: "short"}, []string{"adminPassword"}},
		{"admin non-ASCII name", CreateWorkspaceRequest{Name: "A", Unlock: UnlockKeychain, AdminUsername: "józef", AdminPassword: good}, []string{"adminUsername"}},
		{"admin e-mail style name ok", CreateWorkspaceRequest{Name: "A", Unlock: UnlockKeychain, AdminUsername: "jozef.z@firma-1", AdminPassword: good}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.req.Validate()
			if len(tt.badFields) == 0 {
				if err != nil {
					t.Fatalf("unexpected error %v", err)
				}
				return
			}
			var e *apperr.Error
			if err == nil || !asErr(err, &e) || e.Code != apperr.CodeInvalid {
				t.Fatalf("want invalid, got %v", err)
			}
			if len(e.Fields) != len(tt.badFields) {
				t.Fatalf("fields %v, want %v", e.Fields, tt.badFields)
			}
			for _, f := range tt.badFields {
				if e.Fields[f] == "" {
					t.Fatalf("field %q not reported in %v", f, e.Fields)
				}
			}
		})
	}
}

func asErr(err error, target **apperr.Error) bool {
	e, ok := err.(*apperr.Error)
	*target = e
	return ok
}
