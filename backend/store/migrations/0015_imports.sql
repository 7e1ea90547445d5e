-- Imports, duplicate rules and the integration log.
--
-- external_id: the id a record has in the system it was imported from (a
-- match key for re-imports); '' when none.
ALTER TABLE contacts ADD COLUMN external_id TEXT NOT NULL DEFAULT '';
ALTER TABLE companies ADD COLUMN external_id TEXT NOT NULL DEFAULT '';
ALTER TABLE leads ADD COLUMN external_id TEXT NOT NULL DEFAULT '';
ALTER TABLE deals ADD COLUMN external_id TEXT NOT NULL DEFAULT '';
CREATE INDEX contacts_live_external_id ON contacts(deleted_at, external_id);
CREATE INDEX companies_live_external_id ON companies(deleted_at, external_id);
CREATE INDEX leads_live_external_id ON leads(deleted_at, external_id);
CREATE INDEX deals_live_external_id ON deals(deleted_at, external_id);

-- One row per import run (a batch). options is the ImportRequest as JSON
-- (file path, entity, mapping, match key, mode: what a retry needs), counts
-- the ImportCounts. status: running → done | cancelled | failed, and done →
-- reverted. A batch cancelled or failed part-way keeps what it wrote (each
-- chunk is one transaction) and can be reverted like a finished one.
CREATE TABLE import_batches (
    id          TEXT PRIMARY KEY NOT NULL,
    entity      TEXT NOT NULL,
    file_name   TEXT NOT NULL,
    file_sha256 TEXT NOT NULL DEFAULT '',
    options     TEXT NOT NULL CHECK (json_valid(options)),
    counts      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(counts)),
    status      TEXT NOT NULL CHECK (status IN ('running', 'done', 'cancelled', 'failed', 'reverted')),
    message     TEXT NOT NULL DEFAULT '',
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    finished_at TEXT NOT NULL DEFAULT '',
    reverted_by TEXT NOT NULL DEFAULT '',
    reverted_at TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX import_batches_created ON import_batches(created_at);

-- Every record a batch created or updated. before holds, for updates, the
-- record's previous values of the fields the import changed plus owner and
-- team (storage form, JSON); after_updated_at the record's updated_at once
-- the import wrote it: a revert refuses a record changed since. Erasing a
-- person blanks before and sets erased (the import can then not restore
-- personal values that no longer exist).
CREATE TABLE import_items (
    batch_id         TEXT NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
    seq              INTEGER NOT NULL,
    entity           TEXT NOT NULL,
    record_id        TEXT NOT NULL,
    action           TEXT NOT NULL CHECK (action IN ('create', 'update')),
    before           TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(before)),
    after_updated_at TEXT NOT NULL,
    erased           INTEGER NOT NULL DEFAULT 0 CHECK (erased IN (0, 1)),
    PRIMARY KEY (batch_id, seq)
) STRICT;
CREATE INDEX import_items_record ON import_items(entity, record_id);

-- Duplicate rules per entity (dedup.Rules as JSON), set by administrators;
-- an entity without a row uses dedup.DefaultRules.
CREATE TABLE dedup_rules (
    entity     TEXT PRIMARY KEY NOT NULL,
    rules      TEXT NOT NULL CHECK (json_valid(rules)),
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
) STRICT;

-- The integration log: one row per import, export, scheduled report,
-- backup, restore, archive or sync run. principal_* is who ran it (a user
-- or an integration principal); retry is what a retry needs (JSON; '' when
-- the run cannot be retried); retry_of links a retry to the run it retried.
CREATE TABLE integration_runs (
    id             TEXT PRIMARY KEY NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('import', 'export', 'report', 'backup', 'restore', 'archive', 'sync')),
    name           TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    principal_id   TEXT NOT NULL,
    principal_name TEXT NOT NULL,
    source         TEXT NOT NULL DEFAULT '',
    target         TEXT NOT NULL DEFAULT '',
    started_at     TEXT NOT NULL,
    finished_at    TEXT NOT NULL DEFAULT '',
    duration_ms    INTEGER NOT NULL DEFAULT 0 CHECK (duration_ms >= 0),
    counts         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(counts)),
    warnings       INTEGER NOT NULL DEFAULT 0 CHECK (warnings >= 0),
    errors         INTEGER NOT NULL DEFAULT 0 CHECK (errors >= 0),
    outcome        TEXT NOT NULL CHECK (outcome IN ('running', 'succeeded', 'warnings', 'failed', 'cancelled')),
    message        TEXT NOT NULL DEFAULT '',
    retry          TEXT NOT NULL DEFAULT '',
    retry_of       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX integration_runs_started ON integration_runs(started_at);
CREATE INDEX integration_runs_kind ON integration_runs(kind, started_at);
CREATE INDEX integration_runs_principal ON integration_runs(principal_id, started_at);

-- An import revert asks whether anything links to a record it would remove.
CREATE INDEX record_links_target ON record_links(target_id);

-- Merges of duplicate records: the other record went to the Trash and the
-- survivor took the chosen values; both records' values before the merge
-- (storage form, with ownerId and teamId) and every link moved from the
-- other record to the survivor ([{entity, id, field}]) let it be undone as
-- long as the survivor was not changed since (survivor_updated_at).
-- Erasing either person blanks the saved values and sets erased.
CREATE TABLE record_merges (
    id                  TEXT PRIMARY KEY NOT NULL,
    entity              TEXT NOT NULL,
    survivor_id         TEXT NOT NULL,
    merged_id           TEXT NOT NULL,
    survivor_title      TEXT NOT NULL DEFAULT '',
    merged_title        TEXT NOT NULL DEFAULT '',
    survivor_before     TEXT NOT NULL CHECK (json_valid(survivor_before)),
    merged_before       TEXT NOT NULL CHECK (json_valid(merged_before)),
    moved               TEXT NOT NULL CHECK (json_valid(moved)),
    survivor_updated_at TEXT NOT NULL,
    merged_by           TEXT NOT NULL,
    merged_at           TEXT NOT NULL,
    undone_by           TEXT NOT NULL DEFAULT '',
    undone_at           TEXT NOT NULL DEFAULT '',
    erased              INTEGER NOT NULL DEFAULT 0 CHECK (erased IN (0, 1))
) STRICT;
CREATE INDEX record_merges_survivor ON record_merges(entity, survivor_id);
CREATE INDEX record_merges_merged ON record_merges(entity, merged_id);
CREATE INDEX record_merges_at ON record_merges(merged_at);

-- Integration principals: named accounts (e.g. "Webform CSV drop") with a
-- role of their own, used by scripts and the CLI with a token (their key
-- slot's password); they cannot sign in to the window.
ALTER TABLE users ADD COLUMN kind TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'integration'));
