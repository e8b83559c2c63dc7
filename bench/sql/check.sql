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
select 'history before the agency existed', count(*) from progress_update p join assignment a on a.id = p.assignment_id
    join agency ag on ag.id = a.agency_id where p.created_at < ag.active_from
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
    and p.kind not in ('CLOSE', 'REMINDER');
