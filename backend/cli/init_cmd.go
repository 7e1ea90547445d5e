package cli

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"fieldvault/backend/model"
	"fieldvault/backend/vault"
)

func newInitCmd(d *Deps, workspace *string) *cobra.Command {
	var name, unlock, admin, adminDisplay string
	var fromStdin, passwordStdin bool
	cmd := &cobra.Command{
		Use:   "init --workspace DIR --name NAME --admin USER [--unlock keychain|passphrase]",
		Short: "Create a workspace and print its recovery key once",
		Long: "Create an encrypted workspace and its first Administrator. The passphrase (required for --unlock\n" +
			"passphrase, an optional fallback for the keychain) comes from $" + EnvPassphrase + " or, with --passphrase-stdin,\n" +
			"from standard input; the Administrator's password from $" + EnvPassword + " or --password-stdin.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dir, err := workspaceDir(*workspace, d)
			if err != nil {
				return err
			}
			pass, password := d.Getenv(EnvPassphrase), d.Getenv(EnvPassword)
			lines := newLineReader(d.Stdin)
			if fromStdin {
				if pass, err = lines.next(); err != nil {
					return err
				}
			}
			if passwordStdin {
				if password, err = lines.next(); err != nil {
					return err
				}
			}
			req := model.CreateWorkspaceRequest{Name: name, Unlock: unlock, Passphrase: pass,
				AdminUsername: admin, AdminDisplayName: adminDisplay, AdminPassword: password}
			sess, recovery, err := vault.New(dir, d.Keychain).Create(context.Background(), req)
			if err != nil {
				return err
			}
			methods := sess.Methods()
			if err := sess.Close(); err != nil {
				return err
			}
			fmt.Fprintf(d.Stdout, "Created workspace %q in %s (unlocks with: %v).\n", req.Name, dir, methods)
			fmt.Fprintf(d.Stdout, "Administrator: %s\n\n", req.AdminUsername)
			fmt.Fprintf(d.Stdout, "Recovery key - shown this once; store it somewhere safe, away from this laptop:\n\n    %s\n\n", recovery)
			return nil
		},
	}
	cmd.Flags().StringVar(&name, "name", "", "workspace name (required)")
	cmd.Flags().StringVar(&unlock, "unlock", model.UnlockKeychain, "how this device unlocks it: keychain or passphrase")
	cmd.Flags().BoolVar(&fromStdin, "passphrase-stdin", false, "read the passphrase from the first line of standard input")
	cmd.Flags().StringVar(&admin, "admin", "", "user name of the first Administrator (required; password from $"+EnvPassword+")")
	cmd.Flags().StringVar(&adminDisplay, "admin-display-name", "", "full name of the first Administrator")
	cmd.Flags().BoolVar(&passwordStdin, "password-stdin", false, "read the Administrator's password from standard input (after the passphrase line when both are read)")
	_ = cmd.MarkFlagRequired("name")
	_ = cmd.MarkFlagRequired("admin")
	return cmd
}
