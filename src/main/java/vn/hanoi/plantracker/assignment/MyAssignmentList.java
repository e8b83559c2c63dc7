package vn.hanoi.plantracker.assignment;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.plan.AgencyRole;
import vn.hanoi.plantracker.standing.Deadlines;

/**
 * The officer's list of its agency's open work across plans, a page at a time: how many
 * match the filters, and one page of them (open work first, soonest due first; finished
 * work last). Two statements whatever the size of the agency: the page is read with
 * {@code LIMIT}/{@code OFFSET} over the agency's index.
 */
@Component
@Transactional(readOnly = true)
class MyAssignmentList {

	private static final String FROM = """
			from assignment a
			join task t on t.id = a.task_id
			join key_area k on k.id = t.key_area_id
			join plan p on p.id = k.plan_id
			where a.agency_id = :agencyId and a.closed_at is null
			""";

	private final JdbcClient jdbc;

	MyAssignmentList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int count(long agencyId, MyAssignmentFilter filter, LocalDate today) {
		OptionalConditions conditions = conditions(filter, today);
		return conditions.bind(this.jdbc.sql("select count(*) " + FROM + conditions.sql()).param("agencyId", agencyId))
			.query(Integer.class)
			.single();
	}

	List<MyAssignmentRow> page(long agencyId, MyAssignmentFilter filter, LocalDate today, int offset, int limit) {
		OptionalConditions conditions = conditions(filter, today);
		String sql = """
				select a.id, t.code, t.title_vi, t.title_en, k.ordinal, a.period, a.role, a.requested, a.due_date,
				       a.original_due_date, a.status, a.percent_complete, a.completed_on, p.number
				""" + FROM + conditions.sql() + """

				order by (a.status = 'COMPLETED'), a.due_date, k.ordinal, t.sort_order, a.id
				offset :offset limit :limit""";
		return conditions.bind(this.jdbc.sql(sql).param("agencyId", agencyId))
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> new MyAssignmentRow(rs.getLong("id"), rs.getString("code"), rs.getString("title_vi"),
					rs.getString("title_en"), rs.getInt("ordinal"), rs.getString("period"),
					AgencyRole.valueOf(rs.getString("role")), rs.getBoolean("requested"),
					rs.getObject("due_date", LocalDate.class), rs.getObject("original_due_date", LocalDate.class),
					AssignmentStatus.valueOf(rs.getString("status")), rs.getInt("percent_complete"),
					rs.getObject("completed_on", LocalDate.class), rs.getString("number")))
			.list();
	}

	private static OptionalConditions conditions(MyAssignmentFilter filter, LocalDate today) {
		return new OptionalConditions().and("a.status = :status", "status", filter.status(), AssignmentStatus::name)
			.and("k.ordinal = :area", "area", filter.area())
			.and("a.role = :role", "role", filter.role(), AgencyRole::name)
			.andIf(filter.overdueOnly(), Deadlines.OVERDUE_SQL, "today", today);
	}

}
