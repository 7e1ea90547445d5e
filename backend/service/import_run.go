package service

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"time"

	"fieldvault/backend/apperr"
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

// Run imports the file as one batch: rows are handled in chunks of 2,000,
// each chunk one transaction in which every created or updated record is
// written, indexed and remembered for Revert; an updated record is audited
// with its values (reason "import <batch>"), the records a chunk created
// together (createdInChunk.audit). Invalid rows, duplicates and rows
// outside the caller's scope are skipped and reported; they never stop
// the import. Progress events
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
