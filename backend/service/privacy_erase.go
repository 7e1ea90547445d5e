package service

import (
	"fmt"
	"log/slog"
	"strings"
	"unicode/utf8"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// actionErase is the audit action of a GDPR erasure.
const actionErase = "privacy.erase"

// maxEraseReason bounds the request reference an erasure records.
const maxEraseReason = 300

// eraseTarget is one record an erasure anonymises.
type eraseTarget struct {
	e   *schema.Entity
	rec model.RecordItem
}

// Erase carries out a GDPR erasure of the person req.ID of req.Entity
// (contacts or leads), in one write transaction:
//   - the person's record, the leads converted into the contact (or the
//     contact a lead became) and every activity and task related to any of
//     them get their personal fields (schema Field.Personal) replaced by
//     schema.ErasedValues, each change audited "<singular>.erase";
//   - every key of those people is destroyed (store.EraseSubjectKeys), so
//     each personal value in the audit log — names, emails, notes, in every
//     entry about them, those just written included — reads "[erased]"
//     while the hash chain still verifies;
//   - what imports kept of them goes: the previous values an import revert
//     would restore, and the file name of an import that named them
//     ("jane-doe.csv", store.EraseImportFileNames) in the past imports and
//     the integration log (the audit log's entry of that import keeps it:
//     the chain cannot change);
//   - "privacy.erase" is audited with the counts and req.Reason (a request
//     reference: the window asks for no personal data there).
//
// Afterwards the search indexes are rewritten and the WAL emptied
// (store.PurgeErased) so no old page keeps the destroyed keys; a failure of
// that step is logged and reported in the result, the erasure stands.
//
// Errors: CodeForbidden (audited) without privacy.manage, or when the caller
// may not change one of the records (the erasure must be complete: nothing
// is changed); CodeInvalid naming "entity" (not a person) or "reason"
// (empty or over 300 characters); CodeNotFound when the person is absent or
// outside the caller's read scope; CodeConflict when the person or a linked
// record is in the Trash (restore or purge it first).
func (s *PrivacyService) Erase(req model.ErasureRequest) (model.ErasureResult, error) {
	var res model.ErasureResult
	err := s.core.with(rbac.PermPrivacyManage, actionErase, subjectType(req.Entity), req.ID, func(cl call) error {
		e, reason, err := checkErasure(req)
		if err != nil {
			return err
		}
		return cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			targets, people, err := s.eraseTargets(cl, tx, e, req.ID)
			if err != nil {
				return err
			}
			// duplicates merged into the person wait in the Trash with all
			// their values: they go for good, their keys with them
			merged, err := s.mergedDuplicates(cl, tx, people)
			if err != nil {
				return err
			}
			for _, m := range merged {
				if err := s.purgeMerged(cl, tx, m); err != nil {
					return err
				}
				n, err := store.EraseSubjectKeys(cl.ctx, tx, m.e.Singular, m.rec.ID)
				if err != nil {
					return err
				}
				res.Records++
				res.Keys += n
			}
			for _, t := range targets {
				if _, err := s.core.updateRecord(cl, tx, t.e, t.rec, t.e.ErasedValues(), "", "", "erase"); err != nil {
					return err
				}
				// an import revert must not put the old values back
				if err := store.EraseImportItems(cl.ctx, tx, string(t.e.Name), t.rec.ID); err != nil {
					return err
				}
				if err := store.EraseMerges(cl.ctx, tx, string(t.e.Name), t.rec.ID); err != nil {
					return err
				}
				res.Records++
			}
			for _, p := range people {
				n, err := store.EraseSubjectKeys(cl.ctx, tx, p.e.Singular, p.rec.ID)
				if err != nil {
					return err
				}
				res.Keys += n
				// a file named after the person ("jane-doe.csv") no longer names them
				if _, err := store.EraseImportFileNames(cl.ctx, tx, string(p.e.Name), p.rec.ID, personTerms(p.rec)); err != nil {
					return err
				}
			}
			res.People = int64(len(people))
			en := s.core.entry(cl.actor, audit.CatSecurity, actionErase, e.Singular, req.ID, "")
			en.Rows = res.Records
			en.Reason = fmt.Sprintf("erased %d people, %d records, %d keys; request: %s", res.People, res.Records, res.Keys, reason)
			return store.AppendAudit(cl.ctx, tx, en)
		})
	})
	if err != nil {
		return model.ErasureResult{}, err
	}
	if err := s.core.purgeErased(); err != nil {
		slog.Error("compacting after an erasure", "err", err)
		res.PurgeFailed = true
	}
	return res, nil
}

// purgeErased runs store.PurgeErased on the open workspace.
func (c *Core) purgeErased() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.session == nil {
		return apperr.New(apperr.CodeLocked, "The workspace is locked.")
	}
	ctx, cancel := c.ctx()
	defer cancel()
	return c.session.Store().PurgeErased(ctx)
}

func subjectType(entity string) string {
	if e, err := schema.Get(entity); err == nil {
		return e.Singular
	}
	return "record"
}

func checkErasure(req model.ErasureRequest) (*schema.Entity, string, error) {
	e, err := schema.Get(req.Entity)
	if err != nil || !e.DataSubject {
		return nil, "", apperr.Invalid("Only a contact or a lead can be erased.", map[string]string{"entity": "not a person"})
	}
	reason := strings.TrimSpace(req.Reason)
	if reason == "" || utf8.RuneCountInString(reason) > maxEraseReason || !utf8.ValidString(reason) {
		msg := "Enter the request's reference (up to 300 characters, no personal data)."
		return nil, "", apperr.Invalid(msg, map[string]string{"reason": msg})
	}
	return e, reason, nil
}

// eraseTargets returns every record the erasure of id (of e) anonymises —
// the people first — and the people among them. Each must be live and
// changeable by the caller.
func (s *PrivacyService) eraseTargets(cl call, tx *store.Tx, e *schema.Entity, id string) (targets, people []eraseTarget, err error) {
	contacts, _ := schema.Get(string(rbac.EntityContacts))
	leads, _ := schema.Get(string(rbac.EntityLeads))
	first, err := store.GetRecord(cl.ctx, tx, e, cl.actor, rbac.ActionRead, id, false)
	if err != nil {
		return nil, nil, err
	}
	seen := map[string]bool{}
	add := func(te *schema.Entity, ref store.RecordRef) error {
		key := string(te.Name) + ":" + ref.ID
		if seen[key] {
			return nil
		}
		seen[key] = true
		if ref.Trashed {
			return apperr.New(apperr.CodeConflict, "A %s linked to this person is in the Trash: restore it or delete it permanently first, so the erasure is complete.", te.Singular)
		}
		r, err := store.GetRecord(cl.ctx, tx, te, cl.actor, rbac.ActionUpdate, ref.ID, false)
		if apperr.CodeOf(err) == apperr.CodeNotFound {
			return s.core.deny(cl, actionErase, e.Singular, id, "a linked "+te.Singular+" is outside the caller's update scope")
		}
		if err != nil {
			return err
		}
		t := eraseTarget{te, r}
		targets = append(targets, t)
		if te.DataSubject {
			people = append(people, t)
		}
		return nil
	}
	if err := add(e, store.RecordRef{ID: first.ID}); err != nil {
		return nil, nil, err
	}
	// the same person as a lead and as the contact it became
	if e == contacts {
		refs, err := store.LinkedRecords(cl.ctx, tx, leads, "convertedContactId", "", id)
		if err != nil {
			return nil, nil, err
		}
		for _, r := range refs {
			if err := add(leads, r); err != nil {
				return nil, nil, err
			}
		}
	} else if cid, _ := first.Values["convertedContactId"].(string); cid != "" {
		if err := add(contacts, store.RecordRef{ID: cid}); err != nil {
			return nil, nil, err
		}
	}
	for _, p := range append([]eraseTarget(nil), people...) {
		for _, name := range []rbac.Entity{rbac.EntityActivities, rbac.EntityTasks} {
			te, _ := schema.Get(string(name))
			refs, err := store.LinkedRecords(cl.ctx, tx, te, "relatedId", string(p.e.Name), p.rec.ID)
			if err != nil {
				return nil, nil, err
			}
			for _, r := range refs {
				if err := add(te, r); err != nil {
					return nil, nil, err
				}
			}
		}
	}
	return targets, people, nil
}

// mergedDuplicates returns the records merged into any of people that are
// still in the Trash (a merged record restored by hand is a record of its
// own). Each must be deletable by the caller (else an audited refusal).
func (s *PrivacyService) mergedDuplicates(cl call, tx *store.Tx, people []eraseTarget) ([]eraseTarget, error) {
	var out []eraseTarget
	for _, p := range people {
		ids, err := store.MergedInto(cl.ctx, tx, string(p.e.Name), p.rec.ID)
		if err != nil {
			return nil, err
		}
		for _, id := range ids {
			r, err := store.GetRecord(cl.ctx, tx, p.e, cl.actor, rbac.ActionDelete, id, true)
			if apperr.Is(err, apperr.CodeNotFound) {
				if _, live := store.GetRecord(cl.ctx, tx, p.e, cl.actor, rbac.ActionRead, id, false); live == nil {
					continue // restored from the Trash: not part of this person any more
				}
				return nil, s.core.deny(cl, actionErase, p.e.Singular, p.rec.ID, "a duplicate merged into the person is outside the caller's delete scope")
			}
			if err != nil {
				return nil, err
			}
			out = append(out, eraseTarget{p.e, r})
		}
	}
	return out, nil
}

// purgeMerged deletes a merged duplicate from the Trash for good, with what
// imports and merges kept of it, audited ("<type>.purge").
func (s *PrivacyService) purgeMerged(cl call, tx *store.Tx, m eraseTarget) error {
	if err := store.PurgeRecord(cl.ctx, tx, m.e, cl.actor, m.rec.ID); err != nil {
		return err
	}
	if err := store.EraseImportItems(cl.ctx, tx, string(m.e.Name), m.rec.ID); err != nil {
		return err
	}
	if _, err := store.EraseImportFileNames(cl.ctx, tx, string(m.e.Name), m.rec.ID, personTerms(m.rec)); err != nil {
		return err
	}
	if err := store.EraseMerges(cl.ctx, tx, string(m.e.Name), m.rec.ID); err != nil {
		return err
	}
	en := s.core.recordEntry(cl, m.e, "purge", m.rec)
	en.Reason = "erasure: a duplicate merged into the erased person"
	return store.AppendAudit(cl.ctx, tx, en)
}

// personTerms are what would identify a person in a file name: their
// names, email addresses and the addresses' local parts, as stored (the
// values before the erasure).
func personTerms(r model.RecordItem) []string {
	var out []string
	for _, k := range []string{"firstName", "lastName", "email", "email2"} {
		v, _ := r.Values[k].(string)
		if v == "" {
			continue
		}
		out = append(out, v)
		if local, _, ok := strings.Cut(v, "@"); ok && local != "" {
			out = append(out, local)
		}
	}
	return out
}
