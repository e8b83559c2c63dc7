-- Who created or changed a task, when and why: the plan's deadlines are corrected over time
-- (they start provisional) and the record must say so. Assignments moved by a change also get
-- a DEADLINE_CHANGE or CLOSE entry in their own history.
create table task_change (
    id               bigserial primary key,
    task_id          bigint        not null references task (id),
    author_id        bigint        not null references app_user (id),
    changed_at       timestamptz   not null,
    kind             varchar(10)   not null check (kind in ('CREATE', 'EDIT')),
    reason           varchar(2000),
    schedule_before  varchar(40),
    schedule_after   varchar(40)   not null,
    agencies_added   bigint[]      not null default '{}',
    agencies_removed bigint[]      not null default '{}'
);
create index task_change_task_idx on task_change (task_id, changed_at desc);
