-- Workspace facts (name, creation time, recovery acknowledgement...).
-- Values are plain text inside the encrypted database.
CREATE TABLE meta (
    key        TEXT PRIMARY KEY NOT NULL CHECK (length(key) BETWEEN 1 AND 64),
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
