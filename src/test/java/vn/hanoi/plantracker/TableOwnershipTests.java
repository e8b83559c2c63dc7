package vn.hanoi.plantracker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module owns its tables: another module reads them only through the owner's published
 * query API or the read functions its migrations publish ({@link #PUBLISHED}), never by
 * naming the owner's tables in its own SQL. The test reads every string literal of the
 * main code (plain strings and text blocks) for {@code from}, {@code join}, {@code into},
 * {@code update} and {@code table} followed by a table name, and compares the table's
 * owner with the module of the file.
 * <p>
 * {@link #KNOWN} lists the references that were there when the rule came in: the
 * remaining debt, one line per class and table. The test fails on any reference not in it
 * and on any line of it that is no longer true, so the list can only shrink.
 */
class TableOwnershipTests {

	private static final Path MAIN = Path.of("src/main/java/vn/hanoi/plantracker");

	/** Every table of the schema and the module that owns it. */
	static final Map<String, String> OWNERS = Map.ofEntries(Map.entry("agency", "agency"),
			Map.entry("agency_name", "agency"), Map.entry("app_user", "user"),
			Map.entry("agency_second_factor", "user"), Map.entry("recovery_code", "user"),
			Map.entry("sign_in_throttle", "user"), Map.entry("plan", "plan"), Map.entry("key_area", "plan"),
			Map.entry("task", "plan"), Map.entry("task_agency", "plan"), Map.entry("task_change", "plan"),
			Map.entry("plan_amendment", "plan"), Map.entry("plan_amendment_change", "plan"),
			Map.entry("plan_amendment_area", "plan"), Map.entry("key_area_name", "plan"),
			Map.entry("task_deadline_confirmation", "plan"), Map.entry("task_version", "plan"),
			Map.entry("plan_import_draft", "plan"), Map.entry("shipped_plan", "plan"),
			Map.entry("assignment", "assignment"), Map.entry("assignment_state", "assignment"),
			Map.entry("progress_update", "assignment"), Map.entry("assignment_creation", "assignment"),
			Map.entry("evidence_file", "assignment"), Map.entry("deadline_extension_request", "assignment"),
			Map.entry("notification", "notification"), Map.entry("digest_sent", "notification"),
			Map.entry("escalation_sent", "notification"), Map.entry("agency_report", "round"),
			Map.entry("agency_report_event", "round"), Map.entry("agency_report_file", "round"),
			Map.entry("agency_report_line", "round"), Map.entry("consolidated_report", "round"),
			Map.entry("consolidated_revision", "round"), Map.entry("consolidated_approved_snapshot", "round"),
			Map.entry("reporting_round", "round"), Map.entry("round_agency", "round"),
			Map.entry("round_escalation", "round"), Map.entry("round_snapshot", "round"),
			Map.entry("reporting_calendar", "round"), Map.entry("reporting_calendar_change", "round"),
			Map.entry("report_pack_sent", "round"), Map.entry("letterhead", "round"),
			Map.entry("security_event", "audit"), Map.entry("data_version", "system"),
			Map.entry("data_scope_version", "system"), Map.entry("shedlock", "system"),
			Map.entry("event_publication", "system"), Map.entry("spring_session", "system"),
			Map.entry("spring_session_attributes", "system"), Map.entry("api_token", "api"),
			Map.entry("figure_tally", "standing"), Map.entry("figure_tally_horizon", "standing"));

	/**
	 * Read functions the owners' migrations publish for everyone: the assignment module's
	 * temporal read model, the plan's tasks and the agencies as of a day.
	 */
	static final Set<String> PUBLISHED = Set.of("assignment_as_of", "task_as_of", "agency_as_of", "agency_name_on",
			"period_starts_on", "search_fold");

	/** The debt when the rule came in: "file table", to be removed as it is paid. */
	static final Set<String> KNOWN = Set.of("assignment/AssignmentPlanning.java agency",
			"assignment/AssignmentPlanning.java task_agency", "assignment/AssignmentQueries.java agency",
			"assignment/AssignmentQueries.java key_area", "assignment/AssignmentQueries.java plan",
			"assignment/AssignmentQueries.java task", "assignment/MyAssignmentList.java key_area",
			"assignment/MyAssignmentList.java plan", "assignment/MyAssignmentList.java task",
			"assignment/AssignmentSearch.java agency", "assignment/AssignmentSearch.java task",

			"assignment/ExtensionReading.java agency", "assignment/ExtensionReading.java app_user",
			"assignment/ExtensionReading.java task", "dashboard/LeadershipAttention.java assignment",
			"dashboard/OverdueDashboard.java agency", "dashboard/OverdueDashboard.java assignment",
			"dashboard/OverdueDashboard.java key_area", "dashboard/OverdueDashboard.java plan",
			"dashboard/OverdueDashboard.java task", "dashboard/AgencyTallies.java assignment",
			"dashboard/AgencyTallies.java key_area", "dashboard/DashboardSql.java key_area",
			"dashboard/DashboardSql.java task", "dashboard/ReviewQueueQuery.java agency",
			"dashboard/ReviewQueueQuery.java assignment", "dashboard/ReviewQueueQuery.java evidence_file",
			"dashboard/ReviewQueueQuery.java progress_update", "dashboard/ReviewQueueQuery.java task",
			"notification/DailyDigest.java assignment", "notification/EmailNotifications.java app_user",
			"notification/NotificationListener.java agency", "notification/NotificationListener.java assignment",
			"notification/NotificationListener.java task", "plan/PlanQueries.java agency",
			"plan/PlanQueries.java assignment", "report/ReportQueries.java key_area", "report/ReportQueries.java plan",

			"demo/DemoProgress.java agency", "demo/DemoProgress.java app_user", "demo/DemoProgress.java assignment",
			"demo/DemoProgress.java task", "report/ReportAnnexQuery.java progress_update",
			"report/ReportAnnexQuery.java task", "report/ReportAnnexQuery.java task_deadline_confirmation");

	private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);

	private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

	private static final Pattern TABLE = Pattern.compile("\\b(?i:from|join|into|update|table)\\s+([a-z_]+)\\b");

	private static final Pattern CREATED = Pattern
		.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_]+)");

	@Test
	void noModuleNamesAnotherModulesTableInItsSql() throws IOException {
		Set<String> found = new TreeSet<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			files.filter((p) -> p.toString().endsWith(".java")).forEach((file) -> {
				String module = MAIN.relativize(file).getName(0).toString();
				for (String table : tablesNamedIn(read(file))) {
					String owner = OWNERS.get(table);
					if (owner != null && !owner.equals(module)) {
						found.add(MAIN.relativize(file).toString().replace('\\', '/') + " " + table);
					}
				}
			});
		}
		assertThat(found).as("references to another module's table that are not known debt").isSubsetOf(KNOWN);
		assertThat(KNOWN).as("known debt that is paid: remove it from KNOWN").isSubsetOf(found);
	}

	@Test
	void everyTableHasAnOwner() throws IOException {
		Set<String> created = new TreeSet<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
			files.forEach((file) -> {
				Matcher m = CREATED.matcher(read(file));
				while (m.find()) {
					created.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
				}
			});
		}
		assertThat(created).isNotEmpty();
		assertThat(OWNERS.keySet()).containsAll(created);
	}

	@Test
	void theScannerFindsATableInATextBlockAndInAPlainString() {
		String source = "class X { String a = \"\"\"\n select * from assignment a join task t on true\n\"\"\";"
				+ " String b = \"insert into notification (id) values (1)\"; /* from plan */ }";
		assertThat(tablesNamedIn(source)).containsExactlyInAnyOrder("assignment", "task", "notification");
	}

	static Set<String> tablesNamedIn(String source) {
		Set<String> tables = new TreeSet<>();
		StringBuilder rest = new StringBuilder();
		Matcher blocks = TEXT_BLOCK.matcher(source);
		int last = 0;
		while (blocks.find()) {
			collect(blocks.group(1), tables);
			rest.append(source, last, blocks.start());
			last = blocks.end();
		}
		rest.append(source.substring(last));
		Matcher strings = STRING.matcher(rest);
		while (strings.find()) {
			collect(strings.group(1), tables);
		}
		return tables;
	}

	private static void collect(String sql, Set<String> tables) {
		Matcher m = TABLE.matcher(sql);
		while (m.find()) {
			if (!PUBLISHED.contains(m.group(1))) {
				tables.add(m.group(1));
			}
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
