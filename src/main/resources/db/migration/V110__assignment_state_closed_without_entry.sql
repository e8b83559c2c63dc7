-- The temporal read model lost closures that have no CLOSE history entry. A data fix may close an assignment
-- that has no history at all: V43 closed the old press agency's untouched assignments at the merger (30 Jan
-- 2026) and wrote a CLOSE entry only where there was an author to give it. assignment_state_rebuild (V30)
-- takes "closed" from the history alone, so a rebuild (V44, the demo loader, a benchmark load) turned those
-- assignments open again in assignment_state while assignment.closed_at says they are closed. From now on a
-- rebuild also closes an assignment at its closed_at when its history has no CLOSE entry; the rest is as in V30.
create or replace function assignment_state_rebuild(ids bigint[]) returns integer language plpgsql as $$
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
        union all
        -- closed without a CLOSE entry: closed at closed_at, in the state it had then (its current one)
        select x.id, greatest(x.closed_at, x.created_at), 9223372036854775807, x.status, x.percent_complete, 'CLOSE',
               null::date
        from x
        where x.closed_at is not null
          and not exists (select 1 from progress_update p where p.assignment_id = x.id and p.kind = 'CLOSE')
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

-- The assignments whose current range says open although they are closed.
select assignment_state_rebuild(array_agg(a.id))
from assignment a
join assignment_state s on s.assignment_id = a.id and s.valid_to is null
where a.closed_at is not null and not s.closed
having count(*) > 0;
