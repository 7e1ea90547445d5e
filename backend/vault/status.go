package vault

import (
	"context"
	"time"

	"fieldvault/backend/model"
	"fieldvault/backend/store"
)

// Describe fills the unlocked facts of st from the open session. It returns
// CodeLocked when the store is not open.
func (s *Session) Describe(ctx context.Context, st *model.WorkspaceStatus) error {
	db := s.st
	if db == nil {
		return errLocked()
	}
	name, _, err := db.Meta(ctx, store.MetaName)
	if err != nil {
		return err
	}
	_, acked, err := db.Meta(ctx, store.MetaRecoveryAck)
	if err != nil {
		return err
	}
	version, err := db.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	pages, err := db.PageCount(ctx)
	if err != nil {
		return err
	}
	st.Unlocked, st.Name, st.RecoveryPending = true, name, !acked
	st.SchemaVersion, st.PageCount, st.Cipher = version, pages, s.kf.Cipher
	st.UnlockMethods, st.UnlockedBy = s.kf.Methods(), s.method
	return nil
}

// AcknowledgeRecovery records that the user confirmed saving the recovery key.
func (s *Session) AcknowledgeRecovery(ctx context.Context) error {
	if s.st == nil {
		return errLocked()
	}
	return s.st.Write(ctx, func(tx *store.Tx) error {
		now := s.v.now()
		return store.SetMeta(ctx, tx, store.MetaRecoveryAck, now.UTC().Format(time.RFC3339), now)
	})
}

// Check runs the full workspace check (see store.Check).
func (s *Session) Check(ctx context.Context) (model.CheckReport, error) {
	var rep model.CheckReport
	if s.st == nil {
		return rep, errLocked()
	}
	res, err := s.st.Check(ctx)
	if err != nil {
		return rep, err
	}
	var st model.WorkspaceStatus
	if err := s.Describe(ctx, &st); err != nil {
		return rep, err
	}
	return model.CheckReport{Name: st.Name, SchemaVersion: st.SchemaVersion, PageCount: res.PageCount,
		Cipher: st.Cipher, Integrity: res.Integrity}, nil
}
