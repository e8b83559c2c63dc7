package vn.hanoi.plantracker.plan;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordinator confirms a task's deadline against a source document, with history; a
 * confirmed task loses the provisional mark; provisional deadlines are marked on the
 * dashboard, the reports and their exports.
 */
@IntegrationTest
class DeadlineConfirmationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoUsers users;

	@Autowired
	PlanQueries queries;

	@Test
	void coordinatorConfirmsADeadlineAgainstADocumentAndTheTaskLosesItsMark() throws Exception {
		long task = task("7.1");
		assertThat(provisional(task)).isTrue();
		this.mvc.perform(get("/tasks/" + task + "/confirm-deadline").with(this.users.as("coordinator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Số văn bản")));
		this.mvc
			.perform(post("/tasks/" + task + "/confirm-deadline").param("version", "" + version(task))
				.param("documentNumber", "133/KH-UBND")
				.param("documentDate", "2025-05-14")
				.param("note", "Đối chiếu phụ lục nhiệm vụ")
				.with(csrf())
				.with(this.users.as("coordinator")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/tasks/" + task));
		assertThat(provisional(task)).isFalse();
		Map<String, Object> row = this.jdbc.sql("""
				select c.document_number, c.document_date, c.schedule, u.username from task_deadline_confirmation c
				join app_user u on u.id = c.author_id where c.task_id = :task""")
			.param("task", task)
			.query()
			.singleRow();
		assertThat(row).containsEntry("document_number", "133/KH-UBND")
			.containsEntry("schedule", "ANNUAL 7-31")
			.containsEntry("username", "coordinator");
		assertThat(row.get("document_date")).hasToString("2025-05-14");
		this.mvc.perform(get("/tasks/" + task).with(this.users.as("leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đã xác nhận theo văn bản số 133/KH-UBND ngày 14/05/2025")))
			.andExpect(content().string(containsString("Đối chiếu phụ lục nhiệm vụ")));
		ProvisionalTasks now = this.queries.provisionalTasks(planId(), null,
				java.time.OffsetDateTime.now().plusDays(1));
		assertThat(now.isProvisional("133/KH-UBND", "7.1")).isFalse();
		assertThat(now.isProvisional("133/KH-UBND", "6.1")).isTrue();
		// a report as of a day before the confirmation still shows the mark
		assertThat(this.queries.provisionalTasks(planId(), null, java.time.OffsetDateTime.now().minusDays(1))
			.isProvisional("133/KH-UBND", "7.1")).isTrue();
	}

	@Test
	void aStaleFormIsAConflictThatKeepsWhatWasTypedAndSavesNothing() throws Exception {
		long task = task("6.1");
		long before = confirmations(task);
		String html = this.mvc
			.perform(post("/tasks/" + task + "/confirm-deadline").param("version", "" + (version(task) + 7))
				.param("documentNumber", "Công văn 4321/UBND-NC")
				.param("documentDate", "2025-06-01")
				.with(csrf())
				.with(this.users.as("coordinator")))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(html)).contains("Công văn 4321/UBND-NC", "đã được người khác thay đổi");
		assertThat(confirmations(task)).isEqualTo(before);
		assertThat(provisional(task)).isTrue();
	}

	@Test
	void badInputIsRefusedWithAMessageInTheUsersLanguage() throws Exception {
		long task = task("6.1");
		this.mvc
			.perform(post("/tasks/" + task + "/confirm-deadline").param("version", "" + version(task))
				.param("documentNumber", " ")
				.param("documentDate", LocalDate.now().plusYears(1).toString())
				.with(csrf())
				.with(this.users.as("coordinator")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Hãy nhập số văn bản dùng để đối chiếu.")));
		this.mvc
			.perform(post("/tasks/" + task + "/confirm-deadline").param("version", "" + version(task))
				.param("documentNumber", "12/UBND")
				.param("documentDate", LocalDate.now().plusYears(1).toString())
				.param("lang", "en")
				.with(csrf())
				.with(this.users.as("coordinator")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("The document date cannot be after today")));
		assertThat(provisional(task)).isTrue();
	}

	@Test
	void onlyTheCoordinatorConfirmsAndOnlyWithCsrf() throws Exception {
		long task = task("6.1");
		for (String user : new String[] { "leader", "officer.health", "admin" }) {
			this.mvc.perform(get("/tasks/" + task + "/confirm-deadline").with(this.users.as(user)))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/tasks/" + task + "/confirm-deadline").param("version", "" + version(task))
					.param("documentNumber", "1/UBND")
					.param("documentDate", "2025-06-01")
					.with(csrf())
					.with(this.users.as(user)))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(post("/tasks/" + task + "/confirm-deadline").param("version", "" + version(task))
				.param("documentNumber", "1/UBND")
				.param("documentDate", "2025-06-01")
				.with(this.users.as("coordinator")))
			.andExpect(status().isForbidden());
		assertThat(provisional(task)).isTrue();
	}

	@Test
	void provisionalDeadlinesAreMarkedOnTheDashboardReportsWorkbookAndPdf() throws Exception {
		// the dashboard loads each agency's rows on demand: the Police have overdue work
		long police = this.jdbc.sql("select id from agency where code = 'CATP'").query(Long.class).single();
		this.mvc.perform(get("/coordinator/overdue/group/" + police).with(this.users.as("coordinator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("provisional-mark")));
		this.mvc.perform(get("/reports/summary").with(this.users.as("leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"provisional-note\"")))
			.andExpect(content().string(containsString("provisional-mark")));
		this.mvc.perform(get("/reports/departments").with(this.users.as("leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("nhiệm vụ trong phạm vi báo cáo là tạm tính")));
		byte[] xlsx = this.mvc.perform(get("/reports/summary.xlsx").with(this.users.as("leader")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet upcoming = book.getSheetAt(4);
			String last = upcoming.getRow(upcoming.getLastRowNum()).getCell(0).getStringCellValue();
			assertThat(last).startsWith("(*) Thời hạn tạm tính");
		}
		byte[] pdf = this.mvc.perform(get("/reports/summary.pdf").with(this.users.as("leader")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document)).contains("(*) Thời hạn tạm tính");
		}
	}

	private long planId() {
		return this.jdbc.sql("select id from plan where number = '133/KH-UBND' and issued_on = date '2025-05-14'")
			.query(Long.class)
			.single();
	}

	private long task(String code) {
		return this.jdbc
			.sql("select t.id from task t join key_area k on k.id = t.key_area_id "
					+ "where k.plan_id = :plan and t.code = :code")
			.param("plan", planId())
			.param("code", code)
			.query(Long.class)
			.single();
	}

	private boolean provisional(long task) {
		return this.jdbc.sql("select provisional from task where id = :id")
			.param("id", task)
			.query(Boolean.class)
			.single();
	}

	private long version(long task) {
		return this.jdbc.sql("select version from task where id = :id").param("id", task).query(Long.class).single();
	}

	private long confirmations(long task) {
		return this.jdbc.sql("select count(*) from task_deadline_confirmation where task_id = :id")
			.param("id", task)
			.query(Long.class)
			.single();
	}

}
