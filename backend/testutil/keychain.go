// Package testutil holds test doubles and fixtures. Only tests import it.
package testutil

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"fieldvault/backend/crypto"
)

// FakeKeychain is an in-memory crypto.Keychain whose failures tests control.
type FakeKeychain struct {
	mu    sync.Mutex
	items map[string]string
	// Broken, when set, makes every call fail with ErrKeychainUnavailable.
	Broken error
	// Hang, when set, makes every call block this long (to exercise timeouts
	// through crypto.WithTimeout).
	Hang  time.Duration
	Calls int
}

// NewFakeKeychain returns an empty working keychain.
func NewFakeKeychain() *FakeKeychain { return &FakeKeychain{items: map[string]string{}} }

func (k *FakeKeychain) enter() error {
	k.mu.Lock()
	k.Calls++
	hang, broken := k.Hang, k.Broken
	k.mu.Unlock()
	if hang > 0 {
		time.Sleep(hang)
	}
	if broken != nil {
		return fmt.Errorf("%w: %v", crypto.ErrKeychainUnavailable, broken)
	}
	return nil
}

// Get implements crypto.Keychain.
func (k *FakeKeychain) Get(service, account string) (string, error) {
	if err := k.enter(); err != nil {
		return "", err
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	v, ok := k.items[service+"/"+account]
	if !ok {
		return "", crypto.ErrKeychainItemNotFound
	}
	return v, nil
}

// Set implements crypto.Keychain.
func (k *FakeKeychain) Set(service, account, secret string) error {
	if err := k.enter(); err != nil {
		return err
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	k.items[service+"/"+account] = secret
	return nil
}

// Delete implements crypto.Keychain.
func (k *FakeKeychain) Delete(service, account string) error {
	if err := k.enter(); err != nil {
		return err
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	delete(k.items, service+"/"+account)
	return nil
}

// Len returns the number of stored items.
func (k *FakeKeychain) Len() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	return len(k.items)
}

// Secrets returns every stored secret (to prove they never reach disk).
func (k *FakeKeychain) Secrets() []string {
	k.mu.Lock()
	defer k.mu.Unlock()
	var out []string
	for _, v := range k.items {
		out = append(out, v)
	}
	return out
}

// ErrNoDBus imitates go-keyring's error on a machine without a session bus.
var ErrNoDBus = errors.New("The name org.freedesktop.secrets was not provided by any .service files")
