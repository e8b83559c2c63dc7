-- Second factor (TOTP, RFC 6238). The secret is set only once the user has confirmed a code;
-- last_totp_step refuses a code used before (no replay within its 30-second window).
alter table app_user add column totp_secret varchar(64);
alter table app_user add column totp_enrolled_at timestamptz;
alter table app_user add column last_totp_step bigint;
-- accounts made by the demo profile's loader: only in the demo profile may they skip the second factor
alter table app_user add column demo_account boolean not null default false;

-- Ten single-use recovery codes per enrolment, stored only as HMAC-SHA-256 digests.
create table recovery_code (
    id         bigserial    primary key,
    user_id    bigint       not null references app_user (id),
    code_hash  varchar(64)  not null,
    used_at    timestamptz
);
create index recovery_code_user_idx on recovery_code (user_id);

-- Agencies whose officers must use a second factor too (ADMIN, COORDINATOR and LEADER always must).
create table agency_second_factor (
    agency_id    bigint       primary key references agency (id),
    required_at  timestamptz  not null,
    required_by  varchar(60)  not null
);
