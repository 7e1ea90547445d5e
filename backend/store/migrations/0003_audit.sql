-- The append-only, hash-chained audit log (SECURITY.md §5) and its signed
-- checkpoints. seq is assigned as last+1 inside the writing transaction, so it
-- is gap-free. Times are RFC 3339 UTC with milliseconds.
CREATE TABLE audit_log (
    seq          INTEGER PRIMARY KEY CHECK (seq > 0),
    id           TEXT NOT NULL UNIQUE,
    at           TEXT NOT NULL,
    actor_id     TEXT NOT NULL,
    actor_name   TEXT NOT NULL,
    actor_role   TEXT NOT NULL,
    device_id    TEXT NOT NULL,
    hostname     TEXT NOT NULL,
    os_user      TEXT NOT NULL,
    app_version  TEXT NOT NULL,
    session_hash TEXT NOT NULL,
    category     TEXT NOT NULL,
    action       TEXT NOT NULL,
    object_type  TEXT NOT NULL,
    object_id    TEXT NOT NULL,
    object_label TEXT NOT NULL,
    changes      TEXT NOT NULL, -- JSON array of {field, before, after, masked}
    outcome      TEXT NOT NULL,
    reason       TEXT NOT NULL,
    rows         INTEGER NOT NULL,
    prev_hash    BLOB NOT NULL CHECK (length(prev_hash) = 32),
    hash         BLOB NOT NULL CHECK (length(hash) = 32)
) STRICT;

CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_actor_at ON audit_log(actor_id, at);
CREATE INDEX audit_log_action ON audit_log(action);
CREATE INDEX audit_log_object ON audit_log(object_type, object_id);

CREATE TABLE audit_checkpoints (
    seq       INTEGER PRIMARY KEY CHECK (seq > 0),
    at        TEXT NOT NULL,
    last_hash BLOB NOT NULL,
    signature BLOB NOT NULL
) STRICT;

-- Defense in depth: no code path updates or deletes audit rows.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
