-- A history entry keeps its author as it was when it was written: the author's name and agency are stored on
-- the entry at write time, by a trigger (so that every writer, the application's entities, its set-based SQL,
-- the demo loader and data fixes, gets them), instead of being joined from app_user when read (renaming a user
-- rewrote every past entry, and an officer moved to another agency took the old entries with him). The same for
-- the author of a task change and of a deadline confirmation. Existing entries get the names of today: nothing
-- recorded the earlier ones.
alter table progress_update add column author_name varchar(200);
alter table progress_update add column author_agency_id bigint references agency (id);
alter table task_change add column author_name varchar(200);
alter table task_deadline_confirmation add column author_name varchar(200);

-- history is append-only (V1); this one backfill is not a change of what it says
alter table progress_update disable trigger progress_update_append_only;
update progress_update u set author_name = usr.full_name, author_agency_id = usr.agency_id
from app_user usr where usr.id = u.author_id;
alter table progress_update enable trigger progress_update_append_only;
update task_change c set author_name = usr.full_name from app_user usr where usr.id = c.author_id;
update task_deadline_confirmation c set author_name = usr.full_name from app_user usr where usr.id = c.author_id;

create function record_author_name() returns trigger language plpgsql as $$
begin
    if new.author_name is null then
        select u.full_name into new.author_name from app_user u where u.id = new.author_id;
    end if;
    return new;
end;
$$;

create function record_history_author() returns trigger language plpgsql as $$
begin
    if new.author_name is null or new.author_agency_id is null then
        select coalesce(new.author_name, u.full_name), coalesce(new.author_agency_id, u.agency_id)
        into new.author_name, new.author_agency_id
        from app_user u where u.id = new.author_id;
    end if;
    return new;
end;
$$;

create trigger progress_update_author before insert on progress_update
    for each row execute function record_history_author();
create trigger task_change_author before insert on task_change
    for each row execute function record_author_name();
create trigger task_deadline_confirmation_author before insert on task_deadline_confirmation
    for each row execute function record_author_name();

alter table progress_update alter column author_name set not null;
alter table progress_update alter column author_agency_id set not null;
alter table task_change alter column author_name set not null;
alter table task_deadline_confirmation alter column author_name set not null;
