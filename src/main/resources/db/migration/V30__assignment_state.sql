-- Temporal read model of the assignment module: what was known about every assignment at any instant, so
-- that a report "as of D" is a range lookup and never changes when the data changes later.
--
--   assignment_state   one row per assignment and stretch of time in which nothing about it changed:
--                      valid on (valid_from, valid_to], valid_to null for the current row. Written in the
--                      same transaction as every change, by the trigger below, at the instant the
--                      application puts in assignment.changed_at (its injected clock, never the database's).
--   assignment_as_of(cutoff)  the published way to read it (other modules never name the table).
--
-- Existing data is carried over: assignment gets created_at, changed_at and submitted_on, and the ranges of
-- every existing assignment are rebuilt from its append-only history (progress_update).

alter table assignment add column created_at timestamptz;
alter table assignment add column changed_at timestamptz;
-- the Hanoi date on which the latest submission was sent; with COMPLETED it is the completion date of the metrics
alter table assignment add column submitted_on date;

-- When did each existing assignment come into being? Nothing recorded it, so the migration takes, in order:
-- the task change that created the task or added the agency to it (task_change), otherwise the day the plan
-- was issued or the agency began, whichever is later (the reference data of V2 and the periods rolled
-- forward since); never later than the first entry of its own history.
update assignment a
set created_at = least(
        coalesce(
            (select max(c.changed_at) from task_change c
             where c.task_id = a.task_id and (c.kind = 'CREATE' or a.agency_id = any (c.agencies_added))
               and c.changed_at <= coalesce((select min(p.created_at) from progress_update p where p.assignment_id = a.id),
                                            'infinity')),
            greatest((pl.issued_on::timestamp at time zone 'Asia/Ho_Chi_Minh'),
                     (ag.active_from::timestamp at time zone 'Asia/Ho_Chi_Minh'))),
        coalesce((select min(p.created_at) from progress_update p where p.assignment_id = a.id), 'infinity'))
from task t, key_area k, plan pl, agency ag
where t.id = a.task_id and k.id = t.key_area_id and pl.id = k.plan_id and ag.id = a.agency_id;

update assignment a
set changed_at = greatest(a.created_at, coalesce((select max(p.created_at) from progress_update p
                                                   where p.assignment_id = a.id), a.created_at)),
    submitted_on = (select (max(p.created_at) at time zone 'Asia/Ho_Chi_Minh')::date from progress_update p
                    where p.assignment_id = a.id and p.kind = 'SUBMIT');

-- A row inserted by a data fix without a time came into being when the fix ran.
alter table assignment alter column created_at set default now();
alter table assignment alter column created_at set not null;
alter table assignment alter column changed_at set default now();
alter table assignment alter column changed_at set not null;

create table assignment_state (
    id                 bigserial primary key,
    assignment_id      bigint      not null references assignment (id),
    valid_from         timestamptz not null,
    valid_to           timestamptz,
    task_id            bigint      not null,
    agency_id          bigint      not null,
    role               varchar(10) not null,
    requested          boolean     not null,
    period             varchar(20) not null,
    original_due_date  date        not null,
    due_date           date        not null,
    status             varchar(20) not null,
    percent_complete   smallint    not null,
    -- the Hanoi date the latest submission was sent (SUBMITTED, COMPLETED), and the date it was accepted
    submitted_on       date,
    accepted_on        date,
    closed             boolean     not null,
    check (valid_to is null or valid_to > valid_from)
);
create unique index assignment_state_current_uq on assignment_state (assignment_id) where valid_to is null;
create index assignment_state_assignment_idx on assignment_state (assignment_id, valid_from);
-- "as of" is a containment test on the validity range
create index assignment_state_validity_idx on assignment_state using gist (tstzrange(valid_from, valid_to, '(]'));

-- Rebuilds the ranges of these assignments (null: all) from their history. For loaders that write history
-- with SQL (this migration, the demo data); the application's own changes go through the trigger.
create function assignment_state_rebuild(ids bigint[]) returns integer language plpgsql as $$
declare
    n integer;
begin
    delete from assignment_state s where ids is null or s.assignment_id = any (ids);
    insert into assignment_state (assignment_id, valid_from, valid_to, task_id, agency_id, role, requested, period,
                                  original_due_date, due_date, status, percent_complete, submitted_on, accepted_on,
                                  closed)
    with x as (
        select a.* from assignment a where ids is null or a.id = any (ids)
    ),
    ev as (
        select x.id as assignment_id,
               least(x.created_at, coalesce((select min(p.created_at) from progress_update p
                                             where p.assignment_id = x.id), x.created_at)) as at,
               0::bigint as seq, 'NOT_STARTED'::varchar as status, 0::smallint as percent, null::varchar as kind,
               coalesce((select p.due_date_before from progress_update p
                         where p.assignment_id = x.id and p.kind = 'DEADLINE_CHANGE'
                         order by p.created_at, p.id limit 1), x.due_date) as due_after
        from x
        union all
        select p.assignment_id, p.created_at, p.id, p.status_after, p.percent, p.kind, p.due_date_after
        from progress_update p
        join x on x.id = p.assignment_id
        where p.kind <> 'REMINDER'
    ),
    run as (
        select ev.*,
               count(ev.due_after) over w as due_group,
               max(ev.at) filter (where ev.kind = 'SUBMIT') over w as submitted_at,
               max(ev.at) filter (where ev.kind = 'ACCEPT') over w as accepted_at,
               coalesce(bool_or(ev.kind = 'CLOSE') over w, false) as closed
        from ev
        window w as (partition by ev.assignment_id order by ev.at, ev.seq
                     rows between unbounded preceding and current row)
    ),
    due as (
        select run.*, first_value(run.due_after) over (partition by run.assignment_id, run.due_group
                                                      order by run.at, run.seq) as due_date
        from run
    ),
    instant as (
        select distinct on (due.assignment_id, due.at) due.*
        from due
        order by due.assignment_id, due.at, due.seq desc
    )
    select i.assignment_id, i.at, lead(i.at) over (partition by i.assignment_id order by i.at),
           x.task_id, x.agency_id, x.role, x.requested, x.period, x.original_due_date, i.due_date, i.status,
           i.percent,
           case when i.status in ('SUBMITTED', 'COMPLETED')
               then (coalesce(i.submitted_at, i.accepted_at) at time zone 'Asia/Ho_Chi_Minh')::date end,
           case when i.status = 'COMPLETED' then (i.accepted_at at time zone 'Asia/Ho_Chi_Minh')::date end,
           i.closed
    from instant i
    join x on x.id = i.assignment_id;
    get diagnostics n = row_count;
    return n;
end;
$$;

select assignment_state_rebuild(null);

-- Every insert and every change of what the metrics read starts a new range at assignment.changed_at. A
-- change that does not move changed_at (a data fix in SQL) corrects the current range instead of starting
-- one; so does a change at the same instant as the one before.
create function assignment_state_track() returns trigger language plpgsql as $$
declare
    current_id   bigint;
    current_from timestamptz;
    submitted    date := case when new.status in ('SUBMITTED', 'COMPLETED') then new.submitted_on end;
begin
    if tg_op = 'UPDATE'
       and (new.task_id, new.agency_id, new.role, new.requested, new.period, new.original_due_date, new.due_date,
            new.status, new.percent_complete, new.submitted_on, new.completed_on, new.closed_at is not null)
           is not distinct from
           (old.task_id, old.agency_id, old.role, old.requested, old.period, old.original_due_date, old.due_date,
            old.status, old.percent_complete, old.submitted_on, old.completed_on, old.closed_at is not null) then
        return null;
    end if;
    select s.id, s.valid_from into current_id, current_from
    from assignment_state s where s.assignment_id = new.id and s.valid_to is null for update;
    if current_id is not null
       and (new.changed_at is not distinct from old.changed_at or new.changed_at <= current_from) then
        update assignment_state
        set task_id = new.task_id, agency_id = new.agency_id, role = new.role, requested = new.requested,
            period = new.period, original_due_date = new.original_due_date, due_date = new.due_date,
            status = new.status, percent_complete = new.percent_complete, submitted_on = submitted,
            accepted_on = new.completed_on, closed = (new.closed_at is not null)
        where id = current_id;
        return null;
    end if;
    if current_id is not null then
        update assignment_state set valid_to = new.changed_at where id = current_id;
    end if;
    insert into assignment_state (assignment_id, valid_from, task_id, agency_id, role, requested, period,
                                  original_due_date, due_date, status, percent_complete, submitted_on, accepted_on,
                                  closed)
    values (new.id, case when tg_op = 'INSERT' then new.created_at else new.changed_at end, new.task_id,
            new.agency_id, new.role, new.requested, new.period, new.original_due_date, new.due_date, new.status,
            new.percent_complete, submitted, new.completed_on, new.closed_at is not null);
    return null;
end;
$$;
create trigger assignment_state_track after insert or update on assignment
    for each row execute function assignment_state_track();

-- The published query API: every assignment as it stood just before the instant cutoff (history entries
-- created before it), without the closed ones. completed_on is the metrics' completion date: the day the
-- accepted submission was sent; accepted_on the day it was accepted. period_start is the first day of the
-- assignment's period (null for a one-off task): a period that has not begun is never counted.
-- An inlinable SQL function, so the planner pushes the callers' filters into it.
create function assignment_as_of(cutoff timestamptz)
returns table (id bigint, task_id bigint, agency_id bigint, role varchar, requested boolean, period varchar,
               original_due_date date, due_date date, status varchar, percent_complete smallint, submitted_on date,
               accepted_on date, completed_on date, period_start date)
language sql stable as $$
    select s.assignment_id, s.task_id, s.agency_id, s.role, s.requested, s.period, s.original_due_date, s.due_date,
           s.status, s.percent_complete, s.submitted_on, s.accepted_on,
           case when s.status = 'COMPLETED' then coalesce(s.submitted_on, s.accepted_on) end,
           case
               when s.period ~ '^[0-9]{4}-H2$' then make_date(left(s.period, 4)::int, 7, 1)
               when s.period ~ '^[0-9]{4}(-H1)?$' then make_date(left(s.period, 4)::int, 1, 1)
               when s.period ~ '^[0-9]{4}-[0-9]{4}$' then make_date(left(s.period, 4)::int, 9, 1)
           end
    from assignment_state s
    where tstzrange(s.valid_from, s.valid_to, '(]') @> cutoff
      and not s.closed
$$;

-- Plan module: a task's number, title and key area as they were, written by TaskEditing on every change.
create table task_version (
    id           bigserial primary key,
    task_id      bigint        not null references task (id),
    valid_from   timestamptz   not null,
    key_area_id  bigint        not null,
    code         varchar(20)   not null,
    title_vi     varchar(1000) not null,
    title_en     varchar(1000) not null,
    unique (task_id, valid_from)
);
-- the wording before history was kept has always been the task's
insert into task_version (task_id, valid_from, key_area_id, code, title_vi, title_en)
select id, '-infinity', key_area_id, code, title_vi, title_en from task;

-- The plan module's published view of tasks as they were just before the instant cutoff.
create function task_as_of(cutoff timestamptz)
returns table (id bigint, key_area_id bigint, code varchar, sort_order integer, title_vi varchar, title_en varchar)
language sql stable as $$
    select t.id, coalesce(v.key_area_id, t.key_area_id), coalesce(v.code, t.code), t.sort_order,
           coalesce(v.title_vi, t.title_vi), coalesce(v.title_en, t.title_en)
    from task t
    left join lateral (select tv.key_area_id, tv.code, tv.title_vi, tv.title_en from task_version tv
                       where tv.task_id = t.id and tv.valid_from < cutoff
                       order by tv.valid_from desc limit 1) v on true
$$;

-- Agency module: when the end of an agency was recorded, so that ending one later (even with a last day in
-- the past) does not change what a report as of an earlier day said. Null: known from the start (data fixes).
alter table agency add column ended_at timestamptz;

-- The agencies that existed on a day as it was known at the end of that day, with the name they had then.
create function agency_as_of(day date)
returns table (id bigint, code varchar, name_vi varchar, name_en varchar, kind varchar, sort_order integer)
language sql stable as $$
    select a.id, a.code, coalesce(n.name_vi, a.name_vi), coalesce(n.name_en, a.name_en), a.kind, a.sort_order
    from agency a
    left join lateral (select an.name_vi, an.name_en from agency_name an
                       where an.agency_id = a.id and an.valid_from <= day
                       order by an.valid_from desc limit 1) n on true
    where a.active_from <= day
      and (a.active_until is null or a.active_until >= day
           or a.ended_at >= ((day + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'))
$$;
