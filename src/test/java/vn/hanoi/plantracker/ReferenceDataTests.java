package vn.hanoi.plantracker;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.hanoi.plantracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations build the whole model on an empty PostgreSQL, Hibernate validates the
 * entities against it (the context would not start otherwise), and the reference data
 * holds Plan 133 as the issue describes.
 */
@IntegrationTest
class ReferenceDataTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void plan133IsLoadedWithItsNumberDateSignerAndCoordinator() {
		Map<String, Object> plan = this.jdbc.sql("""
				select p.number, p.issued_on, p.signer, p.legal_basis_vi, a.code
				from plan p join agency a on a.id = p.standing_body_agency_id
				where p.number = '133/KH-UBND' and p.issued_on = date '2025-05-14'""").query().singleRow();
		assertThat(plan).containsEntry("number", "133/KH-UBND")
			.containsEntry("signer", "Lê Hồng Sơn")
			.containsEntry("code", "CATP");
		assertThat(plan.get("issued_on")).hasToString("2025-05-14");
		assertThat((String) plan.get("legal_basis_vi")).contains("53/2024/QH15");
	}

	@Test
	void planHasAtLeastFifteenTasksEachWithALeadAgency() {
		assertThat(count("select count(*) from task")).isGreaterThanOrEqualTo(15);
		assertThat(count("""
				select count(*) from task t
				where not exists (select 1 from task_agency ta where ta.task_id = t.id and ta.role = 'LEAD')"""))
			.isZero();
		assertThat(count("select count(*) from key_area")).isGreaterThanOrEqualTo(5);
	}

	@Test
	void allCityBodiesAndThe126CommunesAndWardsAreAgencies() {
		// (test fixtures add wards of their own, coded ANX-…)
		assertThat(count("select count(*) from agency where kind = 'LOCAL_AUTHORITY' and code not like 'ANX-%'"))
			.isEqualTo(126);
		assertThat(count("select count(*) from agency where code like 'PH-%'")).isEqualTo(51);
		assertThat(count("select count(*) from agency where code like 'XA-%'")).isEqualTo(75);
		assertThat(this.jdbc
			.sql("select name_vi from agency where code in ('CATP', 'SYT', 'STP', 'PH-HOAN-KIEM') order by sort_order")
			.query(String.class)
			.list()).containsExactly("Công an thành phố Hà Nội", "Sở Y tế", "Sở Tư pháp", "Phường Hoàn Kiếm");
	}

	@Test
	void aTaskForAllCommunesFansOutIntoOneAssignmentPerCommunePerPeriod() {
		// task 6.1: every commune/ward leads its own plan, each year of 2025 and 2026
		List<Map<String, Object>> perPeriod = this.jdbc.sql("""
				select a.period, count(*) filter (where ag.kind = 'LOCAL_AUTHORITY' and a.role = 'LEAD') as communes
				from assignment a join task t on t.id = a.task_id join agency ag on ag.id = a.agency_id
				where t.code = '6.1' group by a.period order by a.period""").query().listOfRows();
		assertThat(perPeriod).extracting((row) -> row.get("period")).containsExactly("2025", "2026");
		assertThat(perPeriod).allSatisfy((row) -> assertThat(((Number) row.get("communes")).intValue()).isEqualTo(126));
	}

	@Test
	void everyLinkedAgencyHasAnAssignmentForEveryPeriodOfItsTask() {
		// one assignment per agency per period, and none for an agency that the task does
		// not name, except the history of an agency that has ended (merged) or that the
		// task no longer names (taken off it in the task editor: closed, kept as history)
		assertThat(
				count("""
						select count(*) from assignment a join agency ag on ag.id = a.agency_id
						where ag.active_until is null and a.closed_at is null
						  and not exists (select 1 from task_agency ta where ta.task_id = a.task_id and ta.agency_id = a.agency_id)"""))
			.isZero();
		assertThat(
				count("""
						select count(*) from task_agency ta join task t on t.id = ta.task_id
						where t.schedule_kind = 'FIXED'
						  and not exists (select 1 from assignment a where a.task_id = ta.task_id and a.agency_id = ta.agency_id)
						  -- but the phone crawl's layout tasks (e2e.PhoneWorstCase): led, never fanned out, so that no figure moves
						  and t.key_area_id not in (select id from key_area where title_en = 'Phone layout test area')"""))
			.isZero();
	}

	@Test
	void recurringTasksHavePeriodsFor2025And2026AndOngoingTasksHalfYearlyReports() {
		assertThat(this.jdbc.sql("""
				select distinct a.period from assignment a join task t on t.id = a.task_id
				where t.schedule_kind = 'ANNUAL' order by 1""").query(String.class).list()).containsExactly("2025",
				"2026");
		assertThat(this.jdbc.sql("""
				select distinct a.period from assignment a join task t on t.id = a.task_id
				where t.schedule_kind = 'ONGOING' order by 1""").query(String.class).list()).containsExactly("2025-H1",
				"2025-H2", "2026-H1", "2026-H2");
		// as planned: the demo extends some of them afterwards (due_date), never the date
		// the plan set (original_due_date)
		assertThat(this.jdbc.sql("""
				select distinct a.original_due_date from assignment a join task t on t.id = a.task_id
				where t.schedule_kind = 'ONGOING' and a.period = '2026-H2'""").query(LocalDate.class).list())
			.containsExactly(LocalDate.of(2026, 12, 15));
	}

	@Test
	void procuracyCourtAndFrontAreRequestedNotAssigned() {
		assertThat(this.jdbc
			.sql("""
					select ag.code from task_agency ta join agency ag on ag.id = ta.agency_id join task t on t.id = ta.task_id
					where t.code = '1.2' and ta.requested order by ag.sort_order""")
			.query(String.class)
			.list()).containsExactly("VKSND", "TAND", "UBMTTQ");
	}

	@Test
	void task53IsLedByTheCommitteeOfficeWithThePoliceSupporting() {
		assertThat(this.jdbc.sql("""
				select ag.code || ':' || ta.role from task_agency ta join agency ag on ag.id = ta.agency_id
				join task t on t.id = ta.task_id where t.code = '5.3' order by ta.role, ag.sort_order""")
			.query(String.class)
			.list()).containsExactly("VPUBND:LEAD", "CATP:SUPPORT", "SYT:SUPPORT", "STP:SUPPORT");
		assertThat(this.jdbc
			.sql("""
					select a.period || ' ' || ag.code || ':' || a.role from assignment a join agency ag on ag.id = a.agency_id
					join task t on t.id = a.task_id where t.code = '5.3' and ag.code in ('VPUBND', 'CATP')
					order by a.period, ag.code""")
			.query(String.class)
			.list()).containsExactly("2025 CATP:SUPPORT", "2025 VPUBND:LEAD", "2026 CATP:SUPPORT", "2026 VPUBND:LEAD");
	}

	@Test
	void thePressAgenciesMergedIn2026AndTheirOpenWorkMovedToTheNewAgency() {
		Map<String, Object> old = this.jdbc.sql("select name_vi, active_until from agency where code = 'BAOCHI'")
			.query()
			.singleRow();
		assertThat(old.get("name_vi")).isEqualTo("Các cơ quan báo chí Thành phố");
		assertThat(old.get("active_until")).hasToString("2026-01-29");
		Map<String, Object> merged = this.jdbc
			.sql("select name_vi, kind, active_from, active_until from agency where code = 'BAOPTTH'")
			.query()
			.singleRow();
		assertThat(merged).containsEntry("name_vi", "Cơ quan Báo và Phát thanh, Truyền hình Hà Nội")
			.containsEntry("kind", "PRESS")
			.containsEntry("active_until", null);
		assertThat(merged.get("active_from")).hasToString("2026-01-30");
		// the tasks name the new agency; the old one keeps its (closed) assignments
		assertThat(count("""
				select count(*) from task_agency ta join agency ag on ag.id = ta.agency_id where ag.code = 'BAOCHI'"""))
			.isZero();
		assertThat(
				count("""
						select count(*) from task_agency ta join agency ag on ag.id = ta.agency_id where ag.code = 'BAOPTTH'"""))
			.isEqualTo(4);
		assertThat(count("""
				select count(*) from assignment a join agency ag on ag.id = a.agency_id
				where ag.code = 'BAOCHI' and a.closed_at is null and a.status <> 'COMPLETED'""")).isZero();
		// every closed one has its counterpart, same task, period and due date (as moved:
		// before any extension granted to the new agency since, such as the demo's),
		// except
		// that the new agency owes nothing from before it existed: a due date before its
		// first day is its first day (V182, /help/metrics)
		assertThat(count("""
				select count(*) from assignment a join agency ag on ag.id = a.agency_id
				where ag.code = 'BAOCHI' and a.closed_at is not null
				  and not exists (select 1 from assignment n join agency na on na.id = n.agency_id
				                  where na.code = 'BAOPTTH' and n.task_id = a.task_id and n.period = a.period
				                    and coalesce((select c.due_date_before from progress_update c
				                                  where c.assignment_id = n.id and c.kind = 'DEADLINE_CHANGE'
				                                  order by c.created_at, c.id limit 1), n.due_date)
				                        = greatest(a.due_date, na.active_from)
				                    and n.role = a.role)""")).isZero();
		assertThat(count("""
				select count(*) from assignment a join agency ag on ag.id = a.agency_id
				where ag.code = 'BAOCHI' and a.closed_at is not null""")).isPositive();
	}

	@Test
	void historyIsAppendOnlyInTheDatabaseItself() {
		Long id = this.jdbc.sql("select min(id) from progress_update").query(Long.class).single();
		assertThat(id).as("the demo data has history").isNotNull();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> this.jdbc.sql("update progress_update set note = 'x' where id = ?").param(id).update())
			.hasMessageContaining("append-only");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.jdbc.sql("delete from progress_update where id = ?").param(id).update())
			.hasMessageContaining("append-only");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
