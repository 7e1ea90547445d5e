-- Multi-record references ("refs" fields, e.g. a deal's contacts). The list
-- lives in a JSON column of the record (what the record reads back); the
-- link table is its index, one row per (record, linked id), so "deals of
-- this contact" is an index range instead of a scan of every deal.
-- store.syncLinks keeps both in step inside the writing transaction.

ALTER TABLE deals ADD COLUMN contact_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(contact_ids));

CREATE TABLE record_links (
    entity    TEXT NOT NULL, -- the record's entity ("deals")
    field     TEXT NOT NULL, -- its refs field ("contactIds")
    target_id TEXT NOT NULL, -- a linked record's id
    record_id TEXT NOT NULL,
    PRIMARY KEY (entity, field, target_id, record_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX record_links_record ON record_links(record_id);

-- A deal's primary contact is one of its contacts.
UPDATE deals SET contact_ids = json_array(primary_contact_id) WHERE primary_contact_id <> '';
INSERT INTO record_links(entity, field, target_id, record_id)
    SELECT 'deals', 'contactIds', primary_contact_id, id FROM deals WHERE primary_contact_id <> '';
