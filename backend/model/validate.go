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

// ValidateUsername returns "" when name is an acceptable user name: 1–64
// ASCII letters, digits and . _ - @ (no spaces: it is typed at every
// sign-in). ASCII only, because names are unique case-insensitively and
// only ASCII case folding is the same in SQLite, Go and every keyboard
// layout; the display name carries any script.
func ValidateUsername(name string) string {
	n := strings.TrimSpace(name)
	if n == "" {
		return "Enter a user name."
	}
	if len(n) > 64 {
		return "Use at most 64 characters."
	}
	for _, r := range n {
		if !(r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) || strings.ContainsRune("._-@", r)) {
			return "Use the letters a–z, digits and . _ - @ only."
		}
	}
	return ""
}

// ValidateDisplayName returns "" when name is an acceptable display name
// (optional, at most 120 characters, no control characters).
func ValidateDisplayName(name string) string {
	switch {
	case !utf8.ValidString(name):
		return "The name is not valid text."
	case utf8.RuneCountInString(name) > 120:
		return "Use at most 120 characters."
	case strings.IndexFunc(name, unicode.IsControl) >= 0:
		return "The name cannot contain control characters."
	}
	return ""
}

// ValidatePassword applies the passphrase rules to a user password.
func ValidatePassword(p string) string { return ValidatePassphrase(p) }

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
	r.AdminUsername = strings.TrimSpace(r.AdminUsername)
	if msg := ValidateUsername(r.AdminUsername); msg != "" {
		fields["adminUsername"] = msg
	}
	if msg := ValidateDisplayName(r.AdminDisplayName); msg != "" {
		fields["adminDisplayName"] = msg
	}
	if msg := ValidatePassword(r.AdminPassword); msg != "" {
		fields["adminPassword"] = msg
	}
	if len(fields) > 0 {
		return apperr.Invalid("Some fields need attention.", fields)
	}
	return nil
}
