package vn.hanoi.plantracker.report;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each export opened with POI or PDFBox: the same numbers, filters, as-of date and access
 * rules as the page it comes from, Vietnamese text intact.
 */
@IntegrationTest
class ReportExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoUsers users;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	private ReportFixture fixture;

	@BeforeEach
	void fixtureAndToday() {
		this.fixture = ReportFixture.on(this.jdbc);
		this.clock.setHanoiTime(LocalDateTime.of(2026, 3, 15, 10, 0));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void departmentWorkbookHasTheFiltersAFrozenHeaderAndNumbersAsNumbers() throws Exception {
		byte[] file = download("leader", "/reports/departments.xlsx" + this.fixture.query(LocalDate.of(2026, 2, 28)));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			XSSFSheet sheet = book.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Cơ quan");
			assertThat(text(sheet, 0, 0)).isEqualTo("Tiến độ theo cơ quan");
			assertThat(text(sheet, 1, 0)).isEqualTo("Kế hoạch số 133/KH-UBND ngày 14/05/2025");
			assertThat(text(sheet, 2, 0)).isEqualTo("Tình hình đến hết ngày 28/02/2026");
			assertThat(text(sheet, 3, 0)).isEqualTo("Loại cơ quan: Tất cả · lĩnh vực: 90. Lĩnh vực kiểm thử báo cáo");
			assertThat(text(sheet, 5, 0)).isEqualTo("Cơ quan");
			assertThat(text(sheet, 5, 1)).isEqualTo("Tổng số");
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 6);
			assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
			assertThat(text(sheet, 6, 0)).isEqualTo("Sở Kiểm thử Báo cáo A");
			assertThat(text(sheet, 5, 2)).isEqualTo("Đến hạn");
			assertThat(text(sheet, 5, 9)).isEqualTo("Tỷ lệ đúng hạn");
			// B as of 28 Feb: 4 in all, 2 due (1 on time, 1 late, none awaiting review or
			// overdue), 2 not yet due, completion 50%, on-time rate 1 of 2 due = 50%, no
			// day overdue
			assertThat(numbers(sheet.getRow(7), 1, 11)).containsExactly(4.0, 2.0, 1.0, 1.0, 0.0, 0.0, 2.0, 50.0, 50.0,
					0.0);
			assertThat(text(sheet, 7, 11)).isEqualTo("Vàng");
			assertThat(text(sheet, 9, 0)).isEqualTo("Tổng cộng");
			// 9 in all, 4 due: 2 on time, 1 late, 0 awaiting, 1 overdue; 5 not yet due;
			// 3 of 9 completed
			assertThat(numbers(sheet.getRow(9), 1, 9)).containsExactly(9.0, 4.0, 2.0, 1.0, 0.0, 1.0, 5.0, 33.0);
			assertThat(sheet.getLastRowNum()).isEqualTo(9);
		}
	}

	@Test
	void officerExportsOnlyItsOwnAgencyAndNoSummary() throws Exception {
		var officer = this.fixtures.officerOf("RPT-B");
		byte[] file = this.mvc
			.perform(get("/reports/departments.xlsx" + this.fixture.query(null)).with(this.fixtures.as(officer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			XSSFSheet sheet = book.getSheetAt(0);
			assertThat(text(sheet, 6, 0)).isEqualTo("Sở Kiểm thử Báo cáo B");
			assertThat(text(sheet, 7, 0)).isEqualTo("Tổng cộng");
		}
		for (String url : List.of("/reports/summary.xlsx", "/reports/summary.pdf", "/reports/plan-annex.docx")) {
			this.mvc.perform(get(url).with(this.fixtures.as(officer))).andExpect(status().isForbidden());
		}
	}

	@Test
	void summaryWorkbookHasOneSheetPerView() throws Exception {
		byte[] file = download("coordinator", "/reports/summary.xlsx" + this.fixture.query(null) + "&lang=en");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3),
					book.getSheetName(4)))
				.containsExactly("Summary", "Key areas", "On-time ranking", "Months", "Upcoming");
			XSSFSheet summary = book.getSheet("Summary");
			assertThat(text(summary, 2, 0)).isEqualTo("State at the end of 15/03/2026");
			assertThat(text(summary, 6, 0)).isEqualTo("Total");
			assertThat(summary.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(9.0);
			// C's R.2, due today, is not due before the day ends (as on the dashboard)
			assertThat(text(summary, 7, 0)).isEqualTo("Due");
			assertThat(summary.getRow(7).getCell(1).getNumericCellValue()).isEqualTo(5.0);
			assertThat(text(summary, 11, 0)).isEqualTo("Overdue");
			assertThat(summary.getRow(11).getCell(1).getNumericCellValue()).isEqualTo(2.0);
			XSSFSheet months = book.getSheet("Months");
			assertThat(text(months, 17, 0)).isEqualTo("03/2026");
			assertThat(numbers(months.getRow(17), 1, 3)).containsExactly(0.0, 4.0);
			XSSFSheet upcoming = book.getSheet("Upcoming");
			// due from 15 March (today, its deadline not passed) to 14 April, not done:
			// C's
			// R.2 (15 March), B's R.4 (20 March), A's R.2
			assertThat(text(upcoming, 6, 2)).isEqualTo("Report test task 2");
			assertThat(text(upcoming, 6, 0)).startsWith("15/03/2026");
			assertThat(text(upcoming, 7, 2)).isEqualTo("Report test task 4");
			assertThat(text(upcoming, 8, 2)).isEqualTo("Report test task 2");
			assertThat(upcoming.getLastRowNum()).isEqualTo(8);
		}
	}

	@Test
	void planAnnexTakesTheAreaFilterAndCountsEachTaskByGroupNotOneWordForAll() throws Exception {
		byte[] file = download("leader", "/reports/plan-annex.docx" + this.fixture.query(null));
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
			XWPFTable table = doc.getTables().get(1);
			assertThat(table.getRows()).hasSize(6);
			assertThat(PlanAnnexTests.cells(table.getRow(1))).containsExactly("XC. LĨNH VỰC KIỂM THỬ BÁO CÁO");
			List<String> r1 = PlanAnnexTests.cells(table.getRow(2));
			assertThat(r1.get(1)).isEqualTo("Nhiệm vụ kiểm thử số 1 về phòng, chống mua bán người");
			assertThat(r1.get(2)).isEqualTo("Sở Kiểm thử Báo cáo A; Sở Kiểm thử Báo cáo B; Sở Kiểm thử Báo cáo C");
			assertThat(r1.get(6)).startsWith("2/3 sở, ngành hoàn thành; 1 quá hạn\n");
			List<String> r2 = PlanAnnexTests.cells(table.getRow(3));
			assertThat(r2.get(6)).contains("Sở Kiểm thử Báo cáo B: Ghi chú kiểm thử: SUBMIT");
			// the coordinator's return reason stays in the review history
			assertThat(r2.get(7)).isEmpty();
			assertThat(PlanAnnexTests.cells(table.getRow(5)).get(6))
				.startsWith("0/1 sở, ngành hoàn thành; 1 chờ duyệt");
		}
	}

	@Test
	void summaryPdfEmbedsAFontWithVietnameseGlyphs() throws Exception {
		byte[] file = download("leader", "/reports/summary.pdf" + this.fixture.query(LocalDate.of(2026, 2, 28)));
		try (PDDocument pdf = Loader.loadPDF(file)) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Báo cáo tổng hợp cho lãnh đạo", "Kế hoạch số 133/KH-UBND ngày 14/05/2025",
					"Tình hình đến hết ngày 28/02/2026", "Tạo lúc 15/03/2026 10:00 (giờ Hà Nội)",
					"Lĩnh vực kiểm thử báo cáo", "Sở Kiểm thử Báo cáo B", "Nhiệm vụ kiểm thử số 2");
			assertThat(pdf.getPage(0)
				.getResources()
				.getFont(pdf.getPage(0).getResources().getFontNames().iterator().next())
				.getName()).contains("DejaVuSans");
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/reports/summary.xlsx", "/reports/summary.pdf", "/reports/plan-annex.docx",
			"/reports/departments.xlsx" })
	void exportsAreAttachmentsForLeadership(String url) throws Exception {
		this.mvc.perform(get(url).with(this.users.as("leader")))
			.andExpect(status().isOk())
			.andExpect(
					header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=")));
	}

	private byte[] download(String username, String url) throws Exception {
		return this.mvc.perform(get(url).with(this.users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static String text(XSSFSheet sheet, int row, int column) {
		return sheet.getRow(row).getCell(column).getStringCellValue();
	}

	private static List<Double> numbers(Row row, int from, int to) {
		List<Double> values = new java.util.ArrayList<>();
		for (int c = from; c < to; c++) {
			assertThat(row.getCell(c).getCellType()).as("column " + c).isEqualTo(CellType.NUMERIC);
			values.add(row.getCell(c).getNumericCellValue());
		}
		return values;
	}

}
