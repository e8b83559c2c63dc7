-- Building the indexes below takes longer than the app's 30 s statement limit on a large database (Flyway runs
-- on the app's connections): no limit for this migration's transaction.
set local statement_timeout = 0;

-- Reads "as of" a moment that cost a scan of the whole history, measured at national scale (200,000 assignments,
-- 1.9 million states; auto_explain of one summary after a save):
--
-- figures_current_at(cutoff) asked "not exists (a state from the cutoff on)". Inside a SQL function the cutoff is a
-- parameter, so the plan is generic: it expects a third of the rows to match and scans the table to find the
-- first one, and finds none (the cutoff is the end of today): 0.65-1.3 s, twice per figure statement. The newest
-- state's time answers the same question from the end of the index.
create or replace function figures_current_at(cutoff timestamptz) returns boolean language sql stable as $$
    select coalesce((select max(s.valid_from) from assignment_state s), '-infinity') < cutoff
       and coalesce((select max(v.valid_from) from task_version v), '-infinity') < cutoff
$$;

-- assignment_as_of(cutoff) found the states valid at the cutoff through one GiST index of every range, then read
-- every current row to keep the few a list needs (the summary's "due in the next 30 days": 200,000 rows read for
-- 100 shown). Two disjoint parts give the same rows: states still current that began before the cutoff, and
-- states that ended at or after it (for the end of today: none). A list's conditions (due dates) then reach the
-- current rows through an index of their due dates, and the ended part has an index of its own ranges. The
-- current rows' index carries every column the function returns: a figure that reads every current row (the
-- summary's months) reads the 21 MB index instead of fetching rows scattered over the history (at national, the
-- months' scan went from 3.3 s to 0.3 s).
create index assignment_state_current_due_idx on assignment_state (due_date)
    include (assignment_id, valid_from, task_id, agency_id, role, requested, period, original_due_date, status,
             percent_complete, submitted_on, accepted_on, period_start)
    where valid_to is null and not closed;
create index assignment_state_ended_validity_idx on assignment_state using gist (tstzrange(valid_from, valid_to, '(]'))
    where valid_to is not null;
drop index assignment_state_validity_idx;

create or replace function assignment_as_of(cutoff timestamptz)
returns table (id bigint, task_id bigint, agency_id bigint, role varchar, requested boolean, period varchar,
               original_due_date date, due_date date, status varchar, percent_complete smallint, submitted_on date,
               accepted_on date, completed_on date, period_start date)
language sql stable as $$
    select s.assignment_id, s.task_id, s.agency_id, s.role, s.requested, s.period, s.original_due_date, s.due_date,
           s.status, s.percent_complete, s.submitted_on, s.accepted_on,
           case when s.status = 'COMPLETED' then coalesce(s.submitted_on, s.accepted_on) end,
           s.period_start
    from assignment_state s
    where s.valid_to is null and s.valid_from < cutoff and not s.closed
    union all
    select s.assignment_id, s.task_id, s.agency_id, s.role, s.requested, s.period, s.original_due_date, s.due_date,
           s.status, s.percent_complete, s.submitted_on, s.accepted_on,
           case when s.status = 'COMPLETED' then coalesce(s.submitted_on, s.accepted_on) end,
           s.period_start
    from assignment_state s
    where s.valid_to is not null and tstzrange(s.valid_from, s.valid_to, '(]') @> cutoff and not s.closed
$$;

-- key_area_as_of(cutoff) looked up each area's old title in a lateral subquery that the planner ran once per row
-- of the figure statements that join it (70,000 times per statement at national); one pass over the old titles
-- gives the same rows.
create or replace function key_area_as_of(cutoff timestamptz)
returns table (id bigint, plan_id bigint, ordinal integer, title_vi varchar, title_en varchar, existed boolean)
language sql stable as $$
    select k.id, k.plan_id, k.ordinal, coalesce(n.title_vi, k.title_vi), coalesce(n.title_en, k.title_en),
           k.added_at is null or k.added_at < cutoff
    from key_area k
    left join (select distinct on (x.key_area_id) x.key_area_id, x.title_vi, x.title_en
               from key_area_name x
               where x.valid_until >= cutoff
               order by x.key_area_id, x.valid_until, x.id) n on n.key_area_id = k.id
$$;
