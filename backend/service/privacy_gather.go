package service

import (
	"sort"
	"strings"

	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// subjectReport is a subject access report: the JSON document as written,
// and the sheets of the workbook.
type subjectReport struct {
	Subject      reportRecord    `json:"subject"`
	GeneratedAt  string          `json:"generatedAt"`
	GeneratedBy  reportActor     `json:"generatedBy"`
	Workspace    reportWorkspace `json:"workspace"`
	Company      *reportRecord   `json:"company"`
	Deals        []reportRecord  `json:"deals"`
	Activities   []reportRecord  `json:"activities"`
	Tasks        []reportRecord  `json:"tasks"`
	Leads        []reportRecord  `json:"leads"`
	Audit        []reportAudit   `json:"auditEntries"`
	RelatedAudit []reportAudit   `json:"relatedAuditEntries"` // about the activities and tasks
	// Notes say what the report could not cover (sections the exporter
	// may not read) and how it was scoped.
	Notes []string `json:"notes"`
}

type reportActor struct {
	UserID   string `json:"userId"`
	Username string `json:"username"`
	Role     string `json:"role"`
}

type reportWorkspace struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// reportRecord is one stored record with every field and its label.
type reportRecord struct {
	ID        string        `json:"id"`
	Entity    string        `json:"entity"`
	Title     string        `json:"title"`
	Owner     string        `json:"owner"`
	OwnerID   string        `json:"ownerId"`
	TeamID    string        `json:"teamId"`
	CreatedAt string        `json:"createdAt"`
	CreatedBy string        `json:"createdBy"`
	UpdatedAt string        `json:"updatedAt"`
	UpdatedBy string        `json:"updatedBy"`
	Fields    []reportField `json:"fields"`
}

type reportField struct {
	Name      string `json:"name"`
	Label     string `json:"label"`
	Value     any    `json:"value"`
	Display   string `json:"display,omitempty"` // the title of a linked record
	Sensitive bool   `json:"sensitive,omitempty"`
}

// reportAudit is one audit entry with its field changes.
type reportAudit struct {
	Seq        int64               `json:"seq"`
	At         string              `json:"at"`
	UserID     string              `json:"userId"`
	User       string              `json:"user"`
	Role       string              `json:"role"`
	Category   string              `json:"category"`
	Action     string              `json:"action"`
	ObjectType string              `json:"objectType"`
	ObjectID   string              `json:"objectId"`
	Object     string              `json:"object"`
	Outcome    string              `json:"outcome"`
	Reason     string              `json:"reason"`
	Rows       int64               `json:"rows"`
	Changes    []model.FieldChange `json:"changes"`
}

// items counts what the report exports: records and audit entries.
func (r *subjectReport) items() int64 {
	n := 1 + len(r.Deals) + len(r.Activities) + len(r.Tasks) + len(r.Leads) + len(r.Audit) + len(r.RelatedAudit)
	if r.Company != nil {
		n++
	}
	return int64(n)
}

// subjectSteps is how many progress steps gathering takes (and writing).
const subjectSteps = 8

// gatherSubject reads the report, a section per hold of the lock (so
// Cancel and other calls get in between), as the job's actor may read it:
// records outside their scope are left out, and said so in Notes.
func gatherSubject(j *job, id string, meta reportMeta) (*subjectReport, error) {
	rep := &subjectReport{GeneratedAt: store.FormatTime(meta.at),
		GeneratedBy: reportActor{UserID: j.actor.UserID, Username: j.actor.Username, Role: j.actor.RoleName},
		Workspace:   reportWorkspace{ID: meta.workspaceID, Name: meta.workspaceName},
		Deals:       []reportRecord{}, Activities: []reportRecord{}, Tasks: []reportRecord{}, Leads: []reportRecord{},
		Audit: []reportAudit{}, RelatedAudit: []reportAudit{},
		Notes: []string{"Linked records are those the exporter may read; audit entries are complete up to entry " + itoa64(meta.maxSeq) + "."}}
	step := int64(0)
	next := func() { step++; j.progress(step, subjectSteps) }
	j.progress(0, subjectSteps)
	contacts, _ := schema.Get(string(rbac.EntityContacts))
	var companyID string
	err := j.do(func(cl call) error {
		r, err := store.GetRecord(cl.ctx, cl.st.Reader(), contacts, cl.actor, rbac.ActionRead, id, false)
		if err != nil {
			return err
		}
		recs, err := present(cl, cl.st.Reader(), contacts, []model.RecordItem{r})
		if err != nil {
			return err
		}
		rep.Subject = toReportRecord(contacts, recs[0])
		companyID, _ = r.Values["companyId"].(string)
		return nil
	})
	if err != nil {
		return nil, err
	}
	next()
	if companyID != "" {
		err := j.do(func(cl call) error {
			e, _ := schema.Get(string(rbac.EntityCompanies))
			if cl.actor.Scope(e.Name, rbac.ActionRead) == rbac.ScopeNone {
				rep.Notes = append(rep.Notes, "The company is left out: the exporter may not read companies.")
				return nil
			}
			recs, err := store.GetRecords(cl.ctx, cl.st.Reader(), e, cl.actor, rbac.ActionRead, []string{companyID})
			if err != nil || len(recs) == 0 {
				return err
			}
			recs, err = present(cl, cl.st.Reader(), e, recs)
			if err != nil {
				return err
			}
			c := toReportRecord(e, recs[0])
			rep.Company = &c
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	next()
	related := []model.Filter{{Field: schema.RelatedEntityField, Op: model.OpEq, Value: string(rbac.EntityContacts)},
		{Field: "relatedId", Op: model.OpEq, Value: id}}
	sections := []struct {
		entity  rbac.Entity
		queries [][]model.Filter
		out     *[]reportRecord
	}{
		{rbac.EntityDeals, [][]model.Filter{{{Field: "contactIds", Op: model.OpContains, Value: id}},
			{{Field: "primaryContactId", Op: model.OpEq, Value: id}}}, &rep.Deals},
		{rbac.EntityActivities, [][]model.Filter{related}, &rep.Activities},
		{rbac.EntityTasks, [][]model.Filter{related}, &rep.Tasks},
		{rbac.EntityLeads, [][]model.Filter{{{Field: "convertedContactId", Op: model.OpEq, Value: id}}}, &rep.Leads},
	}
	for _, sec := range sections {
		e, _ := schema.Get(string(sec.entity))
		seen := map[string]bool{}
		for _, flt := range sec.queries {
			recs, denied, err := listAllRecords(j, e, flt)
			if err != nil {
				return nil, err
			}
			if denied {
				rep.Notes = append(rep.Notes, e.Def.LabelPlural+" are left out: the exporter may not read them.")
				break
			}
			for _, r := range recs {
				if !seen[r.ID] {
					seen[r.ID] = true
					*sec.out = append(*sec.out, toReportRecord(e, r))
				}
			}
		}
		next()
	}
	if rep.Audit, err = auditAbout(j, contacts.Singular, id, meta.maxSeq); err != nil {
		return nil, err
	}
	for _, sec := range []struct {
		singular string
		recs     []reportRecord
	}{{"activity", rep.Activities}, {"task", rep.Tasks}} {
		for _, r := range sec.recs {
			more, err := auditAbout(j, sec.singular, r.ID, meta.maxSeq)
			if err != nil {
				return nil, err
			}
			rep.RelatedAudit = append(rep.RelatedAudit, more...)
		}
	}
	sort.SliceStable(rep.RelatedAudit, func(a, b int) bool { return rep.RelatedAudit[a].Seq < rep.RelatedAudit[b].Seq })
	next()
	return rep, nil
}

// listAllRecords returns every live record of e matching filters that the
// job's actor may read, presented (ref titles), a page per hold; denied
// when the actor holds no read scope on e.
func listAllRecords(j *job, e *schema.Entity, filters []model.Filter) (out []model.RecordItem, denied bool, err error) {
	after := ""
	for {
		var page store.ListPage
		err := j.do(func(cl call) error {
			if cl.actor.Scope(e.Name, rbac.ActionRead) == rbac.ScopeNone {
				denied = true
				return nil
			}
			var err error
			page, err = store.ListRecordsPage(cl.ctx, cl.st.Reader(), e, cl.actor,
				model.ListQuery{Entity: string(e.Name), Filters: filters, Sort: "createdAt", Limit: store.MaxListLimit, After: after})
			if err != nil {
				return err
			}
			page.Rows, err = present(cl, cl.st.Reader(), e, page.Rows)
			return err
		})
		if err != nil || denied {
			return nil, denied, err
		}
		out = append(out, page.Rows...)
		if page.NextAfter == "" || len(page.Rows) == 0 {
			return out, false, nil
		}
		after = page.NextAfter
	}
}

// auditAbout returns every audit entry about object objType/id up to
// maxSeq, oldest first, a batch per hold.
func auditAbout(j *job, objType, id string, maxSeq int64) ([]reportAudit, error) {
	out := []reportAudit{}
	q := model.AuditQuery{ObjectType: objType, ObjectID: id}
	var after int64
	for {
		var batch []reportAudit
		err := j.do(func(cl call) error {
			entries, err := store.AuditEntriesAfter(cl.ctx, cl.st.Reader(), q, after, maxSeq, exportBatch)
			if err != nil {
				return err
			}
			for i := range entries {
				e := &entries[i]
				changes, _ := maskChanges(cl.actor, e)
				batch = append(batch, reportAudit{Seq: e.Seq, At: store.FormatTime(e.At), UserID: e.Actor.UserID,
					User: e.Actor.Username, Role: e.Actor.Role, Category: e.Category, Action: e.Action,
					ObjectType: e.ObjectType, ObjectID: e.ObjectID, Object: e.ObjectLabel, Outcome: e.Outcome,
					Reason: e.Reason, Rows: e.Rows, Changes: changes})
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		out = append(out, batch...)
		if len(batch) < exportBatch {
			return out, nil
		}
		after = batch[len(batch)-1].Seq
	}
}

// toReportRecord lists r's fields in the schema's order with their labels.
func toReportRecord(e *schema.Entity, r model.RecordItem) reportRecord {
	out := reportRecord{ID: r.ID, Entity: string(e.Name), Title: r.Title, Owner: r.OwnerName, OwnerID: r.OwnerID,
		TeamID: r.TeamID, CreatedAt: r.CreatedAt, CreatedBy: r.CreatedBy, UpdatedAt: r.UpdatedAt, UpdatedBy: r.UpdatedBy,
		Fields: make([]reportField, 0, len(e.Fields))}
	for i := range e.Fields {
		f := &e.Fields[i]
		rf := reportField{Name: f.Name, Label: f.Label, Value: r.Values[f.Name], Sensitive: rbac.IsSensitive(e.Name, f.Name)}
		switch f.Type {
		case model.FieldRef:
			rf.Display = r.Refs[f.Name]
		case model.FieldRefs:
			if list, ok := r.Values[f.Name].([]string); ok {
				names := make([]string, 0, len(list))
				for _, id := range list {
					if t, ok := r.RefTitles[id]; ok {
						names = append(names, t)
					} else {
						names = append(names, hiddenRef)
					}
				}
				rf.Display = strings.Join(names, ", ")
			}
		}
		out.Fields = append(out.Fields, rf)
	}
	return out
}
