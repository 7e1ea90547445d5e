-- Saved reports: a report.Spec (JSON) with a name unique per owner and who
-- may see it. sharing: private (the owner), team (members of team_id) or
-- everyone. No foreign key on owner_id: a deleted user's shared reports
-- stay, as their saved views do. Running a report applies the viewer's own
-- scope and field rules, so sharing a definition never shares records.
CREATE TABLE saved_reports (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 500),
    owner_id    TEXT NOT NULL,
    team_id     TEXT NOT NULL DEFAULT '',
    sharing     TEXT NOT NULL CHECK (sharing IN ('private', 'team', 'everyone')),
    spec        TEXT NOT NULL CHECK (json_valid(spec)),
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    CHECK (sharing <> 'team' OR team_id <> '')
) STRICT;
CREATE UNIQUE INDEX saved_reports_owner_name ON saved_reports(owner_id, name COLLATE NOCASE);
CREATE INDEX saved_reports_sharing ON saved_reports(sharing, team_id);
