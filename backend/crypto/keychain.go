package crypto

import (
	"errors"
	"fmt"
	"time"

	"github.com/zalando/go-keyring"
)

// Keychain stores small secrets in the operating system's credential store.
// Implementations must not block for long: OSKeychain bounds every call.
type Keychain interface {
	// Get returns the secret, ErrKeychainItemNotFound when the store has no
	// such item, or an error wrapping ErrKeychainUnavailable.
	Get(service, account string) (string, error)
	// Set stores or replaces the secret, or fails with ErrKeychainUnavailable.
	Set(service, account, secret string) error
	// Delete removes the item; a missing item is not an error.
	Delete(service, account string) error
}

var (
	// ErrKeychainItemNotFound: the keychain works but holds no such item.
	ErrKeychainItemNotFound = errors.New("keychain item not found")
	// ErrKeychainUnavailable: no keychain here, it is locked, or it timed out.
	ErrKeychainUnavailable = errors.New("the OS keychain is not available")
)

// DefaultKeychainTimeout bounds each keychain call: a locked Secret Service
// collection can wait for an unlock prompt forever.
const DefaultKeychainTimeout = 5 * time.Second

// NewOSKeychain returns the Keychain of the OS (macOS Keychain, Windows
// Credential Manager, Linux Secret Service) through go-keyring, each call
// bounded by timeout (DefaultKeychainTimeout when zero).
func NewOSKeychain(timeout time.Duration) Keychain {
	return WithTimeout(goKeyring{}, timeout)
}

// goKeyring adapts go-keyring and classifies its errors: it has no constant
// for "no keychain", so anything but ErrNotFound means unavailable.
type goKeyring struct{}

func (goKeyring) Get(service, account string) (string, error) {
	v, err := keyring.Get(service, account)
	return v, classify(err)
}

func (goKeyring) Set(service, account, secret string) error {
	return classify(keyring.Set(service, account, secret))
}

func (goKeyring) Delete(service, account string) error {
	err := classify(keyring.Delete(service, account))
	if errors.Is(err, ErrKeychainItemNotFound) {
		return nil
	}
	return err
}

func classify(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, keyring.ErrNotFound):
		return ErrKeychainItemNotFound
	default:
		msg := err.Error()
		if len(msg) > 160 {
			msg = msg[:160] + "…"
		}
		return fmt.Errorf("%w: %s", ErrKeychainUnavailable, msg)
	}
}

// WithTimeout bounds every call of kc by timeout (DefaultKeychainTimeout when
// zero); a call that runs over fails with ErrKeychainUnavailable. The late
// call's goroutine stays blocked on the OS until it answers: that is the
// price of never hanging the UI, and it holds no secret of ours.
func WithTimeout(kc Keychain, timeout time.Duration) Keychain {
	if timeout <= 0 {
		timeout = DefaultKeychainTimeout
	}
	return timeoutKeychain{kc: kc, timeout: timeout}
}

type timeoutKeychain struct {
	kc      Keychain
	timeout time.Duration
}

func (t timeoutKeychain) Get(service, account string) (string, error) {
	return bounded(t.timeout, func() (string, error) { return t.kc.Get(service, account) })
}

func (t timeoutKeychain) Set(service, account, secret string) error {
	_, err := bounded(t.timeout, func() (struct{}, error) { return struct{}{}, t.kc.Set(service, account, secret) })
	return err
}

func (t timeoutKeychain) Delete(service, account string) error {
	_, err := bounded(t.timeout, func() (struct{}, error) { return struct{}{}, t.kc.Delete(service, account) })
	return err
}

func bounded[T any](timeout time.Duration, f func() (T, error)) (T, error) {
	type result struct {
		v   T
		err error
	}
	ch := make(chan result, 1)
	go func() {
		v, err := f()
		ch <- result{v, err}
	}()
	select {
	case r := <-ch:
		return r.v, r.err
	case <-time.After(timeout):
		var zero T
		return zero, fmt.Errorf("%w: no answer within %v (is it locked?)", ErrKeychainUnavailable, timeout)
	}
}

// KeychainReason is the part of a keychain error that explains it, without
// our own "not available" prefix (for messages that add their own).
func KeychainReason(err error) string {
	msg := err.Error()
	prefix := ErrKeychainUnavailable.Error() + ": "
	if len(msg) > len(prefix) && msg[:len(prefix)] == prefix {
		return msg[len(prefix):]
	}
	return msg
}

// ProbeKeychain reports whether kc can be used, by reading an item that does
// not exist: ErrKeychainItemNotFound proves the store answered.
func ProbeKeychain(kc Keychain) error {
	_, err := kc.Get(KeychainService, "probe.not-a-real-item")
	if err == nil || errors.Is(err, ErrKeychainItemNotFound) {
		return nil
	}
	return err
}
