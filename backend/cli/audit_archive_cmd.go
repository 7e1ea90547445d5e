package cli

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"fieldvault/backend/apperr"
	"fieldvault/backend/auditarchive"
	"fieldvault/backend/auditbundle"
	"fieldvault/backend/model"
)

func newAuditArchiveCmd(d *Deps, workspace *string) *cobra.Command {
	var as, out, passEnv string
	var req model.AuditArchiveRequest
	cmd := &cobra.Command{
		Use:   "archive --user NAME [--before YYYY-MM-DD] (--recipient AGEKEY ... | --passphrase-env VAR) -o FILE.age",
		Short: "Move the oldest audit entries into an encrypted, signed archive file",
		Long: "Signs in as --user NAME (password from $" + EnvPassword + "; the user needs settings.manage,\n" +
			"audit.view and data.export) and moves every entry before --before (default: the retention\n" +
			"cutoff; never later than it) out of the log into FILE, age-encrypted to each --recipient\n" +
			"public key (age1…) or to the passphrase in $VAR (--passphrase-env VAR). The log keeps a\n" +
			"signed anchor, so the rest still verifies. Check the file anywhere with\n" +
			"'fieldvault audit verify-archive FILE --identity KEYFILE --pubkey KEY'; open it with 'age -d'.",
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			if out == "" {
				return usageError{fmt.Errorf("-o FILE is required")}
			}
			if passEnv != "" {
				if req.Passphrase = d.Getenv(passEnv); req.Passphrase == "" {
					return usageError{fmt.Errorf("$%s holds no passphrase", passEnv)}
				}
			}
			if len(req.Recipients) == 0 && req.Passphrase == "" {
				return usageError{fmt.Errorf("give --recipient AGEKEY (repeatable) or --passphrase-env VAR")}
			}
			var err error
			if req.Path, err = filepath.Abs(out); err != nil {
				return err
			}
			return asUser(d, *workspace, as, func(s *signedIn) error {
				s.core.SetEmitter(progressPrinter{d})
				res, err := s.audit.Archive(req)
				if err != nil {
					return err
				}
				if res.Entries == 0 {
					fmt.Fprintln(d.Stdout, "nothing to archive: no entry is that old; no file was written")
					return nil
				}
				fmt.Fprintf(d.Stdout, "archived %d entries (seq %d..%d) to %s\nfile sha256: %s\nanchor:      entry %d, hash %s\n",
					res.Entries, res.FirstSeq, res.LastSeq, res.Path, res.FileSHA256, res.LastSeq, res.AnchorHash)
				return nil
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&as, "user", "", "archive as this user (password from $"+EnvPassword+")")
	f.StringVarP(&out, "output", "o", "", "file to write (e.g. audit-2025.age)")
	f.StringVar(&req.Before, "before", "", "archive entries before this date, YYYY-MM-DD UTC (default: the retention cutoff)")
	f.Int64Var(&req.UpToSeq, "up-to-seq", 0, "archive no entry after this seq")
	f.StringArrayVar(&req.Recipients, "recipient", nil, "age public key to encrypt to (repeatable)")
	f.StringVar(&passEnv, "passphrase-env", "", "encrypt to the passphrase in this environment variable instead")
	return cmd
}

func newAuditVerifyArchiveCmd(d *Deps) *cobra.Command {
	var idFiles []string
	var passEnv, pubkey string
	cmd := &cobra.Command{
		Use:   "verify-archive FILE (--identity KEYFILE | --passphrase-env VAR) --pubkey KEY",
		Short: "Decrypt and verify an audit archive; name the first bad line and entry",
		Long: "Decrypts FILE with the age identities in KEYFILE (AGE-SECRET-KEY-1… lines) or the passphrase\n" +
			"in $VAR, then checks it against the workspace's public audit key: the signed manifest, every\n" +
			"line, the entries' own hash chain up to the anchor the workspace keeps, and the signed\n" +
			"checkpoints. The entries' HMACs need the workspace's secret audit key and are not checked\n" +
			"here: the signed manifest vouches that they verified when the archive was made.\n" +
			"No workspace needed. Exit 0 only when everything verifies.",
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			if pubkey == "" {
				return usageError{fmt.Errorf("--pubkey KEY is required (get it with 'fieldvault audit pubkey')")}
			}
			pub, err := auditbundle.ParsePublicKey(pubkey)
			if err != nil {
				return usageError{err}
			}
			ids, err := readIdentities(d, archiveIdentityFormat, idFiles, passEnv, "")
			if err != nil {
				return err
			}
			f, err := os.Open(args[0])
			if err != nil {
				return apperr.Wrap(err, apperr.CodeNotFound, "Cannot open "+args[0]+".")
			}
			defer f.Close()
			sum := sha256.New()
			res, err := auditarchive.VerifyFile(io.TeeReader(f, sum), ids, pub)
			if p, ok := err.(*auditarchive.Problem); ok {
				return apperr.New(apperr.CodeCorrupt, "FAILED: the archive does not verify: %s", p.Error())
			}
			if err != nil {
				return err
			}
			if _, err := io.Copy(sum, f); err != nil { // age may stop reading before the very end
				return err
			}
			fmt.Fprintf(d.Stdout, "OK: %d entries (seq %d..%d), %d signed checkpoints, signed by %s\n"+
				"chain ends at entry %d with hash %s (compare with the workspace's archive anchor)\nfile sha256: %x\n",
				res.Count, res.FirstSeq, res.LastSeq, res.Checkpoints, auditbundle.FormatPublicKey(pub), res.LastSeq, res.LastHash, sum.Sum(nil))
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&idFiles, "identity", nil, "age identity file (repeatable)")
	cmd.Flags().StringVar(&passEnv, "passphrase-env", "", "the environment variable holding the archive's passphrase")
	cmd.Flags().StringVar(&pubkey, "pubkey", "", "the workspace's public audit key (fieldvault-audit-ed25519:…)")
	return cmd
}
