-- assignment.submitted_at (V150) is the instant of the latest SUBMIT entry. Assignment.apply writes it with the
-- entry, and so do the set-based loaders (demo data, benchmark); a writer that adds SUBMIT entries with SQL
-- alone (a data fix, a test fixture) would leave it behind, and the review queue would miss the assignment.
-- As with the temporal read model, a trigger makes it hold whoever writes the history: in the same
-- transaction, never moving it back. Through the application it writes the value Assignment.apply writes
-- (the entry is inserted before the assignment's own update), so that update finds it unchanged.
create function assignment_submitted_at_track() returns trigger language plpgsql as $$
begin
    update assignment a
    set submitted_at = new.created_at
    where a.id = new.assignment_id
      and (a.submitted_at is null or a.submitted_at < new.created_at);
    return null;
end;
$$;
create trigger assignment_submitted_at_track after insert on progress_update
    for each row when (new.kind = 'SUBMIT') execute function assignment_submitted_at_track();

-- SUBMIT entries written since V150 without it (none through the application)
update assignment a
set submitted_at = s.latest
from (select p.assignment_id, max(p.created_at) as latest
      from progress_update p
      where p.kind = 'SUBMIT'
      group by p.assignment_id) s
where s.assignment_id = a.id and a.submitted_at is distinct from s.latest;
