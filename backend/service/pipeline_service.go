package service

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
)

// PipelineService is bound to the frontend: the deal pipeline's stages.
type PipelineService struct {
	core *Core
}

// NewPipelineService returns the service over core.
func NewPipelineService(core *Core) *PipelineService { return &PipelineService{core: core} }

// Stages returns the stages in order; any signed-in user may read them.
func (s *PipelineService) Stages() ([]model.Stage, error) {
	var out []model.Stage
	err := s.core.with("", "stage.list", "stage", "", func(cl call) error {
		var err error
		out, err = store.ListStages(cl.ctx, cl.st.Reader())
		return err
	})
	return out, err
}

// SaveStages replaces the pipeline with stages, in the given order (Order
// is renumbered 1..n); a stage with ID "" (or an ID that is not an
// existing stage's) is new and gets a fresh ID. Needs settings.manage
// (else audited CodeForbidden). CodeInvalid (Fields "stages.<i>.<field>")
// for no or over 30 stages, an empty or over-long name, a probability
// outside 0..100, a stage both won and lost; CodeConflict for duplicate
// names or removing a stage deals still use. Audited as stage.save.
func (s *PipelineService) SaveStages(stages []model.Stage) ([]model.Stage, error) {
	var out []model.Stage
	err := s.core.with(rbac.PermSettingsManage, "stage.save", "stage", "", func(cl call) error {
		if err := validateStages(stages); err != nil {
			return err
		}
		var clean []model.Stage
		err := cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			before, err := store.ListStages(cl.ctx, tx)
			if err != nil {
				return err
			}
			clean = cleanStages(stages, before)
			if err := store.ReplaceStages(cl.ctx, tx, clean); err != nil {
				return err
			}
			e := s.core.entry(cl.actor, audit.CatConfig, "stage.save", "stage", "", "Pipeline stages")
			e.Changes = audit.Diff(stageSummary(before), stageSummary(clean), nil, nil)
			return store.AppendAudit(cl.ctx, tx, e)
		})
		if err != nil {
			return err
		}
		out, err = store.ListStages(cl.ctx, cl.st.Reader())
		return err
	})
	return out, err
}

// cleanStages trims names and numbers the stages in order. An ID that is
// not one of the existing stages (or repeats an earlier one) is replaced
// by a fresh one: a client chooses which stage it changes, never the ID
// of a new one.
func cleanStages(stages, existing []model.Stage) []model.Stage {
	known := make(map[string]bool, len(existing))
	for _, s := range existing {
		known[s.ID] = true
	}
	clean := make([]model.Stage, len(stages))
	for i, st := range stages {
		st.Name, st.Order = strings.TrimSpace(st.Name), i+1
		if !known[st.ID] {
			st.ID = store.NewID()
		}
		known[st.ID] = false
		clean[i] = st
	}
	return clean
}

func stageSummary(stages []model.Stage) map[string]any {
	out := map[string]any{}
	for _, s := range stages {
		out[s.ID] = map[string]any{"name": s.Name, "probability": s.Probability, "order": s.Order, "won": s.Won, "lost": s.Lost}
	}
	return out
}

func validateStages(stages []model.Stage) error {
	bad := map[string]string{}
	if len(stages) == 0 || len(stages) > 30 {
		bad["stages"] = "Keep 1 to 30 stages."
	}
	for i, st := range stages {
		key := "stages." + itoa(i) + "."
		n := strings.TrimSpace(st.Name)
		if n == "" || utf8.RuneCountInString(n) > 60 || strings.IndexFunc(n, unicode.IsControl) >= 0 {
			bad[key+"name"] = "Enter a name of at most 60 characters."
		}
		if st.Probability < 0 || st.Probability > 100 {
			bad[key+"probability"] = "Use 0 to 100."
		}
		if st.Won && st.Lost {
			bad[key+"won"] = "A stage cannot be both won and lost."
		}
		if len(st.ID) > 64 {
			bad[key+"id"] = "Not a stage id."
		}
	}
	if len(bad) > 0 {
		return apperr.Invalid("Some stages need attention.", bad)
	}
	return nil
}
