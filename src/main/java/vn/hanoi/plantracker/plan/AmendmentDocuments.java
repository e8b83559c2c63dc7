package vn.hanoi.plantracker.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.plan.PlanAmendments.Amendment;

/**
 * The amending documents of plans ({@code plan_amendment}): number, date of issue, title,
 * and whether (and when) the amendment was applied. One document per number and date in a
 * plan. Callers ({@link PlanAmendments}) have checked the user and the plan.
 */
@Component
class AmendmentDocuments {

	private static final String COLUMNS = "select id, plan_id, number, issued_on, title, status, applied_at, version"
			+ " from plan_amendment";

	private final JdbcClient jdbc;

	AmendmentDocuments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the document as a draft amendment of the plan; returns its id. */
	long record(Plan plan, String number, LocalDate issuedOn, String title, Instant at) {
		String cleanNumber = number.strip();
		if (this.jdbc
			.sql("select count(*) from plan_amendment where plan_id = :plan and number = :number and issued_on = :on")
			.param("plan", plan.getId())
			.param("number", cleanNumber)
			.param("on", issuedOn)
			.query(Long.class)
			.single() > 0) {
			throw new PlanEditException("amendments.taken", cleanNumber);
		}
		if (issuedOn.isBefore(plan.getIssuedOn())) {
			throw new PlanEditException("amendments.beforePlan", plan.getNumber());
		}
		return this.jdbc.sql("""
				insert into plan_amendment (plan_id, number, issued_on, title, created_at)
				values (:plan, :number, :on, :title, :at) returning id""")
			.param("plan", plan.getId())
			.param("number", cleanNumber)
			.param("on", issuedOn)
			.param("title", (title == null || title.isBlank()) ? null : title.strip())
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	/** The plan's amendment; another plan's is not found. */
	Optional<Amendment> find(long planId, long amendmentId) {
		return this.jdbc.sql(COLUMNS + " where id = :id and plan_id = :plan")
			.param("id", amendmentId)
			.param("plan", planId)
			.query(AmendmentDocuments::row)
			.optional();
	}

	/** The plan's amendments, newest first. */
	List<Amendment> of(long planId) {
		return this.jdbc.sql(COLUMNS + " where plan_id = :plan order by issued_on desc, id desc")
			.param("plan", planId)
			.query(AmendmentDocuments::row)
			.list();
	}

	private static Amendment row(ResultSet rs, int row) throws SQLException {
		return new Amendment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
				rs.getString(5), "APPLIED".equals(rs.getString(6)),
				(rs.getTimestamp(7) != null) ? rs.getTimestamp(7).toInstant() : null, rs.getLong(8));
	}

}
