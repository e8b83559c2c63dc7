-- The change feed (GET /api/v1/changes, V310) gave only history entries, and an assignment that comes into being
-- (a plan published, an agency added to a task, the next period of a recurring task rolled forward) writes none:
-- a system that synchronised from the feed never learnt of it. Its withdrawal was already there (a CLOSE entry).
--
--   assignment_creation  one row per assignment, written by the database when the assignment is inserted (a
--                        statement trigger, so every writer: the application's set-based SQL, the importer, data
--                        fixes, the benchmark loader), with the transaction id (tx) like a history entry and an id
--                        from the history's own sequence, so the feed's position (tx, id) orders both as one.
--                        Assignments that exist already get theirs now (this migration's transaction: a reader
--                        past every earlier change receives each of them once).
--
-- An officer's feed is one agency's: the history entry now carries the agency of its assignment (agency_id, set
-- by the database on insert; an assignment never changes agency) and both tables have an index on
-- (agency_id, tx, id), so the feed reads one agency's changes in feed order instead of filtering the national
-- (tx, id) order. Nothing in the progress save changes: no statement is added (the trigger fills the column).
create table assignment_creation (
    id              bigint      primary key default nextval('progress_update_id_seq'),
    assignment_id   bigint      not null unique references assignment (id),
    agency_id       bigint      not null,
    created_at      timestamptz not null,
    status          varchar(20) not null,
    percent         smallint    not null,
    due_date        date        not null,
    tx              xid8        not null default pg_current_xact_id()
);
create index assignment_creation_tx_idx on assignment_creation (tx, id);
create index assignment_creation_agency_tx_idx on assignment_creation (agency_id, tx, id);
create trigger assignment_creation_append_only before update or delete on assignment_creation
    for each row execute function forbid_history_change();

create function record_assignment_creation() returns trigger language plpgsql as $$
begin
    insert into assignment_creation (assignment_id, agency_id, created_at, status, percent, due_date)
    select n.id, n.agency_id, n.created_at, n.status, n.percent_complete, n.due_date
    from created n
    order by n.id;
    return null;
end;
$$;
create trigger assignment_creation_record after insert on assignment
    referencing new table as created
    for each statement execute function record_assignment_creation();

insert into assignment_creation (assignment_id, agency_id, created_at, status, percent, due_date)
select a.id, a.agency_id, a.created_at, 'NOT_STARTED', 0, a.original_due_date
from assignment a
order by a.id;

-- the agency of each history entry: its assignment's
alter table progress_update add column agency_id bigint;
-- history is append-only (V1); this one backfill is not a change of what it says
alter table progress_update disable trigger progress_update_append_only;
update progress_update p set agency_id = a.agency_id from assignment a where a.id = p.assignment_id;
alter table progress_update enable trigger progress_update_append_only;
alter table progress_update alter column agency_id set not null;

create function record_history_agency() returns trigger language plpgsql as $$
begin
    select a.agency_id into new.agency_id from assignment a where a.id = new.assignment_id;
    return new;
end;
$$;
create trigger progress_update_agency before insert on progress_update
    for each row execute function record_history_agency();

create index progress_update_agency_tx_idx on progress_update (agency_id, tx, id);
