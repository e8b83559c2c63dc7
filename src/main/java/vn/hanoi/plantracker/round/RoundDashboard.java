package vn.hanoi.plantracker.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.system.Localized;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.standing.Counts;

/**
 * The coordinator's view of a round: who has sent its report (on time or late), who has
 * not, who was sent back; reminders to those missing, and the escalation to leadership of
 * those still missing {@code plantracker.rounds.escalation-days} days after the due day.
 * One statement for the whole table.
 */
@Service
@Transactional(readOnly = true)
public class RoundDashboard {

	private final JdbcClient jdbc;

	private final RoundDossiers dossiers;

	private final ApplicationEventPublisher events;

	private final RoundDashboardWorkbook workbook;

	private final Today today;

	private final int escalationDays;

	private final RoundCoordinators coordinators;

	RoundDashboard(JdbcClient jdbc, RoundDossiers dossiers, ApplicationEventPublisher events,
			RoundDashboardWorkbook workbook, Today today,
			@Value("${plantracker.rounds.escalation-days:5}") int escalationDays, RoundCoordinators coordinators) {
		this.coordinators = coordinators;
		this.jdbc = jdbc;
		this.dossiers = dossiers;
		this.events = events;
		this.workbook = workbook;
		this.today = today;
		this.escalationDays = escalationDays;
	}

	public record Row(long agencyId, String code, String nameVi, String nameEn, boolean required, ReportStatus status,
			Instant submittedAt, boolean onTime, long version, Instant escalatedAt) {

		public String name() {
			return Localized.pick(this.nameVi, this.nameEn);
		}

		public boolean sent() {
			return this.status.sent();
		}

	}

	public record Counts(long required, long sentOnTime, long sentLate, long missing, long returned, long accepted,
			long invited, long invitedSent) {

	}

	public record View(RoundDossier.Heading round, long roundVersion, List<Row> rows, Counts counts, int escalationDays,
			boolean escalationDue) {

	}

	public View view(PlanUser user, long roundId) {
		RoundAccess.requireOverview(user);
		RoundDossier.Heading round = this.dossiers.heading(roundId);
		List<Row> rows = rows(roundId, round.dueOn());
		long required = rows.stream().filter(Row::required).count();
		long onTime = rows.stream().filter((r) -> r.required() && r.sent() && r.onTime()).count();
		long late = rows.stream().filter((r) -> r.required() && r.sent() && !r.onTime()).count();
		long returned = rows.stream().filter((r) -> r.required() && r.status() == ReportStatus.RETURNED).count();
		long accepted = rows.stream().filter((r) -> r.required() && r.status() == ReportStatus.ACCEPTED).count();
		long invited = rows.size() - required;
		long invitedSent = rows.stream().filter((r) -> !r.required() && r.sent()).count();
		Counts counts = new Counts(required, onTime, late, required - onTime - late - returned, returned, accepted,
				invited, invitedSent);
		long version = this.jdbc.sql("select version from reporting_round where id = :id")
			.param("id", roundId)
			.query(Long.class)
			.single();
		return new View(round, version, rows, counts, this.escalationDays,
				round.open() && this.today.date().isAfter(round.dueOn().plusDays(this.escalationDays)));
	}

	private List<Row> rows(long roundId, LocalDate due) {
		return this.jdbc.sql("""
				select ra.agency_id, ra.code, ra.name_vi, ra.name_en, ra.required, coalesce(r.status, 'MISSING'),
				       r.submitted_at, coalesce(r.version, 0), e.escalated_at
				from round_agency ra
				left join agency_report r on r.round_id = ra.round_id and r.agency_id = ra.agency_id
				left join round_escalation e on e.round_id = ra.round_id and e.agency_id = ra.agency_id
				where ra.round_id = :round
				order by ra.required desc, ra.position""").param("round", roundId).query((rs, n) -> {
			Instant submitted = (rs.getTimestamp(7) != null) ? rs.getTimestamp(7).toInstant() : null;
			return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
					ReportStatus.valueOf(rs.getString(6)), submitted,
					submitted != null && !submitted.atZone(Today.ZONE).toLocalDate().isAfter(due), rs.getLong(8),
					(rs.getTimestamp(9) != null) ? rs.getTimestamp(9).toInstant() : null);
		}).list();
	}

	/**
	 * Reminds the chosen agencies (none chosen: every agency that has not sent its
	 * report); agencies that have sent theirs are skipped. Returns how many were
	 * reminded.
	 */
	@Transactional
	public int remind(PlanUser user, long roundId, Set<Long> agencyIds) {
		this.coordinators.requireForRound(user, roundId);
		RoundDossier.Heading round = this.dossiers.heading(roundId);
		if (!round.open()) {
			throw new RoundWorkflowException("round.error.closed");
		}
		List<Row> targets = rows(roundId, round.dueOn()).stream()
			.filter((r) -> !r.sent())
			.filter((r) -> (agencyIds == null || agencyIds.isEmpty()) ? r.required() : agencyIds.contains(r.agencyId()))
			.toList();
		targets.forEach((r) -> this.events
			.publishEvent(new RoundReminderSent(roundId, r.agencyId(), round.titleVi(), round.dueOn())));
		return targets.size();
	}

	/**
	 * Tells leadership which required agencies are still missing well after the due day.
	 */
	@Transactional
	public int escalate(PlanUser user, long roundId) {
		this.coordinators.requireForRound(user, roundId);
		View view = view(user, roundId);
		if (!view.escalationDue()) {
			throw new RoundWorkflowException("round.escalate.tooEarly");
		}
		List<String> missing = view.rows().stream().filter((r) -> r.required() && !r.sent()).map(Row::nameVi).toList();
		if (missing.isEmpty()) {
			throw new RoundWorkflowException("round.escalate.none");
		}
		int late = (int) java.time.temporal.ChronoUnit.DAYS.between(view.round().dueOn(), this.today.date());
		this.events.publishEvent(new RoundEscalated(roundId, view.round().titleVi(), late, missing));
		// the button always tells leadership; what it told is recorded, so the daily job
		// does not escalate the same agencies again
		this.jdbc.sql("""
				insert into round_escalation (round_id, agency_id, escalated_at, escalated_by)
				select :round, unnest(cast(:agencies as bigint[])), :now, :by
				on conflict do nothing""")
			.param("round", roundId)
			.param("agencies",
					view.rows()
						.stream()
						.filter((r) -> r.required() && !r.sent())
						.map(Row::agencyId)
						.toArray(Long[]::new))
			.param("now", java.sql.Timestamp.from(this.today.now()))
			.param("by", user.getId())
			.update();
		return missing.size();
	}

	/**
	 * The daily escalation: in every open round more than the escalation days past its
	 * due day, each required agency that has still not sent its report is escalated to
	 * leadership once. The claim (one row per round and agency, inserted or skipped in
	 * one statement) makes a second run, on this node or another, escalate nothing again;
	 * an agency escalated by the coordinator's button is not escalated again either.
	 * Returns how many agencies were escalated now.
	 */
	@Transactional
	public int escalateOverdue(LocalDate day) {
		record Claimed(long roundId, String roundTitle, LocalDate dueOn, String agency) {
		}
		List<Claimed> claimed = this.jdbc.sql("""
				with claimed as (
				    insert into round_escalation (round_id, agency_id, escalated_at)
				    select ra.round_id, ra.agency_id, :now
				    from reporting_round r
				    join round_agency ra on ra.round_id = r.id and ra.required
				    left join agency_report rep on rep.round_id = ra.round_id and rep.agency_id = ra.agency_id
				    where r.status = 'OPEN' and r.due_on < cast(:day as date) - :days
				      and coalesce(rep.status, 'MISSING') not in ('SUBMITTED', 'ACCEPTED')
				    on conflict do nothing
				    returning round_id, agency_id)
				select c.round_id, r.title_vi, r.due_on, ra.name_vi
				from claimed c
				join reporting_round r on r.id = c.round_id
				join round_agency ra on ra.round_id = c.round_id and ra.agency_id = c.agency_id
				order by c.round_id, ra.position""")
			.param("now", java.sql.Timestamp.from(this.today.now()))
			.param("day", day)
			.param("days", this.escalationDays)
			.query((rs, n) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4)))
			.list();
		java.util.Map<Long, List<Claimed>> byRound = new java.util.LinkedHashMap<>();
		claimed.forEach((c) -> byRound.computeIfAbsent(c.roundId(), (k) -> new java.util.ArrayList<>()).add(c));
		byRound.forEach((round, agencies) -> {
			Claimed first = agencies.get(0);
			int late = (int) java.time.temporal.ChronoUnit.DAYS.between(first.dueOn(), day);
			this.events.publishEvent(new RoundEscalated(round, first.roundTitle(), late,
					agencies.stream().map(Claimed::agency).toList()));
		});
		return claimed.size();
	}

	public byte[] xlsx(PlanUser user, long roundId, Locale locale) {
		View view = view(user, roundId);
		return this.workbook.xlsx(view, locale);
	}

}
