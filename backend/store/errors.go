package store

import (
	"database/sql"
	"errors"

	"fieldvault/backend/apperr"
	"fieldvault/backend/encvfs"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// mapErr turns SQLite's failures into *apperr.Error. Errors that already are
// *apperr.Error, and nil, pass through; sql.ErrNoRows becomes CodeNotFound.
// Raw driver text stays in the wrapped cause (the log), never the message.
func (s *Store) mapErr(err error) error {
	if err == nil {
		return nil
	}
	var ae *apperr.Error
	if errors.As(err, &ae) {
		return err
	}
	if errors.Is(err, sql.ErrNoRows) {
		return apperr.Wrap(err, apperr.CodeNotFound, "Not found.")
	}
	var se *sqlite.Error
	if !errors.As(err, &se) {
		return err
	}
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_NOTADB:
		if pe := encvfs.LastPageError(s.vfs); pe != nil && pe.Page > 1 {
			return apperr.Wrap(err, apperr.CodeCorrupt, pageMessage(pe))
		}
		return apperr.Wrap(err, apperr.CodeLocked,
			"The database does not decrypt with this key: wrong key, or its first page is damaged.")
	case sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CORRUPT:
		if pe := encvfs.LastPageError(s.vfs); pe != nil {
			return apperr.Wrap(err, apperr.CodeCorrupt, pageMessage(pe))
		}
		if se.Code()&0xff == sqlite3.SQLITE_CORRUPT {
			return apperr.Wrap(err, apperr.CodeCorrupt, "The database file is damaged (it may have been truncated).")
		}
	case sqlite3.SQLITE_CANTOPEN:
		return apperr.Wrap(err, apperr.CodeCorrupt, "The database file "+s.path+" is missing or cannot be opened. Restore it from a backup.")
	case sqlite3.SQLITE_FULL:
		return apperr.Wrap(err, apperr.CodeUnavailable, "The disk is full. Free some space and try again.")
	case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
		return apperr.Wrap(err, apperr.CodeUnavailable, "The workspace is busy in another FieldVault window. Try again.")
	}
	return err
}

func pageMessage(pe *encvfs.PageError) string {
	return "The workspace file is damaged or was tampered with: " + pe.Error() + "."
}
