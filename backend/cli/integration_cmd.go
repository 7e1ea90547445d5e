package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"fieldvault/backend/model"
	"fieldvault/backend/service"
)

func newIntegrationCmd(d *Deps, workspace *string) *cobra.Command {
	parent := &cobra.Command{Use: "integration", Short: "Manage integration principals (accounts for scripts)", Args: cobra.NoArgs}
	parent.AddCommand(newIntegrationCreateCmd(d, workspace), newIntegrationRotateCmd(d, workspace), newIntegrationListCmd(d, workspace))
	return parent
}

// integrations returns the integration service of a signed-in session.
func integrations(s *signedIn) *service.IntegrationService {
	return service.NewIntegrationService(s.core, service.NewImportService(s.core), service.NewScheduleService(s.core))
}

func newIntegrationCreateCmd(d *Deps, workspace *string) *cobra.Command {
	var as, role, display string
	cmd := &cobra.Command{
		Use:   "create NAME --role ROLE --user ADMIN",
		Short: "Add an integration principal and print its token (once)",
		Long: "Signs in as --user ADMIN (password from $" + EnvPassword + "; needs users.manage) and adds the\n" +
			"integration principal NAME with role ROLE (its id, e.g. marketing_manager). The token is printed\n" +
			"once on stdout: the script then runs commands with --user NAME and the token in $" + EnvToken + ".",
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			if role == "" {
				return usageError{fmt.Errorf("--role ROLE is required")}
			}
			return asUser(d, *workspace, as, func(s *signedIn) error {
				if display == "" {
					display = args[0]
				}
				res, err := integrations(s).CreatePrincipal(model.NewIntegrationPrincipal{Username: args[0], DisplayName: display, RoleID: role})
				if err != nil {
					return err
				}
				fmt.Fprintln(d.Stderr, "integration "+res.User.Username+" created; its token (shown once):")
				fmt.Fprintln(d.Stdout, res.Token)
				return nil
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&as, "user", "", "as this administrator (password from $"+EnvPassword+")")
	f.StringVar(&role, "role", "", "the role id of the integration")
	f.StringVar(&display, "display-name", "", "a readable name (default: NAME)")
	return cmd
}

func newIntegrationRotateCmd(d *Deps, workspace *string) *cobra.Command {
	var as string
	cmd := &cobra.Command{
		Use:   "rotate NAME --user ADMIN",
		Short: "Give an integration principal a new token (the old one stops working)",
		Args:  cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			return asUser(d, *workspace, as, func(s *signedIn) error {
				svc := integrations(s)
				list, err := svc.Principals()
				if err != nil {
					return err
				}
				for _, u := range list {
					if u.Username == args[0] {
						res, err := svc.RotateToken(u.ID)
						if err != nil {
							return err
						}
						fmt.Fprintln(d.Stdout, res.Token)
						return nil
					}
				}
				return fmt.Errorf("there is no integration %q", args[0])
			})
		},
	}
	cmd.Flags().StringVar(&as, "user", "", "as this administrator (password from $"+EnvPassword+")")
	return cmd
}

func newIntegrationListCmd(d *Deps, workspace *string) *cobra.Command {
	var as string
	cmd := &cobra.Command{
		Use:   "list --user ADMIN",
		Short: "Print the integration principals: name, role, state",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return asUser(d, *workspace, as, func(s *signedIn) error {
				list, err := integrations(s).Principals()
				if err != nil {
					return err
				}
				for _, u := range list {
					state := "active"
					if u.Disabled {
						state = "disabled"
					}
					fmt.Fprintf(d.Stdout, "%s\t%s\t%s\n", u.Username, u.RoleName, state)
				}
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&as, "user", "", "as this administrator (password from $"+EnvPassword+")")
	return cmd
}
