package store_test

import (
	"context"
	"testing"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/store"
	"fieldvault/backend/testutil"
)

// Saved reports: a name is unique per owner, and each user lists their own,
// their teams' and everyone's reports only.
func TestSavedReports(t *testing.T) {
	s := testutil.OpenStore(t)
	ctx := context.Background()
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	rec := func(id, name, owner, team, sharing string) store.ReportRecord {
		return store.ReportRecord{ID: id, Name: name, OwnerID: owner, TeamID: team, Sharing: sharing, Spec: `{"entity":"deals"}`,
			CreatedAt: now, CreatedBy: owner, UpdatedAt: now, UpdatedBy: owner}
	}
	write := func(fn func(tx *store.Tx) error) error { return s.Write(ctx, fn) }
	for _, r := range []store.ReportRecord{
		rec("r1", "Mine", "ana", "", store.SharingPrivate),
		rec("r2", "North pipeline", "bob", "north", store.SharingTeam),
		rec("r3", "Everyone's", "bob", "", store.SharingEveryone),
		rec("r4", "Bob private", "bob", "", store.SharingPrivate),
		rec("r5", "Mine", "bob", "", store.SharingPrivate), // same name, other owner
	} {
		if err := write(func(tx *store.Tx) error { return store.InsertReport(ctx, tx, r) }); err != nil {
			t.Fatalf("insert %s: %v", r.ID, err)
		}
	}
	errs := []struct {
		name string
		err  error
		code apperr.Code
	}{
		{"duplicate name per owner", write(func(tx *store.Tx) error {
			return store.InsertReport(ctx, tx, rec("x1", "mine", "ana", "", store.SharingPrivate))
		}), apperr.CodeConflict},
		{"team sharing needs a team", write(func(tx *store.Tx) error {
			return store.InsertReport(ctx, tx, rec("x2", "T", "ana", "", store.SharingTeam))
		}), apperr.CodeInvalid},
		{"unknown sharing", write(func(tx *store.Tx) error { return store.InsertReport(ctx, tx, rec("x3", "T", "ana", "", "public")) }), apperr.CodeInvalid},
		{"update absent", write(func(tx *store.Tx) error {
			return store.UpdateReport(ctx, tx, rec("nope", "T", "ana", "", store.SharingPrivate))
		}), apperr.CodeNotFound},
		{"delete absent", write(func(tx *store.Tx) error { return store.DeleteReport(ctx, tx, "nope") }), apperr.CodeNotFound},
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
		{"ana in north", "ana", []string{"north"}, []string{"r3", "r1", "r2"}},
		{"ana without teams", "ana", nil, []string{"r3", "r1"}},
		{"carl in south", "carl", []string{"south"}, []string{"r3"}},
		{"bob sees his own", "bob", nil, []string{"r4", "r3", "r5", "r2"}},
	}
	for _, l := range lists {
		t.Run(l.name, func(t *testing.T) {
			got, err := store.ListReports(ctx, s.Reader(), l.user, l.teams)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, r := range got {
				ids = append(ids, r.ID)
				if !r.VisibleTo(l.user, l.teams) {
					t.Errorf("%s listed but not VisibleTo", r.ID)
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

	t.Run("update and get", func(t *testing.T) {
		r := rec("r1", "Renamed", "ana", "north", store.SharingTeam)
		r.UpdatedAt, r.UpdatedBy, r.CreatedBy = now.Add(time.Hour), "admin", "someone else"
		if err := write(func(tx *store.Tx) error { return store.UpdateReport(ctx, tx, r) }); err != nil {
			t.Fatal(err)
		}
		got, err := store.GetReport(ctx, s.Reader(), "r1")
		if err != nil || got.Name != "Renamed" || got.Sharing != store.SharingTeam || got.CreatedBy != "ana" ||
			got.UpdatedBy != "admin" || !got.UpdatedAt.Equal(now.Add(time.Hour)) {
			t.Fatalf("got %+v, %v", got, err)
		}
		if err := write(func(tx *store.Tx) error { return store.DeleteReport(ctx, tx, "r1") }); err != nil {
			t.Fatal(err)
		}
		if _, err := store.GetReport(ctx, s.Reader(), "r1"); !apperr.Is(err, apperr.CodeNotFound) {
			t.Fatalf("after delete: %v", err)
		}
	})
}
