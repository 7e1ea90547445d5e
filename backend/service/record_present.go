package service

import (
	"strings"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// withEntity is with for entity-scoped methods: any signed-in user, then
// the entity must exist (CodeInvalid) and the caller must hold some scope
// for act on it (else an audited CodeForbidden). verb names the audit
// action "<singular>.<verb>" of a refusal.
func (c *Core) withEntity(entity string, act rbac.Action, verb, id string, fn func(cl call, e *schema.Entity) error) error {
	return c.with("", "record."+verb, entity, id, func(cl call) error {
		e, err := schema.Get(entity)
		if err != nil {
			return err
		}
		if cl.actor.Scope(e.Name, act) == rbac.ScopeNone {
			return c.deny(cl, e.Singular+"."+verb, e.Singular, id, "missing permission "+string(e.Name)+"."+string(act))
		}
		return fn(cl, e)
	})
}

// recordEntry starts a data audit entry about record r.
func (c *Core) recordEntry(cl call, e *schema.Entity, verb string, r model.RecordItem) *audit.Entry {
	en := c.entry(cl.actor, audit.CatData, e.Singular+"."+verb, e.Singular, r.ID, r.Title)
	// an activity or task about a person is sealed with that person's key
	typ, id := e.AuditSubject(r.ID, r.Values)
	en.Subject = audit.Subject{Type: typ, ID: id}
	return en
}

// present prepares stored records for the caller: ref titles (only of
// records they may read) and sensitive values masked.
func present(cl call, q store.Querier, e *schema.Entity, recs []model.RecordItem) ([]model.RecordItem, error) {
	ids := map[string][]string{}
	for _, r := range recs {
		for i := range e.Fields {
			f := &e.Fields[i]
			if f.Type == model.FieldRef {
				if id, _ := r.Values[f.Name].(string); id != "" {
					t := refTarget(f, r.Values)
					ids[t] = append(ids[t], id)
				}
			}
			if list, ok := r.Values[f.Name].([]string); ok && f.Type == model.FieldRefs && cl.actor.SeesField(e.Name, f.Name) {
				ids[f.Ref] = append(ids[f.Ref], list...)
			}
		}
	}
	titles := map[string]map[string]string{}
	for target, list := range ids {
		m, err := store.RefTitles(cl.ctx, q, cl.actor, target, list)
		if err != nil {
			return nil, err
		}
		titles[target] = m
	}
	out := make([]model.RecordItem, len(recs))
	for n, r := range recs {
		r.Refs, r.RefTitles, r.Masked = map[string]string{}, map[string]string{}, []string{}
		for i := range e.Fields {
			f := &e.Fields[i]
			if list, ok := r.Values[f.Name].([]string); ok && f.Type == model.FieldRefs {
				for _, id := range list {
					if t, ok := titles[f.Ref][id]; ok {
						r.RefTitles[id] = t
					}
				}
			}
			if f.Type == model.FieldRef {
				if id, _ := r.Values[f.Name].(string); id != "" {
					if t, ok := titles[refTarget(f, r.Values)][id]; ok {
						r.Refs[f.Name] = t
					}
				}
			}
			if !cl.actor.SeesField(e.Name, f.Name) {
				r.Values[f.Name] = rbac.Masked
				r.Masked = append(r.Masked, f.Name)
			}
		}
		out[n] = r
	}
	return out, nil
}

func presentOne(cl call, q store.Querier, e *schema.Entity, r model.RecordItem) (model.RecordItem, error) {
	out, err := present(cl, q, e, []model.RecordItem{r})
	if err != nil {
		return model.RecordItem{}, err
	}
	return out[0], nil
}

// refTarget is the entity (or stages/users) a ref field points into.
func refTarget(f *schema.Field, values map[string]any) string {
	if f.Ref == schema.RefAny {
		s, _ := values[schema.RelatedEntityField].(string)
		return s
	}
	return f.Ref
}

// hits turns search keys into results: titles and subtitles from the
// records as the caller may see them (masked), in the keys' order.
func hits(cl call, keys []store.SearchKey) ([]model.SearchHit, error) {
	byEntity := map[string][]string{}
	for _, k := range keys {
		byEntity[k.Entity] = append(byEntity[k.Entity], k.ID)
	}
	found := map[store.SearchKey]model.SearchHit{}
	for name, ids := range byEntity {
		e, err := schema.Get(name)
		if err != nil {
			continue
		}
		recs, err := store.GetRecords(cl.ctx, cl.st.Reader(), e, cl.actor, rbac.ActionRead, ids)
		if err != nil {
			return nil, err
		}
		recs, err = present(cl, cl.st.Reader(), e, recs)
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			var sub []string
			for _, f := range e.Subtitle {
				if s, ok := r.Values[f].(string); ok && s != "" && s != rbac.Masked {
					sub = append(sub, s)
				}
			}
			found[store.SearchKey{Entity: name, ID: r.ID}] = model.SearchHit{Entity: name, ID: r.ID, Title: r.Title, Subtitle: strings.Join(sub, " · ")}
		}
	}
	out := []model.SearchHit{}
	for _, k := range keys {
		if h, ok := found[k]; ok {
			out = append(out, h)
		}
	}
	return out, nil
}

// hitLimit checks a result limit: 1..50, 0 = def.
func hitLimit(limit, def int) (int, error) {
	switch {
	case limit == 0:
		return def, nil
	case limit < 1 || limit > 50:
		return 0, apperr.Invalid("Ask for 1 to 50 results.", map[string]string{"limit": "between 1 and 50"})
	}
	return limit, nil
}
