package vault

import "fieldvault/backend/apperr"

func errLocked() error { return apperr.New(apperr.CodeLocked, "The workspace is locked.") }
