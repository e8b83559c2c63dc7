-- Invalidation as narrow as the change (see DataVersion). Until now every committed change set the one data
-- version, so that a save by one agency's officer dropped every cached page of every plan and agency. Now:
--   data_version.version     the city's version: still changes with every change (city-wide pages key on it);
--   data_version.structure   changes with the tables every page reads (agencies and their names, plans, key
--                            areas, tasks and their agencies, user names, deadline confirmations) and with
--                            nothing else;
--   data_scope_version       one row per plan ('P') and per agency ('A'): changes with the work of that plan
--                            or agency (assignments, their history, evidence files, extension requests).
-- A page of one agency keys on (structure, its agency's row): a save by another agency leaves it cached.
-- Every value comes from the one sequence, so a number, once seen, never comes back with other data; the
-- triggers update data_version first, so concurrent writers queue on that row as before, in the same order,
-- and take the scope rows in (kind, id) order: no deadlock between them.
alter table data_version add column structure bigint;
update data_version set structure = version;
alter table data_version alter column structure set not null;

create table data_scope_version (
    kind     char(1) not null check (kind in ('P', 'A')),
    id       bigint  not null,
    version  bigint  not null,
    primary key (kind, id)
);

-- the tables every page reads: the city and the structure both change
create or replace function bump_data_version() returns trigger language plpgsql as $$
begin
    update data_version set version = n.v, structure = n.v from (select nextval('data_version_seq') as v) n;
    return null;
end;
$$;

create or replace function bump_data_version_on_name() returns trigger language plpgsql as $$
begin
    if new.full_name is distinct from old.full_name then
        update data_version set version = n.v, structure = n.v from (select nextval('data_version_seq') as v) n;
    end if;
    return null;
end;
$$;

-- the work of these assignments changed: the city, their plans and their agencies
create function bump_work_versions(assignments bigint[]) returns void language plpgsql as $$
begin
    if cardinality(assignments) = 0 then
        return;
    end if;
    update data_version set version = nextval('data_version_seq');
    insert into data_scope_version (kind, id, version)
    select s.kind, s.id, nextval('data_version_seq')
    from (select 'A' as kind, a.agency_id as id from assignment a where a.id = any (assignments)
          union
          select 'P', k.plan_id from assignment a join task t on t.id = a.task_id
                 join key_area k on k.id = t.key_area_id where a.id = any (assignments)) s
    order by s.kind, s.id
    on conflict (kind, id) do update set version = excluded.version;
end;
$$;

-- assignment rows name their agency and task themselves (an update may move one: both sides count; a
-- deleted row is gone from the table, so its own columns are read)
create function bump_assignment_versions() returns trigger language plpgsql as $$
declare
    agencies bigint[];
    tasks    bigint[];
begin
    if tg_op = 'INSERT' then
        select array_agg(distinct agency_id), array_agg(distinct task_id) into agencies, tasks from new_rows;
    elsif tg_op = 'DELETE' then
        select array_agg(distinct agency_id), array_agg(distinct task_id) into agencies, tasks from old_rows;
    else
        select array_agg(distinct agency_id), array_agg(distinct task_id) into agencies, tasks
        from (select agency_id, task_id from new_rows union select agency_id, task_id from old_rows) r;
    end if;
    if agencies is null then
        return null;
    end if;
    update data_version set version = nextval('data_version_seq');
    insert into data_scope_version (kind, id, version)
    select s.kind, s.id, nextval('data_version_seq')
    from (select 'A' as kind, unnest(agencies) as id
          union
          select 'P', k.plan_id from task t join key_area k on k.id = t.key_area_id where t.id = any (tasks)) s
    order by s.kind, s.id
    on conflict (kind, id) do update set version = excluded.version;
    return null;
end;
$$;

create function bump_progress_versions() returns trigger language plpgsql as $$
begin
    perform bump_work_versions(array(select distinct assignment_id from new_rows));
    return null;
end;
$$;

create function bump_extension_versions() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform bump_work_versions(array(select distinct assignment_id from new_rows));
    elsif tg_op = 'DELETE' then
        perform bump_work_versions(array(select distinct assignment_id from old_rows));
    else
        perform bump_work_versions(array(select assignment_id from new_rows union select assignment_id from old_rows));
    end if;
    return null;
end;
$$;

create function bump_evidence_versions() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform bump_work_versions(array(select distinct p.assignment_id from new_rows e
                                         join progress_update p on p.id = e.progress_update_id));
    elsif tg_op = 'DELETE' then
        perform bump_work_versions(array(select distinct p.assignment_id from old_rows e
                                         join progress_update p on p.id = e.progress_update_id));
    else
        perform bump_work_versions(array(select p.assignment_id from new_rows e
                                         join progress_update p on p.id = e.progress_update_id
                                         union
                                         select p.assignment_id from old_rows e
                                         join progress_update p on p.id = e.progress_update_id));
    end if;
    return null;
end;
$$;

drop trigger assignment_data_version on assignment;
create trigger assignment_inserted_data_version after insert on assignment
    referencing new table as new_rows for each statement execute function bump_assignment_versions();
create trigger assignment_updated_data_version after update on assignment
    referencing old table as old_rows new table as new_rows for each statement execute function bump_assignment_versions();
create trigger assignment_deleted_data_version after delete on assignment
    referencing old table as old_rows for each statement execute function bump_assignment_versions();

drop trigger progress_update_data_version on progress_update;
create trigger progress_update_data_version after insert on progress_update
    referencing new table as new_rows for each statement execute function bump_progress_versions();

drop trigger extension_request_data_version on deadline_extension_request;
create trigger extension_request_inserted_data_version after insert on deadline_extension_request
    referencing new table as new_rows for each statement execute function bump_extension_versions();
create trigger extension_request_updated_data_version after update on deadline_extension_request
    referencing old table as old_rows new table as new_rows for each statement execute function bump_extension_versions();
create trigger extension_request_deleted_data_version after delete on deadline_extension_request
    referencing old table as old_rows for each statement execute function bump_extension_versions();

drop trigger evidence_file_data_version on evidence_file;
create trigger evidence_file_inserted_data_version after insert on evidence_file
    referencing new table as new_rows for each statement execute function bump_evidence_versions();
create trigger evidence_file_updated_data_version after update on evidence_file
    referencing old table as old_rows new table as new_rows for each statement execute function bump_evidence_versions();
create trigger evidence_file_deleted_data_version after delete on evidence_file
    referencing old table as old_rows for each statement execute function bump_evidence_versions();
