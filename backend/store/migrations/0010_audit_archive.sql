-- Audit retention and archiving (SECURITY.md §5). Archiving moves the
-- oldest entries of the log into an age-encrypted, signed file and leaves
-- behind a signed anchor: the archived range, the hash of its last entry
-- (which the first live entry continues from) and the file's SHA-256. The
-- live log then starts right after the newest anchor, and verification
-- starts from that anchor (store/audit_verify.go, audit/verify_anchor.go).
--
-- Anchors are append-only and come in order: each starts right after the
-- previous one (the first at entry 1), and each can only be written over an
-- entry that exists with the hash it names. The signature is what makes an
-- anchor trustworthy; these triggers are defense in depth, like the log's.
CREATE TABLE audit_anchors (
    seq         INTEGER PRIMARY KEY CHECK (seq > 0),  -- last archived entry
    first_seq   INTEGER NOT NULL CHECK (first_seq > 0 AND first_seq <= seq),
    entries     INTEGER NOT NULL CHECK (entries = seq - first_seq + 1),
    prev_hash   BLOB NOT NULL CHECK (length(prev_hash) = 32), -- first archived entry's prev_hash
    hash        BLOB NOT NULL CHECK (length(hash) = 32),      -- last archived entry's hash
    at          TEXT NOT NULL,
    actor_id    TEXT NOT NULL,
    actor_name  TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    file_sha256 BLOB NOT NULL CHECK (length(file_sha256) = 32),
    signature   BLOB NOT NULL
) STRICT;

CREATE TRIGGER audit_anchors_no_update BEFORE UPDATE ON audit_anchors
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_anchors_no_delete BEFORE DELETE ON audit_anchors
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_anchors_in_order BEFORE INSERT ON audit_anchors
WHEN NEW.first_seq <> coalesce((SELECT max(seq) FROM audit_anchors), 0) + 1
  OR NOT EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.seq AND hash = NEW.hash)
  OR NOT EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.first_seq AND prev_hash = NEW.prev_hash)
BEGIN SELECT RAISE(ABORT, 'an audit anchor must cover the next entries of the log'); END;

-- The log stays append-only above the newest anchor: only entries an
-- anchor covers may be deleted (by the archiving transaction, which writes
-- the anchor first). UPDATE stays refused everywhere.
DROP TRIGGER audit_log_no_delete;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN OLD.seq > coalesce((SELECT max(seq) FROM audit_anchors), 0)
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
