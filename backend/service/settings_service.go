package service

import (
	"slices"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
)

// SettingsService is bound to the frontend: Admin → Security settings.
// Both methods need settings.manage.
type SettingsService struct {
	core *Core
}

// NewSettingsService returns the service over core.
func NewSettingsService(core *Core) *SettingsService { return &SettingsService{core: core} }

// Security returns the sign-in rules and whether this device remembers the key.
func (s *SettingsService) Security() (model.SecuritySettings, error) {
	var out model.SecuritySettings
	err := s.core.with(rbac.PermSettingsManage, "settings.view", "settings", "security", func(cl call) error {
		var err error
		out, err = cl.st.SecuritySettings(cl.ctx)
		out.RememberOnDevice = slices.Contains(s.core.session.Methods(), model.UnlockKeychain)
		return err
	})
	return out, err
}

// UpdateSecurity stores the sign-in rules (idle 1–480 min, lockout 3–20
// failures; CodeInvalid otherwise) and turns "remember on this device" on or
// off (off needs a passphrase: CodeConflict). Audited with before/after.
func (s *SettingsService) UpdateSecurity(in model.SecuritySettings) (model.SecuritySettings, error) {
	var out model.SecuritySettings
	err := s.core.with(rbac.PermSettingsManage, "settings.update", "settings", "security", func(cl call) error {
		fields := map[string]string{}
		if in.IdleTimeoutMinutes < 1 || in.IdleTimeoutMinutes > 480 {
			fields["idleTimeoutMinutes"] = "Choose between 1 and 480 minutes."
		}
		if in.LockoutThreshold < 3 || in.LockoutThreshold > 20 {
			fields["lockoutThreshold"] = "Choose between 3 and 20 attempts."
		}
		if len(fields) > 0 {
			return apperr.Invalid("Some settings need attention.", fields)
		}
		before, err := cl.st.SecuritySettings(cl.ctx)
		if err != nil {
			return err
		}
		remembered := slices.Contains(s.core.session.Methods(), model.UnlockKeychain)
		if before.IdleTimeoutMinutes != in.IdleTimeoutMinutes || before.LockoutThreshold != in.LockoutThreshold {
			err = cl.st.Write(cl.ctx, func(tx *store.Tx) error {
				if err := store.SetSecuritySettings(cl.ctx, tx, in, s.core.now()); err != nil {
					return err
				}
				e := s.core.entry(cl.actor, audit.CatSecurity, "settings.security.change", "settings", "security", "Security settings")
				e.Changes = audit.Diff(settingsFields(before), settingsFields(in), nil, nil)
				return store.AppendAudit(cl.ctx, tx, e)
			})
			if err != nil {
				return err
			}
		}
		out = in
		if in.RememberOnDevice == remembered {
			return nil
		}
		// The key file changes after the settings committed, audited on its own
		// with its outcome, so a keychain failure leaves a true record.
		action := "key.keychain.disable"
		if in.RememberOnDevice {
			action = "key.keychain.enable"
		}
		kerr := s.core.session.SetKeychain(in.RememberOnDevice)
		e := s.core.entry(cl.actor, audit.CatKey, action, "workspace", "", "")
		if kerr != nil {
			e.Outcome, e.Reason = audit.OutcomeFailed, string(apperr.CodeOf(kerr))
			out.RememberOnDevice = remembered
		}
		if aerr := cl.st.AuditWrite(cl.ctx, e); aerr != nil && kerr == nil {
			return aerr
		}
		return kerr
	})
	return out, err
}

func settingsFields(s model.SecuritySettings) map[string]any {
	return map[string]any{"idleTimeoutMinutes": s.IdleTimeoutMinutes, "lockoutThreshold": s.LockoutThreshold}
}
