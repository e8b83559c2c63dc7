-- An uploaded plan annex kept between its preview and the user's confirmation: one per user, for a day
-- (PlanImport deletes the user's earlier drafts and every expired one at each upload). The file is at most
-- 5 MB, checked before it is kept.
create table plan_import_draft (
    token       uuid         primary key,
    author_id   bigint       not null references app_user (id),
    created_at  timestamptz  not null,
    file_name   varchar(200) not null,
    content     bytea        not null check (octet_length(content) <= 5242880)
);
create index plan_import_draft_author_idx on plan_import_draft (author_id);
