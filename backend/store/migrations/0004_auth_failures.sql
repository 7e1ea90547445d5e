-- Sign-in failures for user names that match no user, counted like real
-- users' failures so that a lockout never tells which names exist.
CREATE TABLE auth_failures (
    name         TEXT PRIMARY KEY NOT NULL COLLATE NOCASE CHECK (length(name) <= 64),
    attempts     INTEGER NOT NULL DEFAULT 0,
    lockouts     INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT NOT NULL DEFAULT ''
) STRICT, WITHOUT ROWID;
