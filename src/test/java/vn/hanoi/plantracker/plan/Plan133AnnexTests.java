package vn.hanoi.plantracker.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plan 133's annex, in the plan's own wording, as shipped with the application
 * ({@code plans/133-KH-UBND-2025-05-14.docx}, which a new database imports at its first
 * start), read by the importer as the plan the migrations wrote. On the shared context,
 * where Plan 133 stays as shipped (the plan-changing context's tests amend it); only the
 * phone crawl's layout area, which the annex does not have, is left out of the
 * comparison. A preview saves no plan.
 */
@IntegrationTest
class Plan133AnnexTests {

	/** The phone crawl's key area of Plan 133 ({@code e2e.PhoneWorstCase}). */
	private static final int PHONE_LAYOUT_AREA = 80;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PlanImport imports;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	/** The agencies of Plan 133 among those read, by code, in one order. */
	private static String named(java.util.Set<Long> ids, Map<Long, String> codes) {
		return String.join(",", ids.stream().filter(codes::containsKey).map(codes::get).sorted().toList());
	}

	@Test
	void plan133sAnnexInThePlansOwnWordingReadsAsThePlanTheMigrationsWrote() throws Exception {
		byte[] annex = PlanWordImportTests.plan133Annex();
		PlanUser coordinator = this.fixtures.user("coordinator");
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(coordinator, null, coordinator.getAuthorities()));
		AnnexPreview preview = this.imports.upload(coordinator, "ke-hoach-133.docx", annex);
		assertThat(preview.errorCount()).as(preview.toString()).isZero();
		java.util.Set<String> annexCodes = new java.util.HashSet<>();
		preview.areas().forEach((area) -> area.tasks().forEach((task) -> annexCodes.add(task.code())));
		// the agencies Plan 133's own tasks name: the importer reads "the departments"
		// and
		// "the communes" as those that exist today, and other tests of this context add
		// some (which Plan 133, issued before them, does not name; some tests give them
		// tasks of their own in Plan 133's areas)
		Map<Long, String> codes = new java.util.HashMap<>();
		this.fixtures.jdbc()
			.sql("""
					select distinct ag.id, ag.code from agency ag join task_agency ta on ta.agency_id = ag.id
					join task t on t.id = ta.task_id join key_area k on k.id = t.key_area_id
					join plan p on p.id = k.plan_id
					where p.number = '133/KH-UBND' and p.issued_on = date '2025-05-14' and t.code in (:codes)
					 and k.ordinal <> :phoneArea""")
			.param("codes", annexCodes)
			.param("phoneArea", PHONE_LAYOUT_AREA)
			.query((rs, n) -> codes.put(rs.getLong(1), rs.getString(2)))
			.list();
		List<String> read = new ArrayList<>();
		List<String> provisional = new ArrayList<>();
		int ordinal = 0;
		for (AnnexPreview.Area area : preview.areas()) {
			ordinal++;
			for (AnnexPreview.TaskRow task : area.tasks()) {
				Schedule s = task.schedule();
				read.add(ordinal + " " + area.title() + " | " + task.code() + " | " + task.content() + " | "
						+ task.output() + " | " + s.kind() + " " + ((s.dueDate() != null) ? s.dueDate() : "-") + " "
						+ ((s.dueMonth() != null) ? s.dueMonth() : "-") + "/"
						+ ((s.dueDay() != null) ? s.dueDay() : "-") + " " + task.scheduleInferred() + " | L:"
						+ named(task.leadIds(), codes) + " | S:" + named(task.supportIds(), codes) + " | R:"
						+ named(task.requestedIds(), codes));
				if (task.scheduleInferred()) {
					provisional.add(task.code());
				}
			}
		}
		PlanWordImportTests word = new PlanWordImportTests();
		word.fixtures = this.fixtures;
		// the annex's tasks: not the phone crawl's layout area, nor tasks other tests of
		// this context add to Plan 133 through the task editor
		List<String> shipped = word.signature(word.plan133())
			.stream()
			.filter((line) -> !line.startsWith(PHONE_LAYOUT_AREA + " "))
			.filter((line) -> annexCodes.contains(line.split(" \\| ")[1]))
			.toList();
		assertThat(shipped).as("every task of Plan 133 as shipped").hasSize(19);
		assertThat(PlanWordImportTests.normalized(read)).isEqualTo(PlanWordImportTests.normalized(shipped));
		assertThat(provisional).containsExactly("2.4", "3.3", "5.3", "6.1");
		assertThat(word.plansNumbered("133/KH-UBND")).as("a preview saves no plan").isEqualTo(1);
	}

}
