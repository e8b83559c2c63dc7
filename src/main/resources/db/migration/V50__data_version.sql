-- A number that changes with every committed change to what the dashboards and reports show, so that
-- their results can be cached under it (see DataVersion). Every statement that writes one of these tables
-- sets it to a fresh value of a sequence: a rolled-back change leaves the old number, and a number, once
-- seen, never comes back with other data.
create sequence data_version_seq;

create table data_version (
    id       boolean primary key default true check (id),
    version  bigint  not null
);
insert into data_version (id, version) values (true, nextval('data_version_seq'));

create function bump_data_version() returns trigger language plpgsql as $$
begin
    update data_version set version = nextval('data_version_seq');
    return null;
end;
$$;

create trigger agency_data_version after insert or update or delete on agency
    for each statement execute function bump_data_version();
create trigger agency_name_data_version after insert or update or delete on agency_name
    for each statement execute function bump_data_version();
create trigger plan_data_version after insert or update or delete on plan
    for each statement execute function bump_data_version();
create trigger key_area_data_version after insert or update or delete on key_area
    for each statement execute function bump_data_version();
create trigger task_data_version after insert or update or delete on task
    for each statement execute function bump_data_version();
create trigger task_agency_data_version after insert or update or delete on task_agency
    for each statement execute function bump_data_version();
create trigger assignment_data_version after insert or update or delete on assignment
    for each statement execute function bump_data_version();
create trigger progress_update_data_version after insert on progress_update
    for each statement execute function bump_data_version();
create trigger extension_request_data_version after insert or update or delete on deadline_extension_request
    for each statement execute function bump_data_version();
