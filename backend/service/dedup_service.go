package service

import (
	"encoding/json"
	"slices"
	"strings"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/dedup"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// JobDuplicateScan is the job name of a "find duplicates" run.
const JobDuplicateScan = "duplicates.scan"

// dedupEntities are the entities with duplicate rules.
var dedupEntities = map[string]bool{"contacts": true, "leads": true, "companies": true}

// DuplicateService is bound to the frontend: duplicate rules per entity
// (administrators), the duplicate warning of the record form (Check), the
// background "find duplicates" job (Scan, Cancel) and merging duplicates
// (Merge, UndoMerge, Merges).
type DuplicateService struct {
	core *Core
	jobs jobs
}

// NewDuplicateService returns the service bound as DuplicateService.
func NewDuplicateService(c *Core) *DuplicateService { return &DuplicateService{core: c} }

// dedupEntity returns the schema of an entity with duplicate rules.
func dedupEntity(name string) (*schema.Entity, error) {
	if !dedupEntities[name] {
		return nil, apperr.Invalid("Duplicates are found among contacts, leads and companies.", map[string]string{"entity": "no duplicate rules"})
	}
	return schema.Get(name)
}

// Rules returns the duplicate rules of entity (the defaults until an
// administrator changes them). Any signed-in user may read them.
func (s *DuplicateService) Rules(entity string) (model.DuplicateRules, error) {
	var out model.DuplicateRules
	err := s.core.with("", "duplicates.rules", "duplicates", entity, func(cl call) error {
		if _, err := dedupEntity(entity); err != nil {
			return err
		}
		r, err := loadDedupRules(cl.ctx, cl.st.Reader(), entity)
		if err != nil {
			return err
		}
		_, custom, err := store.DedupRules(cl.ctx, cl.st.Reader(), entity)
		out = rulesModel(entity, r, custom)
		return err
	})
	return out, err
}

func rulesModel(entity string, r dedup.Rules, custom bool) model.DuplicateRules {
	block := r.Block
	if len(block) == 0 {
		block = dedup.DefaultRules(entity).Block
	}
	th := r.Threshold
	if th == 0 {
		th = dedup.DefaultThreshold
	}
	region := r.DefaultRegion
	if region == "" {
		region = dedup.DefaultRegion
	}
	return model.DuplicateRules{Entity: entity, Email: r.Email, Phone: r.Phone, Domain: r.Domain, Fuzzy: r.Fuzzy,
		Threshold: th, Block: slices.Clone(block), DefaultRegion: region, Custom: custom}
}

// SaveRules stores an entity's duplicate rules (settings.manage), audited
// with the old and new settings. Errors: CodeForbidden (audited);
// CodeInvalid naming "entity", "threshold", "block" or "defaultRegion".
func (s *DuplicateService) SaveRules(in model.DuplicateRules) (model.DuplicateRules, error) {
	var out model.DuplicateRules
	err := s.core.with(rbac.PermSettingsManage, "duplicates.rules.save", "duplicates", in.Entity, func(cl call) error {
		if _, err := dedupEntity(in.Entity); err != nil {
			return err
		}
		r := dedup.Rules{Email: in.Email, Phone: in.Phone, Domain: in.Domain, Fuzzy: in.Fuzzy, Threshold: in.Threshold,
			Block: in.Block, DefaultRegion: in.DefaultRegion}
		if err := r.Validate(); err != nil {
			return err
		}
		old, err := loadDedupRules(cl.ctx, cl.st.Reader(), in.Entity)
		if err != nil {
			return err
		}
		raw, _ := json.Marshal(r)
		err = cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			if err := store.SetDedupRules(cl.ctx, tx, in.Entity, string(raw), cl.actor.UserID, s.core.now()); err != nil {
				return err
			}
			en := s.core.entry(cl.actor, audit.CatConfig, "duplicates.rules", "duplicates", in.Entity, in.Entity)
			oldRaw, _ := json.Marshal(old)
			en.Changes = []audit.Change{{Field: "rules", Before: string(oldRaw), After: string(raw)}}
			return store.AppendAudit(cl.ctx, tx, en)
		})
		out = rulesModel(in.Entity, r, true)
		return err
	})
	return out, err
}

// checkFields are the fields a duplicate check reads of candidates.
func checkFields(e *schema.Entity) []string { return matchFields[string(e.Name)] }

// Check returns the records the caller may read that are likely duplicates
// of in (a record being created, or edited: in.ID is left out), best first
// (at most 5) — the warning of the record form. Entities without duplicate
// rules give none. Errors: CodeForbidden without read scope on the entity.
func (s *DuplicateService) Check(in model.RecordInput) ([]model.DuplicateCandidate, error) {
	out := []model.DuplicateCandidate{}
	err := s.core.with("", "duplicates.check", in.Entity, in.ID, func(cl call) error {
		e, err := schema.Get(in.Entity)
		if err != nil {
			return err
		}
		if cl.actor.Scope(e.Name, rbac.ActionRead) == rbac.ScopeNone {
			return s.core.deny(cl, "duplicates.check", in.Entity, in.ID, "no read scope on "+in.Entity)
		}
		if !dedupEntities[in.Entity] {
			return nil
		}
		rules, err := loadDedupRules(cl.ctx, cl.st.Reader(), in.Entity)
		if err != nil {
			return err
		}
		lk := &importLookups{companyName: map[string]string{}, rules: rules}
		vals := map[string]any{}
		for k, v := range in.Values {
			if s, ok := v.(string); ok {
				vals[k] = s
			}
		}
		probe := store.CandidateProbe{CompanyID: str(vals, "companyId"), Company: str(vals, "companyName"),
			Domain: str(vals, "domain")}
		for _, k := range []string{"email", "email2"} {
			if em := strings.TrimSpace(str(vals, k)); em != "" {
				probe.Emails = append(probe.Emails, em, strings.ToLower(em))
			}
		}
		name := str(vals, "lastName")
		if e.Name == rbac.EntityCompanies {
			name = str(vals, "name")
		}
		if r := []rune(strings.TrimSpace(name)); len(r) >= 2 {
			probe.NamePrefix = string(r[:min(3, len(r))])
		}
		fields := checkFields(e)
		rows, err := store.FindCandidates(cl.ctx, cl.st.Reader(), e, cl.actor, fields, probe, 2000)
		if err != nil {
			return err
		}
		if id := str(vals, "companyId"); id != "" {
			lk.companyName[id], _ = companyTitle(cl, id)
		}
		ix := dedup.NewIndex(rules)
		titles := map[string]string{}
		subs := map[string]string{}
		for _, r := range rows {
			if r.ID == in.ID {
				continue
			}
			cv := map[string]any{}
			for i, f := range fields {
				cv[f] = r.Values[i]
			}
			if id := str(cv, "companyId"); id != "" {
				if _, ok := lk.companyName[id]; !ok {
					lk.companyName[id], _ = companyTitle(cl, id)
				}
			}
			titles[r.ID] = e.Title(cv)
			subs[r.ID] = subtitleOf(e, cv)
			ix.Add(lk.dedupRecord(e, r.ID, cv))
		}
		for _, m := range ix.Find(lk.dedupRecord(e, "", vals), 5) {
			other := m.B // A is the record being checked
			out = append(out, model.DuplicateCandidate{ID: other, Title: titles[other], Subtitle: subs[other], Score: m.Score, Reason: m.Reason})
		}
		return nil
	})
	return out, err
}

func str(v map[string]any, k string) string { s, _ := v[k].(string); return s }

// subtitleOf is what tells two records of the same name apart.
func subtitleOf(e *schema.Entity, v map[string]any) string {
	if e.Name == rbac.EntityCompanies {
		return str(v, "domain")
	}
	return str(v, "email")
}

// companyTitle is the name of company id when the caller may read it.
func companyTitle(cl call, id string) (string, error) {
	titles, err := store.RefTitles(cl.ctx, cl.st.Reader(), cl.actor, "companies", []string{id})
	return titles[id], err
}

// Cancel stops the caller's running duplicate scan. Errors: CodeNotFound
// when none runs.
func (s *DuplicateService) Cancel(job string) error {
	return s.core.with("", "duplicates.cancel", "duplicates", job, func(cl call) error {
		return s.jobs.cancelJob(job, cl.actor.UserID)
	})
}
