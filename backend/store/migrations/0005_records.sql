-- CRM records: one table per entity with typed columns (built from package
-- schema's descriptors; a store test checks they agree), pipeline stages,
-- saved views and the full-text index. deleted_at is '' for live records and
-- the deletion time for records in the Trash. Indexes lead with deleted_at so
-- that every list (live or Trash) is an index range, sorted by the index.

CREATE TABLE companies (
    id         TEXT PRIMARY KEY NOT NULL,
    owner_id   TEXT NOT NULL,
    team_id    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    domain TEXT NOT NULL DEFAULT '',
    industry TEXT NOT NULL DEFAULT '',
    size TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    customer_type TEXT NOT NULL DEFAULT '',
    annual_revenue REAL
) STRICT;
CREATE INDEX companies_live_updated ON companies(deleted_at, updated_at);
CREATE INDEX companies_live_created ON companies(deleted_at, created_at);
CREATE INDEX companies_live_owner ON companies(deleted_at, owner_id, updated_at);
CREATE INDEX companies_live_team ON companies(deleted_at, team_id, updated_at);
CREATE INDEX companies_live_name ON companies(deleted_at, name);
CREATE INDEX companies_live_industry ON companies(deleted_at, industry);
CREATE INDEX companies_live_size ON companies(deleted_at, size);
CREATE INDEX companies_live_region ON companies(deleted_at, region);
CREATE INDEX companies_live_customer_type ON companies(deleted_at, customer_type);
CREATE INDEX companies_live_annual_revenue ON companies(deleted_at, annual_revenue);

CREATE TABLE contacts (
    id         TEXT PRIMARY KEY NOT NULL,
    owner_id   TEXT NOT NULL,
    team_id    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT NOT NULL DEFAULT '',
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    company_id TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    email2 TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    personal_phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    marketing_opt_in INTEGER NOT NULL DEFAULT 0 CHECK (marketing_opt_in IN (0, 1)),
    opt_in_date TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags))
) STRICT;
CREATE INDEX contacts_live_updated ON contacts(deleted_at, updated_at);
CREATE INDEX contacts_live_created ON contacts(deleted_at, created_at);
CREATE INDEX contacts_live_owner ON contacts(deleted_at, owner_id, updated_at);
CREATE INDEX contacts_live_team ON contacts(deleted_at, team_id, updated_at);
CREATE INDEX contacts_live_first_name ON contacts(deleted_at, first_name);
CREATE INDEX contacts_live_last_name ON contacts(deleted_at, last_name);
CREATE INDEX contacts_live_title ON contacts(deleted_at, title);
CREATE INDEX contacts_company_id ON contacts(company_id);
CREATE INDEX contacts_live_email ON contacts(deleted_at, email);
CREATE INDEX contacts_live_region ON contacts(deleted_at, region);
CREATE INDEX contacts_live_source ON contacts(deleted_at, source);
CREATE INDEX contacts_live_opt_in_date ON contacts(deleted_at, opt_in_date);

CREATE TABLE leads (
    id         TEXT PRIMARY KEY NOT NULL,
    owner_id   TEXT NOT NULL,
    team_id    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT NOT NULL DEFAULT '',
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    company_name TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    campaign TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    converted_contact_id TEXT NOT NULL DEFAULT '',
    converted_company_id TEXT NOT NULL DEFAULT '',
    converted_deal_id TEXT NOT NULL DEFAULT '',
    converted_at TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX leads_live_updated ON leads(deleted_at, updated_at);
CREATE INDEX leads_live_created ON leads(deleted_at, created_at);
CREATE INDEX leads_live_owner ON leads(deleted_at, owner_id, updated_at);
CREATE INDEX leads_live_team ON leads(deleted_at, team_id, updated_at);
CREATE INDEX leads_live_first_name ON leads(deleted_at, first_name);
CREATE INDEX leads_live_last_name ON leads(deleted_at, last_name);
CREATE INDEX leads_live_email ON leads(deleted_at, email);
CREATE INDEX leads_live_company_name ON leads(deleted_at, company_name);
CREATE INDEX leads_live_source ON leads(deleted_at, source);
CREATE INDEX leads_live_campaign ON leads(deleted_at, campaign);
CREATE INDEX leads_live_status ON leads(deleted_at, status);
CREATE INDEX leads_converted_contact_id ON leads(converted_contact_id);
CREATE INDEX leads_converted_company_id ON leads(converted_company_id);
CREATE INDEX leads_converted_deal_id ON leads(converted_deal_id);
CREATE INDEX leads_live_converted_at ON leads(deleted_at, converted_at);

CREATE TABLE deals (
    id         TEXT PRIMARY KEY NOT NULL,
    owner_id   TEXT NOT NULL,
    team_id    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL DEFAULT '',
    company_id TEXT NOT NULL DEFAULT '',
    primary_contact_id TEXT NOT NULL DEFAULT '',
    stage_id TEXT NOT NULL DEFAULT '',
    amount REAL,
    currency TEXT NOT NULL DEFAULT '',
    expected_close TEXT NOT NULL DEFAULT '',
    product TEXT NOT NULL DEFAULT '',
    region TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    lost_reason TEXT NOT NULL DEFAULT '',
    closed_at TEXT NOT NULL DEFAULT '',
    lead_id TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX deals_live_updated ON deals(deleted_at, updated_at);
CREATE INDEX deals_live_created ON deals(deleted_at, created_at);
CREATE INDEX deals_live_owner ON deals(deleted_at, owner_id, updated_at);
CREATE INDEX deals_live_team ON deals(deleted_at, team_id, updated_at);
CREATE INDEX deals_live_name ON deals(deleted_at, name);
CREATE INDEX deals_company_id ON deals(company_id);
CREATE INDEX deals_primary_contact_id ON deals(primary_contact_id);
CREATE INDEX deals_live_stage_id ON deals(deleted_at, stage_id);
CREATE INDEX deals_live_amount ON deals(deleted_at, amount);
CREATE INDEX deals_live_expected_close ON deals(deleted_at, expected_close);
CREATE INDEX deals_live_product ON deals(deleted_at, product);
CREATE INDEX deals_live_region ON deals(deleted_at, region);
CREATE INDEX deals_live_outcome ON deals(deleted_at, outcome);
CREATE INDEX deals_live_closed_at ON deals(deleted_at, closed_at);
CREATE INDEX deals_lead_id ON deals(lead_id);

CREATE TABLE activities (
    id         TEXT PRIMARY KEY NOT NULL,
    owner_id   TEXT NOT NULL,
    team_id    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    related_entity TEXT NOT NULL DEFAULT '',
    related_id TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX activities_live_updated ON activities(deleted_at, updated_at);
CREATE INDEX activities_live_created ON activities(deleted_at, created_at);
CREATE INDEX activities_live_owner ON activities(deleted_at, owner_id, updated_at);
CREATE INDEX activities_live_team ON activities(deleted_at, team_id, updated_at);
CREATE INDEX activities_live_kind ON activities(deleted_at, kind);
CREATE INDEX activities_live_subject ON activities(deleted_at, subject);
CREATE INDEX activities_live_at ON activities(deleted_at, at);
CREATE INDEX activities_related ON activities(related_entity, related_id);

CREATE TABLE tasks (
    id         TEXT PRIMARY KEY NOT NULL,
    owner_id   TEXT NOT NULL,
    team_id    TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    deleted_at TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    assignee_id TEXT NOT NULL DEFAULT '',
    due TEXT NOT NULL DEFAULT '',
    priority TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    related_entity TEXT NOT NULL DEFAULT '',
    related_id TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX tasks_live_updated ON tasks(deleted_at, updated_at);
CREATE INDEX tasks_live_created ON tasks(deleted_at, created_at);
CREATE INDEX tasks_live_owner ON tasks(deleted_at, owner_id, updated_at);
CREATE INDEX tasks_live_team ON tasks(deleted_at, team_id, updated_at);
CREATE INDEX tasks_live_title ON tasks(deleted_at, title);
CREATE INDEX tasks_assignee_id ON tasks(assignee_id);
CREATE INDEX tasks_live_due ON tasks(deleted_at, due);
CREATE INDEX tasks_live_priority ON tasks(deleted_at, priority);
CREATE INDEX tasks_live_status ON tasks(deleted_at, status);
CREATE INDEX tasks_related ON tasks(related_entity, related_id);

-- Deal pipeline stages, configurable under Settings.
CREATE TABLE stages (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 60),
    probability INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
    sort_order  INTEGER NOT NULL,
    won         INTEGER NOT NULL DEFAULT 0 CHECK (won IN (0, 1)),
    lost        INTEGER NOT NULL DEFAULT 0 CHECK (lost IN (0, 1) AND NOT (won = 1 AND lost = 1))
) STRICT;
INSERT INTO stages(id, name, probability, sort_order, won, lost) VALUES
    ('prospecting', 'Prospecting', 10, 1, 0, 0),
    ('qualification', 'Qualification', 25, 2, 0, 0),
    ('proposal', 'Proposal', 50, 3, 0, 0),
    ('negotiation', 'Negotiation', 75, 4, 0, 0),
    ('closed_won', 'Closed Won', 100, 5, 1, 0),
    ('closed_lost', 'Closed Lost', 0, 6, 0, 1);

-- Saved list views: own, or shared with everyone who may read the entity.
CREATE TABLE saved_views (
    id         TEXT PRIMARY KEY NOT NULL,
    owner_id   TEXT NOT NULL,
    entity     TEXT NOT NULL,
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    query      TEXT NOT NULL CHECK (json_valid(query)),
    shared     INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX saved_views_entity ON saved_views(entity, owner_id);

-- Full-text index over every live record, maintained by the store in the
-- same transaction as each write (no triggers). owner_id and team_id let
-- search apply record scope inside the index query. Sensitive fields are
-- never indexed. search_keys maps (entity, record) to the index row.
CREATE VIRTUAL TABLE search_fts USING fts5(
    entity UNINDEXED, record_id UNINDEXED, owner_id UNINDEXED, team_id UNINDEXED, title, body,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TABLE search_keys (
    rid       INTEGER PRIMARY KEY,
    entity    TEXT NOT NULL,
    record_id TEXT NOT NULL,
    UNIQUE (entity, record_id)
) STRICT;
