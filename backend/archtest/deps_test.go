// Package archtest checks the dependency rules of ARCHITECTURE.md: backend
// packages never import Wails, and imports between backend packages only
// point the allowed way.
package archtest

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

const mod = "fieldvault/backend/"

// allowed lists, for each backend package, the backend packages it may
// import (directly or not). A package missing here fails the test, so a new
// package must be placed in the layering on purpose.
var allowed = map[string][]string{
	"apperr":    {},
	"applog":    {},
	"buildinfo": {},
	"model":     {"apperr"},
	"crypto":    {},
	"encvfs":    {},
	"store":     {"apperr", "model", "crypto", "encvfs", "rbac", "audit", "schema"},
	"schema":    {"apperr", "model", "rbac"},
	"rbac":      {"apperr", "model"},
	"audit":     {"apperr", "model", "crypto"},
	"vault":     {"apperr", "model", "crypto", "encvfs", "store", "rbac", "audit", "schema"},
	// auditbundle writes and checks signed audit export bundles; pure, so an
	// auditor's verify needs no workspace.
	"auditbundle": {"apperr", "model", "audit", "crypto"},
	// detect holds the suspicious-activity rules; pure over audit entries.
	"detect":   {"apperr", "model", "audit", "rbac", "crypto"},
	"service":  {"apperr", "model", "crypto", "encvfs", "store", "vault", "buildinfo", "rbac", "audit", "applog", "schema", "auditbundle", "detect", "auditarchive", "report", "xlsxout", "importfile", "importmap", "dedup", "backup"},
	"cli":      {"apperr", "model", "crypto", "encvfs", "store", "vault", "service", "buildinfo", "rbac", "audit", "schema", "auditbundle", "detect", "auditarchive", "report", "xlsxout", "importfile", "importmap", "dedup", "backup"},
	"testutil": {"apperr", "model", "crypto", "encvfs", "store", "rbac", "audit", "schema"},
	"xlsxout":  {"apperr"}, // streaming Excel workbooks from plain values; knows no model
	"archtest": {},
	// report compiles report specs into scoped, parameterized SQL and runs
	// them on any Querier; it needs no store (its tests open one).
	"report": {"apperr", "model", "rbac", "schema"},

	// auditarchive writes and checks age-encrypted audit archives; pure, so an
	// auditor's verify-archive needs no workspace.
	"auditarchive": {"apperr", "model", "audit", "crypto"},

	// importfile reads CSV (any dialect and encoding) and .xlsx import files;
	// importmap maps their columns and text cells to fields and values;
	// dedup normalizes and matches people and companies. All pure.
	"importfile": {"apperr"},
	"importmap":  {"apperr", "model", "rbac", "schema"},
	"dedup":      {"apperr"},
	// backup writes and restores age-encrypted snapshots of a workspace.
	"backup": {"apperr", "model", "crypto", "encvfs", "store", "vault", "rbac", "audit", "schema"},
}

type pkg struct {
	ImportPath string
	Deps       []string
}

func listBackend(t *testing.T) []pkg {
	t.Helper()
	out, err := exec.Command("go", "list", "-deps=false", "-json", "fieldvault/backend/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var pkgs []pkg
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for dec.More() {
		var p pkg
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	if len(pkgs) < 8 {
		t.Fatalf("go list found only %d backend packages", len(pkgs))
	}
	return pkgs
}

func TestBackendDependencyDirection(t *testing.T) {
	for _, p := range listBackend(t) {
		name := strings.TrimPrefix(p.ImportPath, mod)
		top := strings.SplitN(name, "/", 2)[0]
		ok, known := allowed[top]
		if !known {
			t.Errorf("%s is not placed in archtest's layering: add it to allowed", p.ImportPath)
			continue
		}
		for _, d := range p.Deps {
			switch {
			case strings.HasPrefix(d, "github.com/wailsapp/"):
				t.Errorf("%s depends on Wails (%s): only main.go and app.go may", p.ImportPath, d)
			case strings.HasPrefix(d, mod):
				dep := strings.SplitN(strings.TrimPrefix(d, mod), "/", 2)[0]
				if dep != top && !contains(ok, dep) {
					t.Errorf("%s imports %s: the arrow points the wrong way", p.ImportPath, d)
				}
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
