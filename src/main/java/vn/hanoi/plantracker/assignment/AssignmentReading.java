package vn.hanoi.plantracker.assignment;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * What a user may read of assignments: officers their own agency's, everybody else all of
 * them. Every read checks the object, not only the URL.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentReading {

	private final AssignmentQueries queries;

	private final Today today;

	AssignmentReading(AssignmentQueries queries, Today today) {
		this.queries = queries;
		this.today = today;
	}

	public List<MyAssignmentRow> ofMyAgency(PlanUser officer, MyAssignmentFilter filter) {
		return this.queries.ofAgency(officer.getAgencyId(), filter, this.today.date());
	}

	public List<AreaOption> areasOfMyAgency(PlanUser officer) {
		return this.queries.areasOf(officer.getAgencyId());
	}

	public AssignmentPage page(PlanUser user, long assignmentId) {
		AssignmentView view = this.queries.view(assignmentId)
			.orElseThrow(() -> new AssignmentNotFoundException(assignmentId));
		AssignmentAccess.requireRead(user, view.agencyId());
		return new AssignmentPage(view, this.queries.history(assignmentId), this.queries.siblings(assignmentId),
				AssignmentAccess.canReport(user, view.agencyId()));
	}

	/**
	 * The name of the agency that reviews this assignment's submissions (the plan's
	 * coordinator), for the confirmation an officer sees; the caller has read access.
	 */
	public String reviewerOf(long assignmentId) {
		return this.queries.coordinatorName(assignmentId).orElse("");
	}

	public EvidenceDownload evidence(PlanUser user, long evidenceId) {
		long agencyId = this.queries.agencyOfEvidence(evidenceId)
			.orElseThrow(() -> new EvidenceNotFoundException(evidenceId));
		if (!AssignmentAccess.canRead(user, agencyId)) {
			throw new AccessDeniedException("Evidence of another agency");
		}
		return this.queries.evidence(evidenceId).orElseThrow(() -> new EvidenceNotFoundException(evidenceId));
	}

	/**
	 * The assignment page: the assignment, its history, the other agencies on the task;
	 * may this user report.
	 */
	public record AssignmentPage(AssignmentView assignment, List<HistoryEntry> history,
			List<SiblingAssignment> siblings, boolean canReport) {

	}

}
