-- Dashboards: a named 12-column grid of widgets over built-in or saved
-- reports (or inline report specs), shared like saved reports: private (the
-- owner), team (members of team_id) or everyone. layout is
-- {"widgets":[{id, type, title, report | spec, x, y, w, h, options}]} and
-- filters the dashboard-wide defaults {"dateRange", "from", "to", "teamId"};
-- the service validates both, the store keeps them opaque JSON.
-- role_default names the built-in role whose users get this dashboard when
-- they open dashboards ('' = none): at most one per role, shared with
-- everyone. Running a widget applies the viewer's own scope and field rules,
-- so sharing a dashboard never shares records. No foreign key on owner_id,
-- as for saved reports: a deleted user's shared dashboards stay.
CREATE TABLE dashboards (
    id           TEXT PRIMARY KEY NOT NULL,
    name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    owner_id     TEXT NOT NULL,
    sharing      TEXT NOT NULL CHECK (sharing IN ('private', 'team', 'everyone')),
    team_id      TEXT NOT NULL DEFAULT '',
    role_default TEXT NOT NULL DEFAULT '',
    layout       TEXT NOT NULL CHECK (json_valid(layout)),
    filters      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(filters)),
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    CHECK (sharing <> 'team' OR team_id <> ''),
    CHECK (role_default = '' OR sharing = 'everyone')
) STRICT;
CREATE UNIQUE INDEX dashboards_owner_name ON dashboards(owner_id, name COLLATE NOCASE);
CREATE INDEX dashboards_sharing ON dashboards(sharing, team_id);
CREATE UNIQUE INDEX dashboards_role_default ON dashboards(role_default) WHERE role_default <> '';

-- KPI targets: a goal for one aggregate of a report (a built-in key
-- "builtin:<key>" or a saved report id) per calendar month, quarter or
-- year, for one team or ('') the whole workspace. Progress is computed for
-- each viewer within their own scope (report.EvalKPI), never stored.
CREATE TABLE kpi_targets (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    report     TEXT NOT NULL CHECK (length(report) BETWEEN 1 AND 200),
    aggregate  TEXT NOT NULL CHECK (length(aggregate) BETWEEN 1 AND 40),
    period     TEXT NOT NULL CHECK (period IN ('month', 'quarter', 'year')),
    team_id    TEXT NOT NULL DEFAULT '',
    target     REAL NOT NULL,
    owner_id   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX kpi_targets_team_name ON kpi_targets(team_id, name COLLATE NOCASE);
