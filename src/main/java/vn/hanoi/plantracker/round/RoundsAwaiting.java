package vn.hanoi.plantracker.round;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.plan.PlanAccess;
import vn.hanoi.plantracker.system.Localized;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * The rounds that wait on someone, each in one statement whatever the number of rounds:
 * consolidated reports drafted and not yet approved (leadership's to sign off), and
 * agency reports sent and not yet reviewed (the coordinators').
 */
@Component
@Transactional(readOnly = true)
public class RoundsAwaiting {

	private final JdbcClient jdbc;

	private final PlanAccess plans;

	RoundsAwaiting(JdbcClient jdbc, PlanAccess plans) {
		this.jdbc = jdbc;
		this.plans = plans;
	}

	/**
	 * Each round whose consolidated report is drafted and not approved, oldest due first:
	 * {@code count} of its {@code of} required agencies' reports are accepted (what the
	 * report is made of).
	 */
	public List<Waiting> consolidatedAwaitingApproval() {
		return this.jdbc.sql("""
				select r.id, r.title_vi, r.title_en, r.due_on,
				       count(ra.agency_id) filter (where ra.required and rep.status = 'ACCEPTED'),
				       count(ra.agency_id) filter (where ra.required)
				from consolidated_report c
				join reporting_round r on r.id = c.round_id
				left join round_agency ra on ra.round_id = r.id
				left join agency_report rep on rep.round_id = ra.round_id and rep.agency_id = ra.agency_id
				where c.approved_at is null
				group by r.id order by r.due_on, r.id""").query(RoundsAwaiting::waiting).list();
	}

	/**
	 * Each open round of the plans the coordinator runs (their agency is the plan's
	 * standing body) with agency reports sent and not yet reviewed, oldest due first:
	 * {@code count} reports wait, of {@code of} required agencies.
	 */
	public List<Waiting> reportsAwaitingReview(PlanUser coordinator) {
		return this.jdbc.sql("""
				select r.id, r.title_vi, r.title_en, r.due_on,
				       count(ra.agency_id) filter (where rep.status = 'SUBMITTED'),
				       count(ra.agency_id) filter (where ra.required)
				from reporting_round r
				join round_agency ra on ra.round_id = r.id
				left join agency_report rep on rep.round_id = ra.round_id and rep.agency_id = ra.agency_id
				where r.status = 'OPEN' and r.plan_id = any (cast(:plans as bigint[]))
				group by r.id having count(ra.agency_id) filter (where rep.status = 'SUBMITTED') > 0
				order by r.due_on, r.id""")
			.param("plans", this.plans.coordinatedPlanIds(coordinator).toArray(new Long[0]))
			.query(RoundsAwaiting::waiting)
			.list();
	}

	private static Waiting waiting(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Waiting(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
				rs.getLong(5), rs.getLong(6));
	}

	/**
	 * A round that waits: how many of its agencies' reports are in question, of how many.
	 */
	public record Waiting(long roundId, String titleVi, String titleEn, LocalDate dueOn, long count, long of) {

		public String title() {
			return Localized.pick(this.titleVi, this.titleEn);
		}

	}

}
