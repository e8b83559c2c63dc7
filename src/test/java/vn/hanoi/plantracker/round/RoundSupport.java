package vn.hanoi.plantracker.round;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hanoi.plantracker.report.Reports;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.user.PlanUser;

/** Opening rounds of their own for tests, and reading what the round tables hold. */
final class RoundSupport {

	private final Rounds rounds;

	private final Reports reports;

	private final Fixtures fixtures;

	RoundSupport(Rounds rounds, Reports reports, Fixtures fixtures) {
		this.rounds = rounds;
		this.reports = reports;
		this.fixtures = fixtures;
	}

	long plan() {
		return this.reports.filter(null, null, null, null, LocalDate.now()).planId();
	}

	PlanUser coordinator() {
		return this.fixtures.user("coordinator");
	}

	PlanUser leader() {
		return this.fixtures.user("leader");
	}

	/** A year round no other test uses (each test passes its own year). */
	long open(int year, LocalDate dueOn) {
		return this.rounds.open(coordinator(), plan(), RoundKind.YEAR, year, dueOn);
	}

	JdbcClient jdbc() {
		return this.fixtures.jdbc();
	}

	long agencyId(String code) {
		return jdbc().sql("select id from agency where code = :code").param("code", code).query(Long.class).single();
	}

	List<Long> namedAgencies(long round, boolean required) {
		return jdbc()
			.sql("select agency_id from round_agency where round_id = :r and required = :req order by position")
			.param("r", round)
			.param("req", required)
			.query(Long.class)
			.list();
	}

	String status(long round, long agency) {
		return jdbc()
			.sql("select coalesce(max(status), 'MISSING') from agency_report where round_id = :r and agency_id = :a")
			.param("r", round)
			.param("a", agency)
			.query(String.class)
			.single();
	}

	long version(long round, long agency) {
		return jdbc().sql("select coalesce(max(version), 0) from agency_report where round_id = :r and agency_id = :a")
			.param("r", round)
			.param("a", agency)
			.query(Long.class)
			.single();
	}

	List<String> history(long round, long agency) {
		return jdbc().sql("""
				select e.action from agency_report_event e join agency_report r on r.id = e.report_id
				where r.round_id = :r and r.agency_id = :a order by e.at, e.id""")
			.param("r", round)
			.param("a", agency)
			.query(String.class)
			.list();
	}

	long notifications(PlanUser user, String kind) {
		return jdbc().sql("select count(*) from notification where recipient_id = :me and kind = :kind")
			.param("me", user.getId())
			.param("kind", kind)
			.query(Long.class)
			.single();
	}

	static ReportCommand command(long round, long agency, long version, String results) {
		return new ReportCommand(round, agency, version,
				new Sections(results, "Hạn chế", "Khó khăn", "Kiến nghị", "Nhiệm vụ kỳ tới"), java.util.Map.of());
	}

}
