package model

// Import modes: what an import does with a row that matches an existing
// record (by the match key) and with one that does not.
const (
	ImportCreate = "create" // new records only; a matching row is a duplicate, skipped
	ImportUpdate = "update" // matching records only; others are skipped
	ImportUpsert = "upsert" // update matching records, create the others
)

// Match keys: how a row is matched with an existing record.
const (
	MatchNone        = ""            // never matched (create only)
	MatchEmail       = "email"       // normalized email
	MatchExternalID  = "externalId"  // the External ID field
	MatchPhone       = "phone"       // E.164 phone
	MatchNameCompany = "nameCompany" // first + last name and company (people), name (companies, deals)
)

// Row outcomes of a dry run or an import.
const (
	RowNew       = "new"
	RowUpdate    = "update"
	RowUnchanged = "unchanged" // matched, nothing to change
	RowDuplicate = "duplicate" // matches an existing record or an earlier row and is skipped
	RowSkipped   = "skipped"   // update only, no match
	RowInvalid   = "invalid"
)

// Number formats of an import's number and money columns.
const (
	DecimalAuto  = ""  // decided per column from its values
	DecimalPoint = "." // 1,234.56
	DecimalComma = "," // 1.234,56
)

// Date orders of ambiguous dates such as 03/04/2024.
const (
	DateOrderAuto = ""    // per column: a day over 12 decides; else day first
	DateOrderDMY  = "dmy" // 03/04/2024 is 3 April
	DateOrderMDY  = "mdy" // 03/04/2024 is 4 March
)

// ImportFileInfo is what the wizard shows after a file is chosen: its
// detected dialect, header, a sample and the suggested mapping.
type ImportFileInfo struct {
	Path       string          `json:"path"`
	Name       string          `json:"name"`
	Size       int64           `json:"size"`
	Format     string          `json:"format"` // csv | xlsx
	Encoding   string          `json:"encoding"`
	Delimiter  string          `json:"delimiter"`
	Sheet      string          `json:"sheet"`
	Sheets     []string        `json:"sheets"`
	HeaderRow  int             `json:"headerRow"` // the row the header was read from (1 = first)
	Header     []string        `json:"header"`
	Sample     [][]string      `json:"sample"`     // up to 20 rows, cells aligned with Header
	SampleRows []int           `json:"sampleRows"` // each sample row's row in the file (as a spreadsheet numbers it)
	Mapping    []ImportMapping `json:"mapping"`
	// DecimalGuess and DateOrderGuess are what auto would decide from the sample.
	DecimalGuess   string `json:"decimalGuess"`
	DateOrderGuess string `json:"dateOrderGuess"`
}

// ImportMapping maps one file column to a field ("" = ignore the column).
// The pseudo field "owner" takes a user name, full name or email and sets
// the record's owner.
type ImportMapping struct {
	Column int    `json:"column"` // index into the header
	Header string `json:"header"`
	Field  string `json:"field"`
	// Suggested is true when Field was proposed from the header name.
	Suggested bool `json:"suggested"`
}

// ImportRequest is everything an import (or its dry run) needs.
type ImportRequest struct {
	Path      string          `json:"path"`
	Entity    string          `json:"entity"`
	Sheet     string          `json:"sheet"`     // xlsx; "" = first
	Delimiter string          `json:"delimiter"` // csv; "" = detect
	Encoding  string          `json:"encoding"`  // csv; "" = detect
	HeaderRow int             `json:"headerRow"` // the header's row (1 = first); 0 = detect (title rows skipped)
	Mapping   []ImportMapping `json:"mapping"`
	MatchKey  string          `json:"matchKey"`
	Mode      string          `json:"mode"`
	Decimal   string          `json:"decimal"`
	DateOrder string          `json:"dateOrder"`
	// SkipDuplicates skips new rows that the duplicate rules flag as likely
	// duplicates of an existing record or an earlier row (default on in
	// the window); when false they are created and only reported.
	SkipDuplicates bool `json:"skipDuplicates"`
	// CreateCompanies creates a company for a contact's or deal's company
	// name that matches none (else such a row is invalid).
	CreateCompanies bool `json:"createCompanies"`
}

// ImportCounts are the outcome counts of a dry run or import.
type ImportCounts struct {
	Rows             int `json:"rows"`
	New              int `json:"new"`
	Update           int `json:"update"`
	Unchanged        int `json:"unchanged"`
	Duplicate        int `json:"duplicate"`
	Skipped          int `json:"skipped"`
	Invalid          int `json:"invalid"`
	CompaniesCreated int `json:"companiesCreated"`
}

// ImportProblem is one line of the row-by-row report: an invalid value, a
// malformed row, or a duplicate (Reason names the record it duplicates).
type ImportProblem struct {
	Row     int    `json:"row"` // spreadsheet row number (the header is row 1)
	Column  string `json:"column"`
	Value   string `json:"value"`
	Reason  string `json:"reason"`
	Outcome string `json:"outcome"` // a Row* constant
	// MatchID and MatchTitle name the existing record a duplicate matches
	// (when the caller may read it).
	MatchID    string `json:"matchId"`
	MatchTitle string `json:"matchTitle"`
}

// ImportResult is a finished dry run or import. Problems holds at most
// MaxImportProblems lines; ProblemsTotal counts them all (the downloadable
// report has every one).
type ImportResult struct {
	ID            string          `json:"id"` // the report's id (dry run) or the batch id (import)
	DryRun        bool            `json:"dryRun"`
	Entity        string          `json:"entity"`
	Counts        ImportCounts    `json:"counts"`
	Problems      []ImportProblem `json:"problems"`
	ProblemsTotal int             `json:"problemsTotal"`
	Status        string          `json:"status"` // done | cancelled | failed
	Message       string          `json:"message"`
	DurationMs    int64           `json:"durationMs"`
}

// MaxImportProblems is how many problem lines a result carries to the window.
const MaxImportProblems = 500

// ImportBatch is a past import as the batches list shows it.
type ImportBatch struct {
	ID            string       `json:"id"`
	Entity        string       `json:"entity"`
	FileName      string       `json:"fileName"`
	Counts        ImportCounts `json:"counts"`
	Status        string       `json:"status"` // running | done | cancelled | failed | reverted
	Message       string       `json:"message"`
	CreatedBy     string       `json:"createdBy"`
	CreatedByName string       `json:"createdByName"`
	CreatedAt     string       `json:"createdAt"`
	FinishedAt    string       `json:"finishedAt"`
	RevertedAt    string       `json:"revertedAt"`
	RevertedBy    string       `json:"revertedBy"`
	Records       int          `json:"records"` // items it created or updated
}

// RevertResult is what a revert did, or (Conflicts set, nothing done) why not.
type RevertResult struct {
	Removed   int      `json:"removed"`
	Restored  int      `json:"restored"`
	Conflicts []string `json:"conflicts"` // titles of records changed since the import
}
