package encvfs

import (
	"errors"
	"fmt"
)

// Kinds of file a PageError can name.
const (
	KindDatabase = "database"
	KindWAL      = "wal"
	KindJournal  = "journal"
)

var (
	// ErrPage1 matches (errors.Is) a *PageError for page 1 of the database:
	// a wrong key, or a file that is not an encrypted database at all.
	ErrPage1 = errors.New("encvfs: page 1 failed authentication (wrong key or not an encrypted database)")
	// ErrTruncated is wrapped by VerifyFile when the file is empty, its size is
	// not a multiple of PageSize, or it is shorter than its header declares.
	ErrTruncated = errors.New("encvfs: database file is truncated")
)

// PageError reports a page that failed authentication: tampered, damaged, or
// (page 1 of the database) encrypted under another key.
//
// Page is the database page number. For Kind "wal" it is the page number in
// the frame header, for "journal" the page number of the journal record (0 if
// that could not be read).
type PageError struct {
	Page uint32
	Kind string // KindDatabase, KindWAL or KindJournal
}

// Error returns e.g. "page 17 of the database failed authentication".
func (e *PageError) Error() string {
	return fmt.Sprintf("page %d of the %s failed authentication", e.Page, e.Kind)
}

// Is reports whether target is ErrPage1 and e is page 1 of the database.
func (e *PageError) Is(target error) bool {
	return target == ErrPage1 && e.Page == 1 && e.Kind == KindDatabase
}
