// Package auditbundle writes and checks signed audit export bundles: one
// file an auditor can verify on any machine, with nothing but the
// workspace's public audit key.
//
// A bundle is UTF-8 text, one JSON object per line. Lines 1..N are the
// exported entries, oldest first, each a Line: its number n, its seq, prev
// (the hex SHA-256 of the previous line's bytes, or of Genesis for line 1),
// then every field of the entry as stored, hashes included. The last line
// is {"manifest":{...},"signature":"<base64>"}: a Manifest (count, first
// and last seq, the SHA-256 of line N, the workspace chain's hash at the
// last seq, who exported what and when) and its Ed25519 signature by the
// workspace's audit key (audit.SignBundle, over the manifest's exact bytes).
//
// The workspace's own chain uses an HMAC key that never leaves the
// workspace, so the bundle carries its own chain instead: changing a byte,
// removing, inserting or moving a line, or cutting the file short breaks
// it, and Verify names the first bad line and its seq. Entries whose field
// changes were masked for the exporter say "redacted": their content is
// authentic as exported but cannot be rechecked against the workspace's
// HMAC chain.
package auditbundle

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"strings"

	"fieldvault/backend/apperr"
	"fieldvault/backend/audit"
	"fieldvault/backend/model"
)

// Format and Version name this layout in every manifest.
const (
	Format  = "fieldvault-audit-bundle"
	Version = 1
)

// KeyPrefix starts the one-line form of a workspace's public audit key.
const KeyPrefix = "fieldvault-audit-ed25519:"

// genesisText seeds the line chain: line 1's prev is its SHA-256.
const genesisText = "fieldvault audit bundle v1"

// Genesis returns the prev of line 1.
func Genesis() [32]byte { return sha256.Sum256([]byte(genesisText)) }

// Line is one exported entry as written: the fields of audit.Entry in
// their stored form, times as RFC 3339 UTC with milliseconds and hashes
// as hex. Its JSON field order is part of the format (n, seq, prev first).
type Line struct {
	N           int64          `json:"n"`
	Seq         int64          `json:"seq"`
	Prev        string         `json:"prev"`
	ID          string         `json:"id"`
	At          string         `json:"at"`
	ActorID     string         `json:"actorId"`
	ActorName   string         `json:"actorName"`
	ActorRole   string         `json:"actorRole"`
	DeviceID    string         `json:"deviceId"`
	Hostname    string         `json:"hostname"`
	OSUser      string         `json:"osUser"`
	AppVersion  string         `json:"appVersion"`
	SessionHash string         `json:"sessionHash"`
	Category    string         `json:"category"`
	Action      string         `json:"action"`
	ObjectType  string         `json:"objectType"`
	ObjectID    string         `json:"objectId"`
	ObjectLabel string         `json:"objectLabel"`
	Changes     []audit.Change `json:"changes"`
	Outcome     string         `json:"outcome"`
	Reason      string         `json:"reason"`
	Rows        int64          `json:"rows"`
	PrevHash    string         `json:"prevHash"`
	Hash        string         `json:"hash"`
	Redacted    bool           `json:"redacted,omitempty"`
}

// Exporter is who made the bundle.
type Exporter struct {
	UserID   string `json:"userId"`
	Username string `json:"username"`
	Role     string `json:"role"`
}

// Manifest is the signed summary on a bundle's last line. Writer.Finish
// fills Format, Version, Count, FirstSeq, LastSeq, FinalHash and
// ChainHashAtLastSeq; the caller fills the rest.
type Manifest struct {
	Format             string           `json:"format"`
	Version            int              `json:"version"`
	WorkspaceID        string           `json:"workspaceId"`
	Exporter           Exporter         `json:"exporter"`
	ExportedAt         string           `json:"exportedAt"`
	Query              model.AuditQuery `json:"query"`
	Count              int64            `json:"count"`
	FirstSeq           int64            `json:"firstSeq"`
	LastSeq            int64            `json:"lastSeq"`
	FinalHash          string           `json:"finalHash"`          // hex SHA-256 of line Count
	ChainHashAtLastSeq string           `json:"chainHashAtLastSeq"` // hex: the workspace chain's hash of entry LastSeq
	PublicKey          string           `json:"publicKey"`          // informative: verify with a key you trust
}

// FormatPublicKey returns pub in its one-line form, KeyPrefix + base64.
func FormatPublicKey(pub ed25519.PublicKey) string {
	return KeyPrefix + base64.StdEncoding.EncodeToString(pub)
}

// ParsePublicKey reads a key in the form FormatPublicKey writes (the
// prefix may be left out). Errors: CodeInvalid naming "pubkey".
func ParsePublicKey(s string) (ed25519.PublicKey, error) {
	b, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(strings.TrimSpace(s), KeyPrefix))
	if err != nil || len(b) != ed25519.PublicKeySize {
		return nil, apperr.Invalid("This is not a FieldVault audit public key.",
			map[string]string{"pubkey": "Expected " + KeyPrefix + " followed by 44 base64 characters."})
	}
	return ed25519.PublicKey(b), nil
}
