-- An amending plan ("Kế hoạch sửa đổi, bổ sung"): a document of its own (number, date of issue) recorded
-- against the plan it amends. Its changes to tasks are typed while it is a draft (nothing of the plan moves)
-- and applied together, at one instant, on or after its date: from then on the plan is as amended, and every
-- report as of an earlier day shows the plan as it was (task_version, task_change and the assignments' own
-- history keep the before).
create table plan_amendment (
    id          bigserial primary key,
    plan_id     bigint        not null references plan (id),
    number      varchar(50)   not null,
    issued_on   date          not null,
    title       varchar(1000),
    status      varchar(10)   not null default 'DRAFT' check (status in ('DRAFT', 'APPLIED')),
    created_at  timestamptz   not null,
    applied_at  timestamptz,
    version     bigint        not null default 0,
    unique (plan_id, number, issued_on),
    check ((status = 'APPLIED') = (applied_at is not null))
);
create index plan_amendment_plan_idx on plan_amendment (plan_id, issued_on desc);

-- One staged change of a draft amendment: a new task (task_id null), a changed task (the task as the
-- amendment will have it, the version it was typed against) or a removed task. Applying replays them through
-- the task editor's own rules.
create table plan_amendment_change (
    id            bigserial primary key,
    amendment_id  bigint        not null references plan_amendment (id),
    task_id       bigint        references task (id),
    removal       boolean       not null default false,
    command       jsonb,
    check (removal = (command is null)),
    check (task_id is not null or not removal)
);
create unique index plan_amendment_change_task_idx on plan_amendment_change (amendment_id, task_id)
    where task_id is not null;

-- A removed task is withdrawn, never deleted: its assignments are closed with their history, it leaves the
-- plan from that instant, and reports as of earlier days still show it.
alter table task add column removed_at timestamptz;
alter table task_change drop constraint task_change_kind_check;
alter table task_change add constraint task_change_kind_check check (kind in ('CREATE', 'EDIT', 'REMOVE'));
alter table task_change add column amendment_id bigint references plan_amendment (id);

-- task_as_of (V180): a task removed before the cutoff no longer existed then.
drop function task_as_of(timestamptz);
create function task_as_of(cutoff timestamptz)
returns table (id bigint, key_area_id bigint, code varchar, sort_order integer, title_vi varchar, title_en varchar,
               output_vi varchar, output_en varchar, provisional boolean, existed boolean)
language sql stable as $$
    select t.id, coalesce(v.key_area_id, t.key_area_id), coalesce(v.code, t.code), t.sort_order,
           coalesce(v.title_vi, t.title_vi), coalesce(v.title_en, t.title_en), t.output_vi, t.output_en,
           coalesce(v.provisional,
                    t.provisional or coalesce((select min(c.confirmed_at) from task_deadline_confirmation c
                                               where c.task_id = t.id) >= cutoff, false)),
           (v.task_id is not null or not exists (select 1 from task_version f where f.task_id = t.id))
             and (t.removed_at is null or t.removed_at >= cutoff)
    from task t
    left join (select distinct on (tv.task_id) tv.task_id, tv.key_area_id, tv.code, tv.title_vi, tv.title_en,
                                                tv.provisional
               from task_version tv where tv.valid_from < cutoff
               order by tv.task_id, tv.valid_from desc) v on v.task_id = t.id
$$;
