package main

import (
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

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
		Dir: dir, Keychain: kc, Device: service.CurrentDevice(), Version: buildinfo.Version, OpenByDialog: true,
	})
	d := &DialogService{grant: core.GrantOpen}
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
// suggested name; with $FIELDVAULT_OPEN_DIR set, OpenFile shows no dialog
// and answers the newest file in that folder matching the filters.
type DialogService struct {
	ctx   context.Context
	grant func(path string) // lets the services read what OpenFile returned
}

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

// OpenFile asks for a file to open; "" when the user cancels.
func (d *DialogService) OpenFile(title string, filters []FileFilter) (string, error) {
	var path string
	var err error
	if dir := os.Getenv("FIELDVAULT_OPEN_DIR"); dir != "" {
		path, err = newestMatching(dir, filters)
	} else {
		opts := runtime.OpenDialogOptions{Title: title}
		if home, herr := os.UserHomeDir(); herr == nil {
			opts.DefaultDirectory = home
		}
		for _, f := range filters {
			opts.Filters = append(opts.Filters, runtime.FileFilter{DisplayName: f.DisplayName, Pattern: f.Pattern})
		}
		path, err = runtime.OpenFileDialog(d.ctx, opts)
	}
	if err == nil && path != "" && d.grant != nil {
		d.grant(path)
	}
	return path, err
}

// newestMatching returns the most recently modified file in dir whose name
// matches one of the filters' patterns ("*.csv;*.xlsx"), "" when none.
func newestMatching(dir string, filters []FileFilter) (string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", err
	}
	var best string
	var bestTime time.Time
	for _, e := range entries {
		info, err := e.Info()
		if err != nil || !info.Mode().IsRegular() || !matchesAny(e.Name(), filters) {
			continue
		}
		if best == "" || info.ModTime().After(bestTime) {
			best, bestTime = filepath.Join(dir, e.Name()), info.ModTime()
		}
	}
	return best, nil
}

func matchesAny(name string, filters []FileFilter) bool {
	if len(filters) == 0 {
		return true
	}
	for _, f := range filters {
		for _, p := range strings.Split(f.Pattern, ";") {
			if ok, _ := filepath.Match(strings.ToLower(strings.TrimSpace(p)), strings.ToLower(name)); ok {
				return true
			}
		}
	}
	return false
}
