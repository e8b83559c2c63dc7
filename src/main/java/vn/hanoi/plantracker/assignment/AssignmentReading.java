package vn.hanoi.plantracker.assignment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;

/**
 * What a user may read of assignments: officers their own agency's, everybody else all of
 * them. Every read checks the object, not only the URL.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentReading {

	private final AssignmentQueries queries;

	private final Today today;

	private final AssignmentList list;

	private final MyAssignmentList mine;

	private final AssignmentChanges changes;

	private final vn.hanoi.plantracker.plan.PlanAccess plans;

	AssignmentReading(AssignmentQueries queries, AssignmentList list, MyAssignmentList mine, AssignmentChanges changes,
			Today today, vn.hanoi.plantracker.plan.PlanAccess plans) {
		this.mine = mine;
		this.plans = plans;
		this.queries = queries;
		this.list = list;
		this.changes = changes;
		this.today = today;
	}

	/**
	 * One page of the assignments the user may read that match the filter: an officer's
	 * own agency's only (asking for another agency's gives none).
	 */
	public List<AssignmentListRow> list(PlanUser user, AssignmentListFilter filter) {
		if (!AssignmentAccess.mayList(user, filter.agencyId())) {
			return List.of();
		}
		AssignmentListFilter scoped = new AssignmentListFilter(filter.taskIds(),
				AssignmentAccess.listedAgency(user, filter.agencyId()), filter.status(), filter.dueBefore(),
				filter.dueAfter(), filter.updatedSince(), filter.overdueOnly(), filter.afterId(), filter.limit());
		return this.list.page(scoped, this.today.date());
	}

	/**
	 * The agency whose work alone a list of the user's holds when {@code asked} is asked
	 * for (an officer's own, whatever was asked), or null when it holds every agency's:
	 * the work a page of {@link #list} covers, so that a kept page can be kept under the
	 * version of that work alone.
	 */
	public Long listedAgency(PlanUser user, Long asked) {
		return AssignmentAccess.listedAgency(user, asked);
	}

	/**
	 * The changes after a position that the user may read, oldest first: an officer's own
	 * agency's only (asking for another agency's gives none), everybody else's as asked.
	 */
	public List<AssignmentChange> changes(PlanUser user, ChangeFilter filter) {
		if (!AssignmentAccess.mayList(user, filter.agencyId())) {
			return List.of();
		}
		return this.changes.after(new ChangeFilter(filter.after(), filter.taskIds(),
				AssignmentAccess.listedAgency(user, filter.agencyId()), filter.limit()));
	}

	/**
	 * Page {@code page} (from 1; out of range: the nearest) of the officer's own agency's
	 * open work that matches the filter, {@code size} rows a page, with how many match:
	 * two statements whatever the size of the agency.
	 */
	public MyAgencyPage ofMyAgency(PlanUser officer, MyAssignmentFilter filter, int page, int size) {
		LocalDate day = this.today.date();
		int total = this.mine.count(officer.getAgencyId(), filter, day);
		int current = vn.hanoi.plantracker.system.Pager.pageWithin(page, total, size);
		return new MyAgencyPage(this.mine.page(officer.getAgencyId(), filter, day, (current - 1) * size, size), current,
				total);
	}

	/**
	 * The officer's own agency's open work that waits on it, by kind (returned, overdue,
	 * due within {@code dueSoonDays}), each with its first {@code shown} and how many;
	 * one statement, whatever the size of the agency.
	 */
	public Map<WaitingWork.Kind, WaitingWork> waitingOnMyAgency(PlanUser officer, int dueSoonDays, int shown) {
		LocalDate today = this.today.date();
		return this.queries.waitingOn(officer.getAgencyId(), today, today.plusDays(dueSoonDays), shown);
	}

	public List<AreaOption> areasOfMyAgency(PlanUser officer) {
		return this.queries.areasOf(officer.getAgencyId());
	}

	public AssignmentPage page(PlanUser user, long assignmentId) {
		AssignmentView view = this.queries.view(assignmentId)
			.orElseThrow(() -> new AssignmentNotFoundException(assignmentId));
		AssignmentAccess.requireRead(user, assignmentId, view.agencyId());
		List<SiblingAssignment> siblings = this.queries.siblings(assignmentId);
		if (user.hasRole(Role.OFFICER)) {
			// an agency's notes and document references are for the lead agency that
			// rolls
			// them up: a supporting agency (or a peer lead on a fanned-out task) sees
			// only
			// the others' status and percent
			siblings = siblings.stream()
				.map((s) -> (view.lead() && s.role() == AgencyRole.SUPPORT) ? s : s.statusOnly())
				.toList();
		}
		// a closed plan's work is read-only: no progress form, no review buttons
		boolean open = this.plans.isOpenTask(view.taskId());
		return new AssignmentPage(view, this.queries.history(assignmentId), siblings,
				open && AssignmentAccess.canReport(user, view.agencyId()), open);
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
			// another agency's file is answered like a missing one
			throw new EvidenceNotFoundException(evidenceId);
		}
		return this.queries.evidence(evidenceId).orElseThrow(() -> new EvidenceNotFoundException(evidenceId));
	}

	/**
	 * One page of an officer's list: its rows, its number (from 1) and how many rows
	 * match in all.
	 */
	public record MyAgencyPage(List<MyAssignmentRow> rows, int page, int total) {

	}

	/**
	 * The assignment page: the assignment, its history, the other agencies on the task;
	 * may this user report.
	 */
	public record AssignmentPage(AssignmentView assignment, List<HistoryEntry> history,
			List<SiblingAssignment> siblings, boolean canReport, boolean planOpen) {

		/** A page of an open plan's assignment. */
		public AssignmentPage(AssignmentView assignment, List<HistoryEntry> history, List<SiblingAssignment> siblings,
				boolean canReport) {
			this(assignment, history, siblings, canReport, true);
		}

	}

}
