package model

// ErasureRequest asks for the GDPR erasure of one person: Entity "contacts"
// or "leads", the record's ID, and Reason, the request's reference (no
// personal data: it is kept in the audit log).
type ErasureRequest struct {
	Entity string `json:"entity"`
	ID     string `json:"id"`
	Reason string `json:"reason"`
}

// ErasureResult counts what an erasure did: People (the contact and the
// leads that are the same person), Records anonymised (they and their
// activities and tasks) and subject Keys destroyed. PurgeFailed means the
// final compaction of the files failed (logged): the erasure stands, and the
// next one retries it.
type ErasureResult struct {
	People      int64 `json:"people"`
	Records     int64 `json:"records"`
	Keys        int64 `json:"keys"`
	PurgeFailed bool  `json:"purgeFailed"`
}
