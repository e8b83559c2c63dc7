-- The change feed's plan at national scale (V480): on a scratch database, the two feed tables as the
-- application has them (the columns the feed reads, the indexes of V310 and V480), filled with
--   :agencies agencies, :assignments assignments spread over them, :updates history entries written by
--   transactions in order (a few hundred entries a transaction, as a busy day's saves and set-based closes),
-- then EXPLAIN (ANALYZE, BUFFERS) of an officer's page (one agency, from the beginning and from deep in the feed)
-- and of a national page, with and without the (agency_id, tx, id) indexes.
--
--   psql -v agencies=3000 -v assignments=300000 -v updates=3000000 -f bench/sql/feed-explain.sql
\set ON_ERROR_STOP on
\timing off
drop table if exists progress_update, assignment_creation, assignment cascade;
create table assignment (id bigint primary key, task_id bigint not null, agency_id bigint not null);
create table progress_update (
    id bigint primary key, assignment_id bigint not null, agency_id bigint not null, kind varchar(20) not null,
    created_at timestamptz not null, status_before varchar(20) not null, status_after varchar(20) not null,
    percent smallint not null, due_date_after date, tx xid8 not null);
create table assignment_creation (
    id bigint primary key, assignment_id bigint not null, agency_id bigint not null, created_at timestamptz not null,
    status varchar(20) not null, percent smallint not null, due_date date not null, tx xid8 not null);

insert into assignment select g, 1 + g % 500, 1 + (hashint8(g) & 2147483647) % :agencies from generate_series(1, :assignments) g;
-- creations first (the plan published), then the history; tx grows by one every 300 rows, starting at 1000
insert into assignment_creation
select a.id, a.id, a.agency_id, now(), 'NOT_STARTED', 0, date '2026-12-15', (1000 + a.id / 300)::text::xid8
from assignment a;
insert into progress_update
select :assignments + g, 1 + (hashint8(g * 7) & 2147483647) % :assignments, 0, 'PROGRESS', now(), 'IN_PROGRESS',
       'IN_PROGRESS', g % 100, null, (1000 + (:assignments + g) / 300)::text::xid8
from generate_series(1, :updates) g;
update progress_update p set agency_id = a.agency_id from assignment a where a.id = p.assignment_id;
create index progress_update_tx_idx on progress_update (tx, id);
create index assignment_creation_tx_idx on assignment_creation (tx, id);
create index assignment_task_idx on assignment (task_id);
vacuum analyze assignment, progress_update, assignment_creation;
-- the feed gives only what transactions older than every running one wrote: move the transaction counter past
-- the made-up tx values (one transaction each, as the application's writers would have used them)
do $$
declare
    last bigint := (select max(tx)::text::bigint from progress_update);
begin
    while pg_current_xact_id()::text::bigint <= last loop
        commit;
    end loop;
end;
$$;

select count(*) as history_entries, count(distinct agency_id) as agencies,
       round(count(*)::numeric / count(distinct agency_id)) as entries_per_agency from progress_update;

\set agency 42
\set page '(select p.tx, p.id, p.assignment_id, p.agency_id, p.kind, p.created_at, p.status_before, p.status_after, p.percent, p.due_date_after from progress_update p join assignment t on t.id = p.assignment_id where (p.tx, p.id) > (cast(cast(:tx as text) as xid8), :id) and p.tx < pg_snapshot_xmin(pg_current_snapshot()) and p.agency_id = :agency order by p.tx, p.id limit 101) union all (select c.tx, c.id, c.assignment_id, c.agency_id, cast(''ASSIGNED'' as varchar), c.created_at, c.status, c.status, c.percent, c.due_date from assignment_creation c join assignment t on t.id = c.assignment_id where (c.tx, c.id) > (cast(cast(:tx as text) as xid8), :id) and c.tx < pg_snapshot_xmin(pg_current_snapshot()) and c.agency_id = :agency order by c.tx, c.id limit 101)'

\echo '=== one agency, without (agency_id, tx, id): from the beginning'
\set tx 0
\set id 0
explain (analyze, buffers, costs off, timing off, summary on)
select u.* from (:page) u (tx, id, assignment_id, agency_id, kind, created_at, s1, s2, percent, due)
join assignment a on a.id = u.assignment_id order by u.tx, u.id limit 101;

create index progress_update_agency_tx_idx on progress_update (agency_id, tx, id);
create index assignment_creation_agency_tx_idx on assignment_creation (agency_id, tx, id);
analyze progress_update, assignment_creation;

\echo '=== one agency, with (agency_id, tx, id): from the beginning'
explain (analyze, buffers, costs off, timing off, summary on)
select u.* from (:page) u (tx, id, assignment_id, agency_id, kind, created_at, s1, s2, percent, due)
join assignment a on a.id = u.assignment_id order by u.tx, u.id limit 101;

\echo '=== one agency, with (agency_id, tx, id): deep in the feed (past 90% of it)'
select (1000 + (:assignments + :updates * 9 / 10) / 300) as deep_tx \gset
\set tx :deep_tx
explain (analyze, buffers, costs off, timing off, summary on)
select u.* from (:page) u (tx, id, assignment_id, agency_id, kind, created_at, s1, s2, percent, due)
join assignment a on a.id = u.assignment_id order by u.tx, u.id limit 101;
