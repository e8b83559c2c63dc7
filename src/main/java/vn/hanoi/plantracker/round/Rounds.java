package vn.hanoi.plantracker.round;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.hanoi.plantracker.plan.Plan;
import vn.hanoi.plantracker.plan.PlanRepository;
import vn.hanoi.plantracker.report.PlanHeading;
import vn.hanoi.plantracker.report.ReportFilter;
import vn.hanoi.plantracker.report.Reports;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;

/**
 * Opens, lists and closes rounds. A round is one per plan and period (a unique key), so
 * opening it twice — by hand, by the calendar job, on two nodes — makes one; a new round
 * names its agencies ({@link RoundRoster}).
 */
@Service
@Transactional
public class Rounds {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final JdbcClient jdbc;

	private final Reports reports;

	private final RoundRoster roster;

	private final RoundDossiers dossiers;

	private final PlanRepository planRepository;

	private final MessageSource messages;

	private final Today today;

	private final RoundCoordinators coordinators;

	private final vn.hanoi.plantracker.plan.PlanAccess planAccess;

	Rounds(JdbcClient jdbc, Reports reports, RoundRoster roster, RoundDossiers dossiers, PlanRepository planRepository,
			MessageSource messages, Today today, RoundCoordinators coordinators,
			vn.hanoi.plantracker.plan.PlanAccess planAccess) {
		this.planAccess = planAccess;
		this.coordinators = coordinators;
		this.planRepository = planRepository;
		this.jdbc = jdbc;
		this.reports = reports;
		this.roster = roster;
		this.dossiers = dossiers;
		this.messages = messages;
		this.today = today;
	}

	/** The coordinator opens a round; the due day defaults to the plan's calendar. */
	public long open(PlanUser user, long planId, RoundKind kind, int year, LocalDate dueOn) {
		this.coordinators.requireForPlan(user, planId);
		LocalDate due = (dueOn != null) ? dueOn : calendarDue(planId, kind).map((d) -> d.atYear(year))
			.orElseThrow(() -> new RoundWorkflowException("round.error.noCalendar"));
		return insert(planId, kind, year, due, user.getId())
			.orElseThrow(() -> new RoundWorkflowException("round.error.exists"));
	}

	/**
	 * Opens, for every plan's calendar entry, the round whose opening window contains
	 * this day (from {@code open_days_before} the due day to the end of its period);
	 * returns how many were new.
	 */
	public int openFromCalendar(LocalDate day) {
		record Entry(long planId, RoundKind kind, MonthDay due, int lead) {
		}
		List<Entry> entries = this.jdbc
			.sql("select plan_id, kind, due_month, due_day, open_days_before from reporting_calendar order by id")
			.query((rs, n) -> new Entry(rs.getLong(1), RoundKind.valueOf(rs.getString(2)),
					MonthDay.of(rs.getInt(3), rs.getInt(4)), rs.getInt(5)))
			.list();
		int opened = 0;
		for (Entry entry : entries) {
			if (!this.planAccess.isOpen(entry.planId())) {
				continue;
			}
			LocalDate due = entry.due().atYear(day.getYear());
			boolean inWindow = !day.isBefore(due.minusDays(entry.lead()))
					&& !day.isAfter(entry.kind().periodEnd(day.getYear()));
			if (inWindow && insert(entry.planId(), entry.kind(), day.getYear(), due, null).isPresent()) {
				opened++;
			}
		}
		return opened;
	}

	private Optional<MonthDay> calendarDue(long planId, RoundKind kind) {
		return this.jdbc.sql("select due_month, due_day from reporting_calendar where plan_id = :plan and kind = :kind")
			.param("plan", planId)
			.param("kind", kind.name())
			.query((rs, n) -> MonthDay.of(rs.getInt(1), rs.getInt(2)))
			.optional();
	}

	private Optional<Long> insert(long planId, RoundKind kind, int year, LocalDate due, Long openedBy) {
		PlanHeading plan = this.reports.plan(new ReportFilter(planId, null, null, due));
		LocalDate start = kind.periodStart(year, plan.issuedOn());
		LocalDate end = kind.periodEnd(year);
		LocalDate cutoff = due.minusDays(1);
		if (end.isBefore(start)) {
			throw new RoundWorkflowException("round.error.beforePlan");
		}
		Optional<Long> id = this.jdbc.sql("""
				insert into reporting_round (plan_id, kind, year, title_vi, title_en, period_start, period_end,
				                             cutoff_on, due_on, opened_by, opened_at)
				values (:plan, :kind, :year, :titleVi, :titleEn, :start, :end, :cutoff, :due, :by, :now)
				on conflict (plan_id, kind, year) do nothing returning id""")
			.param("plan", planId)
			.param("kind", kind.name())
			.param("year", year)
			.param("titleVi",
					this.messages.getMessage("round.title." + kind, new Object[] { String.valueOf(year) }, VI))
			.param("titleEn",
					this.messages.getMessage("round.title." + kind, new Object[] { String.valueOf(year) },
							Locale.ENGLISH))
			.param("start", start)
			.param("end", end)
			.param("cutoff", cutoff)
			.param("due", due)
			.param("by", openedBy, java.sql.Types.BIGINT)
			.param("now", Timestamp.from(this.today.now()))
			.query(Long.class)
			.optional();
		id.ifPresent((round) -> this.roster.nameAgencies(round, planId, start, end, cutoff));
		return id;
	}

	/**
	 * Rounds newest first, of one plan or of all ({@code planId} 0); an officer sees only
	 * those naming its agency.
	 */
	@Transactional(readOnly = true)
	public List<RoundSummary> list(PlanUser user, long planId) {
		Long own = RoundAccess.listedAgency(user);
		return this.jdbc
			.sql("""
					select r.id, r.title_vi, r.title_en, r.period_start, r.period_end, r.cutoff_on, r.due_on, r.status,
					       count(ra.agency_id) filter (where ra.required) as required,
					       count(ra.agency_id) filter (where ra.required and rep.status in ('SUBMITTED', 'ACCEPTED')) as sent,
					       min(coalesce(rep.status, 'MISSING')) filter (where ra.agency_id = cast(:own as bigint)) as own
					from reporting_round r
					left join round_agency ra on ra.round_id = r.id
					left join agency_report rep on rep.round_id = ra.round_id and rep.agency_id = ra.agency_id
					where :plan = 0 or r.plan_id = :plan
					group by r.id
					having cast(:own as bigint) is null or bool_or(ra.agency_id = cast(:own as bigint))
					order by r.due_on desc, r.id desc""")
			.param("own", own, java.sql.Types.BIGINT)
			.param("plan", planId)
			.query((rs, n) -> new RoundSummary(rs.getLong("id"), rs.getString("title_vi"), rs.getString("title_en"),
					rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
					rs.getObject("cutoff_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
					RoundStatus.valueOf(rs.getString("status")), rs.getLong("required"), rs.getLong("sent"),
					(rs.getString("own") != null) ? ReportStatus.valueOf(rs.getString("own")) : null))
			.list();
	}

	/**
	 * Closes the round: its documents' inputs are stored as they are now, and nothing in
	 * it changes afterwards.
	 */
	public void close(PlanUser user, long roundId, long version) {
		this.coordinators.requireForRound(user, roundId);
		RoundDossier dossier = this.dossiers.live(roundId);
		if (!dossier.round().open()) {
			throw new RoundWorkflowException("round.error.closed");
		}
		int changed = this.jdbc.sql("""
				update reporting_round set status = 'CLOSED', closed_at = :now, version = version + 1
				where id = :id and version = :version and status = 'OPEN'""")
			.param("now", Timestamp.from(this.today.now()))
			.param("id", roundId)
			.param("version", version)
			.update();
		if (changed == 0) {
			throw new StaleReportException("Round " + roundId);
		}
		this.dossiers.freeze(dossier);
	}

	@Transactional(readOnly = true)
	public long version(long roundId) {
		return this.jdbc.sql("select version from reporting_round where id = :id")
			.param("id", roundId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new RoundNotFoundException("Round", roundId));
	}

	/** The plans a round can be opened for, newest first (id and label). */
	@Transactional(readOnly = true)
	public Map<Long, String> plans() {
		return plans((p) -> true);
	}

	/** The published plans the coordinator runs: where they may open a round. */
	public Map<Long, String> plansToOpen(PlanUser user) {
		return plans((p) -> p.getStatus() == vn.hanoi.plantracker.plan.PlanStatus.PUBLISHED
				&& this.planAccess.coordinates(user, p.getId()));
	}

	private Map<Long, String> plans(java.util.function.Predicate<Plan> shown) {
		Map<Long, String> plans = new LinkedHashMap<>();
		this.planRepository.findAll()
			.stream()
			.filter(shown)
			.sorted(java.util.Comparator.comparing(Plan::getIssuedOn).reversed())
			.forEach((p) -> plans.put(p.getId(),
					p.getNumber() + " (" + p.getIssuedOn().format(RoundDocuments.DATE) + ")"));
		return plans;
	}

}
