// Command fieldvault is the FieldVault CRM: with no subcommand it opens the
// window; subcommands (init, check, passphrase, version) run headless and
// dispatch before wails.Run, so they need no display.
package main

import (
	"embed"
	"fmt"
	"os"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/logger"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"

	"fieldvault/backend/apperr"
	"fieldvault/backend/applog"
	"fieldvault/backend/buildinfo"
	"fieldvault/backend/cli"
	"fieldvault/backend/crypto"
)

//go:embed all:frontend/dist
var assets embed.FS

//go:embed build/appicon.png
var icon []byte

func main() {
	kc := crypto.NewOSKeychain(0)
	os.Exit(cli.Run(os.Args[1:], cli.Deps{
		Keychain: kc, Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv,
		OpenApp: func(dir string) error { return runWindow(NewApp(dir, kc)) },
	}))
}

// runWindow runs the Wails window until it closes. Without the desktop build
// tags wails.Run returns an error, which must fail the process.
func runWindow(app *App) error {
	err := wails.Run(&options.App{
		Title:            buildinfo.Name,
		Width:            1280,
		Height:           820,
		MinWidth:         960,
		MinHeight:        640,
		AssetServer:      &assetserver.Options{Assets: assets},
		BackgroundColour: &options.RGBA{R: 248, G: 249, B: 250, A: 255},
		OnStartup:        app.startup,
		OnShutdown:       app.shutdown,
		Bind:             app.Bindings(),
		ErrorFormatter:   apperr.Format,
		// Wails logs raw call payloads on errors and results at Trace: redact.
		Logger:             applog.Redacting{},
		LogLevel:           logger.ERROR,
		LogLevelProduction: logger.ERROR,
		Linux:              &linux.Options{Icon: icon, ProgramName: "fieldvault"},
	})
	if err != nil {
		return fmt.Errorf("the window could not start: %w", err)
	}
	return nil
}
