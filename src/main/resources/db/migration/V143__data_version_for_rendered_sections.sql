-- Rendered page sections are now cached under the data version (SectionCache). They show, besides the tables
-- V50 covers, the names of the users who submitted, returned or uploaded (review queue), the evidence files of a
-- submission and whether a task's deadline was confirmed against a document (the "provisional" marks): a change
-- to any of these now changes the data version too. A user's other columns (sign-in times, password, second
-- factor) change often and show on no cached page, so only a change of the name counts.
create function bump_data_version_on_name() returns trigger language plpgsql as $$
begin
    if new.full_name is distinct from old.full_name then
        update data_version set version = nextval('data_version_seq');
    end if;
    return null;
end;
$$;

create trigger app_user_name_data_version after update of full_name on app_user
    for each row execute function bump_data_version_on_name();
create trigger app_user_data_version after insert or delete on app_user
    for each statement execute function bump_data_version();
create trigger evidence_file_data_version after insert or update or delete on evidence_file
    for each statement execute function bump_data_version();
create trigger task_deadline_confirmation_data_version after insert or update or delete on task_deadline_confirmation
    for each statement execute function bump_data_version();
