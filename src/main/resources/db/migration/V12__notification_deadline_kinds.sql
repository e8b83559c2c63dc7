-- Officers also hear when a due date of theirs changes and when an extension request is refused.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('REMINDER', 'RETURNED', 'ACCEPTED', 'DIGEST', 'DEADLINE_CHANGED', 'EXTENSION_REFUSED'));
