package store_test

import (
	"context"
	"testing"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/store"
	"fieldvault/backend/testutil"
)

// Dashboards: names unique per owner, visibility like saved reports, at
// most one default per role (a new default clears the old one in the same
// transaction), and the table's checks.
func TestDashboards(t *testing.T) {
	s := testutil.OpenStore(t)
	ctx := context.Background()
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	rec := func(id, name, owner, team, sharing, role string) store.DashboardRecord {
		return store.DashboardRecord{ID: id, Name: name, OwnerID: owner, TeamID: team, Sharing: sharing, RoleDefault: role,
			Layout: `{"widgets":[]}`, Filters: `{}`, CreatedAt: now, CreatedBy: owner, UpdatedAt: now, UpdatedBy: owner}
	}
	write := func(fn func(tx *store.Tx) error) error { return s.Write(ctx, fn) }
	insert := func(d store.DashboardRecord) error {
		return write(func(tx *store.Tx) error { return store.InsertDashboard(ctx, tx, d) })
	}
	for _, d := range []store.DashboardRecord{
		rec("d1", "Mine", "ana", "", store.SharingPrivate, ""),
		rec("d2", "North", "bob", "north", store.SharingTeam, ""),
		rec("d3", "Everyone", "bob", "", store.SharingEveryone, "sales_rep"),
		rec("d4", "Mine", "bob", "", store.SharingPrivate, ""),
	} {
		if err := insert(d); err != nil {
			t.Fatalf("insert %s: %v", d.ID, err)
		}
	}
	bad := func(mut func(*store.DashboardRecord)) error {
		d := rec("x", "X", "ana", "", store.SharingPrivate, "")
		mut(&d)
		return insert(d)
	}
	errs := []struct {
		name string
		err  error
		code apperr.Code
	}{
		{"duplicate name per owner", bad(func(d *store.DashboardRecord) { d.Name = "MINE" }), apperr.CodeConflict},
		{"second default of a role", bad(func(d *store.DashboardRecord) { d.Sharing, d.RoleDefault = store.SharingEveryone, "sales_rep" }), apperr.CodeConflict},
		{"role default not shared", bad(func(d *store.DashboardRecord) { d.RoleDefault = "sales_manager" }), apperr.CodeInvalid},
		{"team without a team", bad(func(d *store.DashboardRecord) { d.Sharing = store.SharingTeam }), apperr.CodeInvalid},
		{"unknown sharing", bad(func(d *store.DashboardRecord) { d.Sharing = "public" }), apperr.CodeInvalid},
		{"layout not JSON", bad(func(d *store.DashboardRecord) { d.Layout = "{" }), apperr.CodeInvalid},
		{"empty name", bad(func(d *store.DashboardRecord) { d.Name = "" }), apperr.CodeInvalid},
		{"update absent", write(func(tx *store.Tx) error {
			return store.UpdateDashboard(ctx, tx, rec("nope", "T", "ana", "", store.SharingPrivate, ""))
		}), apperr.CodeNotFound},
		{"delete absent", write(func(tx *store.Tx) error { return store.DeleteDashboard(ctx, tx, "nope") }), apperr.CodeNotFound},
	}
	for _, e := range errs {
		t.Run(e.name, func(t *testing.T) {
			if !apperr.Is(e.err, e.code) {
				t.Fatalf("got %v, want %s", e.err, e.code)
			}
		})
	}

	lists := []struct {
		name  string
		user  string
		teams []string
		want  []string
	}{
		{"ana in north", "ana", []string{"north"}, []string{"d3", "d1", "d2"}},
		{"ana without teams", "ana", nil, []string{"d3", "d1"}},
		{"carl in south", "carl", []string{"south"}, []string{"d3"}},
		{"bob", "bob", nil, []string{"d3", "d4", "d2"}},
	}
	for _, l := range lists {
		t.Run(l.name, func(t *testing.T) {
			got, err := store.ListDashboards(ctx, s.Reader(), l.user, l.teams)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, d := range got {
				ids = append(ids, d.ID)
				if !d.VisibleTo(l.user, l.teams) {
					t.Errorf("%s listed but not VisibleTo", d.ID)
				}
			}
			if len(ids) != len(l.want) {
				t.Fatalf("got %v, want %v", ids, l.want)
			}
			for i := range ids {
				if ids[i] != l.want[i] {
					t.Fatalf("got %v, want %v", ids, l.want)
				}
			}
		})
	}

	t.Run("role default moves", func(t *testing.T) {
		if d, err := store.RoleDefaultDashboard(ctx, s.Reader(), "sales_rep"); err != nil || d.ID != "d3" {
			t.Fatalf("default = %+v, %v", d, err)
		}
		err := write(func(tx *store.Tx) error {
			ids, err := store.ClearRoleDefault(ctx, tx, "sales_rep", "d5")
			if err != nil {
				return err
			}
			if len(ids) != 1 || ids[0] != "d3" {
				t.Errorf("cleared %v, want [d3]", ids)
			}
			return store.InsertDashboard(ctx, tx, rec("d5", "New default", "bob", "", store.SharingEveryone, "sales_rep"))
		})
		if err != nil {
			t.Fatal(err)
		}
		if d, err := store.RoleDefaultDashboard(ctx, s.Reader(), "sales_rep"); err != nil || d.ID != "d5" {
			t.Fatalf("default = %+v, %v", d, err)
		}
		if _, err := store.RoleDefaultDashboard(ctx, s.Reader(), "support_agent"); !apperr.Is(err, apperr.CodeNotFound) {
			t.Fatalf("no default: %v", err)
		}
	})

	t.Run("update keeps owner and creation", func(t *testing.T) {
		d := rec("d1", "Renamed", "someone else", "north", store.SharingTeam, "")
		d.Layout, d.UpdatedAt, d.UpdatedBy, d.CreatedBy = `{"widgets":[{"id":"a"}]}`, now.Add(time.Hour), "admin", "zed"
		if err := write(func(tx *store.Tx) error { return store.UpdateDashboard(ctx, tx, d) }); err != nil {
			t.Fatal(err)
		}
		got, err := store.GetDashboard(ctx, s.Reader(), "d1")
		if err != nil || got.Name != "Renamed" || got.OwnerID != "ana" || got.CreatedBy != "ana" || got.UpdatedBy != "admin" ||
			got.Layout != d.Layout || !got.UpdatedAt.Equal(now.Add(time.Hour)) {
			t.Fatalf("got %+v, %v", got, err)
		}
		if err := write(func(tx *store.Tx) error { return store.DeleteDashboard(ctx, tx, "d1") }); err != nil {
			t.Fatal(err)
		}
		if _, err := store.GetDashboard(ctx, s.Reader(), "d1"); !apperr.Is(err, apperr.CodeNotFound) {
			t.Fatalf("after delete: %v", err)
		}
	})
}

// KPI targets: a name is unique per team (or the workspace), and the
// table's checks hold.
func TestKPITargets(t *testing.T) {
	s := testutil.OpenStore(t)
	ctx := context.Background()
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	rec := func(id, name, team, period string) store.KPITargetRecord {
		return store.KPITargetRecord{ID: id, Name: name, Report: "builtin:trend-won-revenue", Aggregate: "revenue", Period: period,
			TeamID: team, Target: 1000, OwnerID: "ana", CreatedAt: now, CreatedBy: "ana", UpdatedAt: now, UpdatedBy: "ana"}
	}
	insert := func(k store.KPITargetRecord) error {
		return s.Write(ctx, func(tx *store.Tx) error { return store.InsertKPITarget(ctx, tx, k) })
	}
	for _, k := range []store.KPITargetRecord{rec("k1", "Revenue", "north", store.PeriodMonth), rec("k2", "Revenue", "", store.PeriodYear)} {
		if err := insert(k); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		name string
		err  error
		code apperr.Code
	}{
		{"same name, same team", insert(rec("k3", "revenue", "north", store.PeriodQuarter)), apperr.CodeConflict},
		{"unknown period", insert(rec("k4", "Other", "north", "week")), apperr.CodeInvalid},
		{"empty name", insert(rec("k5", "", "north", store.PeriodMonth)), apperr.CodeInvalid},
		{"update absent", s.Write(ctx, func(tx *store.Tx) error { return store.UpdateKPITarget(ctx, tx, rec("no", "N", "", store.PeriodMonth)) }), apperr.CodeNotFound},
		{"delete absent", s.Write(ctx, func(tx *store.Tx) error { return store.DeleteKPITarget(ctx, tx, "no") }), apperr.CodeNotFound},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !apperr.Is(c.err, c.code) {
				t.Fatalf("got %v, want %s", c.err, c.code)
			}
		})
	}
	t.Run("list, update, delete", func(t *testing.T) {
		list, err := store.ListKPITargets(ctx, s.Reader())
		if err != nil || len(list) != 2 || list[0].ID != "k2" || list[1].ID != "k1" {
			t.Fatalf("list = %+v, %v", list, err)
		}
		k := rec("k1", "Revenue North", "north", store.PeriodQuarter)
		k.Target, k.OwnerID = 2500.5, "someone else"
		if err := s.Write(ctx, func(tx *store.Tx) error { return store.UpdateKPITarget(ctx, tx, k) }); err != nil {
			t.Fatal(err)
		}
		got, err := store.GetKPITarget(ctx, s.Reader(), "k1")
		if err != nil || got.Name != "Revenue North" || got.Target != 2500.5 || got.Period != store.PeriodQuarter || got.OwnerID != "ana" {
			t.Fatalf("got %+v, %v", got, err)
		}
		if err := s.Write(ctx, func(tx *store.Tx) error { return store.DeleteKPITarget(ctx, tx, "k1") }); err != nil {
			t.Fatal(err)
		}
		if _, err := store.GetKPITarget(ctx, s.Reader(), "k1"); !apperr.Is(err, apperr.CodeNotFound) {
			t.Fatalf("after delete: %v", err)
		}
	})
}
