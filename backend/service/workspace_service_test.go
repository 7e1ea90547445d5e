package service_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/crypto"
	"fieldvault/backend/model"
	"fieldvault/backend/service"
	"fieldvault/backend/testutil"
)

const pass = "correct horse battery staple"

func TestMain(m *testing.M) {
	crypto.DefaultArgon2 = crypto.Argon2Params{Time: 1, MemKiB: 8 * 1024, Threads: 1}
	code := m.Run()
	closeBenchWorkspace() // a benchmark workspace is gigabytes: never leave it behind
	os.Exit(code)
}

type fixture struct {
	svc   *service.WorkspaceService
	core  *service.Core
	kc    *testutil.FakeKeychain
	em    *testutil.Emitter
	clock *testutil.Clock
	dir   string
}

func newFixture(t *testing.T) fixture {
	t.Helper()
	kc := testutil.NewFakeKeychain()
	em := &testutil.Emitter{}
	clock := testutil.NewClock(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	dir := filepath.Join(t.TempDir(), "ws")
	core := service.NewCore(service.Config{
		Dir: dir, Keychain: crypto.WithTimeout(kc, 200*time.Millisecond), Now: clock.Now,
		Emitter: em, Device: service.Device{ID: "dev1", OSUser: "ana", Hostname: "laptop-7"}, Version: "test",
	})
	t.Cleanup(func() { _ = core.Shutdown() })
	return fixture{svc: service.NewWorkspaceService(core), core: core, kc: kc, em: em, clock: clock, dir: dir}
}

// Every method that needs an unlocked workspace refuses while locked.
func TestLockedWorkspaceRefuses(t *testing.T) {
	f := newFixture(t)
	calls := map[string]func() error{
		"AcknowledgeRecoveryKey": func() error { return f.svc.AcknowledgeRecoveryKey() },
		"Lock":                   func() error { return f.svc.Lock() },
		"ChangePassphrase":       func() error { return f.svc.ChangePassphrase(pass, pass+"!") },
		"SetKeychainUnlock":      func() error { _, err := f.svc.SetKeychainUnlock(false); return err },
		"RotateKeychainKey":      func() error { return f.svc.RotateKeychainKey() },
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			if err := call(); !apperr.Is(err, apperr.CodeLocked) {
				t.Fatalf("got %v, want locked", err)
			}
		})
	}
}

func TestSetupLockUnlockFlow(t *testing.T) {
	f := newFixture(t)
	st, err := f.svc.Status()
	if err != nil || st.Exists || st.Unlocked || st.OSUser != "ana" {
		t.Fatalf("fresh status %+v %v", st, err)
	}
	if ks, _ := f.svc.ProbeKeychain(); !ks.Available {
		t.Fatalf("probe: %+v", ks)
	}
	res, err := f.svc.Create(model.CreateWorkspaceRequest{AdminUsername: "admin", AdminPassword: "admin password 1", Name: "Acme", Unlock: model.UnlockKeychain, Passphrase: pass})
	if err != nil {
		t.Fatal(err)
	}
	if res.RecoveryKey == "" || !res.Status.Unlocked || !res.Status.RecoveryPending || res.Status.Name != "Acme" {
		t.Fatalf("create result %+v", res)
	}
	if !slices.Equal(res.Status.UnlockMethods, []string{"keychain", "passphrase", "user", "recovery"}) {
		t.Fatalf("methods %v", res.Status.UnlockMethods)
	}
	if _, err := f.svc.Create(model.CreateWorkspaceRequest{AdminUsername: "admin", AdminPassword: "admin password 1", Name: "Again", Unlock: model.UnlockKeychain}); !apperr.Is(err, apperr.CodeConflict) {
		t.Fatalf("second create: %v", err)
	}
	if err := f.svc.AcknowledgeRecoveryKey(); err != nil {
		t.Fatal(err)
	}
	if err := f.svc.Lock(); err != nil {
		t.Fatal(err)
	}
	if st, _ := f.svc.Status(); st.Unlocked || st.Name != "" || !st.Exists {
		t.Fatalf("locked status leaks or is wrong: %+v", st)
	}
	// keychain gone: a clear "unavailable", then the passphrase works
	f.kc.Broken = testutil.ErrNoDBus
	if ks, _ := f.svc.ProbeKeychain(); ks.Available || ks.Message == "" {
		t.Fatalf("probe of a broken keychain: %+v", ks)
	}
	if _, err := f.svc.UnlockKeychain(); !apperr.Is(err, apperr.CodeUnavailable) {
		t.Fatalf("keychain unlock: %v", err)
	}
	if _, err := f.svc.UnlockPassphrase("nope nope nope"); !apperr.Is(err, apperr.CodeUnauthenticated) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	st, err = f.svc.UnlockPassphrase(pass)
	if err != nil || !st.Unlocked || st.RecoveryPending || st.UnlockedBy != "passphrase" || st.SchemaVersion < 1 || st.PageCount < 1 {
		t.Fatalf("unlock: %+v %v", st, err)
	}
	want := []string{service.EventUnlocked, service.EventSignedOut, service.EventLocked, service.EventUnlocked}
	if got := f.em.Names(); !slices.Equal(got, want) {
		t.Fatalf("events %v, want %v", got, want)
	}
}

func TestSetupValidationErrorsNameFields(t *testing.T) {
	f := newFixture(t)
	_, err := f.svc.Create(model.CreateWorkspaceRequest{AdminUsername: "admin", AdminPassword: "admin password 1", Name: "", Unlock: model.UnlockPassphrase, Passphrase: "short"})
	var e *apperr.Error
	if !apperr.Is(err, apperr.CodeInvalid) {
		t.Fatalf("got %v", err)
	}
	e = err.(*apperr.Error)
	if e.Fields["name"] == "" || e.Fields["passphrase"] == "" {
		t.Fatalf("fields %v", e.Fields)
	}
	if st, _ := f.svc.Status(); st.Exists {
		t.Fatal("invalid setup created a workspace")
	}
}

func TestUnlockWhileUnlockedChecksNothingAndRefuses(t *testing.T) {
	f := newFixture(t)
	res, err := f.svc.Create(model.CreateWorkspaceRequest{AdminUsername: "admin", AdminPassword: "admin password 1", Name: "Acme", Unlock: model.UnlockPassphrase, Passphrase: pass})
	if err != nil {
		t.Fatal(err)
	}
	for name, call := range map[string]func() error{
		"passphrase": func() error { _, err := f.svc.UnlockPassphrase("totally wrong"); return err },
		"recovery":   func() error { _, err := f.svc.UnlockRecovery("garbage"); return err },
		"keychain":   func() error { _, err := f.svc.UnlockKeychain(); return err },
	} {
		t.Run(name, func(t *testing.T) {
			if err := call(); !apperr.Is(err, apperr.CodeConflict) {
				t.Fatalf("got %v, want conflict", err)
			}
		})
	}
	_ = res
}

func TestStatusCarriesTheKeychainProbe(t *testing.T) {
	f := newFixture(t)
	if _, err := f.svc.Create(model.CreateWorkspaceRequest{AdminUsername: "admin", AdminPassword: "admin password 1", Name: "Acme", Unlock: model.UnlockPassphrase, Passphrase: pass}); err != nil {
		t.Fatal(err)
	}
	st, _ := f.svc.Status()
	if !st.Keychain.Available {
		t.Fatalf("a working keychain reads as unavailable: %+v", st.Keychain)
	}
	f.kc.Broken = testutil.ErrNoDBus
	if _, err := f.svc.ProbeKeychain(); err != nil {
		t.Fatal(err)
	}
	st, _ = f.svc.Status()
	if st.Keychain.Available || st.Keychain.Message == "" {
		t.Fatalf("a broken keychain reads as available: %+v", st.Keychain)
	}
	if _, err := f.svc.SetKeychainUnlock(true); !apperr.Is(err, apperr.CodeUnavailable) {
		t.Fatalf("enable through a broken keychain: %v", err)
	}
	f.kc.Broken = nil
	st, err := f.svc.SetKeychainUnlock(true)
	if err != nil || !slices.Contains(st.UnlockMethods, "keychain") {
		t.Fatalf("remember on this device: %+v %v", st, err)
	}
}

// Bound methods are called concurrently by the page; the core serialises them.
func TestConcurrentCalls(t *testing.T) {
	f := newFixture(t)
	if _, err := f.svc.Create(model.CreateWorkspaceRequest{AdminUsername: "admin", AdminPassword: "admin password 1", Name: "Acme", Unlock: model.UnlockKeychain, Passphrase: pass}); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	for i := 0; i < 4; i++ {
		go func(i int) {
			defer func() { done <- struct{}{} }()
			for j := 0; j < 20; j++ {
				switch (i + j) % 4 {
				case 0:
					_, _ = f.svc.Status()
				case 1:
					_ = f.svc.Lock()
				case 2:
					_, _ = f.svc.UnlockKeychain()
				case 3:
					_, _ = f.svc.ProbeKeychain()
				}
			}
		}(i)
	}
	for i := 0; i < 4; i++ {
		<-done
	}
	if _, err := f.svc.Status(); err != nil {
		t.Fatal(err)
	}
}
