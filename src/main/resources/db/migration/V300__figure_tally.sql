-- The figure owner's tally (module standing): the current assignments counted by every fact a figure as of
-- today reads (key area, agency, requested body or not, status, due date, period start, how the completion
-- date compares with the due date, whether the due date was changed), kept in the same transaction as every
-- change, so that a figure as of today sums a few rows per agency instead of reading every assignment's
-- history (assignment_as_of). The definitions are not repeated here: the figure owner applies the same
-- conditions (Metric) to these rows as to the history's, each row standing for n assignments that agree on
-- everything those conditions ask.
--
--   figure_tally           one row per combination; rows whose count fell to 0 stay (readers skip them)
--   figure_tally_apply()   its one writer, called by statement-level triggers on assignment_state (the assignment
--                          module's temporal read model, itself written by every change, SQL loaders
--                          included) and on task (a task moved to another key area)
--   figures_current_at(cutoff)  true when nothing about an assignment or a task was recorded at or after the
--                          cutoff: the tally is then exactly the state at the cutoff (always so for the end
--                          of today in production; not when a test's clock goes back)
create table figure_tally (
    key_area_id      bigint      not null,
    agency_id        bigint      not null,
    requested        boolean     not null,
    status           varchar(20) not null,
    due_date         date        not null,
    period_start     date,
    -- sign(completion date - due date) of completed work (the completion date: the day the accepted
    -- submission was sent); null when there is none
    completed_vs_due smallint,
    -- the due date is no longer the original one
    extended         boolean     not null,
    n                integer     not null,
    constraint figure_tally_key unique nulls not distinct (key_area_id, agency_id, requested, status, due_date,
                                                           period_start, completed_vs_due, extended)
);

-- The facts of a current assignment_state row, as the tally keys them (area: its task's key area).
create function figure_tally_facts(s assignment_state, area bigint)
returns table (key_area_id bigint, agency_id bigint, requested boolean, status varchar, due_date date,
               period_start date, completed_vs_due smallint, extended boolean)
language sql immutable as $$
    select area, s.agency_id, s.requested, s.status, s.due_date, s.period_start,
           case when s.status = 'COMPLETED'
               then sign(coalesce(s.submitted_on, s.accepted_on) - s.due_date)::smallint end,
           s.due_date <> s.original_due_date
$$;

-- The one writer: adds the current rows of added, takes away those of removed (each with its task's key
-- area, or the area given), net, in one statement taken in key order, so that concurrent saves lock tally
-- rows in the same order.
create function figure_tally_apply(added assignment_state[], removed assignment_state[], area bigint,
                                   old_area bigint) returns void language sql as $$
    insert into figure_tally as f (key_area_id, agency_id, requested, status, due_date, period_start,
                                   completed_vs_due, extended, n)
    select x.key_area_id, x.agency_id, x.requested, x.status, x.due_date, x.period_start, x.completed_vs_due,
           x.extended, sum(d.k)
    from (select s, coalesce(area, t.key_area_id) as area, 1 as k
          from unnest(added) s join task t on t.id = s.task_id
          where s.valid_to is null and not s.closed
          union all
          select s, coalesce(old_area, t.key_area_id), -1
          from unnest(removed) s join task t on t.id = s.task_id
          where s.valid_to is null and not s.closed) d
    cross join lateral figure_tally_facts(d.s, d.area) x
    group by 1, 2, 3, 4, 5, 6, 7, 8
    having sum(d.k) <> 0
    order by 1, 2, 3, 4, 5, 6, 7, 8
    on conflict on constraint figure_tally_key do update set n = f.n + excluded.n
$$;

create function figure_tally_track() returns trigger language plpgsql as $$
begin
    -- (a transition table's rows are records: made assignment_state rows again)
    if tg_op = 'INSERT' then
        perform figure_tally_apply(array(select row(s.*)::assignment_state from new_rows s),
                                   '{}'::assignment_state[], null::bigint, null::bigint);
    elsif tg_op = 'DELETE' then
        perform figure_tally_apply('{}'::assignment_state[],
                                   array(select row(s.*)::assignment_state from old_rows s), null::bigint, null::bigint);
    else
        perform figure_tally_apply(array(select row(s.*)::assignment_state from new_rows s),
                                   array(select row(s.*)::assignment_state from old_rows s), null::bigint, null::bigint);
    end if;
    return null;
end;
$$;

-- A task moved to another key area: its current assignments move with it.
create function figure_tally_task_moved() returns trigger language plpgsql as $$
begin
    if new.key_area_id is distinct from old.key_area_id then
        perform figure_tally_apply(array(select s from assignment_state s where s.task_id = new.id),
                                   array(select s from assignment_state s where s.task_id = new.id),
                                   new.key_area_id, old.key_area_id);
    end if;
    return null;
end;
$$;

-- what is there now
insert into figure_tally (key_area_id, agency_id, requested, status, due_date, period_start, completed_vs_due,
                          extended, n)
select x.key_area_id, x.agency_id, x.requested, x.status, x.due_date, x.period_start, x.completed_vs_due, x.extended,
       count(*)
from assignment_state s
join task t on t.id = s.task_id
cross join lateral figure_tally_facts(s, t.key_area_id) x
where s.valid_to is null and not s.closed
group by 1, 2, 3, 4, 5, 6, 7, 8;

-- transition tables need one trigger per event
create trigger figure_tally_insert after insert on assignment_state
    referencing new table as new_rows for each statement execute function figure_tally_track();
create trigger figure_tally_update after update on assignment_state
    referencing old table as old_rows new table as new_rows for each statement execute function figure_tally_track();
create trigger figure_tally_delete after delete on assignment_state
    referencing old table as old_rows for each statement execute function figure_tally_track();
create trigger figure_tally_task_moved after update of key_area_id on task
    for each row execute function figure_tally_task_moved();

-- "nothing recorded at or after": a range lookup each
create index assignment_state_valid_from_idx on assignment_state (valid_from);
create index task_version_valid_from_idx on task_version (valid_from);

create function figures_current_at(cutoff timestamptz) returns boolean language sql stable as $$
    select not exists (select 1 from assignment_state s where s.valid_from >= cutoff)
       and not exists (select 1 from task_version v where v.valid_from >= cutoff)
$$;
