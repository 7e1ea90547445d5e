-- Scheduled reports: a saved report written as .xlsx into a folder on this
-- machine at a local time (time_zone is an IANA name), run as its owner
-- (their scope and field rules at run time), and the history of each run.
--
-- No workbook password is stored: a schedule runs unattended, so a password
-- would have to sit here readable by the process, and a secret kept beside
-- the key that decrypts it protects nothing on this machine. Scheduled
-- files are plain workbooks in a folder the owner chose.
--
-- weekday is ISO (1 Monday .. 7 Sunday) for weekly schedules, else 0;
-- day_of_month is 1..28, or -1 for the last day, for monthly ones, else 0.
-- next_run_at is UTC (store.FormatTime), '' while the schedule is disabled.
-- A schedule goes with its report and with its owner's account.
CREATE TABLE report_schedules (
    id           TEXT PRIMARY KEY NOT NULL,
    report_id    TEXT NOT NULL REFERENCES saved_reports(id) ON DELETE CASCADE,
    owner_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    frequency    TEXT NOT NULL CHECK (frequency IN ('daily', 'weekly', 'monthly')),
    weekday      INTEGER NOT NULL DEFAULT 0 CHECK (weekday BETWEEN 0 AND 7),
    day_of_month INTEGER NOT NULL DEFAULT 0 CHECK (day_of_month BETWEEN -1 AND 28),
    time         TEXT NOT NULL CHECK (length(time) = 5 AND time GLOB '[0-2][0-9]:[0-5][0-9]' AND time < '24:00'),
    time_zone    TEXT NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
    folder       TEXT NOT NULL CHECK (length(folder) BETWEEN 1 AND 1024),
    file_pattern TEXT NOT NULL CHECK (length(file_pattern) BETWEEN 1 AND 120),
    enabled      INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    next_run_at  TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK (frequency <> 'weekly' OR weekday BETWEEN 1 AND 7),
    CHECK (frequency <> 'monthly' OR day_of_month <> 0),
    CHECK (enabled = 0 OR next_run_at <> '')
) STRICT;
CREATE INDEX report_schedules_owner ON report_schedules(owner_id);
CREATE INDEX report_schedules_report ON report_schedules(report_id);
CREATE INDEX report_schedules_due ON report_schedules(enabled, next_run_at);

-- One row per run. status 'running' is written when a run starts; a row
-- still 'running' when the scheduler starts again belonged to a process
-- that ended mid-run and is marked failed. due_at is the slot the run was
-- for (the start time for a manual run); caught_up marks a run made late
-- for a slot that passed while the app was closed.
CREATE TABLE report_runs (
    id          TEXT PRIMARY KEY NOT NULL,
    schedule_id TEXT NOT NULL REFERENCES report_schedules(id) ON DELETE CASCADE,
    report_id   TEXT NOT NULL,
    due_at      TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    finished_at TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL CHECK (status IN ('running', 'ok', 'failed', 'skipped')),
    rows        INTEGER NOT NULL DEFAULT 0 CHECK (rows >= 0),
    file        TEXT NOT NULL DEFAULT '',
    error       TEXT NOT NULL DEFAULT '' CHECK (length(error) <= 1000),
    caught_up   INTEGER NOT NULL DEFAULT 0 CHECK (caught_up IN (0, 1)),
    manual      INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1))
) STRICT;
CREATE INDEX report_runs_schedule ON report_runs(schedule_id, started_at);
CREATE INDEX report_runs_status ON report_runs(status);
