package vn.hanoi.plantracker.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline, task and administration pages in a real browser: every field labelled, no
 * console errors, nothing loaded from other hosts; the coordinator approves an extension
 * from the list of pending requests.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeadlinesAndAdministrationBrowserTests {

	private static final String PASSWORD = "demo-plan-133";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private Browser officer;

	private Browser coordinator;

	private Browser admin;

	private long assignmentId;

	@BeforeAll
	void openBrowsers() {
		this.officer = new Browser("http://localhost:" + this.port);
		this.coordinator = new Browser("http://localhost:" + this.port);
		this.admin = new Browser("http://localhost:" + this.port);
		// an untouched assignment of the Department of Justice, with a request waiting
		this.assignmentId = this.jdbc.sql("""
				select a.id from assignment a join agency g on g.id = a.agency_id
				where g.code = 'STP' and a.status = 'NOT_STARTED'
				  and not exists (select 1 from progress_update u where u.assignment_id = a.id)
				  and not exists (select 1 from deadline_extension_request r where r.assignment_id = a.id)
				order by a.due_date desc limit 1""").query(Long.class).single();
		this.jdbc.sql("""
				insert into deadline_extension_request (assignment_id, requested_by, requested_at, due_date_at_request,
				                                        requested_due_date, reason)
				select a.id, u.id, now(), a.due_date, a.due_date + 30, 'Chờ ý kiến của Bộ Tư pháp'
				from assignment a, app_user u where a.id = ? and u.username = 'officer.justice'""")
			.param(this.assignmentId)
			.update();
	}

	@AfterAll
	void closeBrowsers() {
		for (Browser browser : new Browser[] { this.officer, this.coordinator, this.admin }) {
			if (browser != null) {
				browser.close();
			}
		}
	}

	@Test
	@Order(1)
	void theOfficerSeesItsPendingRequest() {
		LoginPage.open(this.officer).signIn("officer.justice", PASSWORD);
		this.officer.open("/assignments/" + this.assignmentId);
		assertThat(this.officer.text("#extension-status-card")).contains("đang chờ")
			.contains("Chờ ý kiến của Bộ Tư pháp");
		assertThat(this.officer.findAll("#extension-request-form")).isEmpty();
		this.officer.checkPage("21-officer-extension-pending", "vi");
	}

	@Test
	@Order(2)
	void theCoordinatorApprovesFromTheListAndTheAssignmentShowsBothDates() {
		LoginPage.open(this.coordinator).signIn("coordinator", PASSWORD);
		this.coordinator.open("/coordinator/extensions");
		assertThat(this.coordinator.text("#extension-requests")).contains("Chờ ý kiến của Bộ Tư pháp");
		this.coordinator.checkPage("22-coordinator-extensions", "vi");
		this.coordinator.open("/assignments/" + this.assignmentId);
		assertThat(this.coordinator.findAll("#due-date-change-form")).hasSize(1);
		this.coordinator.checkPage("23-coordinator-assignment-deadline", "vi");
		assertThat(this.coordinator.clickAndConfirm("#extension-approve-form button[type=submit]"))
			.startsWith("Chấp thuận gia hạn đến");
		assertThat(this.coordinator.text(".alert-success")).contains("Đã chấp thuận gia hạn");
		assertThat(this.coordinator.text("#assignment-state")).contains("ban đầu");
		assertThat(this.coordinator.text("#history")).contains("Chờ ý kiến của Bộ Tư pháp");
	}

	@Test
	@Order(3)
	void theCoordinatorsTaskFormIsUsable() {
		long taskId = this.jdbc.sql("select min(id) from task").query(Long.class).single();
		this.coordinator.open("/tasks/" + taskId + "/edit");
		// agencies are ticked in check boxes grouped by kind, never chosen in a
		// Ctrl-click list
		assertThat(this.coordinator.findAll("#task-form .agency-picker [role=group]"))
			.hasSizeGreaterThanOrEqualTo(3 * 5);
		assertThat(this.coordinator.findAll("#task-form select[multiple]")).isEmpty();
		this.coordinator.find("#supportAgencyIds-filter").sendKeys("ha dong");
		java.util.List<String> shown = this.coordinator.findAll("#supportAgencyIds-list [data-filter-item]")
			.stream()
			.filter(org.openqa.selenium.WebElement::isDisplayed)
			.map(org.openqa.selenium.WebElement::getText)
			.toList();
		assertThat(shown).as("the filter ignores diacritics")
			.isNotEmpty()
			.allSatisfy((name) -> assertThat(name).contains("Hà Đông"));
		this.coordinator.checkPage("24-coordinator-task-form", "vi");
	}

	@Test
	@Order(4)
	void theAdministratorsPagesAreUsable() {
		LoginPage.open(this.admin).signIn("admin", PASSWORD);
		this.admin.open("/admin/agencies");
		this.admin.checkPage("25-admin-agencies", "vi");
		long stp = this.jdbc.sql("select id from agency where code = 'STP'").query(Long.class).single();
		this.admin.open("/admin/agencies/" + stp);
		this.admin.checkPage("26-admin-agency", "vi");
		this.admin.open("/admin/users/new");
		this.admin.checkPage("27-admin-new-officer", "vi");
	}

}
