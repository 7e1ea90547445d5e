-- Suspicious activity (SECURITY.md §6): rule settings changed from their
-- defaults, raised alerts with their evidence (audit seqs) and workflow, and
-- how far the rules have read the audit log.
CREATE TABLE alert_rules (
    id             TEXT PRIMARY KEY NOT NULL,
    enabled        INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    threshold      INTEGER NOT NULL CHECK (threshold >= 0),
    window_minutes INTEGER NOT NULL CHECK (window_minutes >= 0),
    severity       TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    action         TEXT NOT NULL CHECK (action IN ('alert', 'lock', 'reauth')),
    hours          TEXT NOT NULL CHECK (json_valid(hours)),
    updated_at     TEXT NOT NULL,
    -- the user who last saved the settings: a "lock" rule never locks a
    -- user whose role holds permissions this user does not hold
    updated_by     TEXT NOT NULL
) STRICT;

CREATE TABLE alerts (
    id           TEXT PRIMARY KEY NOT NULL,
    rule_id      TEXT NOT NULL,
    rule_name    TEXT NOT NULL,
    severity     TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high', 'critical')),
    status       TEXT NOT NULL CHECK (status IN ('open', 'acknowledged', 'resolved')),
    title        TEXT NOT NULL,
    detail       TEXT NOT NULL,
    subject_id   TEXT NOT NULL,
    subject_name TEXT NOT NULL,
    action_taken TEXT NOT NULL,
    evidence     TEXT NOT NULL CHECK (json_valid(evidence)), -- JSON array of audit seqs
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    first_at     TEXT NOT NULL, -- time of the first evidence entry: an open alert takes evidence for one rule window from it
    last_at      TEXT NOT NULL  -- time of the newest evidence entry
) STRICT;
CREATE INDEX alerts_created ON alerts(created_at);
CREATE INDEX alerts_status ON alerts(status, created_at);
CREATE INDEX alerts_open ON alerts(rule_id, subject_id, status, first_at);

CREATE TABLE alert_comments (
    alert_id TEXT NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    n        INTEGER NOT NULL,
    at       TEXT NOT NULL,
    user_id  TEXT NOT NULL,
    name     TEXT NOT NULL,
    status   TEXT NOT NULL,
    text     TEXT NOT NULL,
    PRIMARY KEY (alert_id, n)
) STRICT, WITHOUT ROWID;

-- Sign-in bursts count one action over a recent window.
CREATE INDEX audit_log_action_at ON audit_log(action, at);

-- 'cursor' is the last audit seq the rules evaluated. An existing workspace
-- starts at its current end: history written before the rules existed
-- raises nothing.
CREATE TABLE alert_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO alert_state(key, value) SELECT 'cursor', coalesce(max(seq), 0) FROM audit_log;
