package main

import (
	"context"
	"log/slog"

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
	bindings []any
}

// NewApp wires the services for the workspace folder dir.
func NewApp(dir string, kc crypto.Keychain) *App {
	core := service.NewCore(service.Config{
		Dir: dir, Keychain: kc, Device: service.CurrentDevice(), Version: buildinfo.Version,
	})
	return &App{core: core, bindings: service.Bindings(core)}
}

// Bindings lists the structs whose exported methods the frontend may call.
func (a *App) Bindings() []any { return a.bindings }

func (a *App) startup(ctx context.Context) {
	a.core.SetEmitter(wailsEmitter{ctx: ctx})
}

func (a *App) shutdown(context.Context) {
	if err := a.core.Shutdown(); err != nil {
		slog.Error("closing the workspace", "err", err)
	}
}

// wailsEmitter sends events through the Wails runtime of the running window.
type wailsEmitter struct{ ctx context.Context }

func (e wailsEmitter) Emit(name string, data ...any) { runtime.EventsEmit(e.ctx, name, data...) }
