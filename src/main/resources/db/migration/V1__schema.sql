-- Plan Tracker schema. The whole model of DESIGN.md; later migrations only add to it.
-- Enumerations are text with CHECK constraints (readable in psql, mapped with @Enumerated(STRING)).

create table agency (
    id            bigserial primary key,
    code          varchar(40)  not null unique,
    name_vi       varchar(300) not null,
    name_en       varchar(300) not null,
    kind          varchar(20)  not null
        check (kind in ('POLICE', 'DEPARTMENT', 'JUDICIAL', 'FRONT_UNION', 'PRESS', 'LOCAL_AUTHORITY')),
    sort_order    integer      not null default 0,
    active_from   date         not null,
    active_until  date,
    version       bigint       not null default 0,
    check (active_until is null or active_until >= active_from)
);
create index agency_kind_idx on agency (kind, sort_order);

-- Agencies merge and get renamed; reports for a past period use the name valid then.
create table agency_name (
    id          bigserial primary key,
    agency_id   bigint       not null references agency (id),
    name_vi     varchar(300) not null,
    name_en     varchar(300) not null,
    valid_from  date         not null,
    unique (agency_id, valid_from)
);

create table app_user (
    id             bigserial primary key,
    username       varchar(60)  not null,
    password_hash  varchar(200) not null,
    full_name      varchar(200) not null,
    email          varchar(200),
    role           varchar(20)  not null check (role in ('ADMIN', 'COORDINATOR', 'OFFICER', 'LEADER')),
    agency_id      bigint       not null references agency (id),
    enabled        boolean      not null default true,
    created_at     timestamptz  not null default now(),
    version        bigint       not null default 0
);
create unique index app_user_username_uq on app_user (lower(username));
create index app_user_agency_idx on app_user (agency_id);

create table plan (
    id                     bigserial primary key,
    number                 varchar(40)   not null,
    issued_on              date          not null,
    title_vi               varchar(500)  not null,
    title_en               varchar(500)  not null,
    signer                 varchar(200)  not null,
    legal_basis_vi         varchar(1000) not null,
    legal_basis_en         varchar(1000) not null,
    coordinator_agency_id  bigint        not null references agency (id),
    version                bigint        not null default 0,
    unique (number, issued_on)
);

create table key_area (
    id        bigserial primary key,
    plan_id   bigint       not null references plan (id),
    ordinal   integer      not null check (ordinal > 0),
    title_vi  varchar(500) not null,
    title_en  varchar(500) not null,
    unique (plan_id, ordinal)
);

create table task (
    id              bigserial primary key,
    key_area_id     bigint        not null references key_area (id),
    code            varchar(20)   not null,
    sort_order      integer       not null default 0,
    title_vi        varchar(1000) not null,
    title_en        varchar(1000) not null,
    description_vi  text,
    description_en  text,
    output_vi       varchar(1000) not null,
    output_en       varchar(1000) not null,
    schedule_kind   varchar(20)   not null check (schedule_kind in ('FIXED', 'ANNUAL', 'SCHOOL_YEAR', 'ONGOING')),
    due_date        date,
    due_month       smallint check (due_month between 1 and 12),
    due_day         smallint check (due_day between 1 and 31),
    -- true while the deadline is our inference, until the plan's annex is entered
    provisional     boolean       not null default true,
    version         bigint        not null default 0,
    unique (key_area_id, code),
    check (schedule_kind <> 'FIXED' or due_date is not null),
    check (schedule_kind not in ('ANNUAL', 'SCHOOL_YEAR') or (due_month is not null and due_day is not null))
);

-- Which agencies a task names: lead ("chủ trì") or support ("phối hợp"); requested = the agency is
-- asked to take part (Procuracy, Court, Fatherland Front), not assigned by the People's Committee.
create table task_agency (
    id         bigserial primary key,
    task_id    bigint      not null references task (id),
    agency_id  bigint      not null references agency (id),
    role       varchar(10) not null check (role in ('LEAD', 'SUPPORT')),
    requested  boolean     not null default false,
    unique (task_id, agency_id)
);
create index task_agency_agency_idx on task_agency (agency_id);

-- One agency's responsibility for one task in one period ('' for a one-off task, '2025', '2025-H1', '2025-2026').
create table assignment (
    id                 bigserial primary key,
    task_id            bigint      not null references task (id),
    agency_id          bigint      not null references agency (id),
    role               varchar(10) not null check (role in ('LEAD', 'SUPPORT')),
    requested          boolean     not null default false,
    period             varchar(20) not null default '',
    original_due_date  date        not null,
    due_date           date        not null,
    status             varchar(20) not null default 'NOT_STARTED'
        check (status in ('NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED', 'RETURNED', 'COMPLETED')),
    percent_complete   smallint    not null default 0 check (percent_complete between 0 and 100),
    completed_on       date,
    last_update_at     timestamptz,
    closed_at          timestamptz,
    closed_reason      varchar(500),
    version            bigint      not null default 0,
    unique (task_id, agency_id, period),
    check ((status = 'COMPLETED') = (completed_on is not null))
);
create index assignment_agency_status_idx on assignment (agency_id, status);
create index assignment_due_date_idx on assignment (due_date) where status <> 'COMPLETED';
create index assignment_status_due_idx on assignment (status, due_date);
create index assignment_task_idx on assignment (task_id);

-- Append-only history: the assignment row is a projection of these, written in the same transaction.
create table progress_update (
    id              bigserial primary key,
    assignment_id   bigint       not null references assignment (id),
    author_id       bigint       not null references app_user (id),
    created_at      timestamptz  not null,
    kind            varchar(20)  not null
        check (kind in ('PROGRESS', 'SUBMIT', 'ACCEPT', 'RETURN', 'REMINDER', 'DEADLINE_CHANGE', 'CLOSE')),
    status_before   varchar(20)  not null,
    status_after    varchar(20)  not null,
    percent         smallint     not null check (percent between 0 and 100),
    note            varchar(4000),
    document_ref    varchar(200),
    due_date_before date,
    due_date_after  date
);
create index progress_update_assignment_idx on progress_update (assignment_id, created_at desc);
create index progress_update_created_idx on progress_update (created_at);

-- Evidence lives in PostgreSQL with the update it belongs to: one backup, one transaction.
create table evidence_file (
    id                  bigserial primary key,
    progress_update_id  bigint       not null references progress_update (id),
    original_name       varchar(255) not null,
    content_type        varchar(100) not null,
    size_bytes          bigint       not null check (size_bytes > 0 and size_bytes <= 10485760),
    sha256              varchar(64)  not null check (length(sha256) = 64),
    content             bytea        not null
);
create index evidence_file_update_idx on evidence_file (progress_update_id);

create function forbid_history_change() returns trigger language plpgsql as $$
begin
    raise exception 'history is append-only: % on % is not allowed', tg_op, tg_table_name;
end;
$$;
create trigger progress_update_append_only before update or delete on progress_update
    for each row execute function forbid_history_change();
create trigger evidence_file_append_only before update or delete on evidence_file
    for each row execute function forbid_history_change();

-- Spring Modulith event publication registry (schema of spring-modulith-events-jdbc v2, PostgreSQL).
create table event_publication (
    id                      uuid                     not null primary key,
    listener_id             text                     not null,
    event_type              text                     not null,
    serialized_event        text                     not null,
    publication_date        timestamp with time zone not null,
    completion_date         timestamp with time zone,
    status                  text,
    completion_attempts     int,
    last_resubmission_date  timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
