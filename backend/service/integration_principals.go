package service

import (
	"encoding/base32"

	"fieldvault/backend/apperr"
	"fieldvault/backend/crypto"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/store"
)

// newToken returns a random integration token: "fvi_" and 32 random bytes
// in base32 (no padding).
func newToken() string {
	return "fvi_" + base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(crypto.RandomKey())
}

// Principals lists the integration principals (users.manage).
func (s *IntegrationService) Principals() ([]model.User, error) {
	out := []model.User{}
	err := s.core.with(rbac.PermUsersManage, "integration.principals", "user", "", func(cl call) error {
		users, err := store.ListUsers(cl.ctx, cl.st.Reader())
		for _, u := range users {
			if u.Kind == model.UserIntegration {
				out = append(out, u)
			}
		}
		return err
	})
	return out, err
}

// CreatePrincipal adds an integration principal — an account for a script
// (e.g. "Webform CSV drop") with its own role and teams, so what it may
// read or write is limited like a user's and audited under its name — and
// returns its token, once. The token unlocks the workspace and signs the
// principal in on the command line (--user NAME with the token in
// $FIELDVAULT_TOKEN); the window refuses it. Audited ("user.create", kind integration).
// Errors as UserService.Create's (users.manage; a role the administrator
// may grant; a free user name).
func (s *IntegrationService) CreatePrincipal(in model.NewIntegrationPrincipal) (model.PrincipalToken, error) {
	var out model.PrincipalToken
	err := s.core.with(rbac.PermUsersManage, "user.create", "user", "", func(cl call) error {
		token := newToken()
		u, err := s.core.createUserLocked(cl, model.NewUser{Username: in.Username, DisplayName: in.DisplayName, RoleID: in.RoleID,
			TeamIDs: in.TeamIDs, Password: token}, model.UserIntegration, false)
		out = model.PrincipalToken{User: u, Token: token}
		return err
	})
	if err != nil {
		return model.PrincipalToken{}, err
	}
	return out, nil
}

// RotateToken gives integration principal id a new token (the old one
// stops working at once) and returns it, once. Audited
// ("integration.token.rotate"). Errors: CodeForbidden (audited) without
// users.manage or for a principal whose role outranks the caller;
// CodeNotFound; CodeConflict for a person's account or a disabled principal.
func (s *IntegrationService) RotateToken(id string) (model.PrincipalToken, error) {
	var out model.PrincipalToken
	err := s.core.with(rbac.PermUsersManage, "integration.token.rotate", "user", id, func(cl call) error {
		u, err := store.GetUser(cl.ctx, cl.st.Reader(), id)
		if err != nil {
			return err
		}
		if u.Kind != model.UserIntegration {
			return apperr.New(apperr.CodeConflict, "This is a person's account: reset its password instead.")
		}
		if u.Disabled {
			return apperr.New(apperr.CodeConflict, "Enable the integration before giving it a new token.")
		}
		if err := s.core.requireCovers(cl, "integration.token.rotate", u); err != nil {
			return err
		}
		token := newToken()
		if err := s.core.setPasswordLocked(cl, u, token, false, "integration.token.rotate"); err != nil {
			return err
		}
		out = model.PrincipalToken{User: u.User, Token: token}
		return nil
	})
	return out, err
}
