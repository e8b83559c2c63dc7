-- An amendment adds key areas and renames them (issue "Any plan"), under the as-of rule of tasks
-- (V420): a report as of a day before the amendment shows the plan's key areas as they were then.
-- A key area added by an amendment is there from the instant it is applied (added_at; null: with the
-- plan), and a renamed one keeps each name it had until the instant it was renamed (key_area_name).
alter table key_area add column added_at timestamptz;

create table key_area_name (
    id            bigserial primary key,
    key_area_id   bigint       not null references key_area (id),
    title_vi      varchar(500) not null,
    title_en      varchar(500) not null,
    valid_until   timestamptz  not null,
    amendment_id  bigint       references plan_amendment (id)
);
create index key_area_name_idx on key_area_name (key_area_id, valid_until);

-- A draft amendment's key area changes: a new key area (key_area_id null) or a new title of one.
create table plan_amendment_area (
    id            bigserial primary key,
    amendment_id  bigint       not null references plan_amendment (id),
    key_area_id   bigint       references key_area (id),
    title         varchar(500) not null
);
create unique index plan_amendment_area_idx on plan_amendment_area (amendment_id, key_area_id)
    where key_area_id is not null;

-- key_area_as_of: each key area with the title it had just before the cutoff, and whether it existed then
-- (as task_as_of: a change at or after the cutoff is not yet seen).
create function key_area_as_of(cutoff timestamptz)
returns table (id bigint, plan_id bigint, ordinal integer, title_vi varchar, title_en varchar, existed boolean)
language sql stable as $$
    select k.id, k.plan_id, k.ordinal, coalesce(n.title_vi, k.title_vi), coalesce(n.title_en, k.title_en),
           k.added_at is null or k.added_at < cutoff
    from key_area k
    left join lateral (select x.title_vi, x.title_en from key_area_name x
                       where x.key_area_id = k.id and x.valid_until >= cutoff
                       order by x.valid_until, x.id limit 1) n on true
$$;
