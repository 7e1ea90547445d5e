package store_test

import (
	"context"
	"testing"
	"time"

	"fieldvault/backend/apperr"
	"fieldvault/backend/testutil"
)

// Close cancels a pinned read's context and waits for its release; later
// pins are refused.
func TestPinHoldsCloseUntilReleased(t *testing.T) {
	s := testutil.OpenStore(t)
	ctx, release, err := s.Pin(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	closed := make(chan error, 1)
	go func() { closed <- s.Close() }()
	select {
	case <-ctx.Done(): // Close cancelled the pinned read first
	case <-time.After(5 * time.Second):
		t.Fatal("Close did not cancel the pinned context")
	}
	select {
	case <-closed:
		t.Fatal("Close returned while a read was pinned")
	case <-time.After(50 * time.Millisecond):
	}
	if err := s.Reader().PingContext(context.Background()); err != nil {
		t.Fatalf("the pools closed under the pinned read: %v", err)
	}
	release()
	release() // twice is harmless
	if err := <-closed; err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.Pin(context.Background()); !apperr.Is(err, apperr.CodeLocked) {
		t.Fatalf("pin after close: %v", err)
	}
}
