-- Security events: who did what to which account, from where. Append-only; never holds a secret.
create table security_event (
    id              bigserial    primary key,
    occurred_at     timestamptz  not null,
    kind            varchar(40)  not null,
    username        varchar(200),
    actor           varchar(200),
    client_address  varchar(64),
    detail          varchar(1000)
);
create index security_event_occurred_idx on security_event (occurred_at desc);
create index security_event_username_idx on security_event (lower(username), occurred_at desc);
create index security_event_kind_idx on security_event (kind, occurred_at desc);

-- Failed sign-ins counted per account name and per client address, shared by every node.
create table sign_in_throttle (
    throttle_key       varchar(300) primary key,
    failures           integer      not null default 0,
    window_started_at  timestamptz,
    last_failure_at    timestamptz,
    blocked_until      timestamptz,
    locked             boolean      not null default false
);
