// Package service holds the structs bound to the frontend, one per area.
// Every bound method checks the workspace session itself (the frontend is not
// a trust boundary) and returns (T, error) with errors as *apperr.Error.
//
// Core is the shared, unbound state: the workspace folder, the unlocked
// session and the collaborators (keychain, emitter, clock). Lifecycle methods
// live on Core so that Wails never exposes them to the page.
package service

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/user"
	"path/filepath"
	"sync"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/crypto"
	"fieldvault/backend/model"
	"fieldvault/backend/vault"
)

// Emitter sends events to the frontend; app.go adapts the Wails runtime and
// tests record. Emit must not block.
type Emitter interface {
	Emit(name string, data ...any)
}

// Event names the frontend listens to.
const (
	EventLocked    = "workspace:locked"
	EventUnlocked  = "workspace:unlocked"
	EventSignedOut = "session:signed-out"
)

func minutes(n int) time.Duration { return time.Duration(n) * time.Minute }

// Device describes this machine for status and audit entries.
type Device struct {
	ID       string // stable per machine (hash of the OS machine id)
	OSUser   string
	Hostname string
}

// CurrentDevice reads the OS account and host name ("unknown" when absent).
func CurrentDevice() Device {
	d := Device{OSUser: "unknown", Hostname: "unknown"}
	if u, err := user.Current(); err == nil && u.Username != "" {
		d.OSUser = u.Username
	}
	if h, err := os.Hostname(); err == nil && h != "" {
		d.Hostname = h
	}
	d.ID = deviceID(d.Hostname)
	return d
}

// deviceID derives a stable, non-reversible id from the OS machine id (the
// host name where there is none).
func deviceID(hostname string) string {
	src := hostname
	for _, p := range []string{"/etc/machine-id", "/var/lib/dbus/machine-id"} {
		if b, err := os.ReadFile(p); err == nil && len(b) > 0 {
			src = string(b)
			break
		}
	}
	sum := sha256.Sum256([]byte("fieldvault device\x00" + src))
	return hex.EncodeToString(sum[:8])
}

// Core is the state every bound service shares.
type Core struct {
	mu       sync.Mutex
	vault    *vault.Vault
	session  *vault.Session
	emitter  Emitter
	device   Device
	version  string
	keychain crypto.Keychain
	timeout  time.Duration
	// sessionEnd runs when a session ends (onSessionEnd)
	sessionEnd   []func()
	openByDialog bool
	openMu       sync.Mutex
	openGrants   map[string]bool // paths the Open dialog returned
	// restoring is set while WorkspaceService.RestoreBackup writes the
	// workspace folder: nothing may create or unlock one meanwhile.
	restoring bool
	// probe is the last keychain probe (nil until the first one).
	probe *model.KeychainStatus
	now   func() time.Time
	// The signed-in user ("" when nobody is), the hash of the session's
	// random token (for audit entries) and the time of the last call.
	userID       string
	sessionHash  string
	lastActivity time.Time
	// failures throttles sign-in attempts that cannot be recorded in the
	// database (workspace still locked, or an unknown user name).
	failures *throttle
	// pending holds audit entries about attempts made while the workspace was
	// locked; they are written at the next unlock.
	pending []*audit.Entry
	// watch runs the suspicious-activity rules over the open store's audit
	// log; live is the session state it shares (see liveSession).
	watch   *alertWatch
	live    liveSession
	noRules bool // Config.NoAlertRules
}

// Config builds a Core.
type Config struct {
	Dir      string
	Keychain crypto.Keychain
	Emitter  Emitter
	Device   Device
	Version  string
	Now      func() time.Time
	// CallTimeout bounds each backend call's context (default 60 s).
	CallTimeout time.Duration
	// NoAlertRules leaves the suspicious-activity rules to another process:
	// the CLI sets it, and the app evaluates what the CLI wrote (it polls
	// the log, and catches up at start).
	NoAlertRules bool
	// OpenByDialog limits the files the services read (imports, restores)
	// to those the window's Open dialog returned (GrantOpen): the window's
	// frontend is not trusted to name any file on disk. The CLI leaves it
	// off (its files are named on its command line).
	OpenByDialog bool
}

// NewCore returns a Core for the workspace in cfg.Dir, locked.
func NewCore(cfg Config) *Core {
	v := vault.New(cfg.Dir, cfg.Keychain)
	v.Now = cfg.Now
	v.Device = audit.Device{DeviceID: cfg.Device.ID, Hostname: cfg.Device.Hostname, OSUser: cfg.Device.OSUser, AppVersion: cfg.Version}
	em := cfg.Emitter
	if em == nil {
		em = nopEmitter{}
	}
	t := cfg.CallTimeout
	if t <= 0 {
		t = 60 * time.Second
	}
	now := cfg.Now
	if now == nil {
		now = time.Now
	}
	c := &Core{vault: v, emitter: em, device: cfg.Device, version: cfg.Version, keychain: cfg.Keychain, timeout: t,
		now: now, failures: newThrottle(), noRules: cfg.NoAlertRules, openByDialog: cfg.OpenByDialog}
	c.live.emitter = em
	return c
}

// SetEmitter replaces the emitter (app.go calls it once the runtime exists).
func (c *Core) SetEmitter(e Emitter) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.emitter = e
	c.live.setEmitter(e)
}

// Shutdown locks the workspace: closes the store and wipes the key.
func (c *Core) Shutdown() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lockLocked()
}

func (c *Core) lockLocked() error {
	c.endSessionLocked()
	if c.session == nil {
		return nil
	}
	// The alert watcher stops (and saves its place) before the store closes;
	// key slots of accounts it locked go with it.
	c.unwatchLocked()
	ctx, cancel := c.ctx()
	c.alertSlotsLocked(ctx)
	cancel()
	err := c.session.Close()
	c.session = nil
	return err
}

// ctx returns a bounded context for one backend call.
func (c *Core) ctx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), c.timeout)
}

// unlocked returns the session or CodeLocked. Callers hold c.mu.
func (c *Core) unlocked() (*vault.Session, error) {
	if c.session == nil {
		return nil, apperr.New(apperr.CodeLocked, "The workspace is locked. Unlock it first.")
	}
	return c.session, nil
}

// probeLocked probes the keychain (bounded by its timeout) and remembers the
// answer. Callers hold c.mu.
func (c *Core) probeLocked() model.KeychainStatus {
	st := model.KeychainStatus{Available: true}
	if err := crypto.ProbeKeychain(c.keychain); err != nil {
		st = model.KeychainStatus{Message: keychainMessage(err)}
	}
	c.probe = &st
	return st
}

type nopEmitter struct{}

func (nopEmitter) Emit(string, ...any) {}

// GrantOpen lets the services read path: the window's Open dialog calls
// it with what the user chose (see Config.OpenByDialog). Not bound.
func (c *Core) GrantOpen(path string) {
	if path == "" {
		return
	}
	c.openMu.Lock()
	defer c.openMu.Unlock()
	if c.openGrants == nil {
		c.openGrants = map[string]bool{}
	}
	c.openGrants[filepath.Clean(path)] = true
}

// mayOpen refuses a path the Open dialog did not return (when
// Config.OpenByDialog): CodeInvalid naming "path".
func (c *Core) mayOpen(path string) error {
	if !c.openByDialog {
		return nil
	}
	c.openMu.Lock()
	defer c.openMu.Unlock()
	if !c.openGrants[filepath.Clean(path)] {
		return apperr.Invalid("Choose the file with the Open button.", map[string]string{"path": "not chosen in the Open dialog"})
	}
	return nil
}
