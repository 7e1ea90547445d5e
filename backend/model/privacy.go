package model

// SubjectAccessRequest asks for everything stored about one contact (a GDPR
// subject access report): Format "json" (one document) or "xlsx" (one sheet
// per section and a Summary), written to Path (absolute, in an existing
// folder).
type SubjectAccessRequest struct {
	ContactID string `json:"contactId"`
	Format    string `json:"format"`
	Path      string `json:"path"`
}
