-- The change feed of the API (GET /api/v1/changes) hands out history entries in the order a reader can rely on:
-- an id from the sequence is taken when the row is inserted, not when its transaction commits, so a reader that
-- remembered "up to id 100" could miss 99 committed a moment later. Each entry therefore records the id of the
-- transaction that wrote it, and the feed delivers only entries of transactions older than every transaction still
-- running (pg_snapshot_xmin of the current snapshot): whatever commits later has a larger transaction id, so the
-- position (tx, id) never skips a row. Entries written before this migration all get this migration's transaction
-- (the volatile default is evaluated per row when the table is rewritten) and keep their id order.
alter table progress_update add column tx xid8 not null default pg_current_xact_id();
create index progress_update_tx_idx on progress_update (tx, id);
