package cli

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/backup"
	"fieldvault/backend/buildinfo"
	"fieldvault/backend/model"
	"fieldvault/backend/service"
	"fieldvault/backend/vault"
)

// newBackupCmds returns "backup" and "restore".
func newBackupCmds(d *Deps, workspace *string) []*cobra.Command {
	return []*cobra.Command{newBackupCmd(d, workspace), newRestoreCmd(d, workspace)}
}

func newBackupCmd(d *Deps, workspace *string) *cobra.Command {
	var as, out, passEnv string
	var files []string
	var req service.BackupRequest
	cmd := &cobra.Command{
		Use:   "backup --workspace DIR --user NAME (--recipient KEY ... | --recipients-file FILE | --passphrase-env VAR) -o FILE.age",
		Short: "Write an encrypted, consistent backup of the whole workspace",
		Long: "Signs in as --user NAME (password from $" + EnvPassword + "; administrators only) and writes a\n" +
			"snapshot of the workspace to FILE, age-encrypted to each --recipient public key — age1… keys, or\n" +
			"OpenSSH 'ssh-ed25519 …' / 'ssh-rsa …' lines — and to the keys in --recipients-file (one per line,\n" +
			"# comments), or to the passphrase in $VAR (--passphrase-env VAR; age allows a passphrase only on\n" +
			"its own). Writes go on meanwhile; the backup is audited. FILE must not exist.\n\n" +
			"A recipient opens it with the standard tool: 'age -d -i KEY FILE > plain.db' gives a plain SQLite\n" +
			"database — the whole workspace in clear, for a trusted recipient only. 'fieldvault restore'\n" +
			"encrypts it again into a new workspace.",
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			if out == "" {
				return usageError{fmt.Errorf("-o FILE is required")}
			}
			for _, name := range files {
				keys, err := readRecipientsFile(name)
				if err != nil {
					return err
				}
				req.Recipients = append(req.Recipients, keys...)
			}
			if passEnv != "" {
				if req.Passphrase = d.Getenv(passEnv); req.Passphrase == "" {
					return usageError{fmt.Errorf("$%s holds no passphrase", passEnv)}
				}
			}
			if len(req.Recipients) == 0 && req.Passphrase == "" {
				return usageError{fmt.Errorf("give --recipient KEY (repeatable), --recipients-file FILE or --passphrase-env VAR")}
			}
			// checked again by the service; here before anything is unlocked
			if _, _, err := backup.ParseRecipients(req.Recipients, req.Passphrase); err != nil {
				return err
			}
			var err error
			if req.Path, err = filepath.Abs(out); err != nil {
				return err
			}
			return asUser(d, *workspace, as, func(s *signedIn) error {
				s.core.SetEmitter(progressPrinter{d})
				res, err := service.NewBackupService(s.core).Backup(req)
				if err != nil {
					return err
				}
				to := make([]string, len(res.Recipients))
				for i, r := range res.Recipients {
					to[i] = strings.TrimSpace(r.Type + " " + r.Fingerprint)
				}
				fmt.Fprintf(d.Stdout, "backup written: %s (%d bytes, sha256 %s): %d records, audit log up to entry %d, encrypted to %s\n",
					res.Path, res.Bytes, res.SHA256, res.Records, res.AuditSeq, strings.Join(to, ", "))
				return nil
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&as, "user", "", "back up as this administrator (password from $"+EnvPassword+")")
	f.StringVarP(&out, "output", "o", "", "file to write (e.g. acme-2026-03-02.age); must not exist")
	f.StringArrayVar(&req.Recipients, "recipient", nil, "public key to encrypt to: age1…, or a quoted 'ssh-ed25519 …' / 'ssh-rsa …' line (repeatable)")
	f.StringArrayVar(&files, "recipients-file", nil, "file of public keys, one per line (repeatable)")
	f.StringVar(&passEnv, "passphrase-env", "", "encrypt to the passphrase in this environment variable instead")
	return cmd
}

// readRecipientsFile reads and checks a recipients file.
func readRecipientsFile(name string) ([]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, apperr.Wrap(err, apperr.CodeNotFound, "Cannot open "+name+".")
	}
	defer f.Close()
	return backup.ReadRecipientsFile(f, name)
}

func newRestoreCmd(d *Deps, workspace *string) *cobra.Command {
	var idFiles []string
	var passEnv, keyPassEnv, as string
	var keychain bool
	cmd := &cobra.Command{
		Use:   "restore FILE.age --workspace NEWDIR (--identity KEYFILE ... [--identity-passphrase-env VAR] | --passphrase-env VAR) [--user NAME] [--keychain]",
		Short: "Restore a backup into a new workspace folder, verifying its audit log",
		Long: "Decrypts FILE with the age identities in KEYFILE (AGE-SECRET-KEY-1… lines, or an OpenSSH private\n" +
			"key; one protected by a passphrase is opened with the passphrase in --identity-passphrase-env's\n" +
			"variable) or the backup passphrase in $VAR, and rebuilds the workspace in NEWDIR, which\n" +
			"must be new or empty: nothing is ever overwritten. The workspace keeps its key, unwrapped with\n" +
			"--user NAME's password ($" + EnvPassword + "), else the workspace passphrase ($" + EnvPassphrase + "),\n" +
			"else the recovery key ($" + EnvRecoveryKey + ") — each as it was when the backup was made.\n" +
			"The whole audit log is verified (it must end where\n" +
			"the backup was taken), and rows are counted; on any failure NEWDIR is left as it was.\n" +
			"--keychain also remembers the workspace key in this device's keychain.",
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			dir, err := workspaceDir(*workspace, d)
			if err != nil {
				return err
			}
			ids, err := readIdentities(d, backupIdentityFormat, idFiles, passEnv, keyPassEnv)
			if err != nil {
				return err
			}
			u, err := restoreUnlock(d, as)
			if err != nil {
				return err
			}
			u.Keychain = keychain
			f, err := os.Open(args[0])
			if err != nil {
				return apperr.Wrap(err, apperr.CodeNotFound, "Cannot open "+args[0]+".")
			}
			defer f.Close()
			dev := service.CurrentDevice()
			rep, err := backup.Restore(cmdContext(), f, backup.RestoreOptions{Dir: dir, Identities: ids, Unlock: u, Keychain: d.Keychain,
				Device:   audit.Device{DeviceID: dev.ID, Hostname: dev.Hostname, OSUser: dev.OSUser, AppVersion: buildinfo.Version + " (cli)"},
				Progress: restoreProgress(d)})
			if err != nil {
				return err
			}
			printRestoreReport(d, rep)
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&idFiles, "identity", nil, "age identity file or OpenSSH private key (repeatable)")
	cmd.Flags().StringVar(&keyPassEnv, "identity-passphrase-env", "", "the environment variable holding the passphrase of a protected SSH key")
	cmd.Flags().StringVar(&passEnv, "passphrase-env", "", "the environment variable holding the backup's passphrase")
	cmd.Flags().StringVar(&as, "user", "", "unlock the workspace key with this user's sign-in (password from $"+EnvPassword+")")
	cmd.Flags().BoolVar(&keychain, "keychain", false, "also unlock the restored workspace with this device's keychain")
	return cmd
}

// restoreUnlock picks the secret that unwraps the backed-up workspace key.
func restoreUnlock(d *Deps, as string) (vault.RestoreUnlock, error) {
	switch {
	case as != "":
		p := d.Getenv(EnvPassword)
		if p == "" {
			return vault.RestoreUnlock{}, apperr.New(apperr.CodeUnauthenticated, "Set the password of %s in $%s.", as, EnvPassword)
		}
		return vault.RestoreUnlock{Method: model.UnlockUser, Username: as, Secret: p}, nil
	case d.Getenv(EnvPassphrase) != "":
		return vault.RestoreUnlock{Method: model.UnlockPassphrase, Secret: d.Getenv(EnvPassphrase)}, nil
	case d.Getenv(EnvRecoveryKey) != "":
		return vault.RestoreUnlock{Method: model.UnlockRecovery, Secret: d.Getenv(EnvRecoveryKey)}, nil
	}
	return vault.RestoreUnlock{}, usageError{fmt.Errorf(
		"the backup's workspace key needs --user NAME (password in $%s), $%s or $%s", EnvPassword, EnvPassphrase, EnvRecoveryKey)}
}

// restoreProgress shows the restore's progress on stderr, on one line.
func restoreProgress(d *Deps) func(done, total int64) {
	last := int64(-1)
	return func(done, total int64) {
		if total <= 0 || done*100/total == last {
			return
		}
		last = done * 100 / total
		fmt.Fprintf(d.Stderr, "\rrestore: %d%%", last)
		if done == total {
			fmt.Fprintln(d.Stderr)
		}
	}
}

func printRestoreReport(d *Deps, rep backup.Report) {
	var counts []string
	for _, t := range slices.Sorted(maps.Keys(rep.Counts)) {
		counts = append(counts, fmt.Sprintf("%s %d", t, rep.Counts[t]))
	}
	fmt.Fprintf(d.Stdout, "restored %q into %s\nbackup:    made %s by %s (FieldVault %s)\nrows:      %s\n"+
		"audit log: %d entries verified (hash chain and signed checkpoints), up to entry %d\ndatabase:  %d pages, integrity %s\n",
		rep.WorkspaceName, rep.Dir, rep.CreatedAt, rep.CreatedBy, rep.AppVersion, strings.Join(counts, ", "),
		rep.AuditEntries, rep.AuditLastSeq, rep.Pages, rep.Integrity)
}
