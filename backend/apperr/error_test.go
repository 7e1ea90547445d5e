package apperr

import (
	"errors"
	"fmt"
	"testing"
)

func TestToPayload(t *testing.T) {
	cause := errors.New("file is not a database")
	tests := []struct {
		name string
		err  error
		want Payload
	}{
		{"typed", New(CodeConflict, "exists"), Payload{Code: CodeConflict, Message: "exists"}},
		{"wrapped typed", fmt.Errorf("ctx: %w", New(CodeNotFound, "gone")), Payload{Code: CodeNotFound, Message: "gone"}},
		{"fields", Invalid("bad", map[string]string{"name": "required"}), Payload{Code: CodeInvalid, Message: "bad", Fields: map[string]string{"name": "required"}}},
		{"raw error hidden", cause, Payload{Code: CodeInternal, Message: GenericMessage}},
		{"internal hides its message", Wrap(cause, CodeInternal, "disk says no"), Payload{Code: CodeInternal, Message: GenericMessage}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ToPayload(tt.err)
			if got.Code != tt.want.Code || got.Message != tt.want.Message || len(got.Fields) != len(tt.want.Fields) {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestCodeOfAndUnwrap(t *testing.T) {
	cause := errors.New("boom")
	e := Wrap(cause, CodeUnavailable, "keychain")
	if !errors.Is(e, cause) || CodeOf(e) != CodeUnavailable || !Is(e, CodeUnavailable) {
		t.Fatal("wrap lost its cause or code")
	}
	if CodeOf(nil) != "" || CodeOf(cause) != CodeInternal {
		t.Fatal("CodeOf defaults wrong")
	}
}
