package cli

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"

	"fieldvault/backend/apperr"
)

func newCheckCmd(d *Deps, workspace *string) *cobra.Command {
	return &cobra.Command{
		Use:   "check --workspace DIR",
		Short: "Unlock, authenticate every page and run SQLite's integrity check",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			dir, err := workspaceDir(*workspace, d)
			if err != nil {
				return err
			}
			sess, err := unlockHeadless(d, dir)
			if err != nil {
				return err
			}
			defer sess.Close()
			ctx := context.Background()
			if err := sess.Open(ctx); err != nil {
				return err
			}
			rep, err := sess.Check(ctx)
			if err != nil {
				return err
			}
			fmt.Fprintf(d.Stdout, "workspace:      %s\nschema version: %d\npages:          %d\ncipher:         %s\nintegrity:      %s\n",
				rep.Name, rep.SchemaVersion, rep.PageCount, rep.Cipher, rep.Integrity)
			if rep.Integrity != "ok" {
				return apperr.New(apperr.CodeCorrupt, "the integrity check found problems (see above)")
			}
			return nil
		},
	}
}
