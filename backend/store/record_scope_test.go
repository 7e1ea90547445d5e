package store_test

import (
	"context"
	"testing"

	"fieldvault/backend/apperr"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/schema"
	"fieldvault/backend/store"
	"fieldvault/backend/testutil"
)

// A role whose update or delete scope is wider than its read scope (grants
// saved before rbac refused them, or built by hand) must not reach records
// it cannot read: every write, and the Trash, also need read scope.
func TestWriteScopeNeedsReadScope(t *testing.T) {
	s := testutil.OpenStore(t)
	ctx := context.Background()
	e, err := schema.Get("contacts")
	if err != nil {
		t.Fatal(err)
	}
	admin := rbac.Actor{UserID: "admin", Grants: rbac.FullGrants()}
	wide := rbac.Actor{UserID: "me", TeamIDs: []string{"north"}, Grants: rbac.Grants{Scopes: map[rbac.Entity]map[rbac.Action]rbac.Scope{
		rbac.EntityContacts: {rbac.ActionRead: rbac.ScopeOwn, rbac.ActionUpdate: rbac.ScopeAll, rbac.ActionDelete: rbac.ScopeAll},
	}}}
	now := store.FormatTime(clockTime)
	put := func(owner, team string, trash bool) model.RecordItem {
		t.Helper()
		r := model.RecordItem{ID: store.NewID(), Entity: "contacts", OwnerID: owner, TeamID: team,
			CreatedAt: now, CreatedBy: owner, UpdatedAt: now, UpdatedBy: owner, Values: map[string]any{"lastName": "L" + owner}}
		if err := s.Write(ctx, func(tx *store.Tx) error {
			if err := store.InsertRecord(ctx, tx, e, r); err != nil {
				return err
			}
			if trash {
				return store.TrashRecord(ctx, tx, e, admin, r.ID, now)
			}
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return r
	}
	write := func(f func(tx *store.Tx) error) error { return s.Write(ctx, f) }
	tests := []struct {
		name  string
		trash bool
		op    func(r model.RecordItem) error
	}{
		{"get for update", false, func(r model.RecordItem) error {
			_, err := store.GetRecord(ctx, s.Reader(), e, wide, rbac.ActionUpdate, r.ID, false)
			return err
		}},
		{"get for delete", false, func(r model.RecordItem) error {
			_, err := store.GetRecord(ctx, s.Reader(), e, wide, rbac.ActionDelete, r.ID, false)
			return err
		}},
		{"get from trash", true, func(r model.RecordItem) error {
			_, err := store.GetRecord(ctx, s.Reader(), e, wide, rbac.ActionDelete, r.ID, true)
			return err
		}},
		{"get many for update", false, func(r model.RecordItem) error {
			got, err := store.GetRecords(ctx, s.Reader(), e, wide, rbac.ActionUpdate, []string{r.ID})
			if err == nil && len(got) == 0 {
				return apperr.New(apperr.CodeNotFound, "left out")
			}
			return err
		}},
		{"update", false, func(r model.RecordItem) error {
			r.Values["lastName"] = "Changed"
			return write(func(tx *store.Tx) error {
				return store.UpdateRecord(ctx, tx, e, wide, r, map[string]any{"lastName": "Changed"})
			})
		}},
		{"trash", false, func(r model.RecordItem) error {
			return write(func(tx *store.Tx) error { return store.TrashRecord(ctx, tx, e, wide, r.ID, now) })
		}},
		{"restore", true, func(r model.RecordItem) error {
			return write(func(tx *store.Tx) error { return store.RestoreRecord(ctx, tx, e, wide, r.ID, now) })
		}},
		{"purge", true, func(r model.RecordItem) error {
			return write(func(tx *store.Tx) error { return store.PurgeRecord(ctx, tx, e, wide, r.ID) })
		}},
		{"trash list", true, func(r model.RecordItem) error {
			rows, _, _, err := store.ListRecords(ctx, s.Reader(), e, wide, model.ListQuery{Entity: "contacts", Trash: true})
			for _, x := range rows {
				if x.ID == r.ID {
					return err
				}
			}
			if err == nil {
				err = apperr.New(apperr.CodeNotFound, "not listed")
			}
			return err
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			other := put("someone", "north", tt.trash)
			if err := tt.op(other); !apperr.Is(err, apperr.CodeNotFound) {
				t.Fatalf("on a record outside read scope: got %v, want not found", err)
			}
			mine := put("me", "north", tt.trash)
			if err := tt.op(mine); err != nil {
				t.Fatalf("on an own record: %v", err)
			}
		})
	}
}
