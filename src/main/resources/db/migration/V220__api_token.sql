-- API module: personal access tokens for machines. Only the SHA-256 of a token is kept (the token itself is
-- shown once, when it is made); a revoked or expired token stays as a record of what existed.
create table api_token (
    id                bigserial primary key,
    user_id           bigint       not null references app_user (id),
    name              varchar(100) not null,
    scope             varchar(10)  not null check (scope in ('READ', 'READ_WRITE')),
    token_hash        char(64)     not null unique,
    hint              varchar(12)  not null,
    created_at        timestamptz  not null,
    expires_at        timestamptz  not null,
    revoked_at        timestamptz,
    last_used_at      timestamptz,
    last_used_address varchar(64),
    check (expires_at > created_at)
);
create index api_token_user_idx on api_token (user_id, created_at desc);
