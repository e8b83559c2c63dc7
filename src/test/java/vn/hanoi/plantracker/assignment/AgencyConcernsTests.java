package vn.hanoi.plantracker.assignment;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Officers report their difficulties and proposals with each update; the City Police
 * reports its own assignments through its own officer, like any agency.
 */
@IntegrationTest
class AgencyConcernsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DemoUsers users;

	private String agency;

	@BeforeEach
	void takeAnUnusedCommune() {
		this.agency = this.fixtures.unusedCommune();
	}

	@Test
	void difficultiesAndProposalsAreKeptWithTheUpdateShownInTheHistoryAndOfferedAgain() throws Exception {
		PlanUser officer = this.fixtures.officerOf(this.agency);
		long id = this.fixtures.freshAssignment(this.agency);
		report(officer, id, "Đã họp triển khai", "Thiếu cán bộ chuyên trách <b>gấp</b>", "Đề nghị tập huấn")
			.andExpect(status().isFound());
		Map<String, Object> entry = this.fixtures.jdbc()
			.sql("select difficulties, proposals from progress_update where assignment_id = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(entry).containsEntry("difficulties", "Thiếu cán bộ chuyên trách <b>gấp</b>")
			.containsEntry("proposals", "Đề nghị tập huấn");
		String html = this.mvc.perform(get("/assignments/" + id).with(this.fixtures.as(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Khó khăn, vướng mắc", "Kiến nghị")
			.contains("Thiếu cán bộ chuyên trách &lt;b&gt;gấp&lt;/b&gt;")
			.doesNotContain("<b>gấp</b>");
		// the form starts from the latest ones: the textarea holds them again
		assertThat(HtmlUtils.htmlUnescape(html)).containsPattern("id=\"proposals\"[^>]*>Đề nghị tập huấn</textarea>");
	}

	@Test
	void oversizeDifficultiesAreRefusedWithAMessageAndNothingIsSaved() throws Exception {
		PlanUser officer = this.fixtures.officerOf(this.agency);
		long id = this.fixtures.freshAssignment(this.agency);
		report(officer, id, "Ghi chú", "x".repeat(2001), null).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Khó khăn, vướng mắc không được dài quá 2.000 ký tự.")));
		assertThat(this.fixtures.historyCount(id)).isZero();
	}

	@Test
	void thePoliceOfficerReportsThePolicesOwnAssignmentsButNotTheCommitteeOfficesTask53() throws Exception {
		PlanUser police = this.fixtures.user("officer.catp");
		long own = this.fixtures.freshAssignment("CATP");
		report(police, own, "Công an Thành phố đã tổ chức hội nghị quán triệt", null, null)
			.andExpect(status().isFound());
		assertThat(this.fixtures.assignmentRow(own).get("status")).isEqualTo("IN_PROGRESS");
		Long office53 = this.fixtures.jdbc()
			.sql("""
					select a.id from assignment a join task t on t.id = a.task_id join agency ag on ag.id = a.agency_id
					where t.code = '5.3' and ag.code = 'VPUBND' and a.role = 'LEAD' order by a.id limit 1""")
			.query(Long.class)
			.single();
		// the Office's own history (the demo's, whatever the day) stays as it was
		long office53History = this.fixtures.historyCount(office53);
		Map<String, Object> office53Before = this.fixtures.assignmentRow(office53);
		report(police, office53, "Không được phép", null, null).andExpect(status().is4xxClientError());
		assertThat(this.fixtures.historyCount(office53)).isEqualTo(office53History);
		assertThat(this.fixtures.assignmentRow(office53)).isEqualTo(office53Before);
		this.mvc.perform(get("/my/assignments").with(this.users.as("officer.catp"))).andExpect(status().isOk());
	}

	private ResultActions report(PlanUser user, long id, String note, String difficulties, String proposals)
			throws Exception {
		var request = multipart("/assignments/{id}/progress", id).param("version", "" + this.fixtures.version(id))
			.param("status", "IN_PROGRESS")
			.param("percent", "30")
			.param("note", note);
		if (difficulties != null) {
			request.param("difficulties", difficulties);
		}
		if (proposals != null) {
			request.param("proposals", proposals);
		}
		return this.mvc.perform(request.with(csrf()).with(this.fixtures.as(user)));
	}

}
