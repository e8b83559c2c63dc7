package vn.hanoi.plantracker.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.hanoi.plantracker.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V640 on databases of its own (no application context): a database that has
 * never started gives V2's Plan 133 back, for the first start to import it from the
 * shipped annex; a database that has started, with reported work or without, keeps every
 * row and id of it, and records it as the shipped plan already there.
 */
class ShippedPlanMigrationTests {

	private static final String PLAN_133 = "select id from plan where number = '133/KH-UBND' and issued_on = date '2025-05-14'";

	/**
	 * Every table that holds Plan 133 or what follows from it, with its rows in order.
	 */
	private static final List<String> PLAN_TABLES = List.of("plan", "key_area", "task", "task_agency", "task_version",
			"assignment", "assignment_state", "assignment_creation", "figure_tally", "reporting_calendar",
			"progress_update", "agency", "agency_name");

	@Test
	void aDatabaseThatNeverStartedGivesV2sPlan133BackForTheImporter() {
		String url = TestDatabase.url("shipped_plan_new_" + System.nanoTime());
		flyway(url).load().migrate();
		JdbcClient jdbc = jdbc(url);
		assertThat(jdbc.sql(PLAN_133).query(Long.class).optional()).isEmpty();
		for (String table : List.of("plan", "key_area", "task", "task_agency", "task_version", "assignment",
				"assignment_state", "assignment_creation", "figure_tally", "reporting_calendar", "shipped_plan")) {
			assertThat(count(jdbc, table)).as(table).isZero();
		}
		assertThat(count(jdbc, "agency")).as("the agencies stay: the importer names them").isEqualTo(147);
		assertThat(count(jdbc, "agency_name")).isEqualTo(147);
	}

	@Test
	void aDatabaseWithWorkOnPlan133KeepsEveryRowAndIdAndRecordsItAsTheShippedPlan() {
		String url = TestDatabase.url("shipped_plan_worked_" + System.nanoTime());
		flyway(url).target("580").load().migrate();
		JdbcClient jdbc = jdbc(url);
		long plan = jdbc.sql(PLAN_133).query(Long.class).single();
		long officer = jdbc.sql("""
				insert into app_user (username, password_hash, full_name, role, agency_id)
				values ('officer.health', 'x', 'Cán bộ Sở Y tế', 'OFFICER', (select id from agency where code = 'SYT'))
				returning id""").query(Long.class).single();
		long assignment = jdbc.sql("""
				select a.id from assignment a join agency ag on ag.id = a.agency_id join task t on t.id = a.task_id
				where ag.code = 'SYT' and t.code = '1.5'""").query(Long.class).single();
		jdbc.sql(
				"""
						insert into progress_update (assignment_id, author_id, created_at, kind, status_before, status_after, percent, note)
						values (:assignment, :officer, timestamptz '2025-08-01 09:00+07', 'PROGRESS', 'NOT_STARTED', 'IN_PROGRESS', 40,
						        'Đã dự thảo quy chế')""")
			.param("assignment", assignment)
			.param("officer", officer)
			.update();
		jdbc.sql(
				"update assignment set status = 'IN_PROGRESS', percent_complete = 40, version = version + 1 where id = ?")
			.param(assignment)
			.update();
		Map<String, String> before = rows(jdbc);

		flyway(url).load().migrate();

		assertThat(rows(jdbc)).as("every row of Plan 133 and its work, ids included").isEqualTo(before);
		assertThat(jdbc.sql("select plan_id || ' ' || source from shipped_plan where name = '133-KH-UBND-2025-05-14'")
			.query(String.class)
			.single()).isEqualTo(plan + " MIGRATION");
	}

	@Test
	void aDatabaseThatStartedWithoutReportsKeepsItsPlan133Too() {
		String url = TestDatabase.url("shipped_plan_started_" + System.nanoTime());
		flyway(url).target("580").load().migrate();
		JdbcClient jdbc = jdbc(url);
		jdbc.sql("""
				insert into app_user (username, password_hash, full_name, role, agency_id)
				values ('admin', 'x', 'Administrator', 'ADMIN', (select id from agency where code = 'VPUBND'))""")
			.update();
		Map<String, String> before = rows(jdbc);
		flyway(url).load().migrate();
		assertThat(rows(jdbc)).isEqualTo(before);
		assertThat(count(jdbc, "shipped_plan")).isEqualTo(1);
	}

	@Test
	void theSettingForTestsKeepsV2sPlan133OnANewDatabase() {
		String url = TestDatabase.url("shipped_plan_v2_" + System.nanoTime());
		flyway(url).initSql("set plantracker.plan_133_from = 'V2'").load().migrate();
		JdbcClient jdbc = jdbc(url);
		long plan = jdbc.sql(PLAN_133).query(Long.class).single();
		assertThat(count(jdbc, "task")).isEqualTo(19);
		assertThat(jdbc.sql("select plan_id from shipped_plan").query(Long.class).single()).isEqualTo(plan);
	}

	private static FluentConfiguration flyway(String url) {
		return Flyway.configure()
			.dataSource(url, TestDatabase.username(), TestDatabase.password())
			.locations("classpath:db/migration");
	}

	private static JdbcClient jdbc(String url) {
		return JdbcClient.create(new DriverManagerDataSource(url, TestDatabase.username(), TestDatabase.password()));
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	/** Each table's rows, every column, in id order, as one digest and a count. */
	private static Map<String, String> rows(JdbcClient jdbc) {
		Map<String, String> rows = new LinkedHashMap<>();
		for (String table : PLAN_TABLES) {
			rows.put(table, jdbc
				.sql("select count(*) || ' ' || coalesce(md5(string_agg(r::text, '|' order by r::text)), '') from "
						+ table + " r")
				.query(String.class)
				.single());
		}
		return rows;
	}

}
