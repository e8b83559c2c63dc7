-- Faster "as of" lookups: the first day of an assignment's period is stored with each range instead of being
-- parsed on every read, and the names of agencies and tasks as of a day are joined as sets (one pass over
-- agency_name and task_version) instead of one lookup per assignment.

-- The first day of a period: '2026' 1 January, '2026-H1' 1 January, '2026-H2' 1 July, '2025-2026'
-- 1 September 2025; a one-off task ('') has none.
create function period_starts_on(period varchar) returns date language sql immutable as $$
    select case
        when period ~ '^[0-9]{4}-H2$' then make_date(left(period, 4)::int, 7, 1)
        when period ~ '^[0-9]{4}(-H1)?$' then make_date(left(period, 4)::int, 1, 1)
        when period ~ '^[0-9]{4}-[0-9]{4}$' then make_date(left(period, 4)::int, 9, 1)
    end
$$;

alter table assignment_state add column period_start date generated always as (period_starts_on(period)) stored;

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
    where tstzrange(s.valid_from, s.valid_to, '(]') @> cutoff
      and not s.closed
$$;

-- (with the task's output and provisional mark as they are now, for the plan annex)
drop function task_as_of(timestamptz);
create function task_as_of(cutoff timestamptz)
returns table (id bigint, key_area_id bigint, code varchar, sort_order integer, title_vi varchar, title_en varchar,
               output_vi varchar, output_en varchar, provisional boolean)
language sql stable as $$
    select t.id, coalesce(v.key_area_id, t.key_area_id), coalesce(v.code, t.code), t.sort_order,
           coalesce(v.title_vi, t.title_vi), coalesce(v.title_en, t.title_en), t.output_vi, t.output_en,
           t.provisional
    from task t
    left join (select distinct on (tv.task_id) tv.task_id, tv.key_area_id, tv.code, tv.title_vi, tv.title_en
               from task_version tv where tv.valid_from < cutoff
               order by tv.task_id, tv.valid_from desc) v on v.task_id = t.id
$$;

create or replace function agency_as_of(day date)
returns table (id bigint, code varchar, name_vi varchar, name_en varchar, kind varchar, sort_order integer)
language sql stable as $$
    select a.id, a.code, coalesce(n.name_vi, a.name_vi), coalesce(n.name_en, a.name_en), a.kind, a.sort_order
    from agency a
    left join (select distinct on (an.agency_id) an.agency_id, an.name_vi, an.name_en from agency_name an
               where an.valid_from <= day
               order by an.agency_id, an.valid_from desc) n on n.agency_id = a.id
    where a.active_from <= day
      and (a.active_until is null or a.active_until >= day
           or a.ended_at >= ((day + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'))
$$;
