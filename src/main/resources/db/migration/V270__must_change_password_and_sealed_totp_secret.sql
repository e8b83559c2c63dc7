-- Issue 22: the first administrator's password and every password an administrator sets are
-- changed by their user at the first sign-in.
alter table app_user add column must_change_password boolean not null default false;

-- TOTP secrets are stored sealed (AES-GCM, "v1:" + base64 of nonce and ciphertext), which is
-- longer than the 32-character base32 secret; clear secrets are sealed at the next start.
alter table app_user alter column totp_secret type varchar(200);
