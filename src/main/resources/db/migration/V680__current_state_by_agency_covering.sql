-- An agency's current assignments, read whole: after a save the figure owner reads the saving agency's months
-- (FigureGrids) and the dashboard its tally, through assignment_as_of filtered by agency. The (agency_id,
-- due_date) index of V460 found the rows but each was then fetched from the history table, one page apiece
-- (at national, 1,370 rows on 1,384 pages: 20 ms); carrying every column assignment_as_of returns, as the
-- due-date index of V620 does, the same index answers alone.
set local statement_timeout = 0;
create index assignment_state_current_agency_cover_idx on assignment_state (agency_id, due_date)
    include (assignment_id, valid_from, task_id, role, requested, period, original_due_date, status,
             percent_complete, submitted_on, accepted_on, period_start)
    where valid_to is null and not closed;
drop index assignment_state_current_agency_due_idx;
