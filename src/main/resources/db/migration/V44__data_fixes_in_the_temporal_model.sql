-- The data fixes of V42 (task 5.3) and V43 (press merger) as the temporal read model of the assignment module
-- (assignment.created_at, assignment_state, assignment_state_rebuild; migration V30) should see them, when that
-- model exists: the Office's 5.3 assignments existed as long as the Police's did (a correction, not a change),
-- and the merged press agency's assignments exist from the merger (30 Jan 2026), not from the day the fix ran.
-- The affected assignments' ranges are then rebuilt from their history. Without the model this does nothing.
do $$
declare
    ids bigint[];
begin
    if not exists (select 1 from information_schema.columns
                   where table_name = 'assignment' and column_name = 'created_at')
       or not exists (select 1 from pg_proc where proname = 'assignment_state_rebuild') then
        return;
    end if;
    execute $sql$
        update assignment o set created_at = p.created_at
        from assignment p, task t, agency office, agency police
        where o.task_id = t.id and t.code = '5.3' and o.agency_id = office.id and office.code = 'VPUBND'
          and p.task_id = o.task_id and p.period = o.period and p.agency_id = police.id and police.code = 'CATP'
          and o.created_at > p.created_at
          and not exists (select 1 from progress_update u where u.assignment_id = o.id and u.created_at < p.created_at)
    $sql$;
    execute $sql$
        update assignment a set created_at = timestamptz '2026-01-30 00:00:00+07'
        from agency ag
        where a.agency_id = ag.id and ag.code = 'BAOPTTH' and a.created_at > timestamptz '2026-01-30 00:00:00+07'
          and not exists (select 1 from progress_update u where u.assignment_id = a.id
                          and u.created_at < timestamptz '2026-01-30 00:00:00+07')
    $sql$;
    select array_agg(a.id) into ids
    from assignment a join agency ag on ag.id = a.agency_id join task t on t.id = a.task_id
    where ag.code in ('BAOCHI', 'BAOPTTH') or (t.code = '5.3' and ag.code in ('VPUBND', 'CATP'));
    if ids is not null then
        perform assignment_state_rebuild(ids);
    end if;
end;
$$;
