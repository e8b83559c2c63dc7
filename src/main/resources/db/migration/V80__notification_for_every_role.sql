-- Coordinators hear of new submissions and extension requests; coordinators and leaders get the
-- daily escalation of long-overdue work. Existing rows keep their kinds.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('REMINDER', 'RETURNED', 'ACCEPTED', 'DIGEST', 'DEADLINE_CHANGED', 'EXTENSION_REFUSED',
                    'SUBMITTED', 'EXTENSION_REQUESTED', 'ESCALATION'));

-- The escalation goes out once a day, whatever restarts or instances run the job.
create table escalation_sent (
    escalation_date  date        primary key,
    sent_at          timestamptz not null,
    agencies         integer     not null,
    assignments      integer     not null
);
