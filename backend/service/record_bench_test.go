package service_test

import (
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"fieldvault/backend/crypto"
	"fieldvault/backend/model"
	"fieldvault/backend/rbac"
	"fieldvault/backend/service"
	"fieldvault/backend/testutil"
)

// Benchmarks over a workspace of N contacts and N deals (N from
// $FIELDVAULT_BENCH_N, default 100,000; plus N/10 companies and the leads,
// activities and tasks the demo generator adds). Run, e.g.:
//
//	FIELDVAULT_BENCH_N=1000000 go test ./backend/service -run '^$' -bench Records -benchtime 200x -count 5
//
// Not part of the default test run (benchmarks only run with -bench).
type benchWS struct {
	core    *service.Core
	records *service.RecordService
	search  *service.SearchService
	session *service.SessionService
	contact string // an id with a timeline
}

var (
	benchOnce sync.Once
	bench     *benchWS
	benchErr  error
)

// benchDir is the benchmark workspace's folder, removed by TestMain.
var benchDir string

// closeBenchWorkspace shuts the benchmark workspace and deletes its folder.
func closeBenchWorkspace() {
	if bench != nil {
		_ = bench.core.Shutdown()
	}
	if benchDir != "" {
		_ = os.RemoveAll(benchDir)
	}
}

func benchN() int {
	if n, err := strconv.Atoi(os.Getenv("FIELDVAULT_BENCH_N")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

func benchWorkspace(b *testing.B) *benchWS {
	benchOnce.Do(func() { bench, benchErr = newBenchWS(benchN()) })
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	return bench
}

func newBenchWS(n int) (*benchWS, error) {
	dir, err := os.MkdirTemp("", "fieldvault-bench-")
	if err != nil {
		return nil, err
	}
	benchDir = dir
	clock := testutil.NewClock(time.Now())
	core := service.NewCore(service.Config{Dir: filepath.Join(dir, "ws"), Keychain: crypto.WithTimeout(testutil.NewFakeKeychain(), time.Second),
		Now: clock.Now, CallTimeout: 10 * time.Minute})
	ws := service.NewWorkspaceService(core)
	if _, err := ws.Create(model.CreateWorkspaceRequest{Name: "Bench", Unlock: model.UnlockPassphrase, Passphrase: pass,
		AdminUsername: "admin", AdminPassword: "admin password 1"}); err != nil {
		return nil, err
	}
	teams, users := service.NewTeamService(core), service.NewUserService(core)
	for i, name := range []string{"North", "South", "East"} {
		t, err := teams.Create(name)
		if err != nil {
			return nil, err
		}
		if _, err := users.Create(model.NewUser{Username: "mgr" + strconv.Itoa(i), RoleID: rbac.RoleSalesManager,
			TeamIDs: []string{t.ID}, Password: "initial password 1"}); err != nil {
			return nil, err
		}
	}
	if err := core.GenerateDemo(service.DemoOptions{Contacts: n, Companies: n / 10, Deals: n, Seed: 42}, nil); err != nil {
		return nil, err
	}
	w := &benchWS{core: core, records: service.NewRecordService(core), search: service.NewSearchService(core), session: service.NewSessionService(core)}
	page, err := w.records.List(model.ListQuery{Entity: "activities", Limit: 1})
	if err != nil || len(page.Rows) == 0 {
		return nil, err
	}
	w.contact, _ = page.Rows[0].Values["relatedId"].(string)
	if page.Rows[0].Values["relatedEntity"] != "contacts" {
		c, err := w.records.List(model.ListQuery{Entity: "contacts", Limit: 1})
		if err != nil {
			return nil, err
		}
		w.contact = c.Rows[0].ID
	}
	return w, nil
}

// signIn switches the benchmark session to admin or mgr0 (a Sales Manager
// of team North: team scope).
func (w *benchWS) signIn(b *testing.B, user string) {
	_ = w.session.SignOut()
	pw := "admin password 1"
	if user != "admin" {
		pw = "initial password 1"
	}
	info, err := w.session.SignIn(model.SignInRequest{Username: user, Password: pw})
	if err != nil {
		b.Fatal(err)
	}
	if info.User.MustChangePassword {
		if err := w.session.ChangePassword(pw, "bench password 1"); err != nil {
			b.Fatal(err)
		}
		_ = w.session.SignOut()
		if _, err := w.session.SignIn(model.SignInRequest{Username: user, Password: "bench password 1"}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRecords(b *testing.B) {
	w := benchWorkspace(b)
	for _, user := range []string{"admin", "mgr0"} {
		w.signIn(b, user)
		b.Run(user+"/list_sorted_filtered_first_page", func(b *testing.B) {
			q := model.ListQuery{Entity: "contacts", Sort: "lastName", Limit: 100,
				Filters: []model.Filter{{Field: "region", Op: model.OpEq, Value: "North"}}}
			for b.Loop() {
				if _, err := w.records.List(q); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(user+"/list_deals_recent_first_page", func(b *testing.B) {
			for b.Loop() {
				if _, err := w.records.List(model.ListQuery{Entity: "deals", Limit: 100}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(user+"/search_as_you_type", func(b *testing.B) {
			typed := []string{"mü", "mül", "müll", "mülle", "müller", "müller a", "müller an"}
			i := 0
			for b.Loop() {
				if _, err := w.search.Search(typed[i%len(typed)], 20); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
	w.signIn(b, "admin")
	b.Run("admin/open_record_with_timeline", func(b *testing.B) {
		for b.Loop() {
			if _, err := w.records.Get("contacts", w.contact); err != nil {
				b.Fatal(err)
			}
			if _, err := w.records.Timeline("contacts", w.contact); err != nil {
				b.Fatal(err)
			}
		}
	})
	var id string
	b.Run("admin/insert", func(b *testing.B) {
		for b.Loop() {
			r, err := w.records.Create(model.RecordInput{Entity: "contacts", Values: map[string]any{"firstName": "Bench", "lastName": "Mark",
				"email": "bench@example.com", "region": "West", "tags": []string{"bench"}}})
			if err != nil {
				b.Fatal(err)
			}
			id = r.ID
		}
	})
	b.Run("admin/update", func(b *testing.B) {
		i := 0
		for b.Loop() {
			i++
			if _, err := w.records.Update(model.RecordInput{Entity: "contacts", ID: id, Values: map[string]any{"title": "T" + strconv.Itoa(i)}}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
