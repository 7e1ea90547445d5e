package service_test

import (
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
)

// alertCases are the matrix rows of the alert service's methods (see methodCases).
func alertCases() map[string]struct {
	need string
	call func(m *matrix) error
} {
	type c = struct {
		need string
		call func(m *matrix) error
	}
	need := string(rbac.PermAlertsManage)
	return map[string]c{
		"AlertService.Rules": {need, func(m *matrix) error { _, err := m.alerts.Rules(); return err }},
		"AlertService.SaveRule": {need, func(m *matrix) error {
			_, err := m.alerts.SaveRule(model.AlertRule{ID: "no.such.rule"})
			return err
		}},
		"AlertService.List": {need, func(m *matrix) error { _, err := m.alerts.List(model.AlertQuery{}); return err }},
		"AlertService.Get":  {need, func(m *matrix) error { _, err := m.alerts.Get("no-such-id"); return err }},
		"AlertService.Transition": {need, func(m *matrix) error {
			_, err := m.alerts.Transition(model.AlertTransition{ID: "no-such-id", Status: model.AlertResolved, Comment: "x"})
			return err
		}},
		"AlertService.Dashboard": {need, func(m *matrix) error { _, err := m.alerts.Dashboard(30); return err }},
	}
}
