package service

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/dedup"
	"fieldvault/backend/importfile"
	"fieldvault/backend/importmap"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
)

// importChunk is how many rows are checked (and, importing, written in one
// transaction) per hold of the app's lock.
const importChunk = 2000

// maxKeptProblems bounds the problem lines kept for the report (in
// memory, up to keptReports per user).
const maxKeptProblems = 50_000

// importRunHook, when set (tests only), runs after each chunk.
var importRunHook func(rows int)

// importRunner is one dry run or import in progress.
type importRunner struct {
	s       *ImportService
	j       *job
	req     model.ImportRequest
	e       *schema.Entity
	actor   rbac.Actor
	dry     bool
	header  []string
	mapped  map[string]int // field → column
	opts    importmap.Options
	lk      *importLookups
	batchID string
	runID   string
	retryOf string
	retry   string // what a retry of this import needs (importRetry as JSON)
	fileSum string // SHA-256 of the file, hex (imports only)
	started time.Time
	seq     int64          // items written so far
	created createdInChunk // records the chunk being written created
	refused int            // rows refused by the caller's scope
	// seen maps the match keys of earlier rows to their line
	seen     map[string]int
	counts   model.ImportCounts
	problems []model.ImportProblem
	total    int // problems, including those not kept
	// newCompanies maps a normalized company name to be created to its id
	// (import) or to "" (dry run).
	newCompanies map[string]string
}

// DryRun checks every row of the file as Run would — converted, validated,
// matched with existing records and earlier rows, checked for duplicates,
// checked against the caller's scope — and writes nothing. It runs as job
// JobImport (progress; Cancel). The result's ID names its report for
// SaveReport. Errors as Run's.
func (s *ImportService) DryRun(req model.ImportRequest) (model.ImportResult, error) {
	return s.execute(req, true, "")
}

// Run imports the file as one batch: rows are handled in chunks of 1,000,
// each chunk one transaction in which every created or updated record is
// written, indexed and audited (reason "import <batch>") and remembered
// for Revert. Invalid rows, duplicates and rows outside the caller's scope
// are skipped and reported; they never stop the import. Progress events
// follow the bytes read; Cancel stops after the current chunk (the result
// has status "cancelled", what was written stays and can be reverted). The
// run is audited ("import.run", counts) and logged in the integration log.
//
// Errors: CodeForbidden (audited) without data.import, or without create
// (create, upsert) or update (update, upsert) scope on the entity;
// CodeInvalid naming "entity", "path", "mode", "matchKey" or "mapping"; a
// file that cannot be read; CodeConflict when an import of the caller runs;
// CodeLocked / CodeUnauthenticated when the workspace was locked or the
// user signed out meanwhile.
func (s *ImportService) Run(req model.ImportRequest) (model.ImportResult, error) {
	return s.execute(req, false, "")
}

// execute runs a dry run or import; retryOf names the integration run an
// import retries ("" for none).
func (s *ImportService) execute(req model.ImportRequest, dry bool, retryOf string) (model.ImportResult, error) {
	action := "import.run"
	if dry {
		action = "import.dryrun"
	}
	ir := &importRunner{s: s, req: req, dry: dry, retryOf: retryOf, seen: map[string]int{}, newCompanies: map[string]string{},
		started: s.core.now(), opts: importmap.Options{Decimal: req.Decimal, DateOrder: req.DateOrder, Location: time.Local}}
	j, err := s.core.startJob(&s.jobs, JobImport, rbac.PermDataImport, action, "import", func(cl call, j *job) error {
		if err := ir.prepare(cl, action); err != nil {
			return err
		}
		if retryOf != "" {
			return nil // the same principal's own earlier file, checked by its hash
		}
		return s.core.mayOpen(req.Path)
	})
	if err != nil {
		return model.ImportResult{}, err
	}
	defer s.jobs.end(j)
	ir.j = j
	// the file is opened, checked and hashed outside the app's lock
	file, err := openImportFile(req)
	if err != nil {
		return model.ImportResult{}, err
	}
	defer file.Close()
	ir.header = file.Header()
	if err := ir.checkMapping(); err != nil {
		return model.ImportResult{}, err
	}
	if !dry {
		ir.fileSum = fileSHA256(req.Path)
		if err := j.do(func(cl call) error { return ir.begin(cl, file) }); err != nil {
			return model.ImportResult{}, j.failed(err)
		}
	}
	runErr := ir.run(file)
	return ir.finish(runErr)
}

// prepare checks the request and the caller's scope.
func (ir *importRunner) prepare(cl call, action string) error {
	req := &ir.req
	e, err := importEntity(req.Entity)
	if err != nil {
		return err
	}
	ir.e, ir.actor = e, cl.actor
	switch req.Mode {
	case model.ImportCreate, model.ImportUpdate, model.ImportUpsert:
	default:
		return apperr.Invalid("Choose create, update or both.", map[string]string{"mode": "unknown mode"})
	}
	if req.Mode != model.ImportUpdate && cl.actor.Scope(e.Name, rbac.ActionCreate) == rbac.ScopeNone {
		return ir.s.core.deny(cl, action, "import", "", "no create scope on "+string(e.Name))
	}
	if req.Mode != model.ImportCreate && cl.actor.Scope(e.Name, rbac.ActionUpdate) == rbac.ScopeNone {
		return ir.s.core.deny(cl, action, "import", "", "no update scope on "+string(e.Name))
	}
	switch req.MatchKey {
	case model.MatchNone:
		if req.Mode != model.ImportCreate {
			return apperr.Invalid("Choose how rows find the records they update.", map[string]string{"matchKey": "required to update"})
		}
	case model.MatchEmail, model.MatchPhone:
		if e.Name == rbac.EntityDeals || (req.MatchKey == model.MatchEmail && e.Name == rbac.EntityCompanies) {
			return apperr.Invalid("These records cannot be matched that way.", map[string]string{"matchKey": "not for this record type"})
		}
	case model.MatchExternalID, model.MatchNameCompany:
	default:
		return apperr.Invalid("Unknown match key.", map[string]string{"matchKey": "unknown"})
	}
	return nil
}

// checkMapping validates the mapping against the header and entity.
func (ir *importRunner) checkMapping() error {
	bad := func(msg string) error { return apperr.Invalid(msg, map[string]string{"mapping": msg}) }
	if len(ir.req.Mapping) > len(ir.header) || len(ir.req.Mapping) > importfile.DefaultMaxColumns {
		return bad("The mapping has more entries than the file has columns.")
	}
	valid := map[string]bool{}
	for _, t := range importmap.Targets(ir.e) {
		valid[t] = true
	}
	ir.mapped = map[string]int{}
	for _, m := range ir.req.Mapping {
		if m.Field == "" {
			continue
		}
		if m.Column < 0 || m.Column >= len(ir.header) {
			return bad("The mapping names a column the file does not have.")
		}
		if !valid[m.Field] {
			return bad("The mapping names a field that cannot be imported: " + m.Field + ".")
		}
		if _, dup := ir.mapped[m.Field]; dup {
			return bad("Two columns are mapped to the same field.")
		}
		ir.mapped[m.Field] = m.Column
	}
	if len(ir.mapped) == 0 {
		return bad("Map at least one column to a field.")
	}
	if ir.req.Mode != model.ImportUpdate {
		for _, f := range ir.e.Fields {
			_, ok := ir.mapped[f.Name]
			_, full := ir.mapped[importmap.FieldFullName]
			if f.Required && !ok && !(full && (f.Name == "lastName" || f.Name == "firstName")) {
				return bad("Map a column to " + f.Label + ": new records need it.")
			}
		}
	}
	need := map[string][]string{model.MatchEmail: {"email"}, model.MatchExternalID: {"externalId"}, model.MatchPhone: {"phone"}}
	need[model.MatchNameCompany] = []string{ir.e.TitleFields[len(ir.e.TitleFields)-1]}
	for _, f := range need[ir.req.MatchKey] {
		_, ok := ir.mapped[f]
		_, full := ir.mapped[importmap.FieldFullName]
		if !ok && !(full && f == "lastName") {
			return bad("Map the column the rows are matched on.")
		}
	}
	return nil
}

// begin records the batch and the integration run (import only).
func (ir *importRunner) begin(cl call, file *importfile.Reader) error {
	ir.batchID, ir.runID = store.NewID(), store.NewID()
	opts, _ := json.Marshal(ir.req)
	sum := ir.fileSum
	ir.retry = retryOf(ir.req, sum)
	return cl.st.Write(cl.ctx, func(tx *store.Tx) error {
		if err := store.InsertImportBatch(cl.ctx, tx, store.ImportBatch{ID: ir.batchID, Entity: string(ir.e.Name),
			FileName: filepath.Base(ir.req.Path), FileSHA256: sum, Options: string(opts), CreatedBy: cl.actor.UserID,
			CreatedAt: ir.started}); err != nil {
			return err
		}
		return store.StartIntegrationRun(cl.ctx, tx, store.IntegrationRun{IntegrationRun: model.IntegrationRun{ID: ir.runID,
			Kind: model.RunImport, Name: "Import " + ir.e.Def.LabelPlural + " from " + filepath.Base(ir.req.Path),
			PrincipalID: cl.actor.UserID, PrincipalName: cl.actor.Username, Source: ir.req.Path, Target: string(ir.e.Name),
			RetryOf: ir.retryOf}, Retry: ir.retry, Started: ir.started})
	})
}

// fileSHA256 hashes the file (for the batch record); "" when unreadable.
func fileSHA256(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
}

// run loads the lookups outside the lock and handles the rows chunk by chunk.
func (ir *importRunner) run(file *importfile.Reader) error {
	j := ir.j
	ctx, unpin, err := j.st.Pin(j.ctx)
	if err != nil {
		return err
	}
	rules, err := ir.rules(ctx)
	if err == nil {
		ir.lk, err = loadLookups(ctx, j.st.Reader(), ir.e, ir.actor, ir.req.MatchKey, rules)
	}
	unpin()
	if err != nil {
		return err
	}
	j.progress(0, file.Size())
	if !ir.dry {
		var restore func()
		if err := j.do(func(cl call) error {
			var err error
			restore, err = cl.st.BulkWrites(cl.ctx)
			return err
		}); err != nil {
			return err
		}
		defer func() { _ = j.final(func(call) error { restore(); return nil }) }()
	}
	return ir.pipeline(file)
}

// readChunk is a chunk of classified rows and how far the file was read.
type readChunk struct {
	rows []*importRow
	read int64
	err  error
}

// pipeline reads, converts and classifies rows on one goroutine (what
// only it touches: the lookups, the duplicate index, the keys seen) while
// this one checks or writes the previous chunk (SQLite's single writer),
// so the CPU work of the file overlaps the store's.
func (ir *importRunner) pipeline(file *importfile.Reader) error {
	j := ir.j
	chunks := make(chan readChunk, 2)
	stop := make(chan struct{})
	defer func() { // the reader must be gone before the file closes
		close(stop)
		for range chunks {
		}
	}()
	go func() {
		defer close(chunks)
		send := func(c readChunk) bool {
			select {
			case chunks <- c:
				return true
			case <-stop:
				return false
			}
		}
		rows := make([]*importRow, 0, importChunk)
		for {
			if j.ctx.Err() != nil {
				send(readChunk{err: errCancelled})
				return
			}
			row, err := file.Next()
			if err == io.EOF {
				send(readChunk{rows: rows, read: file.Size()})
				return
			}
			if err != nil {
				send(readChunk{err: err})
				return
			}
			rows = append(rows, ir.classify(ir.convertRow(row)))
			if len(rows) == importChunk {
				if !send(readChunk{rows: rows, read: file.BytesRead()}) {
					return
				}
				rows = make([]*importRow, 0, importChunk)
			}
		}
	}()
	for c := range chunks {
		if c.err != nil {
			return c.err
		}
		if err := ir.flush(c.rows); err != nil {
			return err
		}
		j.progress(c.read, file.Size())
	}
	return nil
}

// rules returns the entity's duplicate rules (the defaults when none are set).
func (ir *importRunner) rules(ctx context.Context) (dedup.Rules, error) {
	return loadDedupRules(ctx, ir.j.st.Reader(), string(ir.e.Name))
}

// classify matches a converted row with existing records and earlier rows
// and decides its outcome before the chunk checks scope and writes.
func (ir *importRunner) classify(r *importRow) *importRow {
	if r.outcome == model.RowInvalid {
		return r
	}
	keys := ir.lk.keys(ir.e, ir.req.MatchKey, r.values)
	for _, k := range keys {
		if line, ok := ir.seen[k]; ok {
			r.outcome = model.RowDuplicate
			r.problems = append(r.problems, model.ImportProblem{Row: r.line, Column: ir.matchColumn(), Value: clip(keyValue([]string{k}), 200),
				Reason: fmt.Sprintf("Repeats row %d.", line), Outcome: model.RowDuplicate})
			return r
		}
		if id, ok := ir.lk.byKey[k]; ok && r.matchID == "" {
			r.matchID = id
		}
	}
	for _, k := range keys {
		ir.seen[k] = r.line
	}
	switch {
	case r.matchID != "" && ir.req.Mode == model.ImportCreate:
		r.outcome = model.RowDuplicate
		r.problems = append(r.problems, model.ImportProblem{Row: r.line, Column: ir.matchColumn(), Value: clip(keyValue(keys), 200),
			Reason:  "A record with this " + ir.matchLabel() + " exists.",
			Outcome: model.RowDuplicate, MatchID: r.matchID, MatchTitle: ir.lk.titles[r.matchID]})
		return r
	case r.matchID != "":
		r.outcome = model.RowUpdate
	case ir.req.Mode == model.ImportUpdate:
		r.outcome = model.RowSkipped
		return r
	default:
		r.outcome = model.RowNew
	}
	if r.outcome == model.RowNew {
		if r.norm = ir.checkValues(r, true); r.norm == nil {
			return r
		}
	}
	if r.outcome == model.RowNew && ir.lk.dups != nil {
		rec := ir.lk.dedupRecord(ir.e, fmt.Sprintf("row:%d", r.line), r.values)
		if rec.Company == "" && r.company != "" {
			rec.Company = r.company
		}
		if m := ir.lk.dups.Find(rec, 1); len(m) > 0 {
			other := m[0].A
			if other == rec.ID {
				other = m[0].B
			}
			p := model.ImportProblem{Row: r.line, Reason: fmt.Sprintf("Likely duplicate of %s (%s, %.0f%%).", ir.describe(other), m[0].Reason, m[0].Score*100),
				Outcome: model.RowNew}
			if !strings.HasPrefix(other, "row:") {
				p.MatchID, p.MatchTitle = other, ir.lk.titles[other]
			}
			if ir.req.SkipDuplicates {
				p.Outcome, r.outcome = model.RowDuplicate, model.RowDuplicate
			}
			r.problems = append(r.problems, p)
			if r.outcome == model.RowDuplicate {
				return r
			}
		}
		ir.lk.dups.Add(rec)
	}
	return r
}

// describe names a duplicate's other side for a problem line.
func (ir *importRunner) describe(id string) string {
	if strings.HasPrefix(id, "row:") {
		return "row " + strings.TrimPrefix(id, "row:")
	}
	if t := ir.lk.titles[id]; t != "" {
		return t
	}
	return "an existing record"
}

func (ir *importRunner) matchColumn() string {
	field := map[string]string{model.MatchEmail: "email", model.MatchExternalID: "externalId", model.MatchPhone: "phone",
		model.MatchNameCompany: ir.e.TitleFields[len(ir.e.TitleFields)-1]}[ir.req.MatchKey]
	if col, ok := ir.mapped[field]; ok {
		return ir.header[col]
	}
	return ""
}

func (ir *importRunner) matchLabel() string {
	switch ir.req.MatchKey {
	case model.MatchEmail:
		return "email"
	case model.MatchExternalID:
		return "external ID"
	case model.MatchPhone:
		return "phone number"
	}
	return "name"
}

// flush checks (dry run) or writes (import) a chunk and tallies it.
func (ir *importRunner) flush(chunk []*importRow) error {
	if len(chunk) == 0 {
		return nil
	}
	err := ir.j.do(func(cl call) error {
		if ir.dry {
			return ir.checkChunk(cl, chunk)
		}
		return ir.writeChunk(cl, chunk)
	})
	if err != nil {
		return err
	}
	for _, r := range chunk {
		ir.tally(r)
	}
	if importRunHook != nil {
		importRunHook(ir.counts.Rows)
	}
	return nil
}

// tally counts a finished row and keeps its problems.
func (ir *importRunner) tally(r *importRow) {
	c := &ir.counts
	c.Rows++
	switch r.outcome {
	case model.RowNew:
		c.New++
	case model.RowUpdate:
		c.Update++
	case model.RowUnchanged:
		c.Unchanged++
	case model.RowDuplicate:
		c.Duplicate++
	case model.RowSkipped:
		c.Skipped++
	default:
		c.Invalid++
	}
	for _, p := range r.problems {
		ir.total++
		if len(ir.problems) < maxKeptProblems {
			ir.problems = append(ir.problems, p)
		}
	}
}

// finish records how the run ended and builds the result.
func (ir *importRunner) finish(runErr error) (model.ImportResult, error) {
	runErr = ir.j.failed(runErr)
	res := model.ImportResult{DryRun: ir.dry, Entity: string(ir.e.Name), Counts: ir.counts, Status: "done",
		DurationMs: ir.s.core.now().Sub(ir.started).Milliseconds(), ProblemsTotal: ir.total}
	res.Counts.CompaniesCreated = len(ir.newCompanies)
	switch {
	case runErr == nil:
	case errors.Is(runErr, errCancelled) || apperr.CodeOf(runErr) == apperr.CodeConflict && runErr.Error() == errCancelled.Error():
		res.Status, res.Message = "cancelled", "Cancelled."
	default:
		res.Status, res.Message = "failed", apperr.ToPayload(runErr).Message
	}
	if !ir.dry {
		res.ID = ir.batchID
		if err := ir.record(res); err != nil && runErr == nil {
			runErr = err
		}
	} else {
		res.ID = store.NewID()
		if res.Status == "done" {
			_ = ir.j.final(func(cl call) error { // best effort: the dry run itself changed nothing
				en := ir.s.core.entry(cl.actor, audit.CatImport, "import.dryrun", "import", res.ID, filepath.Base(ir.req.Path))
				en.Reason = ir.summary(res)
				return cl.st.AuditWrite(cl.ctx, en)
			})
		}
	}
	// kept only while the session lasts (a lock meanwhile forgot the others)
	_ = ir.j.final(func(call) error {
		ir.s.keepReport(ir.actor.UserID, res.ID, ir)
		return nil
	})
	res.Problems = ir.problems[:min(len(ir.problems), model.MaxImportProblems)]
	if res.Status == "failed" && ir.dry {
		return model.ImportResult{}, runErr
	}
	if res.Status == "cancelled" && ir.dry {
		return model.ImportResult{}, errCancelled
	}
	return res, nil
}

// record finishes the batch and integration run and audits the import.
func (ir *importRunner) record(res model.ImportResult) error {
	return ir.j.final(func(cl call) error {
		return cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			now := ir.s.core.now()
			if err := store.FinishImportBatch(cl.ctx, tx, ir.batchID, res.Counts, res.Status, res.Message, now); err != nil {
				return err
			}
			outcome := model.OutcomeSucceeded
			switch {
			case res.Status == "cancelled":
				outcome = model.OutcomeCancelled
			case res.Status == "failed":
				outcome = model.OutcomeFailed
			case res.Counts.Invalid > 0 || res.Counts.Duplicate > 0:
				outcome = model.OutcomeWarnings
			}
			counts := map[string]int{"rows": res.Counts.Rows, "new": res.Counts.New, "updated": res.Counts.Update,
				"unchanged": res.Counts.Unchanged, "duplicates": res.Counts.Duplicate, "skipped": res.Counts.Skipped,
				"invalid": res.Counts.Invalid, "companiesCreated": res.Counts.CompaniesCreated}
			retry := ""
			if outcome == model.OutcomeFailed || outcome == model.OutcomeCancelled {
				retry = ir.retry
			}
			if err := store.FinishIntegrationRun(cl.ctx, tx, store.IntegrationRun{IntegrationRun: model.IntegrationRun{ID: ir.runID,
				Counts: counts, Warnings: res.Counts.Duplicate + res.Counts.Skipped, Errors: res.Counts.Invalid, Outcome: outcome,
				Message: res.Message}, Retry: retry, Started: ir.started, Finished: now}); err != nil {
				return err
			}
			if ir.retryOf != "" && res.Status == "done" { // retried successfully: the old run is settled
				if err := store.ClearRetry(cl.ctx, tx, ir.retryOf); err != nil {
					return err
				}
			}
			en := ir.s.core.entry(cl.actor, audit.CatImport, "import.run", "import", ir.batchID, filepath.Base(ir.req.Path))
			en.Rows = int64(res.Counts.New + res.Counts.Update)
			en.Reason = ir.summary(res)
			return store.AppendAudit(cl.ctx, tx, en)
		})
	})
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// keyValue is the value part of the first match key ("e:ann@x" → "ann@x").
func keyValue(keys []string) string {
	if len(keys) == 0 {
		return ""
	}
	_, v, _ := strings.Cut(keys[0], ":")
	return v
}

// importRetry is what the integration log keeps to retry a failed import:
// the request and the file's SHA-256 (a retry refuses a changed file).
type importRetry struct {
	Request model.ImportRequest `json:"request"`
	SHA256  string              `json:"sha256"`
}

func retryOf(req model.ImportRequest, sum string) string {
	b, _ := json.Marshal(importRetry{Request: req, SHA256: sum})
	return string(b)
}

// summary is a run's audit reason: file, entity, mode, key and counts
// (never a cell value).
func (ir *importRunner) summary(res model.ImportResult) string {
	c := res.Counts
	return fmt.Sprintf("%s into %s (%s, match %s): %d rows, %d new, %d updated, %d duplicates, %d invalid (%d refused by scope); %s",
		filepath.Base(ir.req.Path), ir.e.Name, ir.req.Mode, orNone(ir.req.MatchKey), c.Rows, c.New, c.Update, c.Duplicate,
		c.Invalid, ir.refused, res.Status)
}
