package vn.hanoi.plantracker.notification;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hanoi.plantracker.report.DepartmentReport;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.system.Pager;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Officers hear about deadline changes on their own agency's assignments, and nobody else
 * does.
 */
@IntegrationTest
class DeadlineNotificationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void aDueDateChangeNotifiesTheAgencysOfficersWithTheDatesAndReason() throws Exception {
		String agency = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(agency);
		PlanUser other = this.fixtures.freshOfficer();
		long id = this.fixtures.freshAssignment(agency);
		LocalDate due = (LocalDate) this.fixtures.jdbc()
			.sql("select due_date from assignment where id = ?")
			.param(id)
			.query(LocalDate.class)
			.single();
		this.mvc
			.perform(post("/assignments/{id}/due-date", id).param("version", "" + this.fixtures.version(id))
				.param("newDueDate", due.plusDays(30).toString())
				.param("reason", "Theo chỉ đạo của UBND Thành phố")
				.with(csrf())
				.with(this.fixtures.as(this.fixtures.user("coordinator"))))
			.andExpect(status().isFound());
		await().atMost(Duration.ofSeconds(10)).until(() -> count(officer, "DEADLINE_CHANGED") == 1);
		String detail = this.fixtures.jdbc()
			.sql("select detail from notification where recipient_id = ? and kind = 'DEADLINE_CHANGED'")
			.param(officer.getId())
			.query(String.class)
			.single();
		assertThat(detail).contains("→").contains("Theo chỉ đạo của UBND Thành phố");
		assertThat(count(other, "DEADLINE_CHANGED")).isZero();
		// the department report counts the extended deadline, against the original date
		// kept for ever
		// the agencies come a page at a time: the commune is on the page of its place
		DepartmentReport report = (DepartmentReport) this.mvc
			.perform(get("/reports/departments").param("kind", "LOCAL_AUTHORITY")
				.with(this.fixtures.as(this.fixtures.user("leader"))))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("report");
		int place = report.rows().stream().map((row) -> row.code()).toList().indexOf(agency);
		assertThat(place).isNotNegative();
		String html = this.mvc
			.perform(get("/reports/departments").param("kind", "LOCAL_AUTHORITY")
				.param("page", Integer.toString(place / Pager.PAGE_SIZE + 1))
				.with(this.fixtures.as(this.fixtures.user("leader"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the figure is a link to the assignments behind it
		assertThat(html).containsPattern(
				"(?s)data-agency=\"" + agency + "\".*?class=\"num extended\"><a [^>]*metric=EXTENDED[^>]*>1<");
	}

	private long count(PlanUser user, String kind) {
		return this.fixtures.jdbc()
			.sql("select count(*) from notification where recipient_id = ? and kind = ?")
			.param(user.getId())
			.param(kind)
			.query(Long.class)
			.single();
	}

}
