package store

import (
	"context"
	"database/sql"
	"encoding/hex"
	"time"

	"fieldvault/backend/crypto"
)

// Querier is what read helpers need: a *Tx, or the reader pool.
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// NewID returns a random 128-bit id in hex.
func NewID() string { return hex.EncodeToString(crypto.RandomKey()[:16]) }

// FormatTime is how times are stored: RFC 3339 in UTC with milliseconds, so
// that text order is time order.
func FormatTime(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }

// ParseTime reverses FormatTime; "" gives the zero time.
func ParseTime(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02T15:04:05.000Z", s)
	if err != nil {
		t, _ = time.Parse(time.RFC3339Nano, s)
	}
	return t
}
