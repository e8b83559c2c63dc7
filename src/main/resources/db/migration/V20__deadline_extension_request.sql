-- An officer asks for a later due date; the coordinator approves (the assignment's due date changes and
-- a DEADLINE_CHANGE entry is written) or refuses with a reason. Requests are kept, decided or not, so
-- reports can count extensions asked for and granted.
create table deadline_extension_request (
    id                  bigserial primary key,
    assignment_id       bigint        not null references assignment (id),
    requested_by        bigint        not null references app_user (id),
    requested_at        timestamptz   not null,
    due_date_at_request date          not null,
    requested_due_date  date          not null,
    reason              varchar(2000) not null,
    status              varchar(10)   not null default 'PENDING'
        check (status in ('PENDING', 'APPROVED', 'REFUSED')),
    decided_by          bigint references app_user (id),
    decided_at          timestamptz,
    decision_note       varchar(2000),
    version             bigint        not null default 0,
    check ((status = 'PENDING') = (decided_at is null)),
    check ((status = 'PENDING') = (decided_by is null)),
    check (status <> 'REFUSED' or decision_note is not null)
);
-- At most one open request per assignment, even with two officers clicking at once.
create unique index deadline_extension_request_one_pending_uq
    on deadline_extension_request (assignment_id) where status = 'PENDING';
create index deadline_extension_request_status_idx on deadline_extension_request (status, requested_at);
