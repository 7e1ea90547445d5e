package store_test

import (
	"context"
	"testing"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/store"
	"fieldvault/backend/testutil"
)

// Schedules: checks, due selection, the claim that lets one scheduler run
// a slot, run history and the cascades from report and owner.
func TestReportSchedules(t *testing.T) {
	s := testutil.OpenStore(t)
	ctx := context.Background()
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	write := func(fn func(tx *store.Tx) error) error { return s.Write(ctx, fn) }
	roleID := "role1"
	if err := write(func(tx *store.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO roles(id, name, grants, created_at, updated_at) VALUES (?, 'Role', '{}', '', '')`, roleID)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	for _, u := range []string{"ana", "bob"} {
		if err := write(func(tx *store.Tx) error {
			_, err := tx.ExecContext(ctx, `INSERT INTO users(id, username, display_name, role_id, password_hash, created_at, updated_at)
				VALUES (?, ?, ?, ?, 'x', '', '')`, u, u, u, roleID)
			return err
		}); err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range []string{"r1", "r2"} {
		if err := write(func(tx *store.Tx) error {
			return store.InsertReport(ctx, tx, store.ReportRecord{ID: id, Name: "Report " + id, OwnerID: "ana", Sharing: store.SharingEveryone,
				Spec: `{"entity":"deals"}`, CreatedAt: now, UpdatedAt: now})
		}); err != nil {
			t.Fatal(err)
		}
	}
	sched := func(id, report, owner string, next time.Time) store.ScheduleRecord {
		return store.ScheduleRecord{ID: id, ReportID: report, OwnerID: owner, Frequency: "daily", Time: "09:00", TimeZone: "UTC",
			Folder: "/tmp", FilePattern: "{report}", Enabled: !next.IsZero(), NextRunAt: next, CreatedAt: now, UpdatedAt: now}
	}
	insert := func(r store.ScheduleRecord) error {
		return write(func(tx *store.Tx) error { return store.InsertSchedule(ctx, tx, r) })
	}
	for _, r := range []store.ScheduleRecord{
		sched("s1", "r1", "ana", now.Add(-time.Hour)),
		sched("s2", "r2", "ana", now.Add(time.Hour)),
		sched("s3", "r1", "bob", now.Add(-2*time.Hour)),
		sched("s4", "r2", "bob", time.Time{}), // disabled
	} {
		if err := insert(r); err != nil {
			t.Fatalf("insert %s: %v", r.ID, err)
		}
	}
	bad := func(f func(r *store.ScheduleRecord)) store.ScheduleRecord {
		r := sched("x", "r1", "ana", now)
		f(&r)
		return r
	}
	errs := []struct {
		name string
		rec  store.ScheduleRecord
	}{
		{"weekly without weekday", bad(func(r *store.ScheduleRecord) { r.Frequency = "weekly" })},
		{"monthly without day", bad(func(r *store.ScheduleRecord) { r.Frequency = "monthly" })},
		{"day 29", bad(func(r *store.ScheduleRecord) { r.Frequency, r.DayOfMonth = "monthly", 29 })},
		{"hourly", bad(func(r *store.ScheduleRecord) { r.Frequency = "hourly" })},
		{"bad time", bad(func(r *store.ScheduleRecord) { r.Time = "24:00" })},
		{"enabled without next run", bad(func(r *store.ScheduleRecord) { r.NextRunAt = time.Time{} })},
		{"unknown report", bad(func(r *store.ScheduleRecord) { r.ReportID = "nope" })},
		{"unknown owner", bad(func(r *store.ScheduleRecord) { r.OwnerID = "nope" })},
	}
	for _, e := range errs {
		t.Run(e.name, func(t *testing.T) {
			if err := insert(e.rec); !apperr.Is(err, apperr.CodeInvalid) {
				t.Fatalf("got %v, want invalid", err)
			}
		})
	}

	t.Run("list and due", func(t *testing.T) {
		list, err := store.ListSchedules(ctx, s.Reader(), "ana")
		if err != nil || len(list) != 2 || list[0].ID != "s1" || list[0].ReportName != "Report r1" {
			t.Fatalf("ana's schedules %+v %v", list, err)
		}
		due, err := store.DueSchedules(ctx, s.Reader(), now)
		if err != nil || len(due) != 2 || due[0].ID != "s3" || due[1].ID != "s1" {
			t.Fatalf("due %+v %v", due, err)
		}
		next, ok, err := store.NextDue(ctx, s.Reader())
		if err != nil || !ok || !next.Equal(now.Add(-2*time.Hour)) {
			t.Fatalf("next due %v %v %v", next, ok, err)
		}
	})

	t.Run("claim once", func(t *testing.T) {
		due := now.Add(-time.Hour)
		var got []bool
		for range 2 {
			if err := write(func(tx *store.Tx) error {
				ok, err := store.ClaimSchedule(ctx, tx, "s1", due, now.Add(23*time.Hour))
				got = append(got, ok)
				return err
			}); err != nil {
				t.Fatal(err)
			}
		}
		if !got[0] || got[1] {
			t.Fatalf("claims %v, want [true false]", got)
		}
		if err := write(func(tx *store.Tx) error { return store.RestoreNextRun(ctx, tx, "s1", due) }); err != nil {
			t.Fatal(err)
		}
		if r, _ := store.GetSchedule(ctx, s.Reader(), "s1"); !r.NextRunAt.Equal(due) {
			t.Fatalf("restored next run %v", r.NextRunAt)
		}
	})

	t.Run("runs", func(t *testing.T) {
		for i := range store.MaxRunsKept + 5 {
			at := now.Add(time.Duration(i) * time.Minute)
			if err := write(func(tx *store.Tx) error {
				return store.InsertRun(ctx, tx, store.RunRecord{ID: store.NewID(), ScheduleID: "s2", ReportID: "r2", DueAt: at,
					StartedAt: at, Status: "running"})
			}); err != nil {
				t.Fatal(err)
			}
		}
		runs, err := store.ListRuns(ctx, s.Reader(), "s2")
		if err != nil || len(runs) != store.MaxRunsKept {
			t.Fatalf("%d runs kept, %v", len(runs), err)
		}
		last := runs[0]
		last.Status, last.Rows, last.File, last.FinishedAt = "ok", 7, "/tmp/x.xlsx", now.Add(time.Hour)
		if err := write(func(tx *store.Tx) error { return store.FinishRun(ctx, tx, last) }); err != nil {
			t.Fatal(err)
		}
		var stale []store.RunRecord
		if err := write(func(tx *store.Tx) error {
			var err error
			stale, err = store.FailStaleRuns(ctx, tx, now, "interrupted")
			return err
		}); err != nil || len(stale) != store.MaxRunsKept-1 {
			t.Fatalf("%d stale runs, %v", len(stale), err)
		}
		lasts, err := store.LastRuns(ctx, s.Reader(), "ana")
		if err != nil || len(lasts) != 1 || lasts["s2"].Status != "ok" || lasts["s2"].Rows != 7 {
			t.Fatalf("last runs %+v %v", lasts, err)
		}
		if err := write(func(tx *store.Tx) error { return store.FinishRun(ctx, tx, store.RunRecord{ID: "nope", Status: "ok"}) }); !apperr.Is(err, apperr.CodeNotFound) {
			t.Fatalf("finish absent: %v", err)
		}
	})

	t.Run("cascades", func(t *testing.T) {
		if err := write(func(tx *store.Tx) error { return store.DeleteReport(ctx, tx, "r2") }); err != nil {
			t.Fatal(err)
		}
		if _, err := store.GetSchedule(ctx, s.Reader(), "s2"); !apperr.Is(err, apperr.CodeNotFound) {
			t.Fatalf("schedule of a deleted report: %v", err)
		}
		if runs, _ := store.ListRuns(ctx, s.Reader(), "s2"); len(runs) != 0 {
			t.Fatalf("%d runs left", len(runs))
		}
		if err := write(func(tx *store.Tx) error { return store.DeleteUser(ctx, tx, "bob") }); err != nil {
			t.Fatal(err)
		}
		if n, _ := store.CountSchedules(ctx, s.Reader(), "bob"); n != 0 {
			t.Fatalf("%d schedules of a deleted owner", n)
		}
		if err := write(func(tx *store.Tx) error { return store.DeleteSchedule(ctx, tx, "s1") }); err != nil {
			t.Fatal(err)
		}
		if err := write(func(tx *store.Tx) error { return store.DeleteSchedule(ctx, tx, "s1") }); !apperr.Is(err, apperr.CodeNotFound) {
			t.Fatalf("delete absent: %v", err)
		}
	})
}
