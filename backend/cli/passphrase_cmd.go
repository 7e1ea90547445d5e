package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"fieldvault/backend/apperr"
)

func newPassphraseCmd(d *Deps, workspace *string) *cobra.Command {
	parent := &cobra.Command{Use: "passphrase", Short: "Manage the workspace passphrase", Args: cobra.NoArgs}
	parent.AddCommand(&cobra.Command{
		Use:   "change --workspace DIR",
		Short: "Rewrap the data key under a new passphrase (the database file is not touched)",
		Long:  "Old passphrase from $" + EnvPassphrase + ", new one from $" + EnvNewPassphrase + ".",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			dir, err := workspaceDir(*workspace, d)
			if err != nil {
				return err
			}
			next := d.Getenv(EnvNewPassphrase)
			if next == "" {
				return apperr.New(apperr.CodeInvalid, "Set the new passphrase in $%s.", EnvNewPassphrase)
			}
			sess, err := unlockHeadless(d, dir)
			if err != nil {
				return err
			}
			defer sess.Close()
			if err := sess.ChangePassphrase(d.Getenv(EnvPassphrase), next); err != nil {
				return err
			}
			fmt.Fprintln(d.Stdout, "Passphrase changed; the database file was not modified.")
			return nil
		},
	})
	return parent
}
