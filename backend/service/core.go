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
	"os"
	"os/user"
	"sync"
	"time"

	"fieldvault/backend/apperr"
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
	EventLocked   = "workspace:locked"
	EventUnlocked = "workspace:unlocked"
)

// Device describes this machine for status and (later) audit entries.
type Device struct {
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
	return d
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
	// probe is the last keychain probe (nil until the first one).
	probe *model.KeychainStatus
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
}

// NewCore returns a Core for the workspace in cfg.Dir, locked.
func NewCore(cfg Config) *Core {
	v := vault.New(cfg.Dir, cfg.Keychain)
	v.Now = cfg.Now
	em := cfg.Emitter
	if em == nil {
		em = nopEmitter{}
	}
	t := cfg.CallTimeout
	if t <= 0 {
		t = 60 * time.Second
	}
	return &Core{vault: v, emitter: em, device: cfg.Device, version: cfg.Version, keychain: cfg.Keychain, timeout: t}
}

// SetEmitter replaces the emitter (app.go calls it once the runtime exists).
func (c *Core) SetEmitter(e Emitter) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.emitter = e
}

// Shutdown locks the workspace: closes the store and wipes the key.
func (c *Core) Shutdown() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.lockLocked()
}

func (c *Core) lockLocked() error {
	if c.session == nil {
		return nil
	}
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
