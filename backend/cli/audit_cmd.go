package cli

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"fieldvault/backend/apperr"
	"fieldvault/backend/auditbundle"
)

func newAuditCmd(d *Deps, workspace *string) *cobra.Command {
	parent := &cobra.Command{Use: "audit", Short: "Check, export and verify the tamper-evident audit log", Args: cobra.NoArgs}
	parent.AddCommand(newAuditVerifyCmd(d, workspace), newAuditExportCmd(d, workspace), newAuditPubkeyCmd(d, workspace),
		newAuditArchiveCmd(d, workspace), newAuditVerifyArchiveCmd(d))
	return parent
}

func newAuditVerifyCmd(d *Deps, workspace *string) *cobra.Command {
	var as, pubkey string
	verify := &cobra.Command{
		Use:   "verify [FILE --pubkey KEY | --workspace DIR]",
		Short: "Verify an exported bundle, or a workspace's whole log; name the first bad entry",
		Long: "With FILE: check an exported audit bundle against the workspace's public audit key (see\n" +
			"'fieldvault audit pubkey'); no workspace needed, so an auditor can run it anywhere.\n" +
			"Prints \"OK: N entries (seq A..B), signed by KEY\", or names the first bad line and entry.\n\n" +
			"Without FILE: verify the workspace's hash chain and signed checkpoints. Unlocks like 'check'\n" +
			"(OS keychain, $" + EnvPassphrase + " or $" + EnvRecoveryKey + "), or as --user NAME with $" + EnvPassword + ".\n" +
			"Exit 0 only when everything verifies.",
		Args: cobra.MaximumNArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			if len(args) == 1 {
				return verifyBundle(d, args[0], pubkey)
			}
			if pubkey != "" {
				return usageError{fmt.Errorf("--pubkey goes with a bundle FILE")}
			}
			return verifyWorkspace(d, *workspace, as)
		},
	}
	verify.Flags().StringVar(&as, "user", "", "verify the workspace as this user (password from $"+EnvPassword+")")
	verify.Flags().StringVar(&pubkey, "pubkey", "", "the workspace's public audit key (fieldvault-audit-ed25519:…)")
	return verify
}

// verifyBundle checks an exported bundle file against a public key.
func verifyBundle(d *Deps, path, key string) error {
	if key == "" {
		return usageError{fmt.Errorf("--pubkey KEY is required to verify a bundle (get it with 'fieldvault audit pubkey')")}
	}
	pub, err := auditbundle.ParsePublicKey(key)
	if err != nil {
		return usageError{err}
	}
	f, err := os.Open(path)
	if err != nil {
		return apperr.Wrap(err, apperr.CodeNotFound, "Cannot open "+path+".")
	}
	defer f.Close()
	res, err := auditbundle.Verify(f, pub)
	if p, ok := err.(*auditbundle.Problem); ok {
		return apperr.New(apperr.CodeCorrupt, "FAILED: the bundle does not verify: %s", p.Error())
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(d.Stdout, "OK: %d entries (seq %d..%d), signed by %s\n", res.Count, res.FirstSeq, res.LastSeq, auditbundle.FormatPublicKey(pub))
	return nil
}

// verifyWorkspace checks a workspace's chain, as a user or with the key.
func verifyWorkspace(d *Deps, workspace, as string) error {
	dir, err := workspaceDir(workspace, d)
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
