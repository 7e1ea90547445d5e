package service

import (
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// SearchService is bound to the frontend: the global search (Ctrl+K).
type SearchService struct {
	core *Core
}

// NewSearchService returns the service over core.
func NewSearchService(core *Core) *SearchService { return &SearchService{core: core} }

// Search returns up to limit (1..50, 0 = 20) live records the caller may
// read, across every entity they may read, whose words start with each
// word of text (search as you type), best first. What the user typed is
// never FTS5 syntax: quotes and operators are stripped (store.FTSQuery), so
// a hostile query finds at most ordinary words. Sensitive fields are not
// indexed, so a masked value is never found; subtitles are built from the
// record as the caller sees it. Text without words finds nothing.
func (s *SearchService) Search(text string, limit int) ([]model.SearchHit, error) {
	out := []model.SearchHit{}
	err := s.core.with("", "record.search", "", "", func(cl call) error {
		n, err := hitLimit(limit, 20)
		if err != nil {
			return err
		}
		var ents []*schema.Entity
		for _, e := range schema.All() {
			if cl.actor.Scope(e.Name, rbac.ActionRead) != rbac.ScopeNone {
				ents = append(ents, e)
			}
		}
		keys, err := store.SearchRecords(cl.ctx, cl.st.Reader(), cl.actor, ents, text, n)
		if err != nil {
			return err
		}
		out, err = hits(cl, keys)
		return err
	})
	return out, err
}
