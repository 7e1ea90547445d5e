package model

import (
	"strings"
	"time"

	"fieldvault/backend/apperr"
)

// Retention bounds (days). 0 keeps entries forever, the default.
const (
	RetentionForever = 0
	RetentionMinDays = 30
	RetentionMaxDays = 36_500
)

// AuditRetention is the audit log's retention policy: how long entries
// stay in the live log before they may be archived. It never deletes on
// its own — archiving is an administrator's job that needs somewhere to put
// the entries — and no archive may take entries younger than it.
type AuditRetention struct {
	KeepDays int `json:"keepDays"` // 0 = keep forever; else RetentionMinDays..RetentionMaxDays
	// Read-only, filled by AuditService.Retention:
	Cutoff string `json:"cutoff"` // "YYYY-MM-DD" (UTC): entries before it are past retention; "" when forever
	Due    int64  `json:"due"`    // live entries before Cutoff
}

// Validate checks KeepDays. Errors: CodeInvalid naming "keepDays".
func (r AuditRetention) Validate() error {
	if r.KeepDays == RetentionForever || (r.KeepDays >= RetentionMinDays && r.KeepDays <= RetentionMaxDays) {
		return nil
	}
	msg := "Keep entries forever, or for 30 to 36,500 days."
	return apperr.Invalid(msg, map[string]string{"keepDays": msg})
}

// AuditArchiveRequest archives the oldest entries of the audit log.
//
// Before ("YYYY-MM-DD", midnight UTC; "" = the retention cutoff) picks the
// entries: the longest run from the oldest live entry whose times are all
// before it, cut at UpToSeq when that is set (> 0). Before may not be later
// than the retention cutoff. The file is encrypted with age to every
// Recipients key ("age1…", X25519 or hybrid post-quantum) or, instead, to
// Passphrase (age's scrypt recipient, at least 12 characters; age allows no
// other recipient beside a passphrase). Path is where it is saved (absolute,
// in an existing folder).
type AuditArchiveRequest struct {
	Before     string   `json:"before"`
	UpToSeq    int64    `json:"upToSeq"`
	Recipients []string `json:"recipients"`
	Passphrase string   `json:"passphrase"`
	Path       string   `json:"path"`
}

// AuditArchivePreview is what an archive with a given Before would take.
type AuditArchivePreview struct {
	Before   string `json:"before"` // the date used ("YYYY-MM-DD")
	Cutoff   string `json:"cutoff"` // the retention cutoff; "" when keeping forever
	Entries  int64  `json:"entries"`
	FirstSeq int64  `json:"firstSeq"` // 0 when Entries is 0
	LastSeq  int64  `json:"lastSeq"`
	OldestAt string `json:"oldestAt"` // times of the first and last entry taken
	NewestAt string `json:"newestAt"`
	Live     int64  `json:"live"` // entries in the live log now
	// Blocked explains why an archive with this Before would be refused
	// (keep forever, or a date after the cutoff); "" when it may run.
	Blocked string `json:"blocked"`
}

// AuditArchiveResult reports a finished archive. Entries 0 means there
// was nothing to archive: no file was written and nothing changed.
type AuditArchiveResult struct {
	Path       string `json:"path"`
	Entries    int64  `json:"entries"`
	FirstSeq   int64  `json:"firstSeq"`
	LastSeq    int64  `json:"lastSeq"`
	FileSHA256 string `json:"fileSha256"` // hex, of the encrypted file as saved
	AnchorHash string `json:"anchorHash"` // hex: the chain hash of LastSeq, where the live log continues
	ArchivedAt string `json:"archivedAt"`
}

// AuditAnchor is one archive as the live log remembers it.
type AuditAnchor struct {
	FirstSeq   int64  `json:"firstSeq"`
	LastSeq    int64  `json:"lastSeq"`
	Entries    int64  `json:"entries"`
	Hash       string `json:"hash"` // hex
	FileName   string `json:"fileName"`
	FileSHA256 string `json:"fileSha256"` // hex
	At         string `json:"at"`
	ActorName  string `json:"actorName"`
}

// AuditStoredRow is one audit entry exactly as the log stores it (the
// form an archive keeps): text columns as stored — personal values still
// sealed with their subject's key, Changes the stored JSON text — and the
// hashes as bytes. Extra holds any further columns of the log by name.
type AuditStoredRow struct {
	Seq         int64
	ID          string
	At          string
	ActorID     string
	ActorName   string
	ActorRole   string
	DeviceID    string
	Hostname    string
	OSUser      string
	AppVersion  string
	SessionHash string
	Category    string
	Action      string
	ObjectType  string
	ObjectID    string
	ObjectLabel string
	Changes     string
	Outcome     string
	Reason      string
	Rows        int64
	PrevHash    []byte
	Hash        []byte
	Extra       map[string]any
}

// ParseArchiveBefore reads an archive's Before: "YYYY-MM-DD" (midnight
// UTC) or an RFC 3339 time. Errors: CodeInvalid naming "before".
func ParseArchiveBefore(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t.UTC(), nil
	}
	msg := "Enter a date as YYYY-MM-DD."
	return time.Time{}, apperr.Invalid(msg, map[string]string{"before": msg})
}
