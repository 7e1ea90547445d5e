package model

// DuplicateRules are an entity's duplicate rules as the settings screen
// edits them (package dedup's Rules).
type DuplicateRules struct {
	Entity        string   `json:"entity"`
	Email         bool     `json:"email"`
	Phone         bool     `json:"phone"`
	Domain        bool     `json:"domain"`
	Fuzzy         bool     `json:"fuzzy"`
	Threshold     float64  `json:"threshold"`
	Block         []string `json:"block"`
	DefaultRegion string   `json:"defaultRegion"`
	// Custom is false while the entity uses the built-in defaults.
	Custom bool `json:"custom"`
}

// DuplicateCandidate is a record a duplicate check or scan found.
type DuplicateCandidate struct {
	ID       string  `json:"id"`
	Title    string  `json:"title"`
	Subtitle string  `json:"subtitle"`
	Score    float64 `json:"score"`  // 0..1 (1 for exact keys)
	Reason   string  `json:"reason"` // email, phone, domain, name:<block>
}

// DuplicateGroup is a set of records a scan found to be duplicates.
// Records holds at most MaxGroupRecords of them; Size counts them all.
type DuplicateGroup struct {
	Records []DuplicateCandidate `json:"records"`
	Size    int                  `json:"size"`
	Score   float64              `json:"score"` // the best match inside the group
	Reason  string               `json:"reason"`
}

// DuplicateScan is a finished "find duplicates" run.
type DuplicateScan struct {
	Entity     string           `json:"entity"`
	Records    int              `json:"records"` // records scanned
	Groups     []DuplicateGroup `json:"groups"`  // at most MaxDuplicateGroups
	GroupCount int              `json:"groupCount"`
	DurationMs int64            `json:"durationMs"`
}

// MaxDuplicateGroups is how many groups a scan returns, MaxGroupRecords
// how many records of one group (a chain of matches can join thousands).
const (
	MaxDuplicateGroups = 2000
	MaxGroupRecords    = 100
)

// MergeRequest merges Other into Survivor: Values are the field values the
// survivor keeps (taken from either record in the window; fields left out
// keep the survivor's value).
type MergeRequest struct {
	Entity   string         `json:"entity"`
	Survivor string         `json:"survivor"`
	Other    string         `json:"other"`
	Values   map[string]any `json:"values"`
}

// MergeResult is what a merge did.
type MergeResult struct {
	ID       string     `json:"id"` // the merge, for UndoMerge
	Survivor RecordItem `json:"survivor"`
	Moved    int        `json:"moved"` // links moved to the survivor (a record linked by two fields counts twice)
}

// MergeInfo is a past merge as the merge history shows it.
type MergeInfo struct {
	ID            string `json:"id"`
	Entity        string `json:"entity"`
	SurvivorID    string `json:"survivorId"`
	SurvivorTitle string `json:"survivorTitle"`
	MergedTitle   string `json:"mergedTitle"`
	Moved         int    `json:"moved"`
	MergedBy      string `json:"mergedBy"`
	MergedAt      string `json:"mergedAt"`
	UndoneAt      string `json:"undoneAt"`
}

// MergeLinks counts, for one entity, the records linked to the record a
// merge sends to the Trash: all of them move to the survivor, also those
// the merger cannot see.
type MergeLinks struct {
	Entity      string `json:"entity"`
	Label       string `json:"label"`
	LabelPlural string `json:"labelPlural"`
	Total       int    `json:"total"`    // live or in the Trash, whoever owns them
	Readable    int    `json:"readable"` // of those, live and in the merger's read scope
}

// MergePreview is what a merge of Other into Survivor would move.
type MergePreview struct {
	Links []MergeLinks `json:"links"` // entities with at least one linked record
	Moved int          `json:"moved"` // linked records in all
}
