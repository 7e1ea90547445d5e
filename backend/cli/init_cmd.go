package cli

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"fieldvault/backend/model"
	"fieldvault/backend/vault"
)

func newInitCmd(d *Deps, workspace *string) *cobra.Command {
	var name, unlock string
	var fromStdin bool
	cmd := &cobra.Command{
		Use:   "init --workspace DIR --name NAME [--unlock keychain|passphrase]",
		Short: "Create a workspace and print its recovery key once",
		Long: "Create an encrypted workspace. The passphrase (required for --unlock passphrase, an optional\n" +
			"fallback for the keychain) comes from $" + EnvPassphrase + " or, with --passphrase-stdin, from standard input.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dir, err := workspaceDir(*workspace, d)
			if err != nil {
				return err
			}
			pass := d.Getenv(EnvPassphrase)
			if fromStdin {
				if pass, err = readSecretLine(d.Stdin); err != nil {
					return err
				}
			}
			req := model.CreateWorkspaceRequest{Name: name, Unlock: unlock, Passphrase: pass}
			sess, recovery, err := vault.New(dir, d.Keychain).Create(context.Background(), req)
			if err != nil {
				return err
			}
			methods := sess.Methods()
			if err := sess.Close(); err != nil {
				return err
			}
			fmt.Fprintf(d.Stdout, "Created workspace %q in %s (unlocks with: %v).\n\n", req.Name, dir, methods)
			fmt.Fprintf(d.Stdout, "Recovery key - shown this once; store it somewhere safe, away from this laptop:\n\n    %s\n\n", recovery)
			return nil
		},
	}
	cmd.Flags().StringVar(&name, "name", "", "workspace name (required)")
	cmd.Flags().StringVar(&unlock, "unlock", model.UnlockKeychain, "how this device unlocks it: keychain or passphrase")
	cmd.Flags().BoolVar(&fromStdin, "passphrase-stdin", false, "read the passphrase from the first line of standard input")
	_ = cmd.MarkFlagRequired("name")
	return cmd
}
