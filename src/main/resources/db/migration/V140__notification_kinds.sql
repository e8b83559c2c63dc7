-- The allowed notification kinds, all of them: V90 re-created the check with the kinds known
-- to the rounds feature only, and V80's coordinator and escalation kinds were kept by a Flyway
-- callback rewriting the check after every migration. This migration states the full list once;
-- NotificationKindConstraintTests fails when NotificationKind and this check disagree, so a new
-- kind comes with its own migration. Existing rows all hold one of these kinds.
alter table notification drop constraint if exists notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('REMINDER', 'RETURNED', 'ACCEPTED', 'DIGEST', 'DEADLINE_CHANGED', 'EXTENSION_REFUSED',
                    'ROUND_REMINDER', 'ROUND_RETURNED', 'ROUND_ACCEPTED', 'ROUND_ESCALATED', 'SUBMITTED',
                    'EXTENSION_REQUESTED', 'ESCALATION'));
