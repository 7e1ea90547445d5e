package rbac

import "fieldvault/backend/apperr"

// CheckSelfRoleChange enforces "a user can't change their own role": it
// returns a CodeForbidden error when actorUserID edits targetUserID == itself
// and the role would change, else nil.
func CheckSelfRoleChange(actorUserID, targetUserID, oldRoleID, newRoleID string) error {
	if actorUserID != "" && actorUserID == targetUserID && oldRoleID != newRoleID {
		return apperr.New(apperr.CodeForbidden, "You cannot change your own role.")
	}
	return nil
}

// CheckLastAdmin enforces "the last active Administrator can't be disabled,
// deleted or demoted". The caller describes one change to a user (or to a
// role's grants, once per affected user): wasAdmin tells whether the user is
// an active administrator now (IsAdministrator of their grants and not
// disabled), staysAdmin whether they still are after the change (false for
// delete or disable), and otherActiveAdmins how many other active
// administrators exist, counted in the same transaction as the write.
//
// It returns a CodeConflict error when the change would leave no active
// administrator, else nil.
func CheckLastAdmin(wasAdmin, staysAdmin bool, otherActiveAdmins int) error {
	if wasAdmin && !staysAdmin && otherActiveAdmins <= 0 {
		return apperr.New(apperr.CodeConflict, "This is the last active administrator: add another administrator first.")
	}
	return nil
}
