package vn.hanoi.plantracker.dashboard;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.assignment.AssignmentService;
import vn.hanoi.plantracker.assignment.ReminderCommand;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.system.access.CoordinatorOrAdmin;

/**
 * Reminders from the dashboard: to one agency about all its overdue assignments, or to
 * the agencies of the rows the coordinator selected. The history entries and the events
 * come from {@link AssignmentService#remind}.
 */
@Service
public class Reminders {

	private final OverdueDashboard dashboard;

	private final AssignmentService assignments;

	Reminders(OverdueDashboard dashboard, AssignmentService assignments) {
		this.dashboard = dashboard;
		this.assignments = assignments;
	}

	/**
	 * @return how many agencies were reminded (0 when nothing open was chosen)
	 */
	@CoordinatorOrAdmin
	@Transactional
	public int send(PlanUser sender, ReminderRequest request) {
		List<Long> ids = (request.agencyId() != null) ? this.dashboard.overdueIdsOf(request.agencyId())
				: request.assignmentIds();
		if (ids == null || ids.isEmpty()) {
			return 0;
		}
		return this.assignments.remind(sender, new ReminderCommand(ids, request.message()));
	}

	/** One agency ({@code agencyId}) or the chosen rows ({@code assignmentIds}). */
	public record ReminderRequest(Long agencyId, List<Long> assignmentIds, String message) {

	}

}
