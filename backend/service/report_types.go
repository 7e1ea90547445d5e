package service

import "fieldvault/backend/report"

// The report types live here rather than in package model because they
// carry a report.Spec, and package report imports model.

// BuiltinPrefix marks a built-in report's id: "builtin:<key>".
const BuiltinPrefix = "builtin:"

// ReportEntity is one record type a report may be built on, with the
// fields the builder offers.
type ReportEntity struct {
	Entity string        `json:"entity"`
	Label  string        `json:"label"`
	Fields []ReportField `json:"fields"`
}

// ReportField is report.FieldInfo with Masked set when the viewer lacks
// sensitive.view: such a field is shown but disabled, and a spec that uses
// it is refused.
type ReportField struct {
	Key       string   `json:"key"`
	Label     string   `json:"label"`
	Type      string   `json:"type"`
	Sensitive bool     `json:"sensitive"`
	Masked    bool     `json:"masked"`
	Groupable bool     `json:"groupable"`
	Numeric   bool     `json:"numeric"`
	Operators []string `json:"operators"`
}

// ReportInfo describes a built-in or saved report in the list.
type ReportInfo struct {
	// ID is "builtin:<key>" or the saved report's id.
	ID          string      `json:"id"`
	Name        string      `json:"name"`
	Description string      `json:"description"`
	Builtin     bool        `json:"builtin"`
	Chart       string      `json:"chart,omitempty"` // built-ins: the suggested chart
	Sharing     string      `json:"sharing"`         // private, team, everyone (built-ins: everyone)
	TeamID      string      `json:"teamId,omitempty"`
	OwnerID     string      `json:"ownerId,omitempty"`
	Mine        bool        `json:"mine"`
	Spec        report.Spec `json:"spec"`
	// Runnable is false when the spec does not compile for the viewer (it
	// uses a field they may not see, or an entity outside their scopes);
	// Problem then says why.
	Runnable  bool   `json:"runnable"`
	Problem   string `json:"problem,omitempty"`
	UpdatedAt string `json:"updatedAt,omitempty"`
}

// ReportSaveRequest creates (ID "") or changes a saved report.
type ReportSaveRequest struct {
	ID          string `json:"id,omitempty"`
	Name        string `json:"name"`
	Description string `json:"description"`
	Sharing     string `json:"sharing"` // private, team, everyone
	// TeamID is the team of a "team" report; "" = the caller's first team.
	TeamID string      `json:"teamId,omitempty"`
	Spec   report.Spec `json:"spec"`
}

// ReportExportRequest exports a report to an .xlsx file: a saved or
// built-in report by ID, or an unsaved Spec (when ID is "").
type ReportExportRequest struct {
	ID   string       `json:"id,omitempty"`
	Spec *report.Spec `json:"spec,omitempty"`
	Path string       `json:"path"`
	// Password, when set, encrypts the workbook. Never logged or audited.
	Password string `json:"password,omitempty"`
}
