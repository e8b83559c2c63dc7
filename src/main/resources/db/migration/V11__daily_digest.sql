-- ShedLock: one scheduler at a time across application instances on this database.
create table shedlock (
    name        varchar(64)  not null primary key,
    lock_until  timestamptz  not null,
    locked_at   timestamptz  not null,
    locked_by   varchar(255) not null
);

-- What the daily digest has sent: at most one digest per agency and day, whatever restarts
-- or instances run the job.
create table digest_sent (
    agency_id    bigint      not null references agency (id),
    digest_date  date        not null,
    sent_at      timestamptz not null,
    overdue      integer     not null,
    due_soon     integer     not null,
    primary key (agency_id, digest_date)
);
