-- Invariants of a generated dataset; every count must be 0. Run: psql -f bench/sql/check.sql
with h as (
    select p.*, lag(p.status_after) over w as prev_after, row_number() over w as n
    from progress_update p
    window w as (partition by p.assignment_id order by p.created_at, p.id)
)
select 'entry does not start where the previous one ended' as invariant, count(*) from h
where (n = 1 and status_before <> 'NOT_STARTED') or (n > 1 and status_before <> prev_after)
union all
select 'history in the future', count(*) from progress_update where created_at > now()
union all
-- (an agency that took over a merged one's work, e.g. BAOPTTH in V43, carries the history of that work)
select 'history before the agency existed', count(*) from progress_update p join assignment a on a.id = p.assignment_id
    join agency ag on ag.id = a.agency_id where p.created_at < ag.active_from
    and not exists (select 1 from agency old where old.active_until = ag.active_from - 1 and old.kind = ag.kind)
union all
select 'status is not that of the latest entry', count(*) from assignment a
    join lateral (select p.status_after from progress_update p where p.assignment_id = a.id
                  order by p.created_at desc, p.id desc limit 1) l on true
    where l.status_after <> a.status
union all
select 'status without history', count(*) from assignment a
    where a.status <> 'NOT_STARTED' and not exists (select 1 from progress_update p where p.assignment_id = a.id)
union all
select 'completed_on is not the day of the latest acceptance', count(*) from assignment a
    where a.status = 'COMPLETED' and a.completed_on <> (select (max(p.created_at) at time zone 'Asia/Ho_Chi_Minh')::date
        from progress_update p where p.assignment_id = a.id and p.kind = 'ACCEPT')
union all
select 'moved due date without a deadline change entry', count(*) from assignment a
    where a.due_date <> a.original_due_date and not exists (select 1 from progress_update p
        where p.assignment_id = a.id and p.kind = 'DEADLINE_CHANGE' and p.due_date_after = a.due_date)
union all
select 'last_update_at is not the latest state change', count(*) from assignment a
    where a.last_update_at is distinct from (select max(p.created_at) from progress_update p
        where p.assignment_id = a.id and p.kind in ('PROGRESS', 'SUBMIT', 'ACCEPT', 'RETURN'))
union all
select 'history after the agency ended', count(*) from progress_update p join assignment a on a.id = p.assignment_id
    join agency ag on ag.id = a.agency_id where ag.active_until is not null and p.created_at >= ag.active_until + 1
    and p.kind not in ('CLOSE', 'REMINDER')
union all
-- the temporal read model (assignment_state, V30/V31) agrees with the assignments and their history
select 'assignment without exactly one current state row', count(*) from assignment a
    where (select count(*) from assignment_state s where s.assignment_id = a.id and s.valid_to is null) <> 1
union all
select 'current state row differs from the assignment', count(*) from assignment a
    join assignment_state s on s.assignment_id = a.id and s.valid_to is null
    where (s.task_id, s.agency_id, s.role, s.requested, s.period, s.original_due_date, s.due_date, s.status,
           s.percent_complete, s.accepted_on, s.closed)
          is distinct from
          (a.task_id, a.agency_id, a.role, a.requested, a.period, a.original_due_date, a.due_date, a.status,
           a.percent_complete, a.completed_on, a.closed_at is not null)
       or s.submitted_on is distinct from (case when a.status in ('SUBMITTED', 'COMPLETED') then a.submitted_on end)
union all
select 'state ranges of an assignment not contiguous', count(*) from (
    select s.valid_to, lead(s.valid_from) over (partition by s.assignment_id order by s.valid_from) as next_from
    from assignment_state s) r
    where r.valid_to is distinct from r.next_from
union all
select 'assignment created after its first history entry', count(*) from assignment a
    where a.created_at > (select min(p.created_at) from progress_update p where p.assignment_id = a.id)
union all
select 'open assignments now differ from assignment_as_of(now())', abs(
    (select count(*) from assignment where closed_at is null)
    - (select count(*) from assignment_as_of(now())))
union all
select 'submitted_on is not the day of the latest submission', count(*) from assignment a
    where a.submitted_on is distinct from (select (max(p.created_at) at time zone 'Asia/Ho_Chi_Minh')::date
        from progress_update p where p.assignment_id = a.id and p.kind = 'SUBMIT')
union all
select 'submitted_at is not the instant of the latest submission', count(*) from assignment a
    where a.submitted_at is distinct from (select max(p.created_at)
        from progress_update p where p.assignment_id = a.id and p.kind = 'SUBMIT')
union all
select 'history entry before its assignment''s first state', count(*) from progress_update p
    where p.created_at < (select min(s.valid_from) from assignment_state s where s.assignment_id = p.assignment_id);
