package service

import (
	"context"
	"slices"

	"fieldvault/backend/audit"
	"fieldvault/backend/dedup"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// Scan finds the duplicates among every record of entity the caller may
// read, under the entity's rules: exact keys and fuzzy names within blocks
// (never every pair), grouped into connected sets, best groups first (at
// most model.MaxDuplicateGroups). It runs as job JobDuplicateScan outside
// the app's lock (progress; Cancel) and is audited ("duplicates.scan",
// the number of groups). Errors: CodeForbidden (audited) without
// data.import (it covers merging duplicates) or update scope on the entity;
// CodeInvalid for an entity without rules; CodeConflict when a scan runs
// or it was cancelled.
func (s *DuplicateService) Scan(entity string) (model.DuplicateScan, error) {
	out := model.DuplicateScan{Entity: entity, Groups: []model.DuplicateGroup{}}
	var e *schema.Entity
	var rules dedup.Rules
	j, err := s.core.startJob(&s.jobs, JobDuplicateScan, rbac.PermDataImport, "duplicates.scan", "duplicates", func(cl call, j *job) error {
		var err error
		if e, err = dedupEntity(entity); err != nil {
			return err
		}
		if cl.actor.Scope(e.Name, rbac.ActionUpdate) == rbac.ScopeNone {
			return s.core.deny(cl, "duplicates.scan", entity, "", "no update scope on "+entity)
		}
		rules, err = loadDedupRules(cl.ctx, cl.st.Reader(), entity)
		return err
	})
	if err != nil {
		return out, err
	}
	defer s.jobs.end(j)
	started := s.core.now()
	groups, titles, n, err := s.scan(j, e, rules)
	if err != nil {
		return out, j.failed(err)
	}
	out.Records, out.GroupCount = n, len(groups)
	slices.SortStableFunc(groups, func(a, b dedup.Group) int { return cmpScore(best(b).Score, best(a).Score) })
	for _, g := range groups[:min(len(groups), model.MaxDuplicateGroups)] {
		b := best(g)
		dg := model.DuplicateGroup{Score: b.Score, Reason: b.Reason, Size: len(g.IDs)}
		for _, id := range g.IDs[:min(len(g.IDs), model.MaxGroupRecords)] {
			dg.Records = append(dg.Records, model.DuplicateCandidate{ID: id, Title: titles[id].title, Subtitle: titles[id].sub})
		}
		out.Groups = append(out.Groups, dg)
	}
	out.DurationMs = s.core.now().Sub(started).Milliseconds()
	err = j.final(func(cl call) error {
		en := s.core.entry(cl.actor, audit.CatData, "duplicates.scan", "duplicates", entity, entity)
		en.Rows = int64(out.GroupCount)
		return cl.st.AuditWrite(cl.ctx, en)
	})
	return out, err
}

func cmpScore(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// best is a group's strongest match.
func best(g dedup.Group) dedup.Match {
	var b dedup.Match
	for _, m := range g.Pairs {
		if m.Score > b.Score {
			b = m
		}
	}
	return b
}

type scanTitle struct{ title, sub string }

// scan streams the entity's readable records from a pinned reader into
// dedup.Scan.
func (s *DuplicateService) scan(j *job, e *schema.Entity, rules dedup.Rules) ([]dedup.Group, map[string]scanTitle, int, error) {
	ctx, unpin, err := j.st.Pin(j.ctx)
	if err != nil {
		return nil, nil, 0, err
	}
	defer unpin()
	total, err := store.CountLive(ctx, j.st.Reader(), e, j.actor)
	if err != nil {
		return nil, nil, 0, err
	}
	lk := &importLookups{companyName: map[string]string{}, rules: rules}
	if e.Name == rbac.EntityContacts {
		companies, _ := schema.Get("companies")
		if err := store.ScanForMatching(ctx, j.st.Reader(), companies, j.actor, []string{"name"}, func(r *store.MatchRow) error {
			lk.companyName[r.ID] = r.Values[0]
			return nil
		}); err != nil {
			return nil, nil, 0, err
		}
	}
	type item struct {
		rec dedup.Record
	}
	ch := make(chan item, 1024)
	titles := make(map[string]scanTitle, total)
	fields := matchFields[string(e.Name)]
	readErr := make(chan error, 1)
	rctx, stop := context.WithCancel(ctx)
	defer stop()
	go func() {
		defer close(ch)
		readErr <- store.ScanForMatching(rctx, j.st.Reader(), e, j.actor, fields, func(r *store.MatchRow) error {
			v := make(map[string]any, len(fields))
			for i, f := range fields {
				v[f] = r.Values[i]
			}
			titles[r.ID] = scanTitle{e.Title(v), subtitleOf(e, v)}
			select {
			case ch <- item{lk.dedupRecord(e, r.ID, v)}:
				return nil
			case <-rctx.Done():
				return rctx.Err()
			}
		})
	}()
	n := 0
	next := func() (dedup.Record, bool, error) {
		it, ok := <-ch
		if !ok {
			return dedup.Record{}, false, <-readErr
		}
		n++
		return it.rec, true, nil
	}
	groups, err := dedup.Scan(ctx, rules, next, int(total), func(done, all int) bool {
		j.progress(int64(done), int64(all))
		return j.ctx.Err() == nil
	})
	stop()
	for range ch { // let the reader finish
	}
	if err != nil {
		return nil, nil, n, err
	}
	return groups, titles, n, nil
}
