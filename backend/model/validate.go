package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"fieldvault/backend/apperr"
)

// Limits shared with the frontend's zod schemas.
const (
	MaxWorkspaceName = 80
	MinPassphrase    = 12   // runes
	MaxPassphrase    = 1024 // bytes: Argon2 input stays small
)

// ValidateWorkspaceName returns "" when name is acceptable, else the reason.
func ValidateWorkspaceName(name string) string {
	n := strings.TrimSpace(name)
	switch {
	case n == "":
		return "Enter a name for the workspace."
	case !utf8.ValidString(n):
		return "The name is not valid text."
	case utf8.RuneCountInString(n) > MaxWorkspaceName:
		return "Use at most 80 characters."
	case strings.IndexFunc(n, unicode.IsControl) >= 0:
		return "The name cannot contain control characters."
	}
	return ""
}

// ValidatePassphrase returns "" when p is an acceptable new passphrase.
func ValidatePassphrase(p string) string {
	switch {
	case len(p) > MaxPassphrase:
		return "Use at most 1024 bytes."
	case !utf8.ValidString(p):
		return "The passphrase is not valid text."
	case utf8.RuneCountInString(p) < MinPassphrase:
		return "Use at least 12 characters."
	}
	return ""
}

// Validate checks the request and returns a CodeInvalid *apperr.Error naming
// each bad field, or nil. Name is trimmed in place.
func (r *CreateWorkspaceRequest) Validate() error {
	fields := map[string]string{}
	r.Name = strings.TrimSpace(r.Name)
	if msg := ValidateWorkspaceName(r.Name); msg != "" {
		fields["name"] = msg
	}
	switch r.Unlock {
	case UnlockKeychain:
		if r.Passphrase != "" {
			if msg := ValidatePassphrase(r.Passphrase); msg != "" {
				fields["passphrase"] = msg
			}
		}
	case UnlockPassphrase:
		if msg := ValidatePassphrase(r.Passphrase); msg != "" {
			fields["passphrase"] = msg
		}
	default:
		fields["unlock"] = "Choose the OS keychain or a passphrase."
	}
	if len(fields) > 0 {
		return apperr.Invalid("Some fields need attention.", fields)
	}
	return nil
}
