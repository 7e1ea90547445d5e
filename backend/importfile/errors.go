package importfile

import (
	"errors"
	"fmt"
	"io/fs"

	"fieldvault/backend/apperr"
)

// The user-facing errors of Open and Next. Each is an *apperr.Error whose
// Message can be shown as is; Fields names the culprit ("file", "sheet",
// "encoding", "delimiter") for the wizard.

func errOpen(name string, cause error) error {
	switch {
	case errors.Is(cause, fs.ErrNotExist):
		return &apperr.Error{Code: apperr.CodeNotFound, Err: cause,
			Message: fmt.Sprintf("The file %q was not found.", name),
			Fields:  map[string]string{"file": "not found"}}
	case errors.Is(cause, fs.ErrPermission):
		return &apperr.Error{Code: apperr.CodeInvalid, Err: cause,
			Message: fmt.Sprintf("FieldVault is not allowed to read %q.", name),
			Fields:  map[string]string{"file": "permission denied"}}
	}
	return errRead(cause)
}

// errRead is an I/O failure after the file was found: a bug or a broken
// disk, so the details go to the log only.
func errRead(cause error) error {
	return apperr.Wrap(cause, apperr.CodeInternal, "The file could not be read.")
}

func errInvalid(field, reason, message string) error {
	return apperr.Invalid(message, map[string]string{field: reason})
}

func errFolder() error {
	return errInvalid("file", "folder", "This is a folder, not a file.")
}

func errEmpty() error {
	return errInvalid("file", "empty", "The file is empty.")
}

func errTooLarge(limit int64) error {
	return errInvalid("file", "too large", fmt.Sprintf(
		"The file is larger than %s, the most FieldVault imports at once; split it into smaller files.",
		formatSize(limit)))
}

func errNotImportable() error {
	return errInvalid("file", "not csv or xlsx", "This file is not a CSV or Excel workbook.")
}

func errPassword() error {
	return errInvalid("file", "password-protected",
		"This workbook is password-protected; save it without a password and try again.")
}

func errLegacyWorkbook() error {
	return errInvalid("file", "xls", "This is an Excel 97-2003 workbook (.xls); "+
		"save it as an Excel workbook (.xlsx) or CSV and try again.")
}

func errNoHeader() error {
	return errInvalid("file", "no header", "The file has no header row: every row is empty.")
}

func errNoHeaderAt(row int) error {
	return errInvalid("headerRow", "no header", fmt.Sprintf("The file has no rows from row %d on.", row))
}

func errEmptySheet(sheet string) error {
	return errInvalid("sheet", "empty", fmt.Sprintf("The sheet %q is empty: it has no header row.", sheet))
}

func errNoSheet(sheet string) error {
	return errInvalid("sheet", "not found", fmt.Sprintf("The workbook has no sheet named %q.", sheet))
}

func errHeaderProblem(problem string) error {
	return errInvalid("file", "bad header", fmt.Sprintf("The header row is malformed: %s.", problem))
}

func errTooManyColumns(n, limit int) error {
	return errInvalid("file", "too many columns", fmt.Sprintf(
		"The header row has %d columns; at most %d are supported.", n, limit))
}

func errTooManyRows(limit, line int) error {
	return errInvalid("file", "too many rows", fmt.Sprintf(
		"The file has more than %d data rows (row %d is over the limit); split it into smaller files.",
		limit, line))
}

func errUnknownEncoding(name string) error {
	return errInvalid("encoding", "unknown", fmt.Sprintf(
		"Unknown encoding %q: use utf-8, utf-16le, utf-16be or windows-1252.", name))
}

func errBadDelimiter(d string) error {
	return errInvalid("delimiter", "invalid", fmt.Sprintf(
		"%q cannot be a delimiter: use one character such as a comma, semicolon, tab or pipe.", d))
}

// errBrokenWorkbook is a zip that claims to be a workbook but that excelize
// cannot read; the cause goes to the log.
func errBrokenWorkbook(cause error) error {
	return &apperr.Error{Code: apperr.CodeInvalid, Err: cause,
		Message: "This Excel workbook is damaged or not supported; open it in Excel, save it again and retry.",
		Fields:  map[string]string{"file": "damaged workbook"}}
}

// formatSize renders a limit the way people write it: "32 KiB", "512 MiB",
// "15.6 MiB", or plain bytes below 1 KiB.
func formatSize(n int64) string {
	for _, u := range []struct {
		size int64
		name string
	}{{1 << 30, "GiB"}, {1 << 20, "MiB"}, {1 << 10, "KiB"}} {
		switch {
		case n < u.size:
			continue
		case n%u.size == 0:
			return fmt.Sprintf("%d %s", n/u.size, u.name)
		}
		return fmt.Sprintf("%.1f %s", float64(n)/float64(u.size), u.name)
	}
	return fmt.Sprintf("%d bytes", n)
}
