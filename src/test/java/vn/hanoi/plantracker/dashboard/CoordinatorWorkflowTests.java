package vn.hanoi.plantracker.dashboard;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordinator's work through the web layer: reminders land on the history and reach
 * only the agency's officers; the review queue accepts and returns and comes back to
 * itself; every page and POST refuses the roles it is not for.
 */
@IntegrationTest
class CoordinatorWorkflowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void remindingAnAgencyRecordsEachOverdueAssignmentAndNotifiesOnlyItsOfficers() throws Exception {
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		PlanUser bystander = this.fixtures.freshOfficer();
		long overdue = this.fixtures.freshAssignment(commune);
		long notDue = this.fixtures.freshAssignment(commune);
		LocalDate overdueWas = setDueDate(overdue, LocalDate.now().minusDays(40));
		LocalDate notDueWas = setDueDate(notDue, LocalDate.now().plusDays(40));
		try {
			remindAndCheck(commune, officer, bystander, overdue, notDue);
		}
		finally {
			// other tests read the reference dates
			setDueDate(overdue, overdueWas);
			setDueDate(notDue, notDueWas);
		}
	}

	private void remindAndCheck(String commune, PlanUser officer, PlanUser bystander, long overdue, long notDue)
			throws Exception {
		long agencyId = agencyOf(overdue);
		long bystanderBefore = notificationsOf(bystander);

		this.mvc
			.perform(post("/coordinator/reminders").param("agencyId", "" + agencyId)
				.param("message", "Đề nghị báo cáo trước thứ Sáu")
				.param("returnTo", "/coordinator/overdue?agency=" + agencyId)
				.with(csrf())
				.with(this.fixtures.as(this.fixtures.user("coordinator"))))
			.andExpect(redirectedUrl("/coordinator/overdue?agency=" + agencyId));

		assertThat(kinds(overdue)).containsExactly("REMINDER");
		assertThat(kinds(notDue)).isEmpty();
		assertThat(this.fixtures.assignmentRow(overdue).get("status")).isEqualTo("NOT_STARTED");
		await().atMost(Duration.ofSeconds(10)).until(() -> notificationsOf(officer) > 0);
		this.mvc.perform(get("/notifications").with(this.fixtures.as(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đề nghị báo cáo trước thứ Sáu")))
			.andExpect(content().string(containsString("id=\"unread-count\"")));
		assertThat(notificationsOf(bystander)).isEqualTo(bystanderBefore);

		long notificationId = this.fixtures.jdbc()
			.sql("select id from notification where recipient_id = :me")
			.param("me", officer.getId())
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/notifications/" + notificationId + "/read").with(csrf()).with(this.fixtures.as(bystander)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/notifications/" + notificationId + "/read").with(csrf()).with(this.fixtures.as(officer)))
			.andExpect(redirectedUrl("/notifications"));
		this.mvc.perform(get("/notifications").with(this.fixtures.as(officer)))
			.andExpect(content().string(not(containsString("id=\"unread-count\""))));
	}

	@Test
	void remindingWithNothingChosenSaysSoAndRecordsNothing() throws Exception {
		this.mvc
			.perform(post("/coordinator/reminders").param("returnTo", "https://evil.example/")
				.with(csrf())
				.with(this.fixtures.as(this.fixtures.user("coordinator"))))
			.andExpect(redirectedUrl("/coordinator/overdue"));
	}

	@Test
	void remindingSelectedRowsRemindsEachOfTheirAgenciesOnceAndSkipsCompletedWork() throws Exception {
		String first = this.fixtures.unusedCommune();
		String second = this.fixtures.unusedCommune();
		PlanUser firstOfficer = this.fixtures.officerOf(first);
		PlanUser secondOfficer = this.fixtures.officerOf(second);
		long a1 = this.fixtures.freshAssignment(first);
		long a2 = this.fixtures.freshAssignment(first);
		long b1 = this.fixtures.freshAssignment(second);
		long done = submitted(secondOfficer, second, "Đã xong");
		decide("accept", done, "", "/coordinator/review");

		this.mvc
			.perform(post("/coordinator/reminders").param("assignmentIds", "" + a1, "" + a2, "" + b1, "" + done)
				.with(csrf())
				.with(this.fixtures.as(this.fixtures.user("coordinator"))))
			.andExpect(redirectedUrl("/coordinator/overdue"));

		assertThat(kinds(a1)).containsExactly("REMINDER");
		assertThat(kinds(b1)).containsExactly("REMINDER");
		assertThat(kinds(done)).doesNotContain("REMINDER");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.fixtures.jdbc()
				.sql("select recipient_id || ':' || item_count from notification where kind = 'REMINDER'"
						+ " and recipient_id in (:me) order by recipient_id")
				.param("me", List.of(firstOfficer.getId(), secondOfficer.getId()))
				.query(String.class)
				.list()).containsExactly(firstOfficer.getId() + ":2", secondOfficer.getId() + ":1"));
	}

	@Test
	void aFilterValueThatIsNotOneOfTheChoicesIsABadRequestNotAnError() throws Exception {
		this.mvc
			.perform(get("/coordinator/overdue").param("kind", "NOT_A_KIND")
				.with(this.fixtures.as(this.fixtures.user("coordinator"))))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/coordinator/reminders").param("assignmentIds", "x")
				.with(csrf())
				.with(this.fixtures.as(this.fixtures.user("coordinator"))))
			.andExpect(redirectedUrl("/coordinator/overdue"));
	}

	@Test
	void theReviewQueueShowsTheSubmissionAndAcceptReturnsToTheQueue() throws Exception {
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		long accepted = submitted(officer, commune, "Đã tổ chức 3 buổi tuyên truyền");
		long returned = submitted(officer, commune, "Đã xong phần việc");
		long agencyId = agencyOf(accepted);

		String html = this.mvc
			.perform(get("/coordinator/review").param("agency", "" + agencyId)
				.with(this.fixtures.as(this.fixtures.user("coordinator"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã tổ chức 3 buổi tuyên truyền")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.indexOf("review-" + accepted)).isLessThan(html.indexOf("review-" + returned));
		assertThat(html).contains("/assignments/" + accepted + "/accept");

		decide("accept", accepted, "", "/coordinator/review").andExpect(redirectedUrl("/coordinator/review"));
		assertThat(this.fixtures.assignmentRow(accepted).get("status")).isEqualTo("COMPLETED");
		decide("return", returned, "Bổ sung danh sách người tham dự", "https://evil.example/")
			.andExpect(redirectedUrl("/assignments/" + returned));
		assertThat(this.fixtures.assignmentRow(returned).get("status")).isEqualTo("RETURNED");

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.fixtures.jdbc()
				.sql("select kind || ':' || coalesce(detail, '') from notification where recipient_id = :me order by id")
				.param("me", officer.getId())
				.query(String.class)
				.list()).containsExactlyInAnyOrder("ACCEPTED:", "RETURNED:Bổ sung danh sách người tham dự"));
		this.mvc
			.perform(get("/coordinator/review").param("agency", "" + agencyId)
				.with(this.fixtures.as(this.fixtures.user("coordinator"))))
			.andExpect(content().string(not(containsString("review-" + accepted))));
	}

	@Test
	void officersReachNoCoordinatorPageAndLeadersOnlyReadTheDashboard() throws Exception {
		PlanUser officer = this.fixtures.user("officer.health");
		PlanUser leader = this.fixtures.user("leader");
		for (String page : List.of("/coordinator/overdue", "/coordinator/review")) {
			this.mvc.perform(get(page).with(this.fixtures.as(officer))).andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/coordinator/reminders").param("agencyId", "1").with(csrf()).with(this.fixtures.as(officer)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/coordinator/review").with(this.fixtures.as(leader))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/coordinator/reminders").param("agencyId", "1").with(csrf()).with(this.fixtures.as(leader)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/coordinator/overdue").with(this.fixtures.as(leader)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("bulk-reminder"))))
			.andExpect(content().string(not(containsString("/coordinator/reminders"))));
		this.mvc.perform(get("/coordinator/overdue").with(this.fixtures.as(this.fixtures.user("coordinator"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("bulk-reminder")));
		this.mvc.perform(get("/coordinator/review").with(this.fixtures.as(this.fixtures.user("admin"))))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/coordinator/reminders").param("agencyId", "1")
				.with(this.fixtures.as(this.fixtures.user("coordinator"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/notifications").with(this.fixtures.as(officer))).andExpect(status().isOk());
	}

	private long submitted(PlanUser officer, String commune, String note) throws Exception {
		long id = this.fixtures.freshAssignment(commune);
		report(officer, id, "IN_PROGRESS", 50, "Đang làm");
		report(officer, id, "SUBMITTED", 100, note);
		return id;
	}

	private void report(PlanUser officer, long id, String target, int percent, String note) throws Exception {
		this.mvc
			.perform(multipart("/assignments/{id}/progress", id).param("version", "" + this.fixtures.version(id))
				.param("status", target)
				.param("percent", "" + percent)
				.param("note", note)
				.with(csrf())
				.with(this.fixtures.as(officer)))
			.andExpect(redirectedUrl("/assignments/" + id));
	}

	private ResultActions decide(String decision, long id, String note, String returnTo) throws Exception {
		return this.mvc
			.perform(post("/assignments/" + id + "/" + decision).param("version", "" + this.fixtures.version(id))
				.param("note", note)
				.param("returnTo", returnTo)
				.with(csrf())
				.with(this.fixtures.as(this.fixtures.user("coordinator"))));
	}

	private LocalDate setDueDate(long id, LocalDate date) {
		LocalDate was = (LocalDate) this.fixtures.jdbc()
			.sql("select due_date from assignment where id = :id")
			.param("id", id)
			.query(LocalDate.class)
			.single();
		this.fixtures.jdbc()
			.sql("update assignment set due_date = :d, original_due_date = :d where id = :id")
			.param("d", date)
			.param("id", id)
			.update();
		return was;
	}

	private long agencyOf(long assignmentId) {
		return ((Number) this.fixtures.assignmentRow(assignmentId).get("agency_id")).longValue();
	}

	private List<String> kinds(long assignmentId) {
		return this.fixtures.jdbc()
			.sql("select kind from progress_update where assignment_id = :id order by id")
			.param("id", assignmentId)
			.query(String.class)
			.list();
	}

	private long notificationsOf(PlanUser user) {
		return this.fixtures.jdbc()
			.sql("select count(*) from notification where recipient_id = :me")
			.param("me", user.getId())
			.query(Long.class)
			.single();
	}

}
