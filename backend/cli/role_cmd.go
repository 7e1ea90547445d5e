package cli

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"
)

func newRoleCmd(d *Deps, workspace *string) *cobra.Command {
	var as string
	parent := &cobra.Command{Use: "role", Short: "Inspect roles (as a signed-in administrator)", Args: cobra.NoArgs}
	parent.PersistentFlags().StringVar(&as, "user", "", "sign in as this user (password from $"+EnvPassword+")")
	parent.AddCommand(&cobra.Command{
		Use: "list", Short: "List roles with their advanced permissions", Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return asUser(d, *workspace, as, func(s *signedIn) error {
				roles, err := s.roles.List()
				if err != nil {
					return err
				}
				w := tabwriter.NewWriter(d.Stdout, 0, 4, 2, ' ', 0)
				fmt.Fprintln(w, "ROLE\tUSERS\tBUILT-IN\tADVANCED PERMISSIONS")
				for _, r := range roles {
					fmt.Fprintf(w, "%s\t%d\t%v\t%s\n", r.Name, r.UserCount, r.Builtin, orDash(strings.Join(r.Advanced, ", ")))
				}
				return w.Flush()
			})
		},
	})
	return parent
}
