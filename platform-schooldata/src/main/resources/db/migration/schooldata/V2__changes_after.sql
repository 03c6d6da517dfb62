-- A connection's reads of changes: the start of its last complete read. The next read asks the API
-- only for what was modified (meta.modified.after) and deleted (/deletedEntities?after=) after it,
-- less a minute, so that a change written during that read is not missed. Null: the next read is complete.
alter table schooldata.connection add column changes_after timestamptz;
-- EGIL keeps one connection per source ('egil/<source id>'); the key stays the column named service.
