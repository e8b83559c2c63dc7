package vn.hanoi.plantracker.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.hanoi.plantracker.report.ReportFilter;
import vn.hanoi.plantracker.report.Reports;
import vn.hanoi.plantracker.round.ConsolidatedReports;
import vn.hanoi.plantracker.round.RoundHistory;
import vn.hanoi.plantracker.round.RoundHistory.Named;
import vn.hanoi.plantracker.round.RoundKind;
import vn.hanoi.plantracker.round.Rounds;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.UserAccounts;

/**
 * Demo rounds for the demo plan, relative to the day the demo first starts: every round
 * of the plan's reporting calendar whose window has begun since the plan was issued. A
 * round more than {@value #CLOSED_AFTER} days past its due day was opened, reported on
 * (most agencies in, some late), consolidated, approved and closed on its own dates; the
 * current one is open with the agencies that have sent theirs by now. Each step is
 * written through the round services at its own moment ({@link Today#replay}). Runs once,
 * after the demo progress; a later start leaves the rounds alone (the calendar catches
 * up, not this).
 */
@Component
@Profile("demo")
@Order(30)
class DemoRounds implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRounds.class);

	/** Days after its due day by which a demo round has been closed. */
	static final int CLOSED_AFTER = 20;

	/** The named officers of the README; every other agency's is officer.<code>. */
	private static final Map<String, String> NAMED_OFFICERS = Map.of("SYT", "officer.health", "STP", "officer.justice",
			"PH-HOAN-KIEM", "officer.hoankiem");

	private final Rounds rounds;

	private final ConsolidatedReports consolidated;

	private final RoundHistory history;

	private final UserDetailsService users;

	private final TransactionTemplate transactions;

	private final Reports reports;

	private final Today today;

	private final UserAccounts accounts;

	DemoRounds(Rounds rounds, ConsolidatedReports consolidated, RoundHistory history, UserDetailsService users,
			TransactionTemplate transactions, Reports reports, Today today, UserAccounts accounts) {
		this.accounts = accounts;
		this.rounds = rounds;
		this.consolidated = consolidated;
		this.history = history;
		this.users = users;
		this.transactions = transactions;
		this.reports = reports;
		this.today = today;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.history.anyRound()) {
			return;
		}
		Long plan = this.history.calendarPlan();
		if (plan == null) {
			return;
		}
		LocalDate day = this.today.date();
		LocalDate issued = this.reports.plan(new ReportFilter(plan, null, null, day)).issuedOn();
		List<RoundHistory.CalendarEntry> entries = this.history.calendar(plan);
		record Due(RoundKind kind, int year, LocalDate due, LocalDate opens) {
		}
		List<Due> dues = new ArrayList<>();
		for (int year = issued.getYear(); year <= day.getYear(); year++) {
			for (RoundHistory.CalendarEntry entry : entries) {
				LocalDate due = entry.due().atYear(year);
				LocalDate opens = due.minusDays(entry.lead());
				// a round due within two months of the plan has nothing to report yet
				if (due.isAfter(issued.plusDays(60)) && opens.isBefore(day)) {
					dues.add(new Due(entry.kind(), year, due, opens));
				}
			}
		}
		dues.sort(java.util.Comparator.comparing(Due::due));
		List<String> made = new ArrayList<>();
		for (Due due : dues) {
			boolean closed = day.isAfter(due.due().plusDays(CLOSED_AFTER));
			this.transactions
				.executeWithoutResult((status) -> round(plan, due.kind(), due.year(), due.due(), due.opens(), closed));
			made.add(due.kind() + " " + due.year() + (closed ? " (closed)" : " (open)"));
		}
		log.info("Demo reporting rounds for {}: {}", day, made);
	}

	private void round(long plan, RoundKind kind, int year, LocalDate due, LocalDate opens, boolean closed) {
		PlanUser coordinator = user("coordinator");
		PlanUser leader = user("leader");
		LocalDate day = this.today.date();
		long round = this.today.replay(at(opens, 8, 0), () -> this.rounds.open(coordinator, plan, kind, year, due));
		List<Named> named = this.history.named(round);
		for (Named agency : named) {
			int h = (int) Math.floorMod(agency.id() * 48271L + year * 31L + kind.ordinal(), 1000L);
			// most agencies send, a few well after the due day, some not at all
			if (h % 100 >= (agency.required() ? 88 : 60)) {
				continue;
			}
			LocalDate sent = due.plusDays(-14 + h % 23);
			if (sent.isBefore(opens.plusDays(1))) {
				sent = opens.plusDays(1);
			}
			if (!sent.isBefore(day)) {
				if (!closed && h % 7 == 0) {
					report(round, agency, "DRAFT", sent.minusDays(5).isBefore(day) ? day.minusDays(1) : null, null);
				}
				continue;
			}
			LocalDate decided = sent.plusDays(1 + h % 3);
			boolean accepted = closed || decided.isBefore(day);
			report(round, agency, accepted ? "ACCEPTED" : "SUBMITTED", sent, accepted ? decided : null);
		}
		if (closed) {
			this.today.replay(at(due.plusDays(12), 9, 0), () -> {
				this.consolidated.generate(coordinator, round);
				return null;
			});
			this.today.replay(at(due.plusDays(15), 10, 0), () -> {
				this.consolidated.approve(leader, round, this.history.consolidatedVersion(round));
				return null;
			});
			this.today.replay(at(due.plusDays(18), 15, 0), () -> {
				this.rounds.close(coordinator, round, this.rounds.version(round));
				return null;
			});
		}
	}

	private static Instant at(LocalDate day, int hour, int minute) {
		return day.atTime(hour, minute).atZone(Today.ZONE).toInstant();
	}

	private void report(long round, Named agency, String status, LocalDate sentOn, LocalDate decidedOn) {
		PlanUser officer = officerOf(agency.code());
		if (officer == null || sentOn == null) {
			return;
		}
		int h = (int) Math.floorMod(agency.id() * 7919L, 1000L);
		List<String> texts = switch (h % 4) {
			case 0 -> DemoReportTexts.HEALTH;
			case 1 -> DemoReportTexts.JUSTICE;
			case 2 -> DemoReportTexts.CULTURE;
			default -> DemoReportTexts.WARD;
		};
		LocalDateTime at = sentOn.atTime(8 + h % 9, h % 60);
		LocalDateTime decidedAt = (decidedOn != null) ? decidedOn.atTime(9 + h % 7, (h * 7) % 60) : null;
		this.history.report(round, agency.id(), officer, user("coordinator"), status, at, decidedAt, texts);
	}

	private PlanUser officerOf(String code) {
		String username = NAMED_OFFICERS.getOrDefault(code, "officer." + code.toLowerCase(Locale.ROOT));
		// asked first: a failed look-up would mark the round's transaction rollback-only
		return this.accounts.exists(username) ? user(username) : null;
	}

	private PlanUser user(String username) {
		return (PlanUser) this.users.loadUserByUsername(username);
	}

}
