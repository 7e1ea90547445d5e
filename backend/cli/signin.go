package cli

import (
	"slices"

	"fieldvault/backend/apperr"
	"fieldvault/backend/buildinfo"
	"fieldvault/backend/model"
	"fieldvault/backend/service"
)

// EnvPassword and EnvNewPassword carry user passwords for the headless
// commands that act as a signed-in user.
const (
	EnvPassword    = "FIELDVAULT_PASSWORD"
	EnvNewPassword = "FIELDVAULT_NEW_PASSWORD"
	// EnvToken carries an integration principal's token: with it (and no
	// $FIELDVAULT_PASSWORD) --user NAME signs in as that integration.
	EnvToken = "FIELDVAULT_TOKEN"
)

// signedIn is a headless session of one user through the same services the
// window uses, so permissions, lockout and audit apply unchanged.
type signedIn struct {
	core     *service.Core
	users    *service.UserService
	roles    *service.RoleService
	audit    *service.AuditService
	teams    *service.TeamService
	session  model.SessionInfo
	closeAll func()
}

// asUser resolves the workspace folder, signs in as username, runs fn and
// signs out again: the frame of every command that acts as a user.
func asUser(d *Deps, workspace, username string, fn func(s *signedIn) error) error {
	dir, err := workspaceDir(workspace, d)
	if err != nil {
		return err
	}
	s, err := signIn(d, dir, username)
	if err != nil {
		return err
	}
	defer s.closeAll()
	return fn(s)
}

// signIn unlocks the workspace in dir (OS keychain when it has one and it
// answers, else the passphrase from $FIELDVAULT_PASSPHRASE when set, else
// the user's own password) and signs username in with the password from
// $FIELDVAULT_PASSWORD.
func signIn(d *Deps, dir, username string) (*signedIn, error) {
	if username == "" {
		return nil, usageError{apperr.New(apperr.CodeInvalid, "--user NAME is required")}
	}
	password := d.Getenv(EnvPassword)
	token := d.Getenv(EnvToken)
	if password == "" && token == "" {
		return nil, apperr.New(apperr.CodeUnauthenticated, "Set the password of %s in $%s (or an integration's token in $%s).",
			username, EnvPassword, EnvToken)
	}
	integration := password == ""
	if integration {
		password = token
	}
	core := service.NewCore(service.Config{Dir: dir, Keychain: d.Keychain, Device: service.CurrentDevice(),
		Version: buildinfo.Version + " (cli)", NoAlertRules: true})
	ws := service.NewWorkspaceService(core)
	st, err := ws.Status()
	if err != nil {
		return nil, err
	}
	if !st.Exists {
		return nil, apperr.New(apperr.CodeNotFound, "There is no FieldVault workspace in %s.", dir)
	}
	// The workspace key first (keychain, else $FIELDVAULT_PASSPHRASE), so
	// that a wrong password is recorded in the audit log like one typed in
	// the window; on failure, the user's own password unlocks below.
	unlocked := false
	if slices.Contains(st.UnlockMethods, model.UnlockKeychain) {
		_, err := ws.UnlockKeychain()
		unlocked = err == nil
	}
	if p := d.Getenv(EnvPassphrase); p != "" && !unlocked && slices.Contains(st.UnlockMethods, model.UnlockPassphrase) {
		if _, err := ws.UnlockPassphrase(p); err != nil {
			_ = core.Shutdown()
			return nil, err
		}
	}
	sessions := service.NewSessionService(core)
	var info model.SessionInfo
	if integration {
		info, err = service.SignInIntegration(sessions, username, password)
	} else {
		info, err = sessions.SignIn(model.SignInRequest{Username: username, Password: password})
	}
	if err != nil {
		_ = core.Shutdown()
		return nil, err
	}
	return &signedIn{core: core, users: service.NewUserService(core), roles: service.NewRoleService(core),
		audit: service.NewAuditService(core), teams: service.NewTeamService(core), session: info,
		closeAll: func() { _ = sessions.SignOut(); _ = core.Shutdown() }}, nil
}
