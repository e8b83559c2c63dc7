-- The temporal read model (assignment_state, migration V30 of the metrics work), when the schema has it:
-- the generator wrote history with SQL, so, as V30's own backfill does, each assignment gets when it came into
-- being (the plan's issue or the agency's start, never after its first history entry), its last change and
-- its latest submission (day and instant), and its validity ranges are rebuilt from the history (assignment_state_rebuild).
-- On a schema without it this does nothing.
\set ON_ERROR_STOP on
do $$
begin
    if to_regclass('assignment_state') is null then
        return;
    end if;
    update assignment a
    set created_at = least(
            greatest((pl.issued_on::timestamp at time zone 'Asia/Ho_Chi_Minh'),
                     (ag.active_from::timestamp at time zone 'Asia/Ho_Chi_Minh')),
            coalesce((select min(p.created_at) from progress_update p where p.assignment_id = a.id), 'infinity'))
    from task t, key_area k, plan pl, agency ag
    where t.id = a.task_id and k.id = t.key_area_id and pl.id = k.plan_id and ag.id = a.agency_id
      and a.created_at > coalesce((select min(p.created_at) from progress_update p where p.assignment_id = a.id),
                                  '-infinity');
    update assignment a
    set changed_at = greatest(a.created_at, coalesce((select max(p.created_at) from progress_update p
                                                       where p.assignment_id = a.id), a.created_at)),
        submitted_on = (select (max(p.created_at) at time zone 'Asia/Ho_Chi_Minh')::date from progress_update p
                        where p.assignment_id = a.id and p.kind = 'SUBMIT'),
        submitted_at = (select max(p.created_at) from progress_update p
                        where p.assignment_id = a.id and p.kind = 'SUBMIT');
    perform assignment_state_rebuild(null);
end;
$$;
