package audit_test

import (
	"bytes"
	"crypto/ed25519"
	"testing"
	"time"

	"fieldvault/backend/audit"
)

func TestCheckpointSignVerify(t *testing.T) {
	last := bytes.Repeat([]byte{7}, 32)
	c := audit.SignCheckpoint(priv, 1000, last, t0.Add(123456*time.Nanosecond))
	otherPub, _, _ := ed25519.GenerateKey(nil)
	tests := []struct {
		name   string
		pub    ed25519.PublicKey
		mutate func(c *audit.Checkpoint)
		want   bool
	}{
		{"valid", testPub, func(*audit.Checkpoint) {}, true},
		{"wrong key", otherPub, func(*audit.Checkpoint) {}, false},
		{"nil key", nil, func(*audit.Checkpoint) {}, false},
		{"short key", testPub[:10], func(*audit.Checkpoint) {}, false},
		{"other seq", testPub, func(c *audit.Checkpoint) { c.Seq++ }, false},
		{"other hash", testPub, func(c *audit.Checkpoint) { c.LastHash = bytes.Repeat([]byte{8}, 32) }, false},
		{"other time", testPub, func(c *audit.Checkpoint) { c.At = c.At.Add(time.Millisecond) }, false},
		{"flipped signature", testPub, func(c *audit.Checkpoint) { c.Signature[5] ^= 1 }, false},
		{"short signature", testPub, func(c *audit.Checkpoint) { c.Signature = c.Signature[:10] }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cc := c
			cc.Signature = bytes.Clone(c.Signature)
			tt.mutate(&cc)
			if got := audit.VerifyCheckpoint(tt.pub, cc); got != tt.want {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
		})
	}
	if !c.At.Equal(t0) || c.At.Location() != time.UTC {
		t.Fatalf("At = %v, want %v truncated to ms", c.At, t0)
	}
}
