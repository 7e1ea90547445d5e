package store

import (
	"database/sql"
	"errors"

	"fieldvault/backend/apperr"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// uniqueConflict turns a UNIQUE violation into CodeConflict with msg.
func uniqueConflict(err error, msg string) error {
	var se *sqlite.Error
	if errors.As(err, &se) && se.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE {
		return apperr.Wrap(err, apperr.CodeConflict, msg)
	}
	return err
}

// notFound turns sql.ErrNoRows into CodeNotFound with msg.
func notFound(err error, msg string) error {
	if errors.Is(err, sql.ErrNoRows) {
		return apperr.Wrap(err, apperr.CodeNotFound, msg)
	}
	return err
}
