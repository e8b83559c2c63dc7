package vn.hanoi.plantracker.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.hanoi.plantracker.agency.AgencyAdministration;
import vn.hanoi.plantracker.agency.AgencyKind;
import vn.hanoi.plantracker.assignment.AssignmentService;
import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.assignment.DeadlineService;
import vn.hanoi.plantracker.assignment.DueDateChangeCommand;
import vn.hanoi.plantracker.assignment.ExtensionDecisionCommand;
import vn.hanoi.plantracker.assignment.ExtensionRequestCommand;
import vn.hanoi.plantracker.assignment.ProgressCommand;
import vn.hanoi.plantracker.assignment.ReviewCommand;
import vn.hanoi.plantracker.plan.Schedule;
import vn.hanoi.plantracker.plan.TaskCommand;
import vn.hanoi.plantracker.plan.TaskEditing;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * Builds work for the metric tests through the application's own services (the same
 * transactions, events and clock as the pages use), in a key area of Plan 133 of its own
 * with agencies of its own, so that a test's figures are its alone.
 */
final class MetricWorld {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	final long planId;

	final long areaId;

	private final Fixtures fixtures;

	private final MutableClock clock;

	private final AgencyAdministration agencies;

	private final TaskEditing tasks;

	private final AssignmentService work;

	private final DeadlineService deadlines;

	MetricWorld(Fixtures fixtures, MutableClock clock, AgencyAdministration agencies, TaskEditing tasks,
			AssignmentService work, DeadlineService deadlines) {
		this.fixtures = fixtures;
		this.clock = clock;
		this.agencies = agencies;
		this.tasks = tasks;
		this.work = work;
		this.deadlines = deadlines;
		this.planId = fixtures.jdbc()
			.sql("select id from plan where number = '133/KH-UBND' and issued_on = date '2025-05-14'")
			.query(Long.class)
			.single();
		this.areaId = fixtures.jdbc()
			.sql("""
					insert into key_area (plan_id, ordinal, title_vi, title_en)
					select :plan, coalesce(max(ordinal), 0) + 1, :vi, :en from key_area where plan_id = :plan
					returning id""")
			.param("plan", this.planId)
			.param("vi", "Lĩnh vực kiểm thử chỉ tiêu")
			.param("en", "Metric test area")
			.query(Long.class)
			.single();
	}

	void at(LocalDateTime hanoiTime) {
		this.clock.setHanoiTime(hanoiTime);
	}

	ReportFilter filter(LocalDate asOf) {
		return new ReportFilter(this.planId, null, this.areaId, asOf);
	}

	String query(LocalDate asOf) {
		return "?plan=" + this.planId + "&area=" + this.areaId + "&asOf=" + asOf;
	}

	long agency(AgencyKind kind, LocalDate activeFrom) {
		String code = "MT-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100000, 36);
		return as(user("admin"),
				() -> this.agencies.add(code, "Cơ quan kiểm thử " + code, "Test body " + code, kind, activeFrom));
	}

	String code(long agencyId) {
		return this.fixtures.jdbc()
			.sql("select code from agency where id = ?")
			.param(agencyId)
			.query(String.class)
			.single();
	}

	long task(Schedule schedule, Set<Long> lead, Set<Long> support, Set<Long> requested) {
		String code = "M" + SEQUENCE.incrementAndGet();
		return as(user("coordinator"),
				() -> this.tasks.create(user("coordinator"),
						new TaskCommand(this.areaId, code, "Nhiệm vụ kiểm thử chỉ tiêu " + code,
								"Metric test task " + code, null, null, "Báo cáo", "Report", schedule, false, lead,
								support, requested, 0, null)));
	}

	static Schedule fixed(LocalDate due) {
		return new Schedule(vn.hanoi.plantracker.plan.ScheduleKind.FIXED, due, null, null);
	}

	long assignment(long taskId, long agencyId) {
		return this.fixtures.jdbc()
			.sql("select id from assignment where task_id = ? and agency_id = ? order by due_date limit 1")
			.params(taskId, agencyId)
			.query(Long.class)
			.single();
	}

	List<Long> assignments() {
		return this.fixtures.jdbc().sql("""
				select a.id from assignment a join task t on t.id = a.task_id
				where t.key_area_id = ? order by a.id""").param(this.areaId).query(Long.class).list();
	}

	LocalDate due(long assignmentId) {
		return ((java.sql.Date) this.fixtures.assignmentRow(assignmentId).get("due_date")).toLocalDate();
	}

	String status(long assignmentId) {
		return (String) this.fixtures.assignmentRow(assignmentId).get("status");
	}

	void progress(long id, int percent) {
		PlanUser officer = officerOf(id);
		as(officer, () -> {
			this.work.recordProgress(officer, id, new ProgressCommand(this.fixtures.version(id),
					AssignmentStatus.IN_PROGRESS, percent, "Đang thực hiện", null, null, null, List.of()));
			return null;
		});
	}

	/** Submits as complete; work not started is first reported in progress. */
	void submit(long id) {
		if ("NOT_STARTED".equals(status(id))) {
			progress(id, 50);
		}
		PlanUser officer = officerOf(id);
		as(officer, () -> {
			this.work.recordProgress(officer, id, new ProgressCommand(this.fixtures.version(id),
					AssignmentStatus.SUBMITTED, 100, "Đã hoàn thành, báo cáo kèm theo", null, null, null, List.of()));
			return null;
		});
	}

	void accept(long id) {
		as(user("coordinator"), () -> {
			this.work.accept(user("coordinator"), id, new ReviewCommand(this.fixtures.version(id), null));
			return null;
		});
	}

	void giveBack(long id) {
		as(user("coordinator"), () -> {
			this.work.returnForRevision(user("coordinator"), id,
					new ReviewCommand(this.fixtures.version(id), "Đề nghị bổ sung số liệu"));
			return null;
		});
	}

	void moveDue(long id, LocalDate due) {
		as(user("coordinator"), () -> {
			this.deadlines.changeDueDate(user("coordinator"), id,
					new DueDateChangeCommand(this.fixtures.version(id), due, "Điều chỉnh theo chỉ đạo"));
			return null;
		});
	}

	void extend(long id, LocalDate due) {
		PlanUser officer = officerOf(id);
		long request = as(officer, () -> this.deadlines.requestExtension(officer, id,
				new ExtensionRequestCommand(due, "Cần thêm thời gian tổng hợp")));
		long version = this.fixtures.jdbc()
			.sql("select version from deadline_extension_request where id = ?")
			.param(request)
			.query(Long.class)
			.single();
		as(user("coordinator"), () -> this.deadlines.approve(user("coordinator"), request,
				new ExtensionDecisionCommand(version, "Đồng ý")));
	}

	/** The task as the edit form would show it, changed by {@code change}, saved. */
	void editTask(long taskId, java.util.function.UnaryOperator<TaskCommand> change) {
		java.util.Map<String, Object> row = this.fixtures.jdbc()
			.sql("select * from task where id = ?")
			.param(taskId)
			.query()
			.singleRow();
		Set<Long> lead = new java.util.HashSet<>();
		Set<Long> support = new java.util.HashSet<>();
		Set<Long> requested = new java.util.HashSet<>();
		this.fixtures.jdbc()
			.sql("select agency_id, role, requested from task_agency where task_id = ?")
			.param(taskId)
			.query((rs, n) -> {
				("LEAD".equals(rs.getString(2)) ? lead : support).add(rs.getLong(1));
				if (rs.getBoolean(3)) {
					requested.add(rs.getLong(1));
				}
				return null;
			})
			.list();
		Schedule schedule = new Schedule(
				vn.hanoi.plantracker.plan.ScheduleKind.valueOf((String) row.get("schedule_kind")),
				(row.get("due_date") != null) ? ((java.sql.Date) row.get("due_date")).toLocalDate() : null,
				(row.get("due_month") != null) ? ((Number) row.get("due_month")).intValue() : null,
				(row.get("due_day") != null) ? ((Number) row.get("due_day")).intValue() : null);
		TaskCommand current = new TaskCommand(((Number) row.get("key_area_id")).longValue(), (String) row.get("code"),
				(String) row.get("title_vi"), (String) row.get("title_en"), (String) row.get("description_vi"),
				(String) row.get("description_en"), (String) row.get("output_vi"), (String) row.get("output_en"),
				schedule, !((Boolean) row.get("provisional")), lead, support, requested,
				((Number) row.get("version")).longValue(), "Điều chỉnh theo kết luận giao ban");
		as(user("coordinator"), () -> {
			this.tasks.update(user("coordinator"), taskId, change.apply(current));
			return null;
		});
	}

	void renameAgency(long agencyId, String suffix) {
		as(user("admin"), () -> {
			this.agencies.rename(agencyId, agencyVersion(agencyId), "Cơ quan đổi tên " + suffix,
					"Renamed body " + suffix);
			return null;
		});
	}

	void endAgency(long agencyId, LocalDate lastDay) {
		as(user("admin"), () -> {
			this.agencies.end(agencyId, agencyVersion(agencyId), lastDay, user("admin").getId(), "Sáp nhập");
			return null;
		});
	}

	private long agencyVersion(long agencyId) {
		return this.fixtures.jdbc()
			.sql("select version from agency where id = ?")
			.param(agencyId)
			.query(Long.class)
			.single();
	}

	PlanUser user(String username) {
		return this.fixtures.user(username);
	}

	private PlanUser officerOf(long assignmentId) {
		return this.fixtures
			.officerOf(code(((Number) this.fixtures.assignmentRow(assignmentId).get("agency_id")).longValue()));
	}

	/** Runs the action with this user signed in, as a request would. */
	static <T> T as(PlanUser user, Supplier<T> action) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
