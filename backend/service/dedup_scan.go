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
	groups, count, n, err := s.scan(j, e, rules)
	if err != nil {
		return out, j.failed(err)
	}
	out.Groups, out.GroupCount, out.Records = groups, count, n
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

// scanBatch is how many records travel together from the store reader to
// the scan.
const scanBatch = 512

// scan streams the entity's readable records from a pinned reader into
// dedup.Scan and returns the best groups (at most
// model.MaxDuplicateGroups, strongest match first, each with at most
// model.MaxGroupRecords records and their titles), how many groups there
// are, and how many records were read. Titles are read afterwards for the
// records shown only, in the same read transaction (one snapshot): a
// million titles would cost more than the scan.
func (s *DuplicateService) scan(j *job, e *schema.Entity, rules dedup.Rules) (groups []model.DuplicateGroup, count, n int, err error) {
	ctx, unpin, err := j.st.Pin(j.ctx)
	if err != nil {
		return nil, 0, 0, err
	}
	defer unpin()
	err = j.st.Read(ctx, func(tx *store.Tx) error {
		var err error
		groups, count, n, err = s.scanIn(ctx, tx, j, e, rules)
		return err
	})
	return groups, count, n, err
}

// scanIn is scan inside one read transaction: the records, the companies'
// names and the titles shown all come from one snapshot.
func (s *DuplicateService) scanIn(ctx context.Context, q store.Querier, j *job, e *schema.Entity, rules dedup.Rules) ([]model.DuplicateGroup, int, int, error) {
	total, err := store.CountLive(ctx, q, e, j.actor)
	if err != nil {
		return nil, 0, 0, err
	}
	lk := &importLookups{companyName: map[string]string{}, rules: rules}
	if e.Name == rbac.EntityContacts {
		companies, _ := schema.Get("companies")
		if err := store.ScanForMatching(ctx, q, companies, j.actor, []string{"name"}, func(r *store.MatchRow) error {
			lk.companyName[r.ID] = r.Values[0]
			return nil
		}); err != nil {
			return nil, 0, 0, err
		}
	}
	ch := make(chan []dedup.Record, 4)
	fields := matchFields[string(e.Name)]
	readErr := make(chan error, 1)
	rctx, stop := context.WithCancel(ctx)
	defer stop()
	go func() {
		defer close(ch)
		v := make(map[string]any, len(fields))
		batch := make([]dedup.Record, 0, scanBatch)
		send := func() bool {
			select {
			case ch <- batch:
				batch = make([]dedup.Record, 0, scanBatch)
				return true
			case <-rctx.Done():
				return false
			}
		}
		err := store.ScanForMatching(rctx, q, e, j.actor, fields, func(r *store.MatchRow) error {
			for i, f := range fields {
				v[f] = r.Values[i]
			}
			if batch = append(batch, lk.dedupRecord(e, r.ID, v)); len(batch) == scanBatch && !send() {
				return rctx.Err()
			}
			return nil
		})
		if err == nil && len(batch) > 0 && !send() {
			err = rctx.Err()
		}
		readErr <- err
	}()
	n := 0
	var cur []dedup.Record
	next := func() (dedup.Record, bool, error) {
		for len(cur) == 0 {
			b, ok := <-ch
			if !ok {
				return dedup.Record{}, false, <-readErr
			}
			cur = b
		}
		rec := cur[0]
		cur = cur[1:]
		n++
		return rec, true, nil
	}
	groups, err := dedup.Scan(ctx, rules, next, int(total), func(done, all int) bool {
		j.progress(int64(done), int64(all))
		return j.ctx.Err() == nil
	})
	stop()
	for range ch { // let the reader finish
	}
	if err != nil {
		return nil, 0, n, err
	}
	slices.SortStableFunc(groups, func(a, b dedup.Group) int { return cmpScore(b.Best.Score, a.Best.Score) })
	count := len(groups)
	groups = groups[:min(count, model.MaxDuplicateGroups)]
	var shown []string
	for _, g := range groups {
		shown = append(shown, g.IDs[:min(len(g.IDs), model.MaxGroupRecords)]...)
	}
	type title struct{ title, sub string }
	titles := make(map[string]title, len(shown))
	if err := store.ScanForMatchingIDs(ctx, q, e, j.actor, fields, shown, func(r *store.MatchRow) error {
		v := make(map[string]any, len(fields))
		for i, f := range fields {
			v[f] = r.Values[i]
		}
		titles[r.ID] = title{e.Title(v), subtitleOf(e, v)}
		return nil
	}); err != nil {
		return nil, 0, n, err
	}
	out := make([]model.DuplicateGroup, 0, len(groups))
	for _, g := range groups {
		dg := model.DuplicateGroup{Score: g.Best.Score, Reason: g.Best.Reason, Size: len(g.IDs)}
		for _, id := range g.IDs[:min(len(g.IDs), model.MaxGroupRecords)] {
			dg.Records = append(dg.Records, model.DuplicateCandidate{ID: id, Title: titles[id].title, Subtitle: titles[id].sub})
		}
		out = append(out, dg)
	}
	return out, count, n, nil
}
