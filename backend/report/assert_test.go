package report

import (
	"errors"
	"testing"

	"fieldvault/backend/apperr"
)

// wantInvalid fails unless err is CodeInvalid naming part.
func wantInvalid(t *testing.T, err error, part string) {
	t.Helper()
	var e *apperr.Error
	if !errors.As(err, &e) || e.Code != apperr.CodeInvalid {
		t.Fatalf("got %v, want invalid naming %s", err, part)
	}
	if _, ok := e.Fields[part]; !ok {
		t.Fatalf("invalid names %v, want %s", e.Fields, part)
	}
}
