-- Every table a cached page keeps results of now changes a data version when it changes (CacheCoverageTests
-- derives those tables from the pages' own statements and fails on one without such a trigger). Four had none:
--   assignment_state, figure_tally, figure_tally_horizon   kept by triggers (V30, V300, V460) in the statement
--                          that changes the assignment, whose own triggers already change the city's, its plan's
--                          and its agency's versions (V210); the nightly fold rewrites the tally without changing
--                          a figure. A write to them changes the city's version too: nothing narrower, so that a
--                          save still leaves other agencies' pages cached, and nothing is ever served over a
--                          direct write that the assignment's triggers did not see.
--   task_version           a task's wording as it was, written with every save of the task (structure).
create function bump_city_version() returns trigger language plpgsql as $$
begin
    update data_version set version = nextval('data_version_seq');
    return null;
end;
$$;

create trigger assignment_state_data_version after insert or update or delete on assignment_state
    for each statement execute function bump_city_version();
create trigger figure_tally_data_version after insert or update or delete on figure_tally
    for each statement execute function bump_city_version();
create trigger figure_tally_horizon_data_version after insert or update or delete on figure_tally_horizon
    for each statement execute function bump_city_version();
create trigger task_version_data_version after insert or update or delete on task_version
    for each statement execute function bump_data_version();
