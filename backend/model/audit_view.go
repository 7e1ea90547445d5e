package model

// AuditQuery filters the audit log for the viewer and its exports. Empty
// fields do not filter. Paging is by sequence number (keyset): a page holds
// the newest entries with Seq < BeforeSeq (0 = from the newest), so paging
// stays fast over millions of entries.
type AuditQuery struct {
	From       string `json:"from"` // RFC 3339, inclusive
	To         string `json:"to"`   // RFC 3339, exclusive
	UserID     string `json:"userId"`
	Category   string `json:"category"` // auth, data, config, report, export, import, security, key
	Action     string `json:"action"`   // exact ("contact.update") or a prefix ending in "." ("contact.")
	ObjectType string `json:"objectType"`
	ObjectID   string `json:"objectId"`
	Outcome    string `json:"outcome"` // success, denied, failed
	Text       string `json:"text"`    // full-text over labels, actions, user names and reasons
	BeforeSeq  int64  `json:"beforeSeq"`
	Limit      int    `json:"limit"` // 1..500, 0 = 100
}

// AuditRow is one audit entry as listed.
type AuditRow struct {
	Seq         int64  `json:"seq"`
	ID          string `json:"id"`
	At          string `json:"at"`
	ActorID     string `json:"actorId"`
	ActorName   string `json:"actorName"`
	ActorRole   string `json:"actorRole"`
	Category    string `json:"category"`
	Action      string `json:"action"`
	ObjectType  string `json:"objectType"`
	ObjectID    string `json:"objectId"`
	ObjectLabel string `json:"objectLabel"`
	Outcome     string `json:"outcome"`
	Reason      string `json:"reason"`
	Rows        int64  `json:"rows"`
	Changes     int    `json:"changes"` // how many field changes the entry holds
}

// AuditPage is one page of the viewer. NextBeforeSeq is the BeforeSeq of
// the next (older) page, 0 at the end. Total counts matches up to 10,000
// (TotalCapped above), only on the first page; -1 on later pages.
type AuditPage struct {
	Rows          []AuditRow `json:"rows"`
	NextBeforeSeq int64      `json:"nextBeforeSeq"`
	Total         int        `json:"total"`
	TotalCapped   bool       `json:"totalCapped"`
}

// AuditDetail is one entry in full: where it happened and its field
// changes, masked as the viewer must see them.
type AuditDetail struct {
	AuditRow
	DeviceID    string        `json:"deviceId"`
	Hostname    string        `json:"hostname"`
	OSUser      string        `json:"osUser"`
	AppVersion  string        `json:"appVersion"`
	SessionHash string        `json:"sessionHash"`
	FieldDiffs  []FieldChange `json:"fieldDiffs"`
	PrevHash    string        `json:"prevHash"` // hex
	Hash        string        `json:"hash"`     // hex
}

// AuditExportRequest exports the entries a query matches (all pages) to
// Path: Format "xlsx" (a spreadsheet) or "bundle" (JSON lines with a
// manifest signed by the workspace's Ed25519 audit key, one file).
type AuditExportRequest struct {
	Query  AuditQuery `json:"query"`
	Format string     `json:"format"`
	Path   string     `json:"path"`
}

// ExportResult reports a finished export.
type ExportResult struct {
	Path string `json:"path"`
	Rows int64  `json:"rows"`
}

// Progress is the payload of progress events ("<topic>:progress"): Done
// of Total (Total 0 = unknown), for a long job the user can cancel.
type Progress struct {
	Job   string `json:"job"` // "audit.verify", "audit.export", …
	Done  int64  `json:"done"`
	Total int64  `json:"total"`
}
