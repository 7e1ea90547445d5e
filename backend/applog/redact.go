// Package applog holds the diagnostic logging rules: nothing a user typed
// (passphrases, recovery keys, record contents) may reach a log.
package applog

import (
	"log/slog"
	"os"
	"strings"
)

// Redacting is a logger for the Wails runtime (it satisfies Wails' Logger
// interface without importing Wails). Wails logs the raw JSON of a bound call
// when it cannot process it, and the JSON of every result at Trace level;
// both may carry secrets, so Trace and Debug are dropped and any message that
// carries a payload keeps only its leading description.
type Redacting struct {
	Log *slog.Logger // slog.Default() when nil
}

func (r Redacting) logger() *slog.Logger {
	if r.Log != nil {
		return r.Log
	}
	return slog.Default()
}

// Print logs at info level, redacted.
func (r Redacting) Print(message string) { r.logger().Info(Redact(message)) }

// Trace is dropped: Wails traces call results.
func (r Redacting) Trace(string) {}

// Debug is dropped for the same reason.
func (r Redacting) Debug(string) {}

// Info logs redacted.
func (r Redacting) Info(message string) { r.logger().Info(Redact(message)) }

// Warning logs redacted.
func (r Redacting) Warning(message string) { r.logger().Warn(Redact(message)) }

// Error logs redacted.
func (r Redacting) Error(message string) { r.logger().Error(Redact(message)) }

// Fatal logs redacted and exits, as Wails expects of a fatal log.
func (r Redacting) Fatal(message string) {
	r.logger().Error(Redact(message))
	os.Exit(1)
}

// Redact keeps a message that cannot carry a payload and cuts one that can
// (anything with JSON or quotes) down to its description before the first
// colon.
func Redact(message string) string {
	if !strings.ContainsAny(message, "{[\"'`") && len(message) <= 200 {
		return message
	}
	head, _, _ := strings.Cut(message, ":")
	if len(head) > 80 {
		head = head[:80]
	}
	return strings.TrimSpace(head) + ": [details withheld: may contain user input]"
}
