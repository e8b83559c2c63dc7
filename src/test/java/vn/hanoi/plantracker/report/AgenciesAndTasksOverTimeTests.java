package vn.hanoi.plantracker.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.hanoi.plantracker.agency.AgencyAdministration;
import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.assignment.AssignmentReading;
import vn.hanoi.plantracker.assignment.AssignmentService;
import vn.hanoi.plantracker.assignment.DeadlineService;
import vn.hanoi.plantracker.assignment.HistoryEntry;
import vn.hanoi.plantracker.assignment.UpdateKind;
import vn.hanoi.plantracker.dashboard.DashboardFilter;
import vn.hanoi.plantracker.dashboard.OverdueDashboard;
import vn.hanoi.plantracker.plan.DeadlineConfirmationCommand;
import vn.hanoi.plantracker.plan.DeadlineConfirmations;
import vn.hanoi.plantracker.plan.ProvisionalTasks;
import vn.hanoi.plantracker.plan.TaskCommand;
import vn.hanoi.plantracker.plan.TaskEditing;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.support.PlanChangingTest;
import vn.hanoi.plantracker.standing.Metric;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agencies and tasks over time: what a report as of a day says about tasks, deadlines,
 * authors and agencies is what was known that day, whatever is added, confirmed, moved,
 * renamed or ended later; and an agency owes nothing from before it existed or after it
 * ended.
 */
@PlanChangingTest
class AgenciesAndTasksOverTimeTests {

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
	DeadlineConfirmations confirmations;

	@Autowired
	AssignmentReading reading;

	@Autowired
	OverdueDashboard dashboard;

	@Autowired
	Reports reports;

	private MetricWorld world;

	@BeforeEach
	void world() {
		this.clock.setHanoiTime(LocalDate.of(2026, 1, 5).atTime(9, 0));
		this.world = new MetricWorld(this.fixtures, this.clock, this.agencyAdministration, this.taskEditing,
				this.assignments, this.deadlines);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void provisionalMarksCountTheTasksAsTheyWereOnTheDay() {
		long agency = this.world.agency(AgencyKind.DEPARTMENT, LocalDate.of(2025, 1, 1));
		long first = this.world.task(MetricWorld.fixed(LocalDate.of(2026, 6, 30)), Set.of(agency), Set.of(), Set.of());
		long second = this.world.task(MetricWorld.fixed(LocalDate.of(2026, 6, 30)), Set.of(agency), Set.of(), Set.of());
		String firstCode = code(first);
		String secondCode = code(second);

		// 1 February: the first task's deadline is confirmed against a document
		this.world.at(LocalDate.of(2026, 2, 1).atTime(10, 0));
		PlanUser coordinator = this.world.user("coordinator");
		MetricWorld.as(coordinator, () -> {
			this.confirmations.confirm(coordinator, first,
					new DeadlineConfirmationCommand(taskVersion(first), "15/KH-UBND", LocalDate.of(2026, 1, 20), null));
			return null;
		});
		// 1 March: a task is added; 10 March: the second is confirmed on the task form;
		// 20 March: the first is edited (its confirmation stays)
		this.world.at(LocalDate.of(2026, 3, 1).atTime(10, 0));
		this.world.task(MetricWorld.fixed(LocalDate.of(2026, 9, 30)), Set.of(agency), Set.of(), Set.of());
		this.world.at(LocalDate.of(2026, 3, 10).atTime(10, 0));
		this.world.editTask(second, (c) -> confirmedOnTheForm(c));
		this.world.at(LocalDate.of(2026, 3, 20).atTime(10, 0));
		this.world.editTask(first,
				(c) -> new TaskCommand(c.areaId(), c.code(), c.titleVi() + " (sửa)", c.titleEn(), c.descriptionVi(),
						c.descriptionEn(), c.outputVi(), c.outputEn(), c.schedule(), c.deadlineConfirmed(), c.lead(),
						c.support(), c.requested(), c.version(), null));
		this.world.at(LocalDate.of(2026, 4, 1).atTime(10, 0));

		// before the confirmation: both tasks, both provisional (not the task added
		// later)
		ProvisionalTasks jan = this.reports.provisional(this.world.filter(LocalDate.of(2026, 1, 31)));
		assertThat(jan.provisional()).isEqualTo(2);
		assertThat(jan.tasks()).isEqualTo(2);
		assertThat(this.reports.outline(this.world.filter(LocalDate.of(2026, 1, 31))).provisional()).isEqualTo(jan);
		// confirmed on 1 February: not provisional as of that day on
		ProvisionalTasks feb = this.reports.provisional(this.world.filter(LocalDate.of(2026, 2, 1)));
		assertThat(feb.tasks()).isEqualTo(2);
		assertThat(feb.provisional()).isEqualTo(1);
		assertThat(feb.isProvisional("133/KH-UBND", firstCode)).isFalse();
		assertThat(feb.isProvisional("133/KH-UBND", secondCode)).isTrue();
		// the task form's confirmation counts from the day it was saved, not before
		ProvisionalTasks march5 = this.reports.provisional(this.world.filter(LocalDate.of(2026, 3, 5)));
		assertThat(march5.tasks()).isEqualTo(3);
		assertThat(march5.isProvisional("133/KH-UBND", secondCode)).isTrue();
		ProvisionalTasks march31 = this.reports.provisional(this.world.filter(LocalDate.of(2026, 3, 31)));
		assertThat(march31.tasks()).isEqualTo(3);
		assertThat(march31.provisional()).isEqualTo(1);
		assertThat(march31.isProvisional("133/KH-UBND", firstCode)).isFalse();
		assertThat(march31.isProvisional("133/KH-UBND", secondCode)).isFalse();
	}

	@Test
	void historyKeepsTheAuthorAsTheEntryWasWritten() {
		long agency = this.world.agency(AgencyKind.DEPARTMENT, LocalDate.of(2025, 1, 1));
		String agencyName = this.fixtures.jdbc()
			.sql("select name_vi from agency where id = ?")
			.param(agency)
			.query(String.class)
			.single();
		long task = this.world.task(MetricWorld.fixed(LocalDate.of(2026, 6, 30)), Set.of(agency), Set.of(), Set.of());
		long id = this.world.assignment(task, agency);
		this.world.at(LocalDate.of(2026, 2, 2).atTime(9, 0));
		this.world.progress(id, 30);
		PlanUser officer = this.fixtures.officerOf(this.world.code(agency));
		String nameThen = this.fixtures.jdbc()
			.sql("select full_name from app_user where id = ?")
			.param(officer.getId())
			.query(String.class)
			.single();

		// later the officer is renamed and so is the agency
		this.world.at(LocalDate.of(2026, 3, 2).atTime(9, 0));
		this.fixtures.jdbc()
			.sql("update app_user set full_name = 'Nguyễn Văn Đổi Tên', version = version + 1 where id = ?")
			.param(officer.getId())
			.update();
		this.world.renameAgency(agency, "Đ");
		this.world.at(LocalDate.of(2026, 3, 3).atTime(9, 0));
		this.world.progress(id, 60);

		List<HistoryEntry> history = this.reading.page(this.world.user("coordinator"), id).history();
		HistoryEntry early = history.stream()
			.filter((e) -> e.kind() == UpdateKind.PROGRESS && e.percent() == 30)
			.findFirst()
			.orElseThrow();
		HistoryEntry late = history.stream()
			.filter((e) -> e.kind() == UpdateKind.PROGRESS && e.percent() == 60)
			.findFirst()
			.orElseThrow();
		assertThat(early.authorName()).isEqualTo(nameThen).isNotEqualTo("Nguyễn Văn Đổi Tên");
		assertThat(early.authorAgencyVi()).isEqualTo(agencyName);
		assertThat(late.authorName()).isEqualTo("Nguyễn Văn Đổi Tên");
		assertThat(late.authorAgencyVi()).isEqualTo("Cơ quan đổi tên Đ");
	}

	@Test
	void aTaskDeadlineChangeMovesEveryAgencyFinishedOrNotFromTheDayItIsMade() {
		long a = this.world.agency(AgencyKind.DEPARTMENT, LocalDate.of(2025, 1, 1));
		long b = this.world.agency(AgencyKind.DEPARTMENT, LocalDate.of(2025, 1, 1));
		long task = this.world.task(MetricWorld.fixed(LocalDate.of(2026, 6, 30)), Set.of(a), Set.of(b), Set.of());
		long ofA = this.world.assignment(task, a);
		long ofB = this.world.assignment(task, b);
		this.world.at(LocalDate.of(2026, 6, 10).atTime(9, 0));
		this.world.submit(ofA);
		this.world.at(LocalDate.of(2026, 6, 12).atTime(9, 0));
		this.world.accept(ofA);
		// 20 June: the plan's deadline was 5 June after all
		this.world.at(LocalDate.of(2026, 6, 20).atTime(9, 0));
		this.world.editTask(task,
				(c) -> new TaskCommand(c.areaId(), c.code(), c.titleVi(), c.titleEn(), c.descriptionVi(),
						c.descriptionEn(), c.outputVi(), c.outputEn(), MetricWorld.fixed(LocalDate.of(2026, 6, 5)),
						c.deadlineConfirmed(), c.lead(), c.support(), c.requested(), c.version(),
						"Thời hạn theo văn bản gốc"));
		this.world.at(LocalDate.of(2026, 7, 1).atTime(9, 0));

		// one deadline for the task period, finished work included
		assertThat(this.fixtures.assignmentRow(ofA).get("due_date")).isEqualTo(java.sql.Date.valueOf("2026-06-05"));
		assertThat(this.fixtures.assignmentRow(ofB).get("due_date")).isEqualTo(java.sql.Date.valueOf("2026-06-05"));
		assertThat(this.reading.page(this.world.user("coordinator"), ofA).history())
			.anySatisfy((e) -> assertThat(e.kind()).isEqualTo(UpdateKind.DEADLINE_CHANGE));
		// as of 15 June the deadline known was 30 June: A was done early, B not yet due
		assertThat(line(ofA, LocalDate.of(2026, 6, 15)).metric()).isEqualTo(Metric.DONE_EARLY);
		assertThat(line(ofA, LocalDate.of(2026, 6, 15)).dueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(line(ofB, LocalDate.of(2026, 6, 15)).metric()).isEqualTo(Metric.NOT_YET_DUE);
		// from 20 June the deadline is 5 June for both: A was late, B is overdue
		assertThat(line(ofA, LocalDate.of(2026, 6, 20)).metric()).isEqualTo(Metric.LATE);
		assertThat(line(ofB, LocalDate.of(2026, 6, 20)).metric()).isEqualTo(Metric.OVERDUE);
		assertThat(line(ofA, LocalDate.of(2026, 6, 20)).dueDate())
			.isEqualTo(line(ofB, LocalDate.of(2026, 6, 20)).dueDate());
	}

	@Test
	void endingAnAgencyClosesItsOpenWorkVisiblyAndNoFigureCountsItAfterwards() {
		long agency = this.world.agency(AgencyKind.DEPARTMENT, LocalDate.of(2025, 1, 1));
		long task = this.world.task(MetricWorld.fixed(LocalDate.of(2026, 2, 10)), Set.of(agency), Set.of(), Set.of());
		long later = this.world.task(MetricWorld.fixed(LocalDate.of(2026, 6, 30)), Set.of(agency), Set.of(), Set.of());
		long overdue = this.world.assignment(task, agency);
		long notDue = this.world.assignment(later, agency);
		this.world.at(LocalDate.of(2026, 2, 1).atTime(9, 0));
		this.world.progress(overdue, 40);
		this.world.at(LocalDate.of(2026, 3, 1).atTime(9, 0));
		assertThat(this.dashboard.overdueIdsOf(agency)).containsExactly(overdue);

		// 10 March: the agency is recorded as ended on 28 February
		this.world.at(LocalDate.of(2026, 3, 10).atTime(9, 0));
		this.world.endAgency(agency, LocalDate.of(2026, 2, 28));

		assertThat(this.dashboard.overdueIdsOf(agency)).isEmpty();
		assertThat(this.dashboard
			.counts(new DashboardFilter(DashboardFilter.OVERDUE, null, null, this.world.areaId, null, null, null, null,
					null, null))
			.overdue()).isZero();
		assertThat(this.fixtures.assignmentRow(overdue).get("closed_at")).isNotNull();
		assertThat(this.fixtures.assignmentRow(notDue).get("closed_at")).isNotNull();
		assertThat(this.reading.page(this.world.user("coordinator"), overdue).history().get(0))
			.satisfies((e) -> assertThat(e.kind()).isEqualTo(UpdateKind.CLOSE))
			.satisfies((e) -> assertThat(e.note()).isEqualTo("Sáp nhập"));
		assertThat(this.reports.summary(this.world.filter(LocalDate.of(2026, 3, 10))).total().total()).isZero();
		// as of a day before the end was recorded, it was overdue and stays so
		assertThat(this.reports.summary(this.world.filter(LocalDate.of(2026, 2, 20))).total().overdue()).isEqualTo(1);
	}

	@Test
	void theMergedPressAgencyOwesNothingFromBeforeItExistedAndThePredecessorKeepsItsLateness() {
		long plan = this.world.planId;
		long merged = agencyId("BAOPTTH");
		long old = agencyId("BAOCHI");
		List<Long> carried = this.fixtures.jdbc()
			.sql("select id from assignment where agency_id = ? and created_at = timestamptz '2026-01-30 00:00:00+07'")
			.param(merged)
			.query(Long.class)
			.list();
		assertThat(carried).isNotEmpty();
		LocalDate start = LocalDate.of(2026, 1, 30);
		for (long id : carried) {
			assertThat(((java.sql.Date) this.fixtures.assignmentRow(id).get("due_date")).toLocalDate())
				.isAfterOrEqualTo(start);
		}
		PlanUser leader = this.world.user("leader");
		LocalDate day = LocalDate.of(2026, 12, 7);
		ReportFilter filter = new ReportFilter(plan, null, null, day);
		this.reports.departments(leader, filter, DepartmentSort.NAME, false)
			.rows()
			.stream()
			.filter((r) -> r.agencyId() == merged)
			.forEach((r) -> assertThat(r.counts().maxDaysOverdue())
				.isLessThanOrEqualTo(java.time.temporal.ChronoUnit.DAYS.between(start, day)));
		// the day before the merger the old agency still had its work, late or not
		List<Long> oldMoved = this.fixtures.jdbc().sql("""
				select id from assignment where agency_id = ? and closed_at = timestamptz '2026-01-30 00:00:00+07'
				  and due_date < date '2026-01-29'""").param(old).query(Long.class).list();
		List<AssignmentLine> before = this.reports.lines(new ReportFilter(plan, null, null, start.minusDays(1)), old);
		assertThat(before).extracting(AssignmentLine::id).containsAll(oldMoved);
	}

	private AssignmentLine line(long id, LocalDate day) {
		return this.reports
			.drill(this.world.user("leader"), this.world.filter(day), Metric.TOTAL, DrillDown.Scope.ALL, null, 1)
			.lines()
			.stream()
			.filter((l) -> l.id() == id)
			.findFirst()
			.orElseThrow();
	}

	private static TaskCommand confirmedOnTheForm(TaskCommand c) {
		return new TaskCommand(c.areaId(), c.code(), c.titleVi(), c.titleEn(), c.descriptionVi(), c.descriptionEn(),
				c.outputVi(), c.outputEn(), c.schedule(), true, c.lead(), c.support(), c.requested(), c.version(),
				null);
	}

	private String code(long taskId) {
		return this.fixtures.jdbc()
			.sql("select code from task where id = ?")
			.param(taskId)
			.query(String.class)
			.single();
	}

	private long taskVersion(long taskId) {
		return this.fixtures.jdbc()
			.sql("select version from task where id = ?")
			.param(taskId)
			.query(Long.class)
			.single();
	}

	private long agencyId(String code) {
		return this.fixtures.jdbc().sql("select id from agency where code = ?").param(code).query(Long.class).single();
	}

}
