package model

// Kinds of integration runs.
const (
	RunImport  = "import"
	RunExport  = "export"
	RunReport  = "report" // a scheduled report
	RunBackup  = "backup"
	RunRestore = "restore"
	RunArchive = "archive"
	RunSync    = "sync"
)

// Outcomes of integration runs.
const (
	OutcomeRunning   = "running"
	OutcomeSucceeded = "succeeded"
	OutcomeWarnings  = "warnings"
	OutcomeFailed    = "failed"
	OutcomeCancelled = "cancelled"
)

// IntegrationRun is one row of the integration log: an import, export,
// scheduled report, backup, restore, archive or sync run.
type IntegrationRun struct {
	ID            string         `json:"id"`
	Kind          string         `json:"kind"`
	Name          string         `json:"name"`
	PrincipalID   string         `json:"principalId"`
	PrincipalName string         `json:"principalName"`
	Source        string         `json:"source"`
	Target        string         `json:"target"`
	StartedAt     string         `json:"startedAt"`
	Seq           int64          `json:"seq"` // order of recording (the row's rowid: nothing VACUUMs the store), for paging
	FinishedAt    string         `json:"finishedAt"`
	DurationMs    int64          `json:"durationMs"`
	Counts        map[string]int `json:"counts"`
	Warnings      int            `json:"warnings"`
	Errors        int            `json:"errors"`
	Outcome       string         `json:"outcome"`
	Message       string         `json:"message"`
	Retryable     bool           `json:"retryable"`
	RetryOf       string         `json:"retryOf"`
}

// IntegrationFilter narrows the integration log ("" = any).
type IntegrationFilter struct {
	Kind    string `json:"kind"`
	Outcome string `json:"outcome"`
	From    string `json:"from"` // YYYY-MM-DD, inclusive
	To      string `json:"to"`   // YYYY-MM-DD, inclusive
	Text    string `json:"text"` // in name, source, target, principal, message
	Limit   int    `json:"limit"`
	// BeforeStartedAt and BeforeSeq page back: the runs listed after the
	// run with this StartedAt and Seq (the last of the previous page). Both
	// or neither.
	BeforeStartedAt string `json:"beforeStartedAt"`
	BeforeSeq       int64  `json:"beforeSeq"`
}

// RetryResult is what retrying a run did: Import for an import, Report for
// a scheduled report's run.
type RetryResult struct {
	Kind   string        `json:"kind"`
	Import *ImportResult `json:"import"`
	Report *ScheduleRun  `json:"report"`
}

// NewIntegrationPrincipal is what an administrator fills in to add an
// integration principal: a named account with its own role (and teams)
// that scripts and the command line use with a token.
type NewIntegrationPrincipal struct {
	Username    string   `json:"username"` // e.g. "webform-csv-drop"
	DisplayName string   `json:"displayName"`
	RoleID      string   `json:"roleId"`
	TeamIDs     []string `json:"teamIds"`
}

// PrincipalToken is an integration principal with its new token, shown
// once: FieldVault keeps only its hash and a key slot it opens.
type PrincipalToken struct {
	User  User   `json:"user"`
	Token string `json:"token"`
}
