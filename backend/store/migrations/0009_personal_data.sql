-- GDPR erasure (SECURITY.md §5): personal values in audit entries about a
-- data subject (a contact or lead, or an activity or task linked to one)
-- are sealed with that subject's own random key (audit/personal.go). The
-- hash chain covers the sealed text, so deleting a subject's key erases
-- its values while every entry still verifies. key_id is part of each
-- envelope: a subject edited after its erasure gets a new key, and the
-- old envelopes stay unreadable instead of failing against the new key.
-- The keys live in the encrypted database; erasure deletes them with
-- secure_delete and checkpoints the WAL (store/erase.go).
CREATE TABLE subject_keys (
    subject_type TEXT NOT NULL,
    subject_id   TEXT NOT NULL,
    key_id       TEXT NOT NULL,
    key          BLOB NOT NULL CHECK (length(key) = 32),
    created_at   TEXT NOT NULL,
    PRIMARY KEY (subject_type, subject_id, key_id)
) STRICT, WITHOUT ROWID;

-- The audit search index can no longer read its text from audit_log (the
-- labels of personal entries are sealed there): it keeps its own copy of
-- the searched text, which store.IndexAuditSearch fills with the opened
-- labels and erasure rewrites for the erased subject's entries. Searches
-- for short words (below a trigram) compare with that copy too. It is
-- refilled from the first entry, in batches, before the next search.
DROP TABLE audit_fts;
CREATE VIRTUAL TABLE audit_fts USING fts5(
    object_label, action, actor_name, reason,
    columnsize = 0, tokenize = 'trigram remove_diacritics 1'
);
UPDATE audit_search_state SET indexed_seq = 0;

-- The new permission privacy.manage (erasure) goes to every role that held
-- every other advanced permission, so existing administrators stay full
-- administrators (rbac.IsAdministrator) and can still grant it.
UPDATE roles SET grants = json_set(grants, '$.advanced."privacy.manage"', json('true'))
WHERE id = 'administrator'
   OR (SELECT count(*) FROM json_each(grants, '$.advanced') WHERE type = 'true') >= 12;
