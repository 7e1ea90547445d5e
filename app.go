package main

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"fieldvault/backend/buildinfo"
	"fieldvault/backend/crypto"
	"fieldvault/backend/service"
)

// App owns the application lifecycle and adapts the Wails runtime to the
// small interfaces the services use. It and main.go are the only Go files
// that import Wails.
type App struct {
	core     *service.Core
	dialogs  *DialogService
	bindings []any
}

// NewApp wires the services for the workspace folder dir.
func NewApp(dir string, kc crypto.Keychain) *App {
	core := service.NewCore(service.Config{
		Dir: dir, Keychain: kc, Device: service.CurrentDevice(), Version: buildinfo.Version,
	})
	d := &DialogService{}
	return &App{core: core, dialogs: d, bindings: append(service.Bindings(core), d)}
}

// Bindings lists the structs whose exported methods the frontend may call.
func (a *App) Bindings() []any { return a.bindings }

func (a *App) startup(ctx context.Context) {
	a.core.SetEmitter(wailsEmitter{ctx: ctx})
	a.dialogs.ctx = ctx
}

func (a *App) shutdown(context.Context) {
	if err := a.core.Shutdown(); err != nil {
		slog.Error("closing the workspace", "err", err)
	}
}

// wailsEmitter sends events through the Wails runtime of the running window.
type wailsEmitter struct{ ctx context.Context }

func (e wailsEmitter) Emit(name string, data ...any) { runtime.EventsEmit(e.ctx, name, data...) }

// DialogService is bound to the frontend: the native file dialogs. It only
// picks paths; the service that writes or reads the file checks the session
// and permissions. With $FIELDVAULT_SAVE_DIR set (unattended runs, browser
// tests) SaveFile shows no dialog and answers that folder joined with the
// suggested name.
type DialogService struct{ ctx context.Context }

// FileFilter is one "files of type" choice, e.g. {"Excel workbook", "*.xlsx"}.
type FileFilter struct {
	DisplayName string `json:"displayName"`
	Pattern     string `json:"pattern"`
}

// SaveFile asks where to save a file; "" when the user cancels.
func (d *DialogService) SaveFile(title, suggestedName string, filters []FileFilter) (string, error) {
	name := filepath.Base(filepath.Clean("/" + suggestedName))
	if dir := os.Getenv("FIELDVAULT_SAVE_DIR"); dir != "" {
		return filepath.Join(dir, name), nil
	}
	opts := runtime.SaveDialogOptions{Title: title, DefaultFilename: name, CanCreateDirectories: true}
	if home, err := os.UserHomeDir(); err == nil {
		opts.DefaultDirectory = home
	}
	for _, f := range filters {
		opts.Filters = append(opts.Filters, runtime.FileFilter{DisplayName: f.DisplayName, Pattern: f.Pattern})
	}
	return runtime.SaveFileDialog(d.ctx, opts)
}
