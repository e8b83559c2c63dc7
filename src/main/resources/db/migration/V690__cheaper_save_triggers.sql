-- What an officer's save costs PostgreSQL (issue 19, "cheaper writes"). Measured at large with pg_stat_statements
-- (track = all) and pg_stat_user_functions while 16 officers saved (bench/README.md, stop 24):
--
-- 1. The city's data version was updated 6.4 times per save: once by the history entry's trigger, once by the
--    assignment's, and 4.4 times by bump_city_version on the derived tables (assignment_state, figure_tally) that
--    the assignment's own row trigger writes. Every update of that one row makes a new row version, and every save
--    of every agency queues for it. A derived table written inside another table's trigger now leaves the version
--    to that table's own statement trigger, which always follows (assignment: bump_assignment_versions; task:
--    bump_data_version); written directly (the nightly fold, a rebuild), it still changes the city's version.
--
-- 2. Every connection runs with plan_cache_mode = force_custom_plan (application.properties: the report queries'
--    optional filters must never fall into a generic plan), and PL/pgSQL plans its statements through the same
--    plan cache: each trigger statement was planned again on every save. The trigger functions run their fixed
--    statements with the default (generic plans after five runs): 2.87 → 1.61 ms a save in pgbench, one client.
--    A trigger function replaced later (create or replace) loses this setting: ProgressSaveBudgetTests.
--    everyTriggerFunctionKeepsItsPlans fails on one without it.
create or replace function bump_city_version() returns trigger language plpgsql as $$
begin
    -- inside another table's trigger: that table's statement trigger changes the versions after this statement
    if pg_trigger_depth() > 1 then
        return null;
    end if;
    update data_version set version = nextval('data_version_seq');
    return null;
end;
$$;

do $$
declare
    f regprocedure;
begin
    for f in select p.oid::regprocedure
             from pg_proc p join pg_namespace n on n.oid = p.pronamespace
             where n.nspname = current_schema() and p.prorettype = 'trigger'::regtype
    loop
        execute format('alter function %s set plan_cache_mode = auto', f);
    end loop;
end;
$$;
