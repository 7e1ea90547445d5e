package cli

import (
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"fieldvault/backend/auditbundle"
	"fieldvault/backend/model"
	"fieldvault/backend/service"
)

func newAuditExportCmd(d *Deps, workspace *string) *cobra.Command {
	var as, out, format string
	var q model.AuditQuery
	cmd := &cobra.Command{
		Use:   "export --user NAME -o FILE [--format bundle|xlsx] [filters]",
		Short: "Export audit entries to a signed bundle or a spreadsheet",
		Long: "Signs in as --user NAME (password from $" + EnvPassword + "; the user needs audit.view and\n" +
			"data.export) and writes the entries the filters match, oldest first. A bundle can be checked\n" +
			"anywhere with 'fieldvault audit verify FILE --pubkey KEY'. The export itself is audited.",
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			if out == "" {
				return usageError{fmt.Errorf("-o FILE is required")}
			}
			path, err := filepath.Abs(out)
			if err != nil {
				return err
			}
			return asUser(d, *workspace, as, func(s *signedIn) error {
				s.core.SetEmitter(progressPrinter{d})
				res, err := s.audit.Export(model.AuditExportRequest{Query: q, Format: format, Path: path})
				if err != nil {
					return err
				}
				fmt.Fprintf(d.Stdout, "exported %d entries to %s\n", res.Rows, res.Path)
				return nil
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&as, "user", "", "export as this user (password from $"+EnvPassword+")")
	f.StringVarP(&out, "output", "o", "", "file to write")
	f.StringVar(&format, "format", service.FormatBundle, "bundle (signed JSON lines) or xlsx")
	f.StringVar(&q.From, "from", "", "entries at or after this RFC 3339 time")
	f.StringVar(&q.To, "to", "", "entries before this RFC 3339 time")
	f.StringVar(&q.Action, "action", "", `an action ("contact.update") or a prefix ending in "." ("contact.")`)
	f.StringVar(&q.Category, "category", "", "auth, data, config, report, export, import, security or key")
	f.StringVar(&q.UserID, "user-id", "", "entries by this user id")
	f.StringVar(&q.Outcome, "outcome", "", "success, denied or failed")
	f.StringVar(&q.ObjectType, "object-type", "", `entries about this kind of object ("contact")`)
	f.StringVar(&q.ObjectID, "object-id", "", "entries about this object id")
	f.StringVar(&q.Text, "text", "", "text in labels, actions, user names and reasons")
	return cmd
}

// progressPrinter shows a job's progress on stderr, on one line.
type progressPrinter struct{ d *Deps }

func (p progressPrinter) Emit(name string, data ...any) {
	if name != service.EventJobProgress || len(data) == 0 {
		return
	}
	if pr, ok := data[0].(model.Progress); ok {
		fmt.Fprintf(p.d.Stderr, "\r%s: %d of %d", pr.Job, pr.Done, pr.Total)
		if pr.Done == pr.Total {
			fmt.Fprintln(p.d.Stderr)
		}
	}
}

func newAuditPubkeyCmd(d *Deps, workspace *string) *cobra.Command {
	var as string
	cmd := &cobra.Command{
		Use:   "pubkey --workspace DIR",
		Short: "Print the workspace's public audit key, to verify exported bundles with",
		Long: "The key pair is derived from the workspace's data key, so printing the public half needs the\n" +
			"workspace unlocked like 'check' does (OS keychain, $" + EnvPassphrase + " or $" + EnvRecoveryKey + ") —\n" +
			"no user signs in — or --user NAME (password from $" + EnvPassword + "; needs audit.view).\n" +
			"The key is public: hand it to auditors with the bundle.",
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
				key, err := s.audit.PublicKey()
				if err == nil {
					fmt.Fprintln(d.Stdout, key)
				}
				return err
			}
			sess, err := unlockHeadless(d, dir)
			if err != nil {
				return err
			}
			defer sess.Close()
			if err := sess.Open(cmdContext()); err != nil {
				return err
			}
			fmt.Fprintln(d.Stdout, auditbundle.FormatPublicKey(sess.Store().AuditPublicKey()))
			return nil
		},
	}
	cmd.Flags().StringVar(&as, "user", "", "as this user instead (password from $"+EnvPassword+")")
	return cmd
}
