-- The accepted agency reports a consolidated draft was generated from (agency:version, in
-- agency order). When a report is accepted or returned afterwards, the current list differs
-- and the draft must be generated again before leadership can approve it.
alter table consolidated_report add column basis text;
