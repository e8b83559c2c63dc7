-- Plan 133 enters through the importer, like any other plan: its annex ships as a file (src/main/resources/plans/)
-- and the application imports it at its first start (plan.ShippedPlans). V2 wrote the plan on every database and,
-- applied once, cannot change; this migration decides, once per database, which of the two keeps Plan 133:
--
--   a database that has never started (no account: every account is made at a start, by the first
--   administrator or the demo, so nobody can have reported, edited or read anything on it) gives V2's Plan 133
--   back: its plan, key areas, tasks, task agencies, assignments and the rows derived from them (states,
--   figure tallies, creation feed entries, task versions, reporting calendar) are deleted, and the first start
--   imports the shipped annex in their place;
--   every other database keeps V2's Plan 133 as it is, every row and id, and records it as the shipped plan
--   already present, so that no start imports it a second time.
--
-- The session setting plantracker.plan_133_from = 'V2' (Flyway's init SQL) keeps V2's Plan 133 on a new database
-- too: the shared test contexts use it while their tests still pin V2's data (periods 2025-2026, the 2026 press
-- merger as a change in the plan's history).
-- shipped_plan: each plan shipped with the application (by the name of its files in plans/) and the plan it is.
create table shipped_plan (
    name         varchar(200) primary key,
    plan_id      bigint       not null unique references plan (id),
    source       varchar(10)  not null check (source in ('MIGRATION', 'IMPORT', 'FOUND')),
    recorded_at  timestamptz  not null default now()
);

do $$
declare
    plan133 bigint := (select id from plan where number = '133/KH-UBND' and issued_on = date '2025-05-14');
begin
    if plan133 is null then
        return;
    end if;
    if exists (select 1 from app_user)
       or coalesce(nullif(current_setting('plantracker.plan_133_from', true), ''), 'annex') = 'V2' then
        insert into shipped_plan (name, plan_id, source) values ('133-KH-UBND-2025-05-14', plan133, 'MIGRATION');
        return;
    end if;
    create temporary table plan133_task on commit drop as
        select t.id from task t join key_area k on k.id = t.key_area_id where k.plan_id = plan133;
    create temporary table plan133_assignment on commit drop as
        select a.id from assignment a where a.task_id in (select id from plan133_task);
    -- the change feed's creation entries are append-only; on a database nobody has read, these were never sent
    alter table assignment_creation disable trigger assignment_creation_append_only;
    delete from assignment_creation where assignment_id in (select id from plan133_assignment);
    alter table assignment_creation enable trigger assignment_creation_append_only;
    -- the tallies follow the states (their triggers); what is left of the plan's areas is empty
    delete from assignment_state where assignment_id in (select id from plan133_assignment);
    delete from figure_tally where key_area_id in (select id from key_area where plan_id = plan133);
    delete from assignment where id in (select id from plan133_assignment);
    delete from task_version where task_id in (select id from plan133_task);
    delete from task_agency where task_id in (select id from plan133_task);
    delete from task where id in (select id from plan133_task);
    delete from key_area_name where key_area_id in (select id from key_area where plan_id = plan133);
    delete from key_area where plan_id = plan133;
    delete from reporting_calendar where plan_id = plan133;
    delete from plan where id = plan133;
end
$$;
