package model

// User is a person who signs in to the workspace. Secrets (password hash,
// key slot) never leave the backend.
type User struct {
	ID                 string   `json:"id"`
	Username           string   `json:"username"`
	DisplayName        string   `json:"displayName"`
	RoleID             string   `json:"roleId"`
	RoleName           string   `json:"roleName"`
	TeamIDs            []string `json:"teamIds"`
	Disabled           bool     `json:"disabled"`
	MustChangePassword bool     `json:"mustChangePassword"`
	LockedUntil        string   `json:"lockedUntil"` // RFC 3339, "" when not locked
	LastLoginAt        string   `json:"lastLoginAt"`
	CreatedAt          string   `json:"createdAt"`
	// Kind is UserPerson, or UserIntegration for an integration principal
	// (a script's account: token only, never the window).
	Kind string `json:"kind"`
}

// Kinds of accounts.
const (
	UserPerson      = "person"
	UserIntegration = "integration"
)

// NewUser is what an administrator fills in to add a user.
type NewUser struct {
	Username    string   `json:"username"`
	DisplayName string   `json:"displayName"`
	RoleID      string   `json:"roleId"`
	TeamIDs     []string `json:"teamIds"`
	Password    string   `json:"password"` // initial; the user must change it at first sign-in
}

// UserUpdate changes a user's profile, role or teams; nil fields stay.
type UserUpdate struct {
	ID          string    `json:"id"`
	DisplayName *string   `json:"displayName,omitempty"`
	RoleID      *string   `json:"roleId,omitempty"`
	TeamIDs     *[]string `json:"teamIds,omitempty"`
}

// Team groups users for "team" scope.
type Team struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	MemberCount int    `json:"memberCount"`
}

// Grant is one cell of the permission matrix.
type Grant struct {
	Entity string `json:"entity"`
	Action string `json:"action"`
	Scope  string `json:"scope"` // none | own | team | all
}

// Role is a named set of permissions.
type Role struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	Description string   `json:"description"`
	Builtin     bool     `json:"builtin"`
	UserCount   int      `json:"userCount"`
	Grants      []Grant  `json:"grants"`   // every entity × action, none included
	Advanced    []string `json:"advanced"` // advanced permissions held
}

// RoleInput creates or copies a role.
type RoleInput struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	CopyFrom    string `json:"copyFrom"` // role id whose permissions to copy; "" = none
}

// RolePermissions replaces a role's matrix and advanced permissions.
type RolePermissions struct {
	RoleID   string   `json:"roleId"`
	Grants   []Grant  `json:"grants"`
	Advanced []string `json:"advanced"`
}

// PermissionInfo labels an advanced permission for the UI.
type PermissionInfo struct {
	Key         string `json:"key"`
	Label       string `json:"label"`
	Description string `json:"description"`
}

// PermissionCatalog is what the role editor shows.
type PermissionCatalog struct {
	Entities []string         `json:"entities"`
	Actions  []string         `json:"actions"`
	Scopes   []string         `json:"scopes"`
	Advanced []PermissionInfo `json:"advanced"`
}

// AccessLine explains one entity × action for a user.
type AccessLine struct {
	Entity    string `json:"entity"`
	Action    string `json:"action"`
	Scope     string `json:"scope"`
	GrantedBy string `json:"grantedBy"`
}

// PermissionLine explains one advanced permission for a user.
type PermissionLine struct {
	Key       string `json:"key"`
	Label     string `json:"label"`
	Granted   bool   `json:"granted"`
	GrantedBy string `json:"grantedBy"`
}

// EffectiveAccess is what a user may do and which role grants it.
type EffectiveAccess struct {
	User     User             `json:"user"`
	Lines    []AccessLine     `json:"lines"`
	Advanced []PermissionLine `json:"advanced"`
}

// SignInRequest is the sign-in form.
type SignInRequest struct {
	Username string `json:"username"`
	Password string `json:"password"`
}

// SessionInfo describes the signed-in user and what they may do, so the
// frontend can hide what the backend would refuse anyway.
type SessionInfo struct {
	User               User     `json:"user"`
	Permissions        []string `json:"permissions"` // advanced permissions held
	Grants             []Grant  `json:"grants"`
	IdleTimeoutMinutes int      `json:"idleTimeoutMinutes"`
	// Administrator: the role holds every permission at scope all (what
	// administrator-only actions, e.g. backups, require).
	Administrator bool `json:"administrator"`
}

// SecuritySettings are the workspace's sign-in rules.
type SecuritySettings struct {
	IdleTimeoutMinutes int  `json:"idleTimeoutMinutes"` // 1..480, default 15
	LockoutThreshold   int  `json:"lockoutThreshold"`   // 3..20, default 5
	RememberOnDevice   bool `json:"rememberOnDevice"`   // keychain unlock on this device
}

// AuditStatus is the integrity state of the audit log.
type AuditStatus struct {
	Entries          int64  `json:"entries"`
	VerifiedUpTo     int64  `json:"verifiedUpTo"`
	LastCheckpointAt string `json:"lastCheckpointAt"`
	OK               bool   `json:"ok"`
	Problem          string `json:"problem"`
	// ArchivedUpTo is the last seq moved to an archive (0: none); the
	// log holds the entries after it.
	ArchivedUpTo int64 `json:"archivedUpTo"`
}
