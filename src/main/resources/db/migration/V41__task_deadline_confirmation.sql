-- The plan's deadlines start as our inference (task.provisional = true). A coordinator confirms a task's
-- deadline against a source document (its number and date); each confirmation is kept, so the record says
-- who confirmed what against which document and when. The task loses its provisional mark.
create table task_deadline_confirmation (
    id               bigserial primary key,
    task_id          bigint        not null references task (id),
    author_id        bigint        not null references app_user (id),
    confirmed_at     timestamptz   not null,
    document_number  varchar(100)  not null,
    document_date    date          not null,
    note             varchar(2000),
    schedule         varchar(40)   not null
);
create index task_deadline_confirmation_task_idx on task_deadline_confirmation (task_id, confirmed_at desc);
