package applog

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
)

func TestRedactKeepsSecretsOut(t *testing.T) {
	secret := "correct horse battery staple"
	tests := []struct {
		name, in string
		keep     string
	}{
		{"wails call error", `process message error: C{"name":"service.WorkspaceService.UnlockPassphrase","args":["` + secret + `"],"callbackID":"x"} -> json: cannot unmarshal`, "process message error"},
		{"long line", strings.Repeat("a ", 50) + secret + strings.Repeat(" b", 100), ""},
		{"quoted", `unknown Window message: '` + secret + `'`, "unknown Window message"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Redact(tt.in)
			if strings.Contains(got, secret) || !strings.Contains(got, tt.keep) {
				t.Fatalf("Redact(%q) = %q", tt.in, got)
			}
		})
	}
	if Redact("window closed") != "window closed" {
		t.Fatal("a harmless message was changed")
	}
}

func TestRedactingDropsTraceAndDebug(t *testing.T) {
	var buf bytes.Buffer
	r := Redacting{Log: slog.New(slog.NewTextHandler(&buf, nil))}
	r.Trace(`json call result data: {"recoveryKey":"AAAA-BBBB"}`)
	r.Debug("anything")
	r.Error(`process message error: {"args":["hunter2 hunter2"]}`)
	if strings.Contains(buf.String(), "AAAA-BBBB") || strings.Contains(buf.String(), "hunter2") {
		t.Fatalf("secret logged: %s", buf.String())
	}
	if !strings.Contains(buf.String(), "process message error") {
		t.Fatalf("error not logged: %s", buf.String())
	}
}
