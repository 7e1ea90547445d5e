package cli

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/service"
)

// newDemoCmd: fieldvault demo --user NAME --contacts N --companies N --deals N,
// acting as a signed-in administrator (password from $FIELDVAULT_PASSWORD).
// With fewer than 3 users it first adds demo teams and users (initial
// password from $FIELDVAULT_NEW_PASSWORD, else random: reset it to use them).
func newDemoCmd(d *Deps, workspace *string) *cobra.Command {
	var as string
	var o service.DemoOptions
	cmd := &cobra.Command{
		Use:   "demo --user NAME [--contacts N] [--companies N] [--deals N]",
		Short: "Fill the workspace with realistic demo records",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			if o.Contacts < 0 || o.Companies < 0 || o.Deals < 0 || o.Contacts+o.Companies+o.Deals > 50_000_000 {
				return usageError{apperr.New(apperr.CodeInvalid, "counts must be 0 to 50,000,000 in total")}
			}
			return asUser(d, *workspace, as, func(s *signedIn) error {
				if err := demoUsers(d, s); err != nil {
					return err
				}
				start, last := time.Now(), time.Time{}
				err := s.core.GenerateDemo(o, func(done, total int) {
					if now := time.Now(); now.Sub(last) > 200*time.Millisecond || done == total {
						last = now
						fmt.Fprintf(d.Stderr, "\rdemo: %3d%% (%d/%d rows)", done*100/max(total, 1), done, total)
					}
				})
				fmt.Fprintln(d.Stderr)
				if err != nil {
					return err
				}
				fmt.Fprintf(d.Stdout, "Generated demo data in %s.\n", time.Since(start).Round(time.Second))
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&as, "user", "", "sign in as this administrator (password from $"+EnvPassword+")")
	cmd.Flags().IntVar(&o.Contacts, "contacts", 1000, "contacts to create (plus a tenth as leads, half as activities, a fifth as tasks)")
	cmd.Flags().IntVar(&o.Companies, "companies", 200, "companies to create")
	cmd.Flags().IntVar(&o.Deals, "deals", 500, "deals to create")
	return cmd
}

// demoUsers adds teams North, South, East and a few sales users when the
// workspace has fewer than 3 users, so demo records spread over owners and teams.
func demoUsers(d *Deps, s *signedIn) error {
	users, err := s.users.List()
	if err != nil || len(users) >= 3 {
		return err
	}
	teams := map[string]string{}
	existing, err := s.teams.List()
	if err != nil {
		return err
	}
	for _, t := range existing {
		teams[t.Name] = t.ID
	}
	for _, n := range []string{"North", "South", "East"} {
		if teams[n] == "" {
			t, err := s.teams.Create(n)
			if err != nil {
				return err
			}
			teams[n] = t.ID
		}
	}
	pw := d.Getenv(EnvNewPassword)
	if pw == "" {
		b := make([]byte, 16)
		_, _ = rand.Read(b)
		pw = hex.EncodeToString(b)
	}
	demo := []struct{ name, display, role, team string }{
		{"demo.north.rep", "Nina North", rbac.RoleSalesRep, "North"},
		{"demo.north.manager", "Nils Nordin", rbac.RoleSalesManager, "North"},
		{"demo.south.rep", "Sara Sud", rbac.RoleSalesRep, "South"},
		{"demo.south.manager", "Stefan Sommer", rbac.RoleSalesManager, "South"},
		{"demo.east.rep", "Emil Ost", rbac.RoleSalesRep, "East"},
	}
	for _, u := range demo {
		if _, err := s.users.Create(model.NewUser{Username: u.name, DisplayName: u.display, RoleID: u.role,
			TeamIDs: []string{teams[u.team]}, Password: pw}); err != nil {
			return err
		}
		fmt.Fprintf(d.Stdout, "Added demo user %s (%s, team %s).\n", u.name, u.role, u.team)
	}
	return nil
}
