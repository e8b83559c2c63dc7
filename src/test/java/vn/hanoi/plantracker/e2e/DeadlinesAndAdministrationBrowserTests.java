package vn.hanoi.plantracker.e2e;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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
class DeadlinesAndAdministrationBrowserTests {

	private static final String PASSWORD = "demo-plan-133";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	/** This test's browsers, each signed in: every test opens its own. */
	private final List<Browser> browsers = new ArrayList<>();

	/** The assignments this test gave a request. */
	private final List<Long> requested = new ArrayList<>();

	@AfterEach
	void closeBrowsers() {
		this.browsers.forEach(Browser::close);
		this.browsers.clear();
	}

	/**
	 * A request a test left waiting goes (as the journey's approval ended it before), so
	 * that no other test finds it in the coordinator's list.
	 */
	@AfterEach
	void withdrawWaitingRequests() {
		for (long assignmentId : this.requested) {
			this.jdbc.sql("delete from deadline_extension_request where assignment_id = ? and status = 'PENDING'")
				.param(assignmentId)
				.update();
		}
		this.requested.clear();
	}

	private Browser signedIn(String username) {
		Browser browser = new Browser("http://localhost:" + this.port);
		this.browsers.add(browser);
		LoginPage.open(browser).signIn(username, PASSWORD);
		return browser;
	}

	/**
	 * An untouched assignment of the Department of Justice, with a request of its own
	 * waiting: each test that needs one makes it.
	 */
	private long assignmentWithAPendingRequest() {
		long assignmentId = this.jdbc.sql("""
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
			.param(assignmentId)
			.update();
		this.requested.add(assignmentId);
		return assignmentId;
	}

	@Test
	void theOfficerSeesItsPendingRequest() {
		long assignmentId = assignmentWithAPendingRequest();
		Browser officer = signedIn("officer.justice");
		officer.open("/assignments/" + assignmentId);
		assertThat(officer.text("#extension-status-card")).contains("đang chờ").contains("Chờ ý kiến của Bộ Tư pháp");
		assertThat(officer.findAll("#extension-request-form")).isEmpty();
		officer.checkPage("21-officer-extension-pending", "vi");
	}

	@Test
	void theCoordinatorApprovesFromTheListAndTheAssignmentShowsBothDates() {
		long assignmentId = assignmentWithAPendingRequest();
		Browser coordinator = signedIn("coordinator");
		coordinator.open("/coordinator/extensions");
		assertThat(coordinator.text("#extension-requests")).contains("Chờ ý kiến của Bộ Tư pháp");
		coordinator.checkPage("22-coordinator-extensions", "vi");
		coordinator.open("/assignments/" + assignmentId);
		assertThat(coordinator.findAll("#due-date-change-form")).hasSize(1);
		coordinator.checkPage("23-coordinator-assignment-deadline", "vi");
		assertThat(coordinator.clickAndConfirm("#extension-approve-form button[type=submit]"))
			.startsWith("Chấp thuận gia hạn đến");
		assertThat(coordinator.text(".alert-success")).contains("Đã chấp thuận gia hạn");
		assertThat(coordinator.text("#assignment-state")).contains("ban đầu");
		assertThat(coordinator.text("#history")).contains("Chờ ý kiến của Bộ Tư pháp");
	}

	@Test
	void theCoordinatorsTaskFormIsUsable() {
		Browser coordinator = signedIn("coordinator");
		long taskId = this.jdbc.sql("select min(id) from task").query(Long.class).single();
		coordinator.open("/tasks/" + taskId + "/edit");
		// agencies are ticked in check boxes grouped by kind, never chosen in a
		// Ctrl-click list
		assertThat(coordinator.findAll("#task-form .agency-picker [role=group]")).hasSizeGreaterThanOrEqualTo(3 * 5);
		assertThat(coordinator.findAll("#task-form select[multiple]")).isEmpty();
		coordinator.find("#supportAgencyIds-filter").sendKeys("ha dong");
		java.util.List<String> shown = coordinator.findAll("#supportAgencyIds-list [data-filter-item]")
			.stream()
			.filter(org.openqa.selenium.WebElement::isDisplayed)
			.map(org.openqa.selenium.WebElement::getText)
			.toList();
		assertThat(shown).as("the filter ignores diacritics")
			.isNotEmpty()
			.allSatisfy((name) -> assertThat(name).contains("Hà Đông"));
		coordinator.checkPage("24-coordinator-task-form", "vi");
	}

	@Test
	void theAdministratorsPagesAreUsable() {
		Browser admin = signedIn("admin");
		admin.open("/admin/agencies");
		admin.checkPage("25-admin-agencies", "vi");
		long stp = this.jdbc.sql("select id from agency where code = 'STP'").query(Long.class).single();
		admin.open("/admin/agencies/" + stp);
		admin.checkPage("26-admin-agency", "vi");
		admin.open("/admin/users/new");
		admin.checkPage("27-admin-new-officer", "vi");
	}

}
