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
 * Plan 133's annex, in the plan's own wording, read by the importer as the plan the
 * migrations wrote. On the shared context, where Plan 133 stays as shipped (the
 * plan-changing context's tests amend it); only the phone crawl's layout area, which the
 * annex does not have, is left out of the comparison. A preview saves no plan.
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

	@Test
	void plan133sAnnexInThePlansOwnWordingReadsAsThePlanTheMigrationsWrote() throws Exception {
		byte[] annex = PlanWordImportTests.plan133Annex().docx();
		PlanUser coordinator = this.fixtures.user("coordinator");
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(coordinator, null, coordinator.getAuthorities()));
		AnnexPreview preview = this.imports.upload(coordinator, "ke-hoach-133.docx", annex);
		assertThat(preview.errorCount()).as(preview.toString()).isZero();
		Map<Long, String> codes = new java.util.HashMap<>();
		this.fixtures.jdbc()
			.sql("select id, code from agency")
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
						+ PlanWordImportTests.names(task.leadIds(), codes) + " | S:"
						+ PlanWordImportTests.names(task.supportIds(), codes) + " | R:"
						+ PlanWordImportTests.names(task.requestedIds(), codes));
				if (task.scheduleInferred()) {
					provisional.add(task.code());
				}
			}
		}
		PlanWordImportTests word = new PlanWordImportTests();
		word.fixtures = this.fixtures;
		List<String> shipped = word.signature(word.plan133())
			.stream()
			.filter((line) -> !line.startsWith(PHONE_LAYOUT_AREA + " "))
			.toList();
		assertThat(PlanWordImportTests.normalized(read)).isEqualTo(PlanWordImportTests.normalized(shipped));
		assertThat(provisional).containsExactly("2.4", "3.3", "5.3", "6.1");
		assertThat(word.plansNumbered("133/KH-UBND")).as("a preview saves no plan").isEqualTo(1);
	}

}
