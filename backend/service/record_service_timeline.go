package service

import (
	"sort"
	"strings"

	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// timelineLimit bounds each half of a timeline (activities, history).
const timelineLimit = 200

// Timeline returns a live record's history, newest first: the activities
// linked to it that the caller may read, and the audit entries about it
// (views left out) with their changes masked as the caller must see them.
// It needs read scope on the record: CodeNotFound otherwise, as for Get.
func (s *RecordService) Timeline(entity, id string) ([]model.TimelineItem, error) {
	out := []model.TimelineItem{}
	err := s.core.withEntity(entity, rbac.ActionRead, "timeline", id, func(cl call, e *schema.Entity) error {
		q := cl.st.Reader()
		rec, err := store.GetRecord(cl.ctx, q, e, cl.actor, rbac.ActionRead, id, false)
		if err != nil {
			return err
		}
		acts, _ := schema.Get(string(rbac.EntityActivities))
		if cl.actor.Scope(acts.Name, rbac.ActionRead) != rbac.ScopeNone {
			rows, _, _, err := store.ListRecords(cl.ctx, q, acts, cl.actor, model.ListQuery{Limit: timelineLimit,
				Filters: []model.Filter{{Field: schema.RelatedEntityField, Op: model.OpEq, Value: string(e.Name)},
					{Field: "relatedId", Op: model.OpEq, Value: id}}})
			if err != nil {
				return err
			}
			rows, err = present(cl, q, acts, rows)
			if err != nil {
				return err
			}
			for _, a := range rows {
				at, _ := a.Values["at"].(string)
				if at == "" {
					at = a.CreatedAt
				}
				kind, _ := a.Values["kind"].(string)
				notes, _ := a.Values["notes"].(string)
				out = append(out, model.TimelineItem{Kind: "activity", At: at, Actor: a.OwnerName, Title: kind + ": " + a.Title,
					Detail: notes, RefID: a.ID, Changes: []model.FieldChange{}})
			}
		}
		hist, err := store.RecordHistory(cl.ctx, q, e.Singular, id, timelineLimit)
		if err != nil {
			return err
		}
		for _, h := range hist {
			item := model.TimelineItem{Kind: "audit", At: h.At, Actor: h.ActorName, Title: historyTitle(h.Action), Changes: []model.FieldChange{}}
			for _, c := range h.Changes {
				fc := model.FieldChange{Field: c.Field, Before: c.Before, After: c.After, Masked: c.Masked}
				if !cl.actor.SeesField(e.Name, c.Field) || c.Masked {
					fc.Before, fc.After, fc.Masked = rbac.Masked, rbac.Masked, true
				}
				item.Changes = append(item.Changes, fc)
			}
			out = append(out, item)
		}
		// a record an import created is audited with its chunk, not alone
		if origin, ok, err := store.ImportOriginOf(cl.ctx, q, string(e.Name), id); err != nil {
			return err
		} else if ok {
			by := origin.CreatedBy
			if u, err := store.GetUser(cl.ctx, q, by); err == nil {
				by = u.Username
			}
			out = append(out, model.TimelineItem{Kind: "audit", At: rec.CreatedAt, Actor: by, Title: "Imported from " + origin.FileName,
				Detail: "import batch " + origin.BatchID, Changes: []model.FieldChange{}})
		}
		if err := nameRefs(cl, e, out); err != nil {
			return err
		}
		sort.SliceStable(out, func(i, j int) bool { return normTime(out[i].At) > normTime(out[j].At) })
		return nil
	})
	return out, err
}

// hiddenRef stands for a linked record the caller may not read.
const hiddenRef = "(a record you cannot see)"

// nameRefs replaces record, user and stage ids in the audit changes with
// their titles, through store.RefTitles, which answers only for records the
// caller may read; others read as hiddenRef, so a title never leaks.
func nameRefs(cl call, e *schema.Entity, items []model.TimelineItem) error {
	targets := map[string]string{"ownerId": schema.RefUsers}
	for _, f := range e.Fields {
		if (f.Type == model.FieldRef || f.Type == model.FieldRefs) && f.Ref != "" {
			targets[f.Name] = f.Ref
		}
	}
	ids := map[string][]string{}
	for _, it := range items {
		for _, c := range it.Changes {
			if t, ok := targets[c.Field]; ok && !c.Masked {
				ids[t] = append(append(ids[t], idsOf(c.Before)...), idsOf(c.After)...)
			}
		}
	}
	titles := map[string]map[string]string{}
	for t, list := range ids {
		m, err := store.RefTitles(cl.ctx, cl.st.Reader(), cl.actor, t, list)
		if err != nil {
			return err
		}
		titles[t] = m
	}
	for i := range items {
		for j := range items[i].Changes {
			c := &items[i].Changes[j]
			t, ok := targets[c.Field]
			if !ok || c.Masked {
				continue
			}
			title := func(id string) string {
				if title, ok := titles[t][id]; ok {
					return title
				}
				return hiddenRef
			}
			name := func(v any) any {
				if id, ok := v.(string); ok && id != "" {
					return title(id)
				}
				if _, ok := v.([]any); !ok {
					if _, ok := v.([]string); !ok {
						return v
					}
				}
				out := []string{}
				for _, id := range idsOf(v) {
					out = append(out, title(id))
				}
				return out
			}
			c.Before, c.After = name(c.Before), name(c.After)
		}
	}
	return nil
}

// idsOf returns the ids in an audit value: one id, or a list of them.
func idsOf(v any) []string {
	switch x := v.(type) {
	case string:
		if x != "" {
			return []string{x}
		}
	case []string:
		return x
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			if s, ok := e.(string); ok && s != "" {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

// normTime makes RFC 3339 times of both stored forms compare as text.
func normTime(s string) string { return store.FormatTime(store.ParseTime(s)) }

var historyTitles = map[string]string{"create": "Created", "update": "Changed", "delete": "Moved to Trash",
	"restore": "Restored from Trash", "assign": "Assigned", "stage": "Stage changed", "tag": "Tagged", "convert": "Converted"}

func historyTitle(action string) string {
	verb := action[strings.LastIndexByte(action, '.')+1:]
	if t, ok := historyTitles[verb]; ok {
		return t
	}
	return action
}
