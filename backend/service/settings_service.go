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
		before.RememberOnDevice = slices.Contains(s.core.session.Methods(), model.UnlockKeychain)
		if in.RememberOnDevice != before.RememberOnDevice {
			if err := s.core.session.SetKeychain(in.RememberOnDevice); err != nil {
				return err
			}
		}
		err = cl.st.Write(cl.ctx, func(tx *store.Tx) error {
			if err := store.SetSecuritySettings(cl.ctx, tx, in, s.core.now()); err != nil {
				return err
			}
			e := s.core.entry(cl.actor, audit.CatSecurity, "settings.security.change", "settings", "security", "Security settings")
			e.Changes = audit.Diff(settingsFields(before), settingsFields(in), nil, nil)
			return store.AppendAudit(cl.ctx, tx, e)
		})
		out = in
		return err
	})
	return out, err
}

func settingsFields(s model.SecuritySettings) map[string]any {
	return map[string]any{"idleTimeoutMinutes": s.IdleTimeoutMinutes, "lockoutThreshold": s.LockoutThreshold,
		"rememberOnDevice": s.RememberOnDevice}
}
