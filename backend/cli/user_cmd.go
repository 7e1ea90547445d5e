package cli

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
)

// newUserCmd: fieldvault user add|list|disable|set-role, acting as a signed-in
// administrator (--user NAME, password from $FIELDVAULT_PASSWORD).
func newUserCmd(d *Deps, workspace *string) *cobra.Command {
	var as string
	parent := &cobra.Command{Use: "user", Short: "Manage users (as a signed-in administrator)", Args: cobra.NoArgs}
	parent.PersistentFlags().StringVar(&as, "user", "", "sign in as this user (password from $"+EnvPassword+")")
	run := func(fn func(s *signedIn) error) error { return asUser(d, *workspace, as, fn) }
	var name, display, role string
	var teams []string
	add := &cobra.Command{
		Use:   "add --name NAME --role ROLE",
		Short: "Add a user; the initial password comes from $" + EnvNewPassword,
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return run(func(s *signedIn) error {
				roleID, err := findRole(s, role)
				if err != nil {
					return err
				}
				pw := d.Getenv(EnvNewPassword)
				if pw == "" {
					return apperr.New(apperr.CodeInvalid, "Set the new user's initial password in $%s.", EnvNewPassword)
				}
				u, err := s.users.Create(model.NewUser{Username: name, DisplayName: display, RoleID: roleID, TeamIDs: teams, Password: pw})
				if err != nil {
					return err
				}
				fmt.Fprintf(d.Stdout, "Added %s (%s); they must change the password at first sign-in.\n", u.Username, u.RoleName)
				return nil
			})
		},
	}
	add.Flags().StringVar(&name, "name", "", "user name (required)")
	add.Flags().StringVar(&display, "display-name", "", "full name")
	add.Flags().StringVar(&role, "role", "", "role name or id (required)")
	add.Flags().StringSliceVar(&teams, "team", nil, "team id (repeatable)")
	_ = add.MarkFlagRequired("name")
	_ = add.MarkFlagRequired("role")

	list := &cobra.Command{
		Use: "list", Short: "List users", Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			return run(func(s *signedIn) error {
				users, err := s.users.List()
				if err != nil {
					return err
				}
				w := tabwriter.NewWriter(d.Stdout, 0, 4, 2, ' ', 0)
				fmt.Fprintln(w, "USER\tNAME\tROLE\tSTATUS\tLAST SIGN-IN")
				for _, u := range users {
					fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", u.Username, u.DisplayName, u.RoleName, userState(u), orDash(u.LastLoginAt))
				}
				return w.Flush()
			})
		},
	}
	disable := &cobra.Command{
		Use: "disable NAME", Short: "Disable a user (their key slot is removed)", Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			return run(func(s *signedIn) error {
				id, err := findUser(s, args[0])
				if err != nil {
					return err
				}
				if _, err := s.users.SetDisabled(id, true); err != nil {
					return err
				}
				fmt.Fprintf(d.Stdout, "Disabled %s.\n", args[0])
				return nil
			})
		},
	}
	setRole := &cobra.Command{
		Use: "set-role NAME ROLE", Short: "Give a user another role", Args: cobra.ExactArgs(2),
		RunE: func(_ *cobra.Command, args []string) error {
			return run(func(s *signedIn) error {
				id, err := findUser(s, args[0])
				if err != nil {
					return err
				}
				roleID, err := findRole(s, args[1])
				if err != nil {
					return err
				}
				u, err := s.users.Update(model.UserUpdate{ID: id, RoleID: &roleID})
				if err != nil {
					return err
				}
				fmt.Fprintf(d.Stdout, "%s is now %s.\n", u.Username, u.RoleName)
				return nil
			})
		},
	}
	parent.AddCommand(add, list, disable, setRole)
	return parent
}

func findUser(s *signedIn, name string) (string, error) {
	users, err := s.users.List()
	if err != nil {
		return "", err
	}
	for _, u := range users {
		if strings.EqualFold(u.Username, name) || u.ID == name {
			return u.ID, nil
		}
	}
	return "", apperr.New(apperr.CodeNotFound, "There is no user %q.", name)
}

func findRole(s *signedIn, name string) (string, error) {
	roles, err := s.roles.List()
	if err != nil {
		return "", err
	}
	for _, r := range roles {
		if strings.EqualFold(r.Name, name) || r.ID == name {
			return r.ID, nil
		}
	}
	return "", apperr.New(apperr.CodeNotFound, "There is no role %q (see 'fieldvault role list').", name)
}

func userState(u model.User) string {
	switch {
	case u.Disabled:
		return "disabled"
	case u.MustChangePassword:
		return "must change password"
	case u.LockedUntil != "":
		return "locked until " + u.LockedUntil
	}
	return "active"
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
