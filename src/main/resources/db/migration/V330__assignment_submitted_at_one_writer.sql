-- assignment.submitted_at had two writers: Assignment.apply (and the demo loader) wrote the value that the V151
-- trigger had just written from the SUBMIT entry. The application no longer maps the column: the trigger is its
-- one writer, whoever writes the history (the workflow, a loader, a data fix). Nothing changes in the data.
comment on column assignment.submitted_at is
    'Instant of the latest SUBMIT entry in progress_update; written only by trigger assignment_submitted_at_track (V151)';
