package vn.hanoi.plantracker.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.assignment.AssignmentReading;
import vn.hanoi.plantracker.assignment.ExtensionReading;
import vn.hanoi.plantracker.assignment.ExtensionView;
import vn.hanoi.plantracker.assignment.MyAssignmentRow;
import vn.hanoi.plantracker.assignment.WaitingWork;
import vn.hanoi.plantracker.dashboard.AttentionRow;
import vn.hanoi.plantracker.dashboard.LeadershipAttention;
import vn.hanoi.plantracker.dashboard.ReviewItem;
import vn.hanoi.plantracker.dashboard.ReviewPage;
import vn.hanoi.plantracker.dashboard.ReviewQueue;
import vn.hanoi.plantracker.round.RoundsAwaiting;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;

/**
 * What waits on the signed-in user, by role, each kind with why it waits and where to
 * act: an officer's work returned, overdue and due soon; a coordinator's submissions to
 * review, extension requests, round reports sent and their plans' agencies escalated;
 * leadership's consolidated reports to approve and the city's agencies escalated. A few
 * statements per role, whatever the data (each list is read by its owner in one
 * statement); each kind shows its first {@value #SHOWN} and how many there are.
 */
@Service
@Transactional(readOnly = true)
public class NeedsYou {

	/** The items each kind lists; the rest are behind its link. */
	public static final int SHOWN = 5;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final AssignmentReading assignments;

	private final ReviewQueue reviews;

	private final ExtensionReading extensions;

	private final RoundsAwaiting rounds;

	private final LeadershipAttention attention;

	private final Today today;

	private final int dueSoonDays;

	NeedsYou(AssignmentReading assignments, ReviewQueue reviews, ExtensionReading extensions, RoundsAwaiting rounds,
			LeadershipAttention attention, Today today,
			@Value("${plantracker.dashboard.due-soon-days:7}") int dueSoonDays) {
		this.assignments = assignments;
		this.reviews = reviews;
		this.extensions = extensions;
		this.rounds = rounds;
		this.attention = attention;
		this.today = today;
		this.dueSoonDays = dueSoonDays;
	}

	/** The kinds of work that wait on this user, in the order to deal with them. */
	public List<Kind> of(PlanUser user) {
		if (user.hasRole(Role.OFFICER)) {
			return officer(user);
		}
		if (user.hasRole(Role.COORDINATOR)) {
			return coordinator(user);
		}
		if (user.hasRole(Role.LEADER)) {
			return leader(user);
		}
		return List.of();
	}

	/**
	 * The agency's work returned for correction, overdue, and due within the digest's
	 * window: each assignment once, in the first kind it belongs to. Work sent and
	 * awaiting review waits on the coordinator, not here.
	 */
	private List<Kind> officer(PlanUser officer) {
		LocalDate today = this.today.date();
		Map<WaitingWork.Kind, WaitingWork> waiting = this.assignments.waitingOnMyAgency(officer, this.dueSoonDays,
				SHOWN);
		WaitingWork returned = waiting.get(WaitingWork.Kind.RETURNED);
		WaitingWork overdue = waiting.get(WaitingWork.Kind.OVERDUE);
		WaitingWork dueSoon = waiting.get(WaitingWork.Kind.DUE_SOON);
		return List.of(
				new Kind("RETURNED", returned.total(), "/my/assignments?status=RETURNED",
						lines(returned.first(),
								(row) -> assignmentLine(row, "needsYou.line.due", day(row.dueDate()), ""))),
				new Kind("OVERDUE", overdue.total(), "/my/assignments?overdue=true",
						lines(overdue.first(),
								(row) -> assignmentLine(row, "needsYou.line.overdue", day(row.dueDate()),
										Long.toString(-row.daysLeft(today))))),
				new Kind("DUE_SOON", dueSoon.total(), "/my/assignments",
						lines(dueSoon.first(), (row) -> assignmentLine(row, "needsYou.line.dueIn", day(row.dueDate()),
								Long.toString(row.daysLeft(today))))));
	}

	/**
	 * The coordinator's work, of the plans their agency is the standing body of: each
	 * list's owner scopes it to the coordinator, the escalations too (the agencies with
	 * work of those plans long overdue, as the daily escalation tells them).
	 */
	private List<Kind> coordinator(PlanUser coordinator) {
		ReviewPage queue = this.reviews.page(coordinator, null, 1);
		List<ExtensionView> requests = this.extensions.pending(coordinator);
		List<RoundsAwaiting.Waiting> reports = this.rounds.reportsAwaitingReview(coordinator);
		return List.of(new Kind("REVIEW", queue.total(), "/coordinator/review", lines(queue.items(), this::reviewLine)),
				new Kind("EXTENSIONS", requests.size(), "/coordinator/extensions",
						lines(requests,
								(r) -> new Line(r.agencyName() + " · " + r.taskCode() + " " + r.taskTitle(),
										"/assignments/" + r.assignmentId(), "needsYou.line.extension",
										day(r.dueDateAtRequest()), day(r.requestedDueDate())))),
				new Kind("ROUND_REPORTS", reports.stream().mapToLong(RoundsAwaiting.Waiting::count).sum(), "/rounds",
						lines(reports, (w) -> new Line(w.title(), "/rounds/" + w.roundId(),
								"needsYou.line.roundReports", Long.toString(w.count()), Long.toString(w.of())))),
				escalations(coordinator));
	}

	private List<Kind> leader(PlanUser leader) {
		List<RoundsAwaiting.Waiting> drafts = this.rounds.consolidatedAwaitingApproval();
		return List.of(
				new Kind("APPROVALS", drafts.size(), "/rounds",
						lines(drafts, (w) -> new Line(w.title(), "/rounds/" + w.roundId() + "/consolidated",
								"needsYou.line.consolidated", Long.toString(w.count()), Long.toString(w.of())))),
				escalations(leader));
	}

	/**
	 * The agencies with work overdue long enough for the leadership, as the viewer is
	 * shown them ({@link LeadershipAttention#rows(PlanUser)}: a coordinator's plans', the
	 * leaders' whole city).
	 */
	private Kind escalations(PlanUser viewer) {
		List<AttentionRow> escalations = this.attention.rows(viewer);
		return new Kind("ESCALATIONS", escalations.size(), "/coordinator/attention",
				lines(escalations, (row) -> new Line(row.agencyName(), "/coordinator/attention",
						"needsYou.line.escalation", Long.toString(row.count()), Long.toString(row.maxDaysOverdue()))));
	}

	private Line reviewLine(ReviewItem item) {
		return new Line(item.agencyName() + " · " + item.taskCode() + " " + item.taskTitle(),
				"/assignments/" + item.id(), "needsYou.line.submitted", day(item.submittedAtHanoi().toLocalDate()),
				Long.toString(item.daysLate()));
	}

	private static Line assignmentLine(MyAssignmentRow row, String detail, String first, String second) {
		return new Line(row.taskCode() + " " + row.taskTitle(), "/assignments/" + row.id(), detail, first, second);
	}

	private static <T> List<Line> lines(List<T> items, java.util.function.Function<T, Line> line) {
		return items.stream().limit(SHOWN).map(line).toList();
	}

	private static String day(LocalDate date) {
		return (date != null) ? DAY.format(date) : "";
	}

	/**
	 * A kind of work that waits: its name (message keys {@code needsYou.kind.<name>} and
	 * {@code needsYou.why.<name>}), how many, where they all are, and the first few.
	 */
	public record Kind(String name, long total, String link, List<Line> lines) {

		public boolean more() {
			return this.total > this.lines.size();
		}

	}

	/**
	 * One thing that waits: what, where to act, and why now (a message key and its two
	 * arguments).
	 */
	public record Line(String title, String href, String detailKey, String first, String second) {

	}

}
