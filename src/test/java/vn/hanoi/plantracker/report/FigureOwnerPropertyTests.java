package vn.hanoi.plantracker.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.hanoi.plantracker.agency.AgencyAdministration;
import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.assignment.AssignmentService;
import vn.hanoi.plantracker.assignment.DeadlineService;
import vn.hanoi.plantracker.dashboard.DashboardCounts;
import vn.hanoi.plantracker.dashboard.DashboardFilter;
import vn.hanoi.plantracker.dashboard.OverdueDashboard;
import vn.hanoi.plantracker.plan.TaskEditing;
import vn.hanoi.plantracker.standing.Counts;
import vn.hanoi.plantracker.standing.Figures;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.support.PlanChangingTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figure owner against an oracle written here, over the history this test makes:
 * seeded random sequences of workflow actions (progress, submission, acceptance, return,
 * resubmission, due-date changes and extensions, tasks added later) on agencies and
 * requested bodies of their own; then, for several days D, past and today, the owner's
 * figures ({@link Figures}), the summary and the dashboard (today) equal the oracle's,
 * for the city's agencies and for the requested bodies apart; and every figure as of a
 * past day is the same at the end as it was when that day ended. The oracle is plain Java
 * over the recorded events, not the application's SQL. A failure names its seed;
 * {@code -Dfigures.seed=...} replays it.
 */
@PlanChangingTest
class FigureOwnerPropertyTests {

	private static final LocalDate START = LocalDate.of(2026, 1, 5);

	private static final int DAYS = 75;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	AgencyAdministration agencyAdministration;

	@Autowired
	TaskEditing taskEditing;

	@Autowired
	AssignmentService assignments;

	@Autowired
	DeadlineService deadlines;

	@Autowired
	Reports reports;

	@Autowired
	Figures figures;

	@Autowired
	OverdueDashboard dashboard;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theOwnersFiguresEqualTheOracleOnEveryDayAndPastDaysNeverChange() {
		RandomWork.seeded("Figures differ from the oracle", (seed) -> {
			// two worlds: the seed's and the next one's
			runWith(seed);
			runWith(seed + 1);
		});
	}

	private void runWith(long seed) {
		Random random = new Random(seed);
		this.clock.setHanoiTime(START.atTime(8, 0));
		MetricWorld world = new MetricWorld(this.fixtures, this.clock, this.agencyAdministration, this.taskEditing,
				this.assignments, this.deadlines);
		Oracle oracle = new Oracle();
		// tasks due within 40 days; the workflow's steps are drawn here, with the
		// oracle's record of each
		RandomWork work = new RandomWork(world, random, LocalDate.of(2025, 1, 1),
				new RandomWork.Mix(40, 12, 5, true, null));
		for (int i = 0; i < 4; i++) {
			addTask(work, oracle, START);
		}
		// the figures of each day as they stood when that day ended
		Map<LocalDate, Counts[]> whenEnded = new LinkedHashMap<>();
		LocalDate today = START;
		while (today.isBefore(START.plusDays(DAYS))) {
			int actions = 1 + random.nextInt(4);
			for (int i = 0; i < actions; i++) {
				world.at(today.atTime(9 + i * 2, random.nextInt(60)));
				act(work, oracle, today);
			}
			if (random.nextInt(4) == 0) {
				// just after midnight: the day has ended
				world.at(today.plusDays(1).atTime(0, 30));
				whenEnded.put(today, owner(world, today, today.plusDays(1)));
			}
			today = today.plusDays(1 + random.nextInt(3));
		}
		world.at(today.atTime(8, 30));
		final LocalDate end = today;
		// every day recorded, and today: the owner equals the oracle
		List<LocalDate> days = new ArrayList<>(whenEnded.keySet());
		days.add(end);
		for (LocalDate day : days) {
			Counts[] owner = owner(world, day, end);
			assertThat(owner[0]).as("the city's figures as of %s", day).isEqualTo(oracle.counts(day, end, false));
			assertThat(owner[1]).as("the requested bodies' figures as of %s", day)
				.isEqualTo(oracle.counts(day, end, true));
			SummaryReport summary = this.reports.summary(world.filter(day));
			assertThat(comparable(summary.total())).as("the summary as of %s", day).isEqualTo(owner[0]);
			assertThat(comparable(summary.requestedTotal())).as("the summary's requested bodies as of %s", day)
				.isEqualTo(owner[1]);
		}
		// a past day never changes afterwards
		whenEnded.forEach(
				(day, then) -> assertThat(owner(world, day, end)).as("as of %s, later", day).containsExactly(then));
		// today's dashboard: the city's overdue and the requested bodies' apart
		DashboardCounts counts = this.dashboard.counts(new DashboardFilter(DashboardFilter.OVERDUE, null, null,
				world.areaId, null, null, null, null, null, null));
		assertThat(counts.overdue()).as("the dashboard's overdue").isEqualTo(oracle.counts(end, end, false).overdue());
		assertThat(counts.requestedOverdue()).as("the dashboard's requested bodies' overdue")
			.isEqualTo(oracle.counts(end, end, true).overdue());
	}

	/** The owner's city and requested totals as of {@code day}, read on {@code today}. */
	private Counts[] owner(MetricWorld world, LocalDate day, LocalDate today) {
		Figures.Totals totals = this.figures.totals(world.filter(day).selection());
		return new Counts[] { comparable(totals.city()), comparable(totals.requested()) };
	}

	/**
	 * The exclusive figures and the due set (the oracle does not model the due-soon
	 * window, the extension marks or days overdue).
	 */
	private static Counts comparable(Counts c) {
		return new Counts(c.total(), c.due(), c.onTime(), c.late(), c.awaitingReview(), c.overdue(), c.doneEarly(),
				c.inProgressOnTime(), c.notYetDue(), 0, 0, 0);
	}

	private void addTask(RandomWork work, Oracle oracle, LocalDate today) {
		RandomWork.NewTask task = work.addTask(today, false);
		LocalDateTime now = hanoiNow();
		for (long agency : union(task.support(), task.lead())) {
			oracle.created(work.world.assignment(task.id(), agency), now, task.due(), agency == work.court);
		}
	}

	private void act(RandomWork work, Oracle oracle, LocalDate today) {
		MetricWorld world = work.world;
		Random random = work.random;
		if (random.nextInt(12) == 0) {
			addTask(work, oracle, today);
			return;
		}
		List<Long> ids = new ArrayList<>(oracle.all.keySet());
		long id = ids.get(random.nextInt(ids.size()));
		Oracle.History h = oracle.all.get(id);
		LocalDateTime now = hanoiNow();
		String status = h.statusAt(now);
		switch (status) {
			case "NOT_STARTED", "RETURNED", "IN_PROGRESS" -> {
				int pick = random.nextInt(5);
				if (pick == 0 && !"NOT_STARTED".equals(status)) {
					LocalDate asked = h.dueAt(now).plusDays(1 + random.nextInt(15));
					world.extend(id, asked.isAfter(today) ? asked : today.plusDays(1 + random.nextInt(10)));
					h.due.put(hanoiNow(), dueDate(id));
				}
				else if (pick == 1) {
					LocalDate current = h.dueAt(now);
					LocalDate moved = current.plusDays(random.nextInt(21) - 5);
					moved = moved.isAfter(today) ? moved : today.plusDays(1);
					world.moveDue(id, moved.equals(current) ? moved.plusDays(1) : moved);
					h.due.put(hanoiNow(), dueDate(id));
				}
				else if (pick == 2) {
					world.progress(id, 10 + random.nextInt(80));
					h.status.put(hanoiNow(), "IN_PROGRESS");
				}
				else {
					boolean wasNotStarted = "NOT_STARTED".equals(status);
					world.submit(id);
					if (wasNotStarted) {
						h.status.put(hanoiNow(), "IN_PROGRESS");
					}
					h.status.put(hanoiNow().plusNanos(1), "SUBMITTED");
					h.sent.put(hanoiNow(), today);
				}
			}
			case "SUBMITTED" -> {
				if (random.nextInt(3) == 0) {
					world.giveBack(id);
					h.status.put(hanoiNow(), "RETURNED");
				}
				else {
					world.accept(id);
					h.status.put(hanoiNow(), "COMPLETED");
				}
			}
			default -> {
				// completed: nothing more to do
			}
		}
	}

	private LocalDateTime hanoiNow() {
		return LocalDateTime.ofInstant(this.clock.instant(), vn.hanoi.plantracker.system.Today.ZONE);
	}

	private LocalDate dueDate(long id) {
		return ((java.sql.Date) this.fixtures.assignmentRow(id).get("due_date")).toLocalDate();
	}

	private static Set<Long> union(Set<Long> set, long one) {
		return union(set, Set.of(one));
	}

	private static Set<Long> union(Set<Long> a, Set<Long> b) {
		Set<Long> all = new java.util.HashSet<>(a);
		all.addAll(b);
		return all;
	}

	/** The history this test made, and the definitions of /help/metrics over it. */
	static final class Oracle {

		final Map<Long, History> all = new TreeMap<>();

		void created(long id, LocalDateTime at, LocalDate due, boolean requested) {
			History h = new History(at, requested);
			h.due.put(at, due);
			h.status.put(at, "NOT_STARTED");
			this.all.put(id, h);
		}

		/**
		 * The counts as of the end of {@code day}, read on {@code today}: work due on a
		 * day that has ended is due; on today, work due today is not yet.
		 */
		Counts counts(LocalDate day, LocalDate today, boolean requested) {
			LocalDate dueBefore = day.isBefore(today) ? day.plusDays(1) : today;
			LocalDateTime end = day.plusDays(1).atStartOfDay();
			long[] n = new long[7];
			long total = 0;
			for (History h : this.all.values()) {
				if (h.requested != requested || !h.created.isBefore(end)) {
					continue;
				}
				total++;
				LocalDate due = h.dueAt(end);
				String status = h.statusAt(end);
				boolean isDue = due.isBefore(dueBefore);
				if (isDue) {
					switch (status) {
						case "COMPLETED" -> n[h.sentOnAt(end).isAfter(due) ? 1 : 0]++;
						case "SUBMITTED" -> n[2]++;
						default -> n[3]++;
					}
				}
				else {
					switch (status) {
						case "COMPLETED" -> n[4]++;
						case "NOT_STARTED" -> n[6]++;
						default -> n[5]++;
					}
				}
			}
			return new Counts(total, n[0] + n[1] + n[2] + n[3], n[0], n[1], n[2], n[3], n[4], n[5], n[6], 0, 0, 0);
		}

		/** One assignment's recorded changes, by Hanoi time. */
		static final class History {

			final LocalDateTime created;

			final boolean requested;

			final TreeMap<LocalDateTime, LocalDate> due = new TreeMap<>();

			final TreeMap<LocalDateTime, String> status = new TreeMap<>();

			/** The day each submission was sent. */
			final TreeMap<LocalDateTime, LocalDate> sent = new TreeMap<>();

			History(LocalDateTime created, boolean requested) {
				this.created = created;
				this.requested = requested;
			}

			LocalDate dueAt(LocalDateTime before) {
				return this.due.lowerEntry(before.plusNanos(1)).getValue();
			}

			String statusAt(LocalDateTime before) {
				return this.status.lowerEntry(before.plusNanos(1)).getValue();
			}

			/** The day the last submission before {@code before} was sent. */
			LocalDate sentOnAt(LocalDateTime before) {
				return this.sent.lowerEntry(before).getValue();
			}

		}

	}

}
