-- In-app notifications for officers: what happened to their agency's assignments.
-- One row per recipient; read_at is the only column that ever changes.
create table notification (
    id             bigserial primary key,
    recipient_id   bigint        not null references app_user (id),
    kind           varchar(20)   not null check (kind in ('REMINDER', 'RETURNED', 'ACCEPTED', 'DIGEST')),
    assignment_id  bigint        references assignment (id),
    item_count     integer       not null default 1 check (item_count >= 0),
    subject        varchar(200),
    detail         varchar(4000),
    created_at     timestamptz   not null,
    read_at        timestamptz
);
create index notification_recipient_idx on notification (recipient_id, created_at desc);
create index notification_unread_idx on notification (recipient_id) where read_at is null;
