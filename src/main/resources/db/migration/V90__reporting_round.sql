-- Periodic reporting rounds (báo cáo định kỳ 6 tháng và năm): each agency named by a round writes a report,
-- the coordinator accepts or returns it and drafts the city's consolidated report, which leadership approves.

-- When a plan's rounds are due: a six-month report by 15/06 and a year report by 15/12 (Decree 09/2019 practice),
-- opened automatically open_days_before the due day.
create table reporting_calendar (
    id                bigserial   primary key,
    plan_id           bigint      not null references plan (id),
    kind              varchar(10) not null check (kind in ('HALF_YEAR', 'YEAR')),
    due_month         smallint    not null check (due_month between 1 and 12),
    due_day           smallint    not null check (due_day between 1 and 31),
    open_days_before  smallint    not null default 30 check (open_days_before between 0 and 180),
    unique (plan_id, kind)
);
insert into reporting_calendar (plan_id, kind, due_month, due_day)
select p.id, c.kind, c.m, c.d from plan p
cross join (values ('HALF_YEAR', 6, 15), ('YEAR', 12, 15)) as c (kind, m, d);

create table reporting_round (
    id           bigserial    primary key,
    plan_id      bigint       not null references plan (id),
    kind         varchar(10)  not null check (kind in ('HALF_YEAR', 'YEAR')),
    year         integer      not null check (year between 2000 and 2100),
    title_vi     varchar(300) not null,
    title_en     varchar(300) not null,
    period_start date         not null,
    period_end   date         not null,
    cutoff_on    date         not null,
    due_on       date         not null,
    status       varchar(10)  not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    opened_by    bigint       references app_user (id),
    opened_at    timestamptz  not null,
    closed_at    timestamptz,
    version      bigint       not null default 0,
    -- one round per plan and period, however often the calendar job runs and on however many nodes
    unique (plan_id, kind, year),
    check (period_end >= period_start and cutoff_on <= due_on)
);

-- The agencies a round names: required ones must report; requested bodies are invited. The code and names
-- are those the agency had when the round opened, as its report will carry them.
create table round_agency (
    round_id   bigint       not null references reporting_round (id),
    agency_id  bigint       not null references agency (id),
    required   boolean      not null,
    position   integer      not null,
    code       varchar(40)  not null,
    name_vi    varchar(300) not null,
    name_en    varchar(300) not null,
    primary key (round_id, agency_id)
);
create index round_agency_agency_idx on round_agency (agency_id);

create table agency_report (
    id             bigserial    primary key,
    round_id       bigint       not null references reporting_round (id),
    agency_id      bigint       not null references agency (id),
    status         varchar(10)  not null default 'DRAFT'
        check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    results        text         not null default '',
    shortcomings   text         not null default '',
    difficulties   text         not null default '',
    proposals      text         not null default '',
    next_tasks     text         not null default '',
    submitted_at   timestamptz,
    decided_at     timestamptz,
    updated_at     timestamptz  not null,
    version        bigint       not null default 0,
    unique (round_id, agency_id),
    foreign key (round_id, agency_id) references round_agency (round_id, agency_id)
);

-- The officer's result line for one assignment of the prefilled table.
create table agency_report_line (
    report_id      bigint        not null references agency_report (id),
    assignment_id  bigint        not null,
    result         varchar(2000) not null,
    primary key (report_id, assignment_id)
);

-- Append-only history of a report: saves, submissions, returns (with the reason) and acceptances.
create table agency_report_event (
    id          bigserial    primary key,
    report_id   bigint       not null references agency_report (id),
    actor_id    bigint       not null references app_user (id),
    actor_name  varchar(200) not null,
    at          timestamptz  not null,
    action      varchar(10)  not null check (action in ('SAVE', 'SUBMIT', 'RETURN', 'ACCEPT', 'ATTACH')),
    note        varchar(2000)
);
create index agency_report_event_report_idx on agency_report_event (report_id, at);
create trigger agency_report_event_append_only before update or delete on agency_report_event
    for each row execute function forbid_history_change();

create table agency_report_file (
    id             bigserial    primary key,
    report_id      bigint       not null references agency_report (id),
    original_name  varchar(255) not null,
    content_type   varchar(100) not null,
    size_bytes     bigint       not null check (size_bytes > 0 and size_bytes <= 10485760),
    sha256         varchar(64)  not null check (length(sha256) = 64),
    content        bytea        not null,
    uploaded_by    bigint       not null references app_user (id),
    uploaded_at    timestamptz  not null
);
create index agency_report_file_report_idx on agency_report_file (report_id);
create trigger agency_report_file_append_only before update or delete on agency_report_file
    for each row execute function forbid_history_change();

-- The city's consolidated report: each save is a new revision (the text is never overwritten).
create table consolidated_report (
    round_id      bigint       primary key references reporting_round (id),
    revision      integer      not null check (revision > 0),
    approved_by   bigint       references app_user (id),
    approved_by_name varchar(200),
    approved_at   timestamptz,
    version       bigint       not null default 0
);
create table consolidated_revision (
    round_id      bigint       not null references consolidated_report (round_id),
    revision      integer      not null,
    results       text         not null,
    shortcomings  text         not null,
    difficulties  text         not null,
    proposals     text         not null,
    next_tasks    text         not null,
    saved_by      bigint       not null references app_user (id),
    saved_by_name varchar(200) not null,
    saved_at      timestamptz  not null,
    primary key (round_id, revision)
);
create trigger consolidated_revision_append_only before update or delete on consolidated_revision
    for each row execute function forbid_history_change();

-- What a closed round's documents are made of (figures, tables, texts), frozen at close.
create table round_snapshot (
    round_id  bigint      primary key references reporting_round (id),
    taken_at  timestamptz not null,
    content   jsonb       not null
);
create trigger round_snapshot_append_only before update or delete on round_snapshot
    for each row execute function forbid_history_change();

-- The weekly leadership pack: at most one per scheduled day, whatever nodes run the job.
create table report_pack_sent (
    pack_date   date        primary key,
    sent_at     timestamptz not null,
    recipients  integer     not null
);

-- Officers hear about their round reports, leadership about agencies that never reported.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('REMINDER', 'RETURNED', 'ACCEPTED', 'DIGEST', 'DEADLINE_CHANGED', 'EXTENSION_REFUSED',
                    'ROUND_REMINDER', 'ROUND_RETURNED', 'ROUND_ACCEPTED', 'ROUND_ESCALATED'));
