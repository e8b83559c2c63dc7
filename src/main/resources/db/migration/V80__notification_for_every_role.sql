-- Coordinators hear of new submissions and extension requests; coordinators and leaders get the
-- daily escalation of long-overdue work. The allowed kinds are kept in step with NotificationKind by
-- NotificationKindConstraint after every migration (another branch's later migration re-creates the
-- check with its own list), so this migration only adds the once-a-day record of the escalation.

-- The escalation goes out once a day, whatever restarts or instances run the job.
create table escalation_sent (
    escalation_date  date        primary key,
    sent_at          timestamptz not null,
    agencies         integer     not null,
    assignments      integer     not null
);
