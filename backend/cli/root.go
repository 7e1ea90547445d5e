// Package cli is the headless side of the fieldvault binary: subcommands that
// run without a window (init, check, passphrase change, version) and call the
// same backend packages as the app. With no subcommand it opens the window.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"fieldvault/backend/apperr"
	"fieldvault/backend/buildinfo"
	"fieldvault/backend/crypto"
)

// Environment variables the commands read secrets from (never flags: flags
// end up in shell history and process listings).
const (
	EnvPassphrase    = "FIELDVAULT_PASSPHRASE"
	EnvNewPassphrase = "FIELDVAULT_NEW_PASSPHRASE"
	EnvRecoveryKey   = "FIELDVAULT_RECOVERY_KEY"
	EnvWorkspace     = "FIELDVAULT_WORKSPACE"
)

// Deps are the collaborators of the commands; tests replace them.
type Deps struct {
	Keychain crypto.Keychain
	Stdin    io.Reader
	Stdout   io.Writer
	Stderr   io.Writer
	Getenv   func(string) string
	// OpenApp runs the window on the workspace folder; nil means headless only.
	OpenApp func(dir string) error
}

// Run executes the command line args (without the program name) and returns
// the process exit code: 0 success, 1 failure, 2 usage error. Failures print
// one line, "fieldvault: <message>", on stderr.
func Run(args []string, d Deps) int {
	root := newRoot(&d)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return 0
	}
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(d.Stderr, "fieldvault: %s\n", oneLine(ue.Error()))
		return 2
	}
	fmt.Fprintf(d.Stderr, "fieldvault: %s\n", oneLine(message(err)))
	return 1
}

type usageError struct{ error }

func message(err error) string {
	var ae *apperr.Error
	if errors.As(err, &ae) {
		return ae.Message
	}
	return err.Error()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func newRoot(d *Deps) *cobra.Command {
	var workspace string
	root := &cobra.Command{
		Use:           "fieldvault",
		Short:         "FieldVault CRM: a private, encrypted CRM for teams in the field",
		Version:       buildinfo.Version,
		SilenceErrors: true,
		SilenceUsage:  true,
		Args:          cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if d.OpenApp == nil {
				return usageError{errors.New("no window in this build; see 'fieldvault --help'")}
			}
			dir, err := workspaceDir(workspace, d)
			if err != nil {
				return err
			}
			return d.OpenApp(dir)
		},
	}
	root.PersistentFlags().StringVar(&workspace, "workspace", "", "workspace folder (default: the user config folder's FieldVault, or $"+EnvWorkspace+")")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.SetOut(d.Stdout)
	root.SetErr(d.Stderr)
	root.SetIn(d.Stdin)
	root.AddCommand(newInitCmd(d, &workspace), newCheckCmd(d, &workspace), newPassphraseCmd(d, &workspace), newVersionCmd(d),
		newUserCmd(d, &workspace), newRoleCmd(d, &workspace), newAuditCmd(d, &workspace), newDemoCmd(d, &workspace),
		newReportCmd(d, &workspace))
	root.AddCommand(newImportCmd(d, &workspace), newIntegrationCmd(d, &workspace))
	root.AddCommand(newBackupCmds(d, &workspace)...)
	return root
}

// workspaceDir resolves --workspace, then $FIELDVAULT_WORKSPACE, then
// os.UserConfigDir()/FieldVault.
func workspaceDir(flag string, d *Deps) (string, error) {
	dir := flag
	if dir == "" {
		dir = d.Getenv(EnvWorkspace)
	}
	if dir == "" {
		cfg, err := os.UserConfigDir()
		if err != nil {
			return "", fmt.Errorf("no user config folder (%v): pass --workspace DIR", err)
		}
		dir = filepath.Join(cfg, buildinfo.Name)
	}
	return filepath.Abs(dir)
}

func cmdContext() context.Context { return context.Background() }

func newVersionCmd(d *Deps) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			fmt.Fprintf(d.Stdout, "%s %s\n", strings.ToLower(buildinfo.Name), buildinfo.Version)
			return nil
		},
	}
}
