package report

import "fieldvault/backend/apperr"

// invalid is the CodeInvalid error naming one spec part (e.g.
// "filters[0].op"). Messages never echo the offending value.
func invalid(part, msg string) error {
	return apperr.Invalid(msg, map[string]string{part: msg})
}

const msgSensitive = "This field is confidential: showing, grouping, filtering, sorting or aggregating it needs the sensitive.view permission."
