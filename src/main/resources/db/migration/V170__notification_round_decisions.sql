-- Notifications for the two roles that had none about rounds: coordinators hear that an agency sent its
-- round report (ROUND_SUBMITTED) and that leadership approved the consolidated report (ROUND_APPROVED);
-- leaders hear that a draft consolidated report awaits their approval (ROUND_DRAFTED). A notification
-- about a round now names it (and the agency, where there is one), so opening it leads to where to act
-- rather than to the list of rounds. Rows written before this migration keep no round and lead to the list.
alter table notification add column round_id bigint;
alter table notification add column agency_id bigint;
alter table notification drop constraint if exists notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('REMINDER', 'RETURNED', 'ACCEPTED', 'DIGEST', 'DEADLINE_CHANGED', 'EXTENSION_REFUSED',
                    'ROUND_REMINDER', 'ROUND_RETURNED', 'ROUND_ACCEPTED', 'ROUND_ESCALATED', 'SUBMITTED',
                    'EXTENSION_REQUESTED', 'ESCALATION', 'ROUND_SUBMITTED', 'ROUND_DRAFTED', 'ROUND_APPROVED'));
