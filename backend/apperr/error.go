// Package apperr defines the one error type that crosses the boundary between
// the backend and its callers (the Wails frontend and the headless CLI).
//
// Every error a bound method returns is either an *Error with a stable Code,
// or an unexpected error that Format turns into CodeInternal with a generic
// message, so no raw driver or OS text ever reaches the user.
package apperr

import (
	"errors"
	"fmt"
)

// Code is a stable, machine-readable error category. The frontend translates
// codes; Message is only the English fallback.
type Code string

// The codes the frontend knows. Adding one means adding its translation.
const (
	CodeInvalid         Code = "invalid"         // bad input; Fields names the culprits
	CodeNotFound        Code = "not_found"       // absent, or outside the caller's scope
	CodeForbidden       Code = "forbidden"       // signed in, but not allowed
	CodeUnauthenticated Code = "unauthenticated" // no session, or wrong secret
	CodeConflict        Code = "conflict"        // state does not allow it (already exists, ...)
	CodeLocked          Code = "locked"          // workspace or account locked
	CodeReauthRequired  Code = "reauth_required" // signed in, but must re-enter the password (SessionService.SignIn)
	CodeUnavailable     Code = "unavailable"     // a dependency (OS keychain, ...) cannot be reached
	CodeCorrupt         Code = "corrupt"         // stored data failed authentication or is damaged
	CodeInternal        Code = "internal"        // a bug or an I/O failure; details only in the log
)

// Error is a user-facing error. Message must never contain secrets.
type Error struct {
	Code    Code              `json:"code"`
	Message string            `json:"message"`
	Fields  map[string]string `json:"fields,omitempty"`
	// Err is the underlying cause, kept for logs and errors.Is; never sent.
	Err error `json:"-"`
}

// Error returns the message (and the code), never the cause.
func (e *Error) Error() string { return string(e.Code) + ": " + e.Message }

// Unwrap exposes the cause to errors.Is / errors.As.
func (e *Error) Unwrap() error { return e.Err }

// New returns an *Error with the given code and message.
func New(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Wrap returns an *Error with code and message that keeps cause for the log.
func Wrap(cause error, code Code, message string) *Error {
	return &Error{Code: code, Message: message, Err: cause}
}

// Invalid returns a CodeInvalid error naming the offending fields
// (field name → reason). message summarises them.
func Invalid(message string, fields map[string]string) *Error {
	return &Error{Code: CodeInvalid, Message: message, Fields: fields}
}

// CodeOf returns the code of the first *Error in err's chain, or
// CodeInternal when there is none (and "" for a nil err).
func CodeOf(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return CodeInternal
}

// Is reports whether err carries the given code.
func Is(err error, code Code) bool { return err != nil && CodeOf(err) == code }
