package vn.hanoi.plantracker.round;

import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.MonthDay;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;

/**
 * Each plan's reporting calendar: for the six-month and the annual report, the day it is
 * due and how many days before it the round opens (the calendar job opens it). Leadership
 * and administrators read it, the coordinator edits it; each edit is checked against the
 * version the form was opened with and recorded (who, when, from what to what) in an
 * append-only table. Rounds already open keep their own due day.
 */
@Service
@Transactional(readOnly = true)
public class ReportingCalendar {

	/** The longest lead the database allows. */
	public static final int MAX_OPEN_DAYS = 180;

	/** A year without 29 February, so that a calendar day is valid in every year. */
	private static final int COMMON_YEAR = 2027;

	private final JdbcClient jdbc;

	private final Rounds rounds;

	private final Today today;

	private final RoundCoordinators coordinators;

	ReportingCalendar(JdbcClient jdbc, Rounds rounds, Today today, RoundCoordinators coordinators) {
		this.coordinators = coordinators;
		this.jdbc = jdbc;
		this.rounds = rounds;
		this.today = today;
	}

	/** One calendar entry. */
	public record Entry(long id, long planId, String plan, RoundKind kind, int dueMonth, int dueDay, int openDaysBefore,
			long version) {

		/** The due day as dd/MM. */
		public String due() {
			return dayMonth(this.dueDay, this.dueMonth);
		}

	}

	/** One recorded edit: the due day (dd/MM) and lead before and after. */
	public record Change(Instant at, String by, String fromDue, int fromOpenDays, String toDue, int toOpenDays) {

	}

	public List<Entry> entries(PlanUser user) {
		RoundAccess.requireOverview(user);
		var plans = this.rounds.plans();
		return this.jdbc
			.sql("select id, plan_id, kind, due_month, due_day, open_days_before, version from reporting_calendar")
			.query((rs, n) -> new Entry(rs.getLong(1), rs.getLong(2), plans.getOrDefault(rs.getLong(2), ""),
					RoundKind.valueOf(rs.getString(3)), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getLong(7)))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing((Entry e) -> e.plan()).thenComparing(Entry::kind))
			.toList();
	}

	public Entry entry(PlanUser user, long id) {
		return entries(user).stream()
			.filter((e) -> e.id() == id)
			.findFirst()
			.orElseThrow(() -> new RoundNotFoundException("Reporting calendar entry", id));
	}

	/** The entry's edits, newest first. */
	public List<Change> history(PlanUser user, long id) {
		RoundAccess.requireOverview(user);
		return this.jdbc.sql("""
				select changed_at, changed_by_name, old_due_month, old_due_day, old_open_days,
				       new_due_month, new_due_day, new_open_days
				from reporting_calendar_change where calendar_id = :id order by changed_at desc, id desc""")
			.param("id", id)
			.query((rs, n) -> new Change(rs.getTimestamp(1).toInstant(), rs.getString(2),
					dayMonth(rs.getInt(4), rs.getInt(3)), rs.getInt(5), dayMonth(rs.getInt(7), rs.getInt(6)),
					rs.getInt(8)))
			.list();
	}

	/**
	 * Sets the entry's due day and lead. Refuses a day the month does not have, a lead
	 * outside 0 to {@value #MAX_OPEN_DAYS} days, and a calendar whose opening day falls
	 * after the end of the period (the round would never open); a form opened before
	 * someone else's save gets a {@link StaleReportException} and nothing is saved.
	 */
	@Transactional
	public void update(PlanUser user, long id, long version, int dueMonth, int dueDay, int openDaysBefore) {
		this.coordinators.requireForCalendarEntry(user, id);
		MonthDay due;
		try {
			due = MonthDay.of(dueMonth, dueDay);
		}
		catch (DateTimeException ex) {
			throw new RoundWorkflowException("uxr.calendar.error.noSuchDay");
		}
		if (dueMonth == 2 && dueDay == 29) {
			throw new RoundWorkflowException("uxr.calendar.error.noSuchDay");
		}
		if (openDaysBefore < 0 || openDaysBefore > MAX_OPEN_DAYS) {
			throw new RoundWorkflowException("uxr.calendar.error.openDays");
		}
		record Current(RoundKind kind, int month, int day, int open, long version) {
		}
		Current current = this.jdbc.sql("""
				select kind, due_month, due_day, open_days_before, version from reporting_calendar
				where id = :id for update""")
			.param("id", id)
			.query((rs, n) -> new Current(RoundKind.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3), rs.getInt(4),
					rs.getLong(5)))
			.optional()
			.orElseThrow(() -> new RoundNotFoundException("Reporting calendar entry", id));
		if (current.version() != version) {
			throw new StaleReportException("The reporting calendar");
		}
		if (due.atYear(COMMON_YEAR).minusDays(openDaysBefore).isAfter(current.kind().periodEnd(COMMON_YEAR))) {
			throw new RoundWorkflowException("uxr.calendar.error.neverOpens");
		}
		if (current.month() == dueMonth && current.day() == dueDay && current.open() == openDaysBefore) {
			return;
		}
		this.jdbc.sql("""
				update reporting_calendar set due_month = :m, due_day = :d, open_days_before = :o, version = version + 1
				where id = :id""")
			.param("m", dueMonth)
			.param("d", dueDay)
			.param("o", openDaysBefore)
			.param("id", id)
			.update();
		this.jdbc.sql("""
				insert into reporting_calendar_change (calendar_id, changed_by, changed_by_name, changed_at,
				    old_due_month, old_due_day, old_open_days, new_due_month, new_due_day, new_open_days)
				values (:id, :by, :name, :now, :om, :od, :oo, :m, :d, :o)""")
			.param("id", id)
			.param("by", user.getId())
			.param("name", user.getFullName())
			.param("now", Timestamp.from(this.today.now()))
			.param("om", current.month())
			.param("od", current.day())
			.param("oo", current.open())
			.param("m", dueMonth)
			.param("d", dueDay)
			.param("o", openDaysBefore)
			.update();
	}

	static String dayMonth(int day, int month) {
		return String.format("%02d/%02d", day, month);
	}

}
