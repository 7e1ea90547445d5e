package apperr

import (
	"errors"
	"log/slog"
)

// Payload is what the frontend receives for a failed call.
type Payload struct {
	Code    Code              `json:"code"`
	Message string            `json:"message"`
	Fields  map[string]string `json:"fields,omitempty"`
}

// GenericMessage is shown for every unexpected error.
const GenericMessage = "Something went wrong. The details were written to the diagnostic log."

// Format is the Wails ErrorFormatter: an *Error becomes its Payload; any other
// error is logged (it may hold driver text, never secrets by our own rules)
// and becomes CodeInternal with GenericMessage.
func Format(err error) any {
	return ToPayload(err)
}

// ToPayload converts err as Format does, with a typed result.
func ToPayload(err error) Payload {
	var e *Error
	if errors.As(err, &e) {
		if e.Code == CodeInternal {
			slog.Error("internal error", "err", err)
			return Payload{Code: CodeInternal, Message: GenericMessage}
		}
		return Payload{Code: e.Code, Message: e.Message, Fields: e.Fields}
	}
	slog.Error("unexpected error", "err", err)
	return Payload{Code: CodeInternal, Message: GenericMessage}
}
