-- The figure owner's tally folded (module standing): V300's tally keeps every due date exactly, so it has about
-- one row per assignment. A figure as of today only asks two things of a due date far from today: work due long
-- ago is due (and how many days overdue the oldest open one is), work due far ahead is neither due nor due soon.
-- So the tally keeps exact due dates only inside a window around the day it was folded for, and folds the rest:
--
--   figure_tally_horizon   its one row: due dates before past_before are kept as '-infinity', after
--                          future_after as 'infinity' (the defaults, -infinity and infinity, fold nothing); a
--                          period that began before past_before is kept as begun (null), one that begins after
--                          future_after as 'infinity'
--   figure_tally.oldest_due  the earliest due date of the assignments a row stands for: exact for the folded
--                          rows of open work due long ago (kept exact when one leaves: the most days overdue
--                          reads it); any of its assignments' due dates for the others
--   figure_tally_fold(past_before, future_after)  moves the window: rebuilds the tally from the current
--                          assignments (the nightly job; O(assignments), once a day)
--   figure_tally_serves(cutoff, due_before, last_day)  whether the tally gives the figures of a day: nothing
--                          recorded at or after the cutoff, every folded past due date before due_before, and
--                          every folded future one after last_day (the furthest day a figure looks at)
--
-- Writers take the horizon row FOR SHARE first (in the one statement that adds their rows), so a fold waits
-- for the saves under way and the saves after it key their rows by the new window.
create table figure_tally_horizon (
    only_row     boolean primary key default true check (only_row),
    past_before  date not null,
    future_after date not null,
    check (past_before <= future_after)
);
insert into figure_tally_horizon (past_before, future_after) values ('-infinity', 'infinity');

alter table figure_tally add column oldest_due date;
update figure_tally set oldest_due = due_date;

-- The tally's key of a current assignment_state row under a window (area: its task's key area).
create function figure_tally_key(s assignment_state, area bigint, h figure_tally_horizon)
returns table (key_area_id bigint, agency_id bigint, requested boolean, status varchar, due_date date,
               period_start date, completed_vs_due smallint, extended boolean)
language sql immutable as $$
    select area, s.agency_id, s.requested, s.status,
           case when s.due_date < h.past_before then '-infinity'::date
                when s.due_date > h.future_after then 'infinity'::date
                else s.due_date end,
           case when s.period_start < h.past_before then null
                when s.period_start > h.future_after then 'infinity'::date
                else s.period_start end,
           case when s.status = 'COMPLETED'
               then sign(coalesce(s.submitted_on, s.accepted_on) - s.due_date)::smallint end,
           s.due_date <> s.original_due_date
$$;

-- Open work due before the window: the assignments a folded row stands for, for its oldest due date.
create index assignment_state_current_agency_due_idx on assignment_state (agency_id, due_date)
    where valid_to is null and not closed;

-- The one writer, as in V300 (net, one statement, key order), keyed by the window; then the oldest due date of
-- every folded row of open work due long ago that lost an assignment, recounted from the current assignments
-- (one agency's in one key area, by the index above).
create or replace function figure_tally_apply(added assignment_state[], removed assignment_state[], area bigint,
                                              old_area bigint) returns void language plpgsql as $$
declare
    w figure_tally_horizon;
begin
    select * into w from figure_tally_horizon for share;
    insert into figure_tally as f (key_area_id, agency_id, requested, status, due_date, period_start,
                                   completed_vs_due, extended, n, oldest_due)
    select x.key_area_id, x.agency_id, x.requested, x.status, x.due_date, x.period_start, x.completed_vs_due,
           x.extended, sum(d.k), min((d.s).due_date) filter (where d.k > 0)
    from (select s, coalesce(area, t.key_area_id) as area, 1 as k
          from unnest(added) s join task t on t.id = s.task_id
          where s.valid_to is null and not s.closed
          union all
          select s, coalesce(old_area, t.key_area_id), -1
          from unnest(removed) s join task t on t.id = s.task_id
          where s.valid_to is null and not s.closed) d
    cross join lateral figure_tally_key(d.s, d.area, w) x
    group by 1, 2, 3, 4, 5, 6, 7, 8
    having sum(d.k) <> 0
    order by 1, 2, 3, 4, 5, 6, 7, 8
    on conflict on constraint figure_tally_key do update
        set n = f.n + excluded.n, oldest_due = least(f.oldest_due, excluded.oldest_due);
    -- nothing is folded as long due, or nothing left: the oldest due dates stand
    if w.past_before = '-infinity' or cardinality(removed) = 0 then
        return;
    end if;
    update figure_tally f
    set oldest_due = (select min(c.due_date)
                      from assignment_state c
                      join task ct on ct.id = c.task_id
                      cross join lateral figure_tally_key(c, ct.key_area_id, w) cx
                      where c.valid_to is null and not c.closed and c.agency_id = f.agency_id
                        and c.due_date < w.past_before and ct.key_area_id = f.key_area_id
                        and (cx.requested, cx.status, cx.period_start, cx.completed_vs_due, cx.extended)
                            is not distinct from (f.requested, f.status, f.period_start, f.completed_vs_due, f.extended))
    from (select distinct x.*
          from unnest(removed) s
          join task t on t.id = s.task_id
          cross join lateral figure_tally_key(s, coalesce(old_area, t.key_area_id), w) x
          where s.valid_to is null and not s.closed and x.due_date = '-infinity'
            and x.status not in ('COMPLETED', 'SUBMITTED')) r
    where f.key_area_id = r.key_area_id and f.agency_id = r.agency_id and f.requested = r.requested
      and f.status = r.status and f.due_date = r.due_date and f.extended = r.extended
      and f.period_start is not distinct from r.period_start
      and f.completed_vs_due is not distinct from r.completed_vs_due;
end;
$$;

create function figure_tally_fold(new_past_before date, new_future_after date) returns integer
language plpgsql as $$
declare
    kept integer;
begin
    -- waits for the saves under way; the saves after it wait for this transaction
    update figure_tally_horizon set past_before = new_past_before, future_after = new_future_after;
    delete from figure_tally;
    insert into figure_tally (key_area_id, agency_id, requested, status, due_date, period_start, completed_vs_due,
                              extended, n, oldest_due)
    select x.key_area_id, x.agency_id, x.requested, x.status, x.due_date, x.period_start, x.completed_vs_due,
           x.extended, count(*), min(s.due_date)
    from assignment_state s
    join task t on t.id = s.task_id
    cross join figure_tally_horizon w
    cross join lateral figure_tally_key(s, t.key_area_id, w) x
    where s.valid_to is null and not s.closed
    group by 1, 2, 3, 4, 5, 6, 7, 8;
    get diagnostics kept = row_count;
    return kept;
end;
$$;

create function figure_tally_serves(cutoff timestamptz, due_before date, last_day date) returns boolean
language sql stable as $$
    select figures_current_at(cutoff)
       and exists (select 1 from figure_tally_horizon w
                   where w.past_before <= due_before and w.future_after >= last_day)
$$;

-- V300's key function has no reader left
drop function figure_tally_facts(assignment_state, bigint);
