package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"fieldvault/backend/apperr"
)

func newAuditCmd(d *Deps, workspace *string) *cobra.Command {
	parent := &cobra.Command{Use: "audit", Short: "Check the tamper-evident audit log", Args: cobra.NoArgs}
	var as string
	verify := &cobra.Command{
		Use:   "verify --workspace DIR",
		Short: "Verify the hash chain and signed checkpoints; name the first bad entry",
		Long: "Unlocks like 'check' (OS keychain, $" + EnvPassphrase + " or $" + EnvRecoveryKey + "), or as --user NAME\n" +
			"with $" + EnvPassword + ". Exit 0 only when the whole log verifies.",
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			dir, err := workspaceDir(*workspace, d)
			if err != nil {
				return err
			}
			if as != "" {
				s, err := signIn(d, dir, as)
				if err != nil {
					return err
				}
				defer s.closeAll()
				st, err := s.audit.Verify()
				if err != nil {
					return err
				}
				return printAudit(d, st.Entries, st.LastCheckpointAt, st.Problem)
			}
			sess, err := unlockHeadless(d, dir)
			if err != nil {
				return err
			}
			defer sess.Close()
			if err := sess.Open(cmdContext()); err != nil {
				return err
			}
			rep, err := sess.Store().VerifyAudit(cmdContext(), nil)
			if err != nil {
				return err
			}
			last, problem := "", ""
			if rep.LastCheckpoint != nil {
				last = rep.LastCheckpoint.At.UTC().Format("2006-01-02 15:04:05Z")
			}
			if rep.Problem != nil {
				problem = rep.Problem.Error()
			}
			return printAudit(d, rep.Entries, last, problem)
		},
	}
	verify.Flags().StringVar(&as, "user", "", "verify as this user (password from $"+EnvPassword+")")
	parent.AddCommand(verify)
	return parent
}

func printAudit(d *Deps, entries int64, lastCheckpoint, problem string) error {
	fmt.Fprintf(d.Stdout, "entries:         %d\nlast checkpoint: %s\n", entries, orDash(lastCheckpoint))
	if problem != "" {
		fmt.Fprintf(d.Stdout, "result:          FAILED\n")
		return apperr.New(apperr.CodeCorrupt, "the audit log does not verify: %s", problem)
	}
	fmt.Fprintf(d.Stdout, "result:          OK\n")
	return nil
}
