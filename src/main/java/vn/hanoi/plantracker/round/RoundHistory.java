package vn.hanoi.plantracker.round;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.user.PlanUser;

/**
 * What a generated history of rounds (the demo's) reads and writes beside the round
 * services: the plan's reporting calendar, a round's named agencies, and an agency's
 * report written as it stood on its own, earlier, dates — which the report workflow,
 * living in the present, cannot do.
 */
@Component
public class RoundHistory {

	private final JdbcClient jdbc;

	RoundHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether any round exists yet. */
	public boolean anyRound() {
		return this.jdbc.sql("select count(*) from reporting_round").query(Long.class).single() > 0;
	}

	/** The newest plan with a reporting calendar, or null. */
	public Long calendarPlan() {
		return this.jdbc.sql("select max(plan_id) from reporting_calendar").query(Long.class).single();
	}

	/** The plan's reporting calendar, in its order. */
	public List<CalendarEntry> calendar(long plan) {
		return this.jdbc.sql("""
				select kind, due_month, due_day, open_days_before from reporting_calendar
				where plan_id = :plan order by id""")
			.param("plan", plan)
			.query((rs, n) -> new CalendarEntry(RoundKind.valueOf(rs.getString(1)),
					MonthDay.of(rs.getInt(2), rs.getInt(3)), rs.getInt(4)))
			.list();
	}

	/** The agencies the round names, in its order. */
	public List<Named> named(long round) {
		return this.jdbc.sql("""
				select agency_id, code, required from round_agency
				where round_id = :round order by position""")
			.param("round", round)
			.query((rs, n) -> new Named(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
			.list();
	}

	/** The version of the round's consolidated report, for its approval. */
	public long consolidatedVersion(long round) {
		return this.jdbc.sql("select version from consolidated_report where round_id = :id")
			.param("id", round)
			.query(Long.class)
			.single();
	}

	/**
	 * An agency's report as it stood: a draft saved, a report submitted, or one accepted
	 * by the coordinator at {@code decidedAt}; {@code texts} are its five sections in
	 * order.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void report(long round, long agency, PlanUser officer, PlanUser coordinator, String status, LocalDateTime at,
			LocalDateTime decidedAt, List<String> texts) {
		Timestamp when = Timestamp.valueOf(at);
		Timestamp decided = (decidedAt != null) ? Timestamp.valueOf(decidedAt) : null;
		boolean sent = !"DRAFT".equals(status);
		long id = this.jdbc.sql("""
				insert into agency_report (round_id, agency_id, status, results, shortcomings, difficulties, proposals,
				                           next_tasks, submitted_at, decided_at, updated_at, version)
				values (:round, :agency, :status, :r, :s, :d, :p, :n, :submitted, :decided, :updated, 2)
				returning id""")
			.param("round", round)
			.param("agency", agency)
			.param("status", status)
			.param("r", texts.get(0))
			.param("s", texts.get(1))
			.param("d", texts.get(2))
			.param("p", texts.get(3))
			.param("n", texts.get(4))
			.param("submitted", sent ? when : null)
			.param("decided", "ACCEPTED".equals(status) ? decided : null)
			.param("updated", "ACCEPTED".equals(status) ? decided : when)
			.query(Long.class)
			.single();
		event(id, officer, when, sent ? "SUBMIT" : "SAVE");
		if ("ACCEPTED".equals(status)) {
			event(id, coordinator, decided, "ACCEPT");
		}
	}

	private void event(long report, PlanUser actor, Timestamp at, String action) {
		this.jdbc.sql("""
				insert into agency_report_event (report_id, actor_id, actor_name, at, action)
				values (:report, :actor, :name, :at, :action)""")
			.param("report", report)
			.param("actor", actor.getId())
			.param("name", actor.getFullName())
			.param("at", at)
			.param("action", action)
			.update();
	}

	/**
	 * One line of a reporting calendar: a round of a kind due each year, opened days
	 * before.
	 */
	public record CalendarEntry(RoundKind kind, MonthDay due, int lead) {
	}

	/** An agency a round names, and whether its report is required. */
	public record Named(long id, String code, boolean required) {
	}

}
