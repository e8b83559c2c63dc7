package vn.hanoi.plantracker.system;

import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.hanoi.plantracker.plan.web.ListPage;
import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One wording for periods, one way to write numbers and months per language, and names in
 * Vietnamese alphabetical order (PostgreSQL's ICU collation "vi-x-icu").
 */
@IntegrationTest
class VocabularyTests {

	private static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Test
	void periodsAreWrittenOutInBothLanguages() {
		assertThat(PeriodNames.of(this.messages, "2025-H1", VI)).isEqualTo("6 tháng đầu năm 2025");
		assertThat(PeriodNames.of(this.messages, "2025-H2", VI)).isEqualTo("6 tháng cuối năm 2025");
		assertThat(PeriodNames.of(this.messages, "2025", VI)).isEqualTo("Năm 2025");
		assertThat(PeriodNames.of(this.messages, "2025-2026", VI)).isEqualTo("Năm học 2025–2026");
		assertThat(PeriodNames.of(this.messages, "", VI)).isEqualTo("Một lần");
		assertThat(PeriodNames.of(this.messages, "2025-H1", Locale.ENGLISH)).isEqualTo("First half of 2025");
		assertThat(PeriodNames.of(this.messages, "2025", Locale.ENGLISH)).isEqualTo("Year 2025");
		assertThat(PeriodNames.of(this.messages, "2025-2026", Locale.ENGLISH)).isEqualTo("School year 2025–2026");
	}

	@Test
	void pagesNeverShowTheStoredPeriodCode() throws Exception {
		long task = this.jdbc.sql("select min(id) from task where code = '5.4'").query(Long.class).single();
		// the task page lists its assignments a page at a time: read every page
		StringBuilder pages = new StringBuilder();
		int last = 1;
		for (int page = 1; page <= last; page++) {
			MvcResult result = this.mvc
				.perform(get("/tasks/" + task).param("page", String.valueOf(page)).with(this.users.as("leader")))
				.andExpect(status().isOk())
				.andReturn();
			last = ((ListPage<?>) result.getModelAndView().getModel().get("assignmentPage")).pages();
			pages.append(result.getResponse().getContentAsString());
		}
		assertThat(last).isGreaterThan(1);
		assertThat(pages.toString()).contains("6 tháng đầu năm 2025", "6 tháng cuối năm 2026")
			.doesNotContain("2025-H1")
			.doesNotContainPattern(">\\s*20\\d{2}-H[12]\\s*<");
		// the drill-down list behind every report figure writes them out too
		String drill = this.mvc
			.perform(get("/reports/assignments").param("metric", "TOTAL")
				.param("scope", "ALL")
				.with(this.users.as("leader")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(drill).contains("6 tháng").doesNotContainPattern(">\\s*20\\d{2}-(H[12]|20\\d{2})\\s*<");
	}

	@Test
	void theVietnameseCollationSortsHaDongBeforeHoangMai() throws Exception {
		assertThat(this.jdbc.sql("select count(*) from pg_collation where collname = 'vi-x-icu'")
			.query(Long.class)
			.single()).isOne();
		assertThat(this.jdbc
			.sql("""
					select n from (values ('Phường Hoàng Mai'), ('Phường Hà Đông'), ('Phường Đống Đa'), ('Phường Ba Đình')) v (n)
					order by n collate "vi-x-icu\"""")
			.query(String.class)
			.list()).containsExactly("Phường Ba Đình", "Phường Đống Đa", "Phường Hà Đông", "Phường Hoàng Mai");
		String html = this.mvc
			.perform(get("/reports/departments?kind=LOCAL_AUTHORITY&sort=NAME").with(this.users.as("leader")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.indexOf(">Phường Hà Đông<")).isPositive().isLessThan(html.indexOf(">Phường Hoàng Mai<"));
	}

	@Test
	void numbersAndMonthsAreWrittenOneWayPerLanguage() throws Exception {
		String vi = pdfText("/reports/summary.pdf");
		assertThat(vi).containsPattern("Tổng số \\d\\.\\d{3}").containsPattern("\\b\\d{2}/20\\d{2}\\b");
		String en = pdfText("/reports/summary.pdf?lang=en");
		assertThat(en).containsPattern("Total \\d,\\d{3}").doesNotContainPattern("\\b20\\d{2}-\\d{2}\\b");
	}

	private String pdfText(String url) throws Exception {
		byte[] pdf = this.mvc.perform(get(url).with(this.users.as("leader")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
