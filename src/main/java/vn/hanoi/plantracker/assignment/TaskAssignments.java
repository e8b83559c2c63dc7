package vn.hanoi.plantracker.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.agency.AgencyEnded;
import vn.hanoi.plantracker.plan.Periods;
import vn.hanoi.plantracker.plan.Periods.Period;
import vn.hanoi.plantracker.plan.TaskAgenciesChanged;
import vn.hanoi.plantracker.plan.TaskScheduleChanged;
import vn.hanoi.plantracker.plan.TaskWithdrawn;
import vn.hanoi.plantracker.system.Today;

/**
 * Keeps a task's assignments in line with the task when the coordinator edits it, and an
 * agency's when its validity ends.
 * <p>
 * These listeners are synchronous {@link EventListener}s, not asynchronous module
 * listeners: they run in the coordinator's transaction, so the task page shown right
 * after saving already has the new and closed assignments, and a failure here rolls the
 * task edit back instead of leaving a task whose assignments disagree with it.
 */
@Component
class TaskAssignments {

	private final AssignmentPlanning planning;

	private final ApplicationEventPublisher events;

	private final Today today;

	TaskAssignments(AssignmentPlanning planning, ApplicationEventPublisher events, Today today) {
		this.planning = planning;
		this.events = events;
		this.today = today;
	}

	@EventListener
	void agenciesChanged(TaskAgenciesChanged event) {
		this.planning.syncRoles(event.taskId(), this.today.now());
		if (!event.removed().isEmpty()) {
			this.planning.close(event.taskId(), event.removed(), List.of(), event.reason(), event.authorId(),
					this.today.now());
		}
		if (!event.added().isEmpty()) {
			List<Period> periods = Periods.currentAndNext(event.schedule(), this.today.date());
			this.planning.create(Collections.nCopies(periods.size(), event.taskId()), periods, event.added(),
					this.today.now());
		}
	}

	/**
	 * A task withdrawn by an amendment owes nothing from now on: all its assignments,
	 * completed ones too, are closed with their history; reports as of earlier days keep
	 * them as they were.
	 */
	@EventListener
	void taskWithdrawn(TaskWithdrawn event) {
		this.planning.withdraw(event.taskId(), event.reason(), event.authorId(), this.today.now());
	}

	/**
	 * An agency that has ended owes nothing from its last day on. Ended with a last day
	 * already past, all its open work is closed now, visibly (a CLOSE entry with the
	 * reason for the end), whether it was due before or after that day; ended ahead, the
	 * work due after its last day is closed now and the rest stays its own until then.
	 */
	@EventListener
	void agencyEnded(AgencyEnded event) {
		boolean past = event.lastDay().isBefore(this.today.date());
		this.planning.closeDueAfter(event.agencyId(), past ? null : event.lastDay(), event.reason(), event.authorId(),
				this.today.now());
	}

	/**
	 * Each period the task has moves to its due date under the new schedule; a period the
	 * new schedule does not have (a one-off task made yearly) is closed; the current and
	 * next periods of the new schedule are created.
	 */
	@EventListener
	void scheduleChanged(TaskScheduleChanged event) {
		Instant now = this.today.now();
		List<String> gone = new ArrayList<>();
		for (String period : this.planning.periodsOf(event.taskId())) {
			Optional<LocalDate> before = Periods.dueOf(event.before(), period);
			Optional<LocalDate> after = Periods.dueOf(event.after(), period);
			if (after.isEmpty()) {
				gone.add(period);
			}
			else if (before.isPresent() && !before.get().equals(after.get())) {
				this.planning
					.move(event.taskId(), period, before.get(), after.get(), event.reason(), event.authorId(), now)
					.forEach((moved) -> this.events.publishEvent(new DeadlineChanged(moved.assignmentId(),
							moved.agencyId(), event.taskId(), before.get(), after.get(), event.reason(), null)));
			}
		}
		if (!gone.isEmpty()) {
			this.planning.close(event.taskId(), List.of(), gone, event.reason(), event.authorId(), now);
		}
		List<Period> periods = Periods.currentAndNext(event.after(), this.today.date());
		this.planning.create(Collections.nCopies(periods.size(), event.taskId()), periods, List.of(), now);
	}

}
