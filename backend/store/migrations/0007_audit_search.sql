-- The audit viewer's search and filters (store/audit_query*.go).
--
-- audit_fts indexes each entry's object label, action, actor name and
-- reason by trigrams, so any part of a word is found ("müll" finds
-- "Müller", "4711" finds "Contact 4711", "contact.upd" an action) through
-- exact index terms only: a word prefix in a unicode61 index is expanded
-- over every entry that holds it on each use (measured at 1M entries: 70 ms
-- a query, and again per row when combined with another filter). It is an
-- external-content table over audit_log, so the text is not stored twice.
--
-- It is filled in batches, not by a trigger: a trigger costs each append a
-- full-text flush and merge at commit (measured: +1 ms of CPU on a ~0.4 ms
-- record update, against the issue's 10% budget for the whole audit
-- entry). store.IndexAuditSearch adds the entries after
-- audit_search_state.indexed_seq before every text search; the log is
-- append-only (its triggers refuse UPDATE and DELETE), so adding is the only
-- maintenance the index needs.
CREATE VIRTUAL TABLE audit_fts USING fts5(
    object_label, action, actor_name, reason,
    content = 'audit_log', content_rowid = 'seq', columnsize = 0,
    tokenize = 'trigram remove_diacritics 1'
);

CREATE TABLE audit_search_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    indexed_seq INTEGER NOT NULL CHECK (indexed_seq >= 0)
) STRICT;

-- Existing entries.
INSERT INTO audit_fts(audit_fts) VALUES ('rebuild');
INSERT INTO audit_search_state(id, indexed_seq) SELECT 1, coalesce(max(seq), 0) FROM audit_log;

-- Filter indexes whose rows come in seq order for one value (an index
-- entry ends with the rowid, which is seq), so a page is a backward walk
-- that stops after the page, whatever the number of matches.
CREATE INDEX audit_log_actor ON audit_log(actor_id);
CREATE INDEX audit_log_category ON audit_log(category);
CREATE INDEX audit_log_outcome ON audit_log(outcome);
