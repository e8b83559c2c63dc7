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
import vn.hanoi.plantracker.report.DepartmentReport;
import vn.hanoi.plantracker.report.DepartmentRow;
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
	void englishNamesSortInEnglishOrderVietnameseNamesInVietnameseOrder() throws Exception {
		// the ICU root collation: case and accents second, the way English readers sort
		assertThat(this.jdbc.sql("select count(*) from pg_collation where collname = 'und-x-icu'")
			.query(Long.class)
			.single()).isOne();
		assertThat(this.jdbc
			.sql("""
					select n from (values ('Zoo'), ('École'), ('apple'), ('Banana')) v (n) order by n collate "und-x-icu\"""")
			.query(String.class)
			.list()).containsExactly("apple", "Banana", "École", "Zoo");
		java.util.List<String> english = names("en", false).stream().map(DepartmentRow::nameEn).toList();
		java.util.List<String> vietnamese = names("vi", false).stream().map(DepartmentRow::nameVi).toList();
		assertThat(english).hasSizeGreaterThan(20).isEqualTo(sortedBy(english, "und-x-icu"));
		assertThat(vietnamese).hasSameSizeAs(english).isEqualTo(sortedBy(vietnamese, "vi-x-icu"));
		// the English page is not in the order of the Vietnamese names (as it was before)
		java.util.List<String> englishByVietnamese = names("vi", false).stream().map(DepartmentRow::nameEn).toList();
		assertThat(english).isNotEqualTo(englishByVietnamese);
		// descending is the reverse
		java.util.List<String> reversed = new java.util.ArrayList<>(english);
		java.util.Collections.reverse(reversed);
		assertThat(names("en", true).stream().map(DepartmentRow::nameEn).toList()).isEqualTo(reversed);
	}

	private java.util.List<DepartmentRow> names(String lang, boolean descending) throws Exception {
		MvcResult result = this.mvc
			.perform(get("/reports/departments").param("sort", "NAME")
				.param("desc", Boolean.toString(descending))
				.param("lang", lang)
				.with(this.users.as("leader")))
			.andExpect(status().isOk())
			.andReturn();
		return ((DepartmentReport) result.getModelAndView().getModel().get("report")).rows();
	}

	/** The names in the order PostgreSQL gives them under the collation. */
	private java.util.List<String> sortedBy(java.util.List<String> names, String collation) {
		return this.jdbc.sql("select n from unnest(array[:names]) n order by n collate \"" + collation + "\"")
			.param("names", names)
			.query(String.class)
			.list();
	}

	@Test
	void numbersAndMonthsAreWrittenOneWayPerLanguage() throws Exception {
		String vi = pdfText("/reports/summary.pdf");
		assertThat(vi).containsPattern("Tổng số \\d\\.\\d{3}").containsPattern("\\b\\d{2}/20\\d{2}\\b");
		String en = pdfText("/reports/summary.pdf?lang=en");
		assertThat(en).containsPattern("Total \\d,\\d{3}").doesNotContainPattern("\\b20\\d{2}-\\d{2}\\b");
	}

	@Test
	void numbersOnThePagesAreGroupedAndMonthsWrittenOneWayPerLanguage() throws Exception {
		assertThat(Formats.number(1662, VI)).isEqualTo("1.662");
		assertThat(Formats.number(1662, Locale.ENGLISH)).isEqualTo("1,662");
		assertThat(Formats.percent(75, VI)).isEqualTo("75%");
		assertThat(Formats.percent(75, Locale.ENGLISH)).isEqualTo("75%");
		assertThat(new Formats().month(java.time.YearMonth.of(2025, 12))).isEqualTo("12/2025");
		// the whole demo plan: thousands of assignments, the total is a link on the
		// summary
		for (Locale locale : new Locale[] { VI, Locale.ENGLISH }) {
			MvcResult result = this.mvc
				.perform(get("/reports/summary").param("lang", locale.getLanguage()).with(this.users.as("leader")))
				.andExpect(status().isOk())
				.andReturn();
			String html = result.getResponse().getContentAsString();
			long total = ((vn.hanoi.plantracker.report.SummaryReport) result.getModelAndView().getModel().get("report"))
				.total()
				.total();
			assertThat(total).isGreaterThanOrEqualTo(1000);
			String grouped = (locale == VI) ? String.format("%,d", total).replace(',', '.')
					: String.format(Locale.ENGLISH, "%,d", total);
			assertThat(html).as(locale.toString())
				.contains(">" + grouped + "</a>")
				.doesNotContain(">" + total + "</a>")
				// the chart's months as the table writes them: 12/2025, never 2025-12
				.containsPattern("data-labels=\"\\d{2}/20\\d{2}\\|")
				.doesNotContainPattern("data-labels=\"20\\d{2}-\\d{2}");
		}
		// the dashboard's counts too
		String dashboard = this.mvc.perform(get("/coordinator/overdue").with(this.users.as("coordinator")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(dashboard).containsPattern("id=\"count-overdue\">\\d{1,3}(\\.\\d{3})+<");
	}

	/**
	 * The coordinator accepting submitted work (an assignment or a round's report) is
	 * "công nhận" everywhere: never "xác nhận", which the bundle keeps for confirming a
	 * deadline against its source document or one's own identity, nor "tiếp nhận" or
	 * "chấp nhận".
	 */
	@Test
	void acceptingSubmittedWorkIsAlwaysCalledCongNhan() throws Exception {
		java.util.Properties vi = new java.util.Properties();
		try (var in = getClass().getResourceAsStream("/messages_vi.properties")) {
			vi.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		java.util.regex.Pattern otherVerbs = java.util.regex.Pattern.compile("(?iu)tiếp nhận|chấp nhận");
		java.util.regex.Pattern confirm = java.util.regex.Pattern.compile("(?iu)xác nhận");
		java.util.List<String> confirming = java.util.List.of("deadlineConfirm.", "taskEdit.deadlineConfirmed",
				"taskEdit.dueHelp", "task.provisional", "metrics.help.provisional.", "twoFactor.", "sessions.reauth.");
		java.util.List<String> wrong = new java.util.ArrayList<>();
		for (String key : vi.stringPropertyNames()) {
			String text = vi.getProperty(key);
			boolean confirmsSomethingElse = confirming.stream().anyMatch(key::startsWith);
			if (otherVerbs.matcher(text).find() || (confirm.matcher(text).find() && !confirmsSomethingElse)) {
				wrong.add(key + "=" + text);
			}
		}
		assertThat(wrong).as("use \"công nhận\" for accepting work").isEmpty();
		assertThat(vi.getProperty("review.accept")).contains("Công nhận");
		assertThat(vi.getProperty("round.report.accept")).contains("Công nhận");
		assertThat(vi.getProperty("metrics.drill.acceptedOn")).contains("công nhận");
		// and no template writes another verb of its own
		try (var templates = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/resources/templates"))) {
			java.util.List<java.nio.file.Path> html = templates.filter((f) -> f.toString().endsWith(".html")).toList();
			assertThat(html).isNotEmpty();
			for (java.nio.file.Path file : html) {
				String text = java.nio.file.Files.readString(file);
				assertThat(otherVerbs.matcher(text).find() || confirm.matcher(text).find()).as(file.toString())
					.isFalse();
			}
		}
	}

	@Test
	void theCompletionColumnOfTheDepartmentsWorkbookIsDefinedOnTheHelpPage() throws Exception {
		for (String lang : new String[] { "vi", "en" }) {
			byte[] xlsx = this.mvc
				.perform(get("/reports/departments.xlsx").param("lang", lang).with(this.users.as("leader")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			String completion = this.messages.getMessage("metrics.col.COMPLETION", null, Locale.forLanguageTag(lang));
			boolean inWorkbook = false;
			try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
				for (var row : book.getSheetAt(0)) {
					for (var cell : row) {
						inWorkbook |= cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
								&& completion.equals(cell.getStringCellValue());
					}
				}
			}
			assertThat(inWorkbook).as(lang + ": the workbook has the column " + completion).isTrue();
			String help = this.mvc.perform(get("/help/metrics").param("lang", lang).with(this.users.as("leader")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			// the same words as a defined term, and its definition is completed ÷ total
			assertThat(help).as(lang).contains("<dt id=\"metric-completionRate\">" + completion + "</dt>");
			assertThat(this.messages.getMessage("metrics.help.completionRate.text", null, Locale.forLanguageTag(lang)))
				.contains("÷");
		}
	}

	@Test
	void theDrillDownWorkbookWritesPeriodsInWords() throws Exception {
		byte[] xlsx = this.mvc
			.perform(get("/reports/assignments.xlsx").param("metric", "TOTAL")
				.param("scope", "ALL")
				.with(this.users.as("leader")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			int header = -1;
			int column = -1;
			for (var row : sheet) {
				for (var cell : row) {
					if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
							&& "Kỳ".equals(cell.getStringCellValue())) {
						header = row.getRowNum();
						column = cell.getColumnIndex();
					}
				}
				if (header >= 0) {
					break;
				}
			}
			assertThat(column).as("the Kỳ column").isNotNegative();
			java.util.Set<String> periods = new java.util.TreeSet<>();
			for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
				var row = sheet.getRow(r);
				if (row != null && row.getCell(column) != null) {
					periods.add(row.getCell(column).getStringCellValue());
				}
			}
			assertThat(periods).contains("6 tháng đầu năm 2025", "Một lần")
				.noneMatch((p) -> p.matches("20\\d{2}(-H[12]|-20\\d{2})?"));
		}
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
