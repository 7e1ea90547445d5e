// Package auditarchive writes and checks audit archives: the oldest entries
// of a workspace's audit log, moved out of it into one age-encrypted file
// (SECURITY.md §5) that the workspace's public audit key verifies anywhere.
//
// Decrypted, an archive is UTF-8 text, one JSON object per line, each line
// starting {"n":N,: its number in the file. Entry lines ({"n","seq","prev",
// …}) hold one entry each, oldest first, exactly as the log stored it —
// personal values still sealed with their data subject's key (so erasing a
// subject also erases it inside archives), "changes" the stored JSON text,
// prevHash and hash the workspace chain's. After an entry a signed
// checkpoint covers, a checkpoint line ({"n","checkpoint","prev"}) repeats
// it. "prev" is the hex SHA-256 of the line before (of Genesis for line 1).
// The last line is {"manifest":{…},"signature":"<base64>"}: a Manifest and
// its Ed25519 signature by the workspace's audit key under the archive
// domain (audit.SignArchive).
//
// What Verify can check without the workspace: the line chain and the
// signed manifest (any changed byte, removed, inserted or moved line, or
// cut shows, naming the first bad line and its entry); that the entries'
// own prevHash/hash fields link up from the manifest's FirstPrevHash to its
// LastHash — which is the hash the workspace's archive anchor records, and
// where its live log continues; and the signed checkpoints. What it cannot
// check: each entry's HMAC, whose key never leaves the workspace. The
// archive was written only after every entry's HMAC checked out
// (store.ArchiveReader), and the manifest's signature vouches for that.
package auditarchive

import (
	"crypto/sha256"
	"fmt"
)

// Format and Version name this layout in every manifest.
const (
	Format  = "fieldvault-audit-archive"
	Version = 1
)

// genesisText seeds the line chain: line 1's prev is its SHA-256.
const genesisText = "fieldvault audit archive v1"

// Genesis returns the prev of line 1.
func Genesis() [32]byte { return sha256.Sum256([]byte(genesisText)) }

// Line is one archived entry as written. Its JSON field order is part of
// the format (n, seq, prev first).
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
	Changes     string         `json:"changes"` // the stored JSON text, verbatim
	Outcome     string         `json:"outcome"`
	Reason      string         `json:"reason"`
	Rows        int64          `json:"rows"`
	PrevHash    string         `json:"prevHash"` // hex
	Hash        string         `json:"hash"`     // hex
	Extra       map[string]any `json:"extra,omitempty"`
}

// Checkpoint is a signed checkpoint of the workspace (audit.Checkpoint)
// in JSON: times RFC 3339 UTC with milliseconds, bytes as hex.
type Checkpoint struct {
	Seq       int64  `json:"seq"`
	At        string `json:"at"`
	LastHash  string `json:"lastHash"`
	Signature string `json:"signature"`
}

// checkpointLine is a checkpoint as a line of the file.
type checkpointLine struct {
	N          int64      `json:"n"`
	Checkpoint Checkpoint `json:"checkpoint"`
	Prev       string     `json:"prev"`
}

// Actor is who archived.
type Actor struct {
	UserID   string `json:"userId"`
	Username string `json:"username"`
	Role     string `json:"role"`
}

// Manifest is the signed summary on an archive's last line. Writer.Finish
// fills Format, Version, Count, FirstSeq, LastSeq, Checkpoints, FinalHash,
// FirstPrevHash and LastHash; the caller fills the rest.
type Manifest struct {
	Format        string   `json:"format"`
	Version       int      `json:"version"`
	WorkspaceID   string   `json:"workspaceId"`
	ArchivedBy    Actor    `json:"archivedBy"`
	ArchivedAt    string   `json:"archivedAt"`
	Before        string   `json:"before"` // the cutoff asked for ("YYYY-MM-DD" or RFC 3339)
	Count         int64    `json:"count"`
	FirstSeq      int64    `json:"firstSeq"`
	LastSeq       int64    `json:"lastSeq"`
	Checkpoints   int64    `json:"checkpoints"`
	FinalHash     string   `json:"finalHash"`     // hex SHA-256 of the last line before the manifest
	FirstPrevHash string   `json:"firstPrevHash"` // hex: the first entry's prevHash (zeros, or the previous archive's LastHash)
	LastHash      string   `json:"lastHash"`      // hex: the last entry's hash = the workspace's anchor
	EncryptedTo   []string `json:"encryptedTo"`   // age recipients, or ["passphrase"]; informative
	PublicKey     string   `json:"publicKey"`     // informative: verify with a key you trust
}

// Problem is the first thing wrong with an archive: the line (1-based;
// 0 for the file as a whole) and, when known, the seq of its entry.
type Problem struct {
	Line   int64
	Seq    int64
	Detail string
}

// Error names the line and entry in one sentence.
func (p *Problem) Error() string {
	switch {
	case p.Line == 0:
		return p.Detail
	case p.Seq > 0:
		return fmt.Sprintf("line %d (audit entry %d): %s", p.Line, p.Seq, p.Detail)
	}
	return fmt.Sprintf("line %d: %s", p.Line, p.Detail)
}
