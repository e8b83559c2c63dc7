-- The provisional mark of a task's deadline as it was known on a day, and which tasks existed on that day.
-- Before this, the reports counted "n/m tasks provisional" over the tasks that exist now (a task added today
-- changed the count of every past day) and took the mark from the task row as it is now, corrected only by the
-- first confirmation against a document (a confirmation ticked on the task form, or a mark set again, changed
-- every past day). Now the mark is kept with the task's wording in task_version (V30): every save of the task
-- form and every confirmation against a document writes a version when the wording or the mark changed, at
-- that instant; task_as_of(cutoff) gives the mark as it was just before the cutoff, and whether the task existed
-- then (it has a version from before the cutoff; a task without any version, loaded by SQL, always existed).
alter table task_version add column provisional boolean;

-- What the record tells about the past: a task confirmed against a document was provisional until its first
-- confirmation and not from then on; a version at each confirmation instant says so. Without a confirmation,
-- the mark it has now is all that is known.
insert into task_version (task_id, valid_from, key_area_id, code, title_vi, title_en)
select c.task_id, c.confirmed_at, v.key_area_id, v.code, v.title_vi, v.title_en
from task_deadline_confirmation c
join lateral (select tv.key_area_id, tv.code, tv.title_vi, tv.title_en from task_version tv
              where tv.task_id = c.task_id and tv.valid_from < c.confirmed_at
              order by tv.valid_from desc limit 1) v on true
on conflict (task_id, valid_from) do nothing;

update task_version v
set provisional = case
        when exists (select 1 from task_deadline_confirmation c
                     where c.task_id = v.task_id and c.confirmed_at <= v.valid_from) then false
        when exists (select 1 from task_deadline_confirmation c where c.task_id = v.task_id) then true
        else (select t.provisional from task t where t.id = v.task_id)
    end;

-- Where the latest version disagrees with the task (a mark set again on the form), the task's mark holds
-- from now on.
insert into task_version (task_id, valid_from, key_area_id, code, title_vi, title_en, provisional)
select t.id, now(), t.key_area_id, t.code, t.title_vi, t.title_en, t.provisional
from task t
join lateral (select tv.provisional from task_version tv where tv.task_id = t.id
              order by tv.valid_from desc limit 1) l on true
where l.provisional is distinct from t.provisional
on conflict (task_id, valid_from) do update set provisional = excluded.provisional;

alter table task_version alter column provisional set not null;

-- task_as_of: the mark as it was (the version's; for a task without versions, the rule of before), and
-- whether the task existed just before the cutoff.
drop function task_as_of(timestamptz);
create function task_as_of(cutoff timestamptz)
returns table (id bigint, key_area_id bigint, code varchar, sort_order integer, title_vi varchar, title_en varchar,
               output_vi varchar, output_en varchar, provisional boolean, existed boolean)
language sql stable as $$
    select t.id, coalesce(v.key_area_id, t.key_area_id), coalesce(v.code, t.code), t.sort_order,
           coalesce(v.title_vi, t.title_vi), coalesce(v.title_en, t.title_en), t.output_vi, t.output_en,
           -- a task loaded by SQL without versions: provisional now, or first confirmed at or after the cutoff
           coalesce(v.provisional,
                    t.provisional or coalesce((select min(c.confirmed_at) from task_deadline_confirmation c
                                               where c.task_id = t.id) >= cutoff, false)),
           v.task_id is not null or not exists (select 1 from task_version f where f.task_id = t.id)
    from task t
    left join (select distinct on (tv.task_id) tv.task_id, tv.key_area_id, tv.code, tv.title_vi, tv.title_en,
                                                tv.provisional
               from task_version tv where tv.valid_from < cutoff
               order by tv.task_id, tv.valid_from desc) v on v.task_id = t.id
$$;
