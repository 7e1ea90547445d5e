package service_test

import (
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/service"
)

// privacyCases are the matrix rows of the privacy service's methods (see methodCases).
func privacyCases() map[string]struct {
	need string
	call func(m *matrix) error
} {
	type c = struct {
		need string
		call func(m *matrix) error
	}
	export := string(rbac.PermDataExport)
	return map[string]c{
		"PrivacyService.SubjectAccess": {export + "+" + string(rbac.PermSensitiveView), func(m *matrix) error {
			_, err := service.NewPrivacyService(m.core).SubjectAccess(model.SubjectAccessRequest{ContactID: "no-such-id"}) // invalid format once allowed
			return err
		}},
		"PrivacyService.Erase": {string(rbac.PermPrivacyManage), func(m *matrix) error {
			_, err := service.NewPrivacyService(m.core).Erase(model.ErasureRequest{Entity: "contacts", ID: "no-such-id", Reason: "r"})
			return err
		}},
		"PrivacyService.Cancel": {export, func(m *matrix) error {
			return service.NewPrivacyService(m.core).Cancel(service.JobPrivacyAccess)
		}},
	}
}
