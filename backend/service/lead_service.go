package service

import (
	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// LeadService is bound to the frontend: lead conversion.
type LeadService struct {
	core *Core
}

// NewLeadService returns the service over core.
func NewLeadService(core *Core) *LeadService { return &LeadService{core: core} }

// Convert turns a lead into a contact, links or creates its company and
// optionally creates a deal, in one transaction. The new records belong to
// the caller; the lead stays, with status "converted" and its converted*
// links set. Needs update scope on the lead (else CodeNotFound) and create
// scope for contacts, and for companies / deals when it creates them
// (else audited CodeForbidden, as is a deal amount from a caller without
// sensitive.view). CodeConflict when the lead is already converted;
// CodeInvalid when CompanyID is not a company the caller may read, or a new
// company would have no name (the lead has no company name). Audited:
// lead.convert on the lead and <singular>.create for each new record.
func (s *LeadService) Convert(req model.ConvertLeadRequest) (model.ConvertLeadResult, error) {
	var out model.ConvertLeadResult
	err := s.core.withEntity(string(rbac.EntityLeads), rbac.ActionUpdate, "convert", req.LeadID, func(cl call, leads *schema.Entity) error {
		contacts, _ := schema.Get(string(rbac.EntityContacts))
		companies, _ := schema.Get(string(rbac.EntityCompanies))
		deals, _ := schema.Get(string(rbac.EntityDeals))
		need := []rbac.Entity{rbac.EntityContacts}
		if req.CompanyID == "" {
			need = append(need, rbac.EntityCompanies)
		}
		if req.CreateDeal {
			need = append(need, rbac.EntityDeals)
		}
		for _, e := range need {
			if cl.actor.Scope(e, rbac.ActionCreate) == rbac.ScopeNone {
				return s.core.deny(cl, "lead.convert", "lead", req.LeadID, "missing permission "+string(e)+".create")
			}
		}
		if req.CreateDeal && req.DealAmount != 0 && !cl.actor.SeesField(rbac.EntityDeals, "amount") {
			return s.core.deny(cl, "lead.convert", "lead", req.LeadID, "sensitive field amount without sensitive.view")
		}
		err := cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			lead, err := store.GetRecord(cl.ctx, tx, leads, cl.actor, rbac.ActionUpdate, req.LeadID, false)
			if err != nil {
				return err
			}
			lv := lead.Values
			if lv["status"] == "converted" {
				return apperr.New(apperr.CodeConflict, "This lead has already been converted.")
			}
			out.CompanyID = req.CompanyID
			if out.CompanyID == "" {
				name, _ := lv["companyName"].(string)
				if name == "" {
					return apperr.Invalid("The lead has no company name: choose an existing company.",
						map[string]string{"companyId": "Choose a company."})
				}
				id, err := s.core.createFrom(cl, tx, companies, map[string]any{"name": name, "phone": lv["phone"]})
				if err != nil {
					return err
				}
				out.CompanyID = id
			}
			out.ContactID, err = s.core.createFrom(cl, tx, contacts, map[string]any{"firstName": lv["firstName"], "lastName": lv["lastName"],
				"email": lv["email"], "phone": lv["phone"], "title": lv["title"], "source": lv["source"], "companyId": out.CompanyID})
			if err != nil {
				return err
			}
			if req.CreateDeal {
				if out.DealID, err = s.createDeal(cl, tx, deals, req, lead, out); err != nil {
					return err
				}
			}
			_, err = s.core.updateRecord(cl, tx, leads, lead, map[string]any{"status": "converted", "convertedContactId": out.ContactID,
				"convertedCompanyId": out.CompanyID, "convertedDealId": out.DealID,
				"convertedAt": s.core.now().UTC().Format("2006-01-02T15:04:05Z")}, "", "", "convert")
			return err
		})
		return s.core.denyIf(cl, err, "lead.convert", "lead", req.LeadID)
	})
	return out, err
}

func (s *LeadService) createDeal(cl call, tx *store.Tx, deals *schema.Entity, req model.ConvertLeadRequest, lead model.RecordItem, res model.ConvertLeadResult) (string, error) {
	stage := req.StageID
	if stage == "" {
		stages, err := store.ListStages(cl.ctx, tx)
		if err != nil {
			return "", err
		}
		for _, st := range stages {
			if !st.Won && !st.Lost {
				stage = st.ID
				break
			}
		}
	}
	name := req.DealName
	if name == "" {
		name = lead.Title
	}
	v := map[string]any{"name": name, "companyId": res.CompanyID, "primaryContactId": res.ContactID, "contactIds": []string{res.ContactID}, "stageId": stage,
		"outcome": "open", "leadId": lead.ID}
	if req.DealAmount != 0 {
		v["amount"] = req.DealAmount
	}
	return s.core.createFrom(cl, tx, deals, v)
}

// createFrom creates a record of e owned by the caller from backend-made
// values (read-only fields allowed), audited like Create.
func (c *Core) createFrom(cl call, tx *store.Tx, e *schema.Entity, values map[string]any) (string, error) {
	norm, err := e.Normalize(values, nil, true)
	if err != nil {
		return "", err
	}
	r := model.RecordItem{ID: store.NewID(), Entity: string(e.Name), Values: norm}
	if err := c.placeRecord(cl, tx, e, &r, "", "", ""); err != nil {
		return "", err
	}
	return r.ID, c.insertRecord(cl, tx, e, &r)
}
