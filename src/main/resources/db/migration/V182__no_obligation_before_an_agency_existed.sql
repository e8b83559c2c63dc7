-- An agency carries no obligation from before it existed. The merger of the press agencies (V43, 30 Jan 2026)
-- moved the old agency's open work to the merged one with its due dates, some in 2025: the merged agency, 311
-- days old, showed work "540 days overdue". The rule (DESIGN.md "Metrics", /help/metrics): a merger moves the
-- predecessor's open work to the successor; up to the day before the merger the predecessor's assignment is
-- counted, late if it was (its lateness stays the predecessor's); the successor's assignment begins on the
-- merger day and is due no earlier than that day, so that its days overdue count from the later of the due
-- date and the successor's first day. The successor's assignments due before its first day get that day as
-- their due date (and original due date: the successor never had another), and their ranges are rebuilt.
-- New assignments are never created for a day an agency did not exist (AssignmentPlanning.create).
create temporary table carried on commit drop as
select a.id, ag.active_from
from assignment a join agency ag on ag.id = a.agency_id
where a.due_date < ag.active_from or a.original_due_date < ag.active_from;

update assignment a
set due_date = greatest(a.due_date, c.active_from), original_due_date = greatest(a.original_due_date, c.active_from),
    version = a.version + 1
from carried c where c.id = a.id;

select assignment_state_rebuild(array_agg(c.id)) from carried c having count(*) > 0;
