package cli

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"fieldvault/backend/apperr"
	"fieldvault/backend/service"
)

func newReportCmd(d *Deps, workspace *string) *cobra.Command {
	parent := &cobra.Command{Use: "report", Short: "List and export reports as a user", Args: cobra.NoArgs}
	parent.AddCommand(newReportListCmd(d, workspace), newReportRunCmd(d, workspace))
	return parent
}

func newReportListCmd(d *Deps, workspace *string) *cobra.Command {
	var as string
	cmd := &cobra.Command{
		Use:   "list --user NAME",
		Short: "Print the reports the user can see, one name per line",
		Long: "Signs in as --user NAME (password from $" + EnvPassword + "; needs reports.view) and prints\n" +
			"the built-in reports, then the saved reports visible to the user (own, team, everyone).",
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return asUser(d, *workspace, as, func(s *signedIn) error {
				list, err := service.NewReportService(s.core).List()
				if err != nil {
					return err
				}
				for _, r := range list {
					fmt.Fprintln(d.Stdout, r.Name)
				}
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&as, "user", "", "as this user (password from $"+EnvPassword+")")
	return cmd
}

func newReportRunCmd(d *Deps, workspace *string) *cobra.Command {
	var as, out, passwordEnv string
	cmd := &cobra.Command{
		Use:   "run NAME --user NAME -o FILE.xlsx [--password-env VAR]",
		Short: "Export a report to a spreadsheet",
		Long: "Signs in as --user NAME (password from $" + EnvPassword + "; needs reports.view and data.export)\n" +
			"and writes the report NAME (as 'report list' prints it, or its id) to FILE.xlsx, within the\n" +
			"user's record scope. --password-env VAR encrypts the workbook with the password in $VAR\n" +
			"(never on the command line). The export is audited.",
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			if out == "" {
				return usageError{fmt.Errorf("-o FILE.xlsx is required")}
			}
			password := ""
			if passwordEnv != "" {
				if password = d.Getenv(passwordEnv); password == "" {
					return usageError{fmt.Errorf("$%s is empty: set the workbook password there", passwordEnv)}
				}
			}
			path, err := filepath.Abs(out)
			if err != nil {
				return err
			}
			return asUser(d, *workspace, as, func(s *signedIn) error {
				svc := service.NewReportService(s.core)
				id, err := findReport(svc, args[0])
				if err != nil {
					return err
				}
				s.core.SetEmitter(progressPrinter{d})
				res, err := svc.Export(service.ReportExportRequest{ID: id, Path: path, Password: password})
				if err != nil {
					return err
				}
				fmt.Fprintf(d.Stdout, "exported %d rows to %s\n", res.Rows, res.Path)
				return nil
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&as, "user", "", "as this user (password from $"+EnvPassword+")")
	f.StringVarP(&out, "output", "o", "", "the .xlsx file to write")
	f.StringVar(&passwordEnv, "password-env", "", "encrypt the workbook with the password in this environment variable")
	return cmd
}

// findReport returns the id of the report named name (case-insensitive;
// the user's own saved report first) or with that id. CodeNotFound when
// none; CodeInvalid when several reports of others share the name.
func findReport(svc *service.ReportService, name string) (string, error) {
	list, err := svc.List()
	if err != nil {
		return "", err
	}
	var found []string
	for _, r := range list {
		switch {
		case r.ID == name || r.ID == service.BuiltinPrefix+name:
			return r.ID, nil
		case strings.EqualFold(r.Name, name) && r.Mine:
			return r.ID, nil
		case strings.EqualFold(r.Name, name):
			found = append(found, r.ID)
		}
	}
	switch len(found) {
	case 0:
		return "", apperr.New(apperr.CodeNotFound, "There is no report %q; 'fieldvault report list' shows them.", name)
	case 1:
		return found[0], nil
	}
	return "", apperr.Invalid(fmt.Sprintf("Several reports are named %q: give the id instead (%s).", name, strings.Join(found, ", ")), nil)
}
