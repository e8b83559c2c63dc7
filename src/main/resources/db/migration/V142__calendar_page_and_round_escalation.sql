-- The reporting calendar gets a page: a version for optimistic locking, and an append-only record of
-- who changed which entry from what to what.
alter table reporting_calendar add column version bigint not null default 0;

create table reporting_calendar_change (
    id                bigserial   primary key,
    calendar_id       bigint      not null references reporting_calendar (id),
    changed_by        bigint      not null references app_user (id),
    changed_by_name   varchar(200) not null,
    changed_at        timestamptz not null,
    old_due_month     smallint    not null,
    old_due_day       smallint    not null,
    old_open_days     smallint    not null,
    new_due_month     smallint    not null,
    new_due_day       smallint    not null,
    new_open_days     smallint    not null
);
create index reporting_calendar_change_idx on reporting_calendar_change (calendar_id, changed_at desc);

create function reporting_calendar_change_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'reporting_calendar_change is append-only';
end $$;
create trigger reporting_calendar_change_append_only before update or delete on reporting_calendar_change
    for each row execute function reporting_calendar_change_append_only();

-- One escalation to leadership per agency and round, whoever or whatever sends it (the daily job on
-- any node, or the coordinator's button): the primary key is the claim.
create table round_escalation (
    round_id      bigint      not null,
    agency_id     bigint      not null,
    escalated_at  timestamptz not null,
    escalated_by  bigint      references app_user (id),
    primary key (round_id, agency_id),
    foreign key (round_id, agency_id) references round_agency (round_id, agency_id)
);
