// Package importfile reads a user's import file — a CSV (any common
// delimiter and encoding) or an .xlsx workbook — as a header and a stream of
// rows of text, for the import wizard and the `fieldvault import` command.
//
// It is pure: it knows nothing of contacts, mappings or the store. Its whole
// job is to turn whatever a spreadsheet program, a mail merge or another CRM
// produced into rows the mapping layer can trust:
//
//   - every Row has exactly len(Header()) cells;
//   - a malformed row (ragged, unterminated quote, overlong cell, binary
//     junk) is returned with Row.Problem set, and reading goes on, so one bad
//     line never costs the user the rest of the file;
//   - only conditions that make the whole file unreadable are errors, and
//     every error is an *apperr.Error with a message fit for the user;
//   - memory does not grow with the file: CSV is scanned in a fixed buffer
//     and a single record is capped; workbooks are read with excelize's
//     streaming row iterator.
//
// Cells are the text in the file, never evaluated or trimmed (only the header
// is trimmed): a cell reading =HYPERLINK("http://x","y") is that literal
// text. See xlsx.go for how workbook values (dates, numbers, formulas) become
// text.
package importfile
