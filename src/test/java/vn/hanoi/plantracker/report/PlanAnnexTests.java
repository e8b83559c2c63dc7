package vn.hanoi.plantracker.report;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.xml.sax.InputSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The plan annex as Decree 30/2020/ND-CP lays it out, read back with POI, and the same
 * file converted by LibreOffice headless (to PDF, to read every page, and back to .docx,
 * to see the structure LibreOffice understood).
 */
@IntegrationTest
class PlanAnnexTests {

	private static final String SOFFICE = "/usr/bin/soffice";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoUsers users;

	@Autowired
	MutableClock clock;

	private AnnexFixture fixture;

	/**
	 * The annex reads its rows with a cursor (a statement prepared on the server): every
	 * connection must plan it for its own filter values, never a generic plan that cannot
	 * drop the filters left null (20.7 s instead of 0.4 s at 20,000 assignments).
	 */
	@Test
	void everyConnectionPlansForItsOwnValues() {
		assertThat(this.jdbc.sql("select current_setting('plan_cache_mode')").query(String.class).single())
			.isEqualTo("force_custom_plan");
	}

	@BeforeEach
	void fixtureAndToday() {
		this.fixture = AnnexFixture.on(this.jdbc);
		this.clock.setHanoiTime(LocalDateTime.of(2026, 3, 15, 10, 0));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void annexHasTheDecreeHeadingMarginsPageNumbersAndARepeatedHeaderRow() throws Exception {
		try (XWPFDocument doc = open(download("leader", "/reports/plan-annex.docx" + this.fixture.query(null)))) {
			XWPFTable heading = doc.getTables().get(0);
			XWPFTableCell issuer = heading.getRow(0).getCell(0);
			assertThat(issuer.getParagraphs().get(0).getText()).isEqualTo("ỦY BAN NHÂN DÂN");
			assertThat(issuer.getParagraphs().get(1).getText()).isEqualTo("THÀNH PHỐ HÀ NỘI");
			assertThat(issuer.getParagraphs().get(1).getRuns()).allMatch(XWPFRun::isBold);
			assertThat(hasRule(issuer.getParagraphs().get(2))).as("rule under the issuing body").isTrue();
			XWPFTableCell motto = heading.getRow(0).getCell(1);
			assertThat(motto.getParagraphs().get(0).getText()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
			assertThat(motto.getParagraphs().get(1).getText()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
			assertThat(hasRule(motto.getParagraphs().get(2))).as("rule under the motto").isTrue();
			List<String> body = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(body).contains("PHỤ LỤC", "KẾT QUẢ THỰC HIỆN KẾ HOẠCH KIỂM THỬ PHỤ LỤC BÁO CÁO",
					"(Kèm theo Báo cáo kết quả thực hiện Kế hoạch số 999/KH-UBND ngày 01 tháng 6 năm 2024 của Ủy ban nhân dân Thành phố)",
					"(Số liệu tính đến hết ngày 15/03/2026)");
			assertThat(body).anyMatch((line) -> line.startsWith("(*) Thời hạn tạm tính"));
			for (XWPFParagraph paragraph : doc.getParagraphs()) {
				for (XWPFRun run : paragraph.getRuns()) {
					assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
					if (!run.text().isEmpty()) {
						assertThat(run.getFontSizeAsDouble()).as(run.text()).isBetween(13.0, 14.0);
					}
				}
			}
			CTSectPr section = doc.getDocument().getBody().getSectPr();
			assertThat(section.getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
			assertThat(twips(section.getPgSz().getW())).isEqualTo(16838);
			assertThat(twips(section.getPgSz().getH())).isEqualTo(11906);
			assertThat(millimetres(section.getPgMar().getTop())).isBetween(20.0, 25.0);
			assertThat(millimetres(section.getPgMar().getBottom())).isBetween(20.0, 25.0);
			assertThat(millimetres(section.getPgMar().getLeft())).isBetween(30.0, 35.0);
			assertThat(millimetres(section.getPgMar().getRight())).isBetween(15.0, 20.0);
			assertThat(section.isSetTitlePg()).as("no number on the first page").isTrue();
			assertThat(doc.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0).getCTP().xmlText())
				.contains("PAGE");

			XWPFTable table = doc.getTables().get(1);
			assertThat(table.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(9);
			assertThat(
					table.getCTTbl().getTblGrid().getGridColList().stream().mapToLong((col) -> twips(col.getW())).sum())
				.isEqualTo(16838 - 1701 - 851);
			assertThat(table.getRow(0).isRepeatHeader()).isTrue();
			assertThat(cells(table.getRow(0))).containsExactly("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì",
					"Cơ quan phối hợp", "Thời hạn", "Sản phẩm", "Kết quả thực hiện", "Khó khăn, kiến nghị", "Ghi chú");
			for (XWPFTableRow row : table.getRows()) {
				for (XWPFTableCell cell : row.getTableCells()) {
					for (XWPFParagraph paragraph : cell.getParagraphs()) {
						for (XWPFRun run : paragraph.getRuns()) {
							assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
							assertThat(run.getFontSizeAsDouble()).isGreaterThanOrEqualTo(12.0);
						}
					}
				}
			}
		}
	}

	@Test
	void annexHasAreaRowsAllLeadAgenciesGroupCountsAndTheAgenciesOwnDifficulties() throws Exception {
		try (XWPFDocument doc = open(download("leader", "/reports/plan-annex.docx" + this.fixture.query(null)))) {
			XWPFTable table = doc.getTables().get(1);
			assertThat(table.getRows()).hasSize(6);
			assertThat(cells(table.getRow(1))).containsExactly("I. LĨNH VỰC KIỂM THỬ THỨ NHẤT");
			assertThat(table.getRow(1).getCell(0).getCTTc().getTcPr().getGridSpan().getVal())
				.isEqualTo(BigInteger.valueOf(9));
			assertThat(cells(table.getRow(4))).containsExactly("II. LĨNH VỰC KIỂM THỬ THỨ HAI");
			List<String> a1 = cells(table.getRow(2));
			assertThat(a1.get(0)).isEqualTo("A.1");
			assertThat(a1.get(1)).isEqualTo("Nhiệm vụ phụ lục có nhiều phường");
			assertThat(a1.get(2)).isEqualTo("Sở Kiểm thử Phụ lục Một; Sở Kiểm thử Phụ lục Hai; UBND 5 phường, xã");
			assertThat(a1.get(3)).isEqualTo("Viện kiểm sát kiểm thử phụ lục");
			assertThat(a1.get(4)).isEqualTo("31/01/2026 – 31/03/2026 (*)");
			assertThat(a1.get(5)).isEqualTo("Báo cáo kết quả");
			// one late ward does not make the task "Quá hạn": each group is counted
			assertThat(a1.get(6)).startsWith("""
					1/2 sở, ngành hoàn thành; 1 quá hạn
					4/5 phường, xã hoàn thành; 1 quá hạn
					0/1 cơ quan được đề nghị hoàn thành; 1 chờ duyệt
					Sở Kiểm thử Phụ lục Một: Đã ban hành báo cáo rà soát""");
			assertThat(a1.get(7)).isEqualTo("Sở Kiểm thử Phụ lục Hai: Khó khăn, vướng mắc: Thiếu kinh phí thuê "
					+ "chuyên gia. Kiến nghị: Đề nghị Sở Tài chính bổ sung kinh phí.");
			assertThat(String.join("\n", a1)).doesNotContain(AnnexFixture.RETURN_REASON, "Khó khăn cũ");
			assertThat(a1.get(8)).isEqualTo("Thời hạn tạm tính (*)");
			List<String> a2 = cells(table.getRow(3));
			assertThat(a2.get(4)).isEqualTo("30/06/2026");
			assertThat(a2.get(6)).isEqualTo("0/1 sở, ngành hoàn thành");
			assertThat(a2.get(8)).isEqualTo("Thời hạn theo văn bản số 99/UBND-KT ngày 01/02/2026");
			List<String> b1 = cells(table.getRow(5));
			assertThat(b1.get(7)).isEqualTo("Sở Kiểm thử Phụ lục Hai: Kiến nghị: Đề nghị hướng dẫn mẫu báo cáo.");
		}
	}

	@Test
	void anAnnexAsOfADayBeforeTheConfirmationStillMarksTheDeadlineProvisional() throws Exception {
		try (XWPFDocument doc = open(download("coordinator",
				"/reports/plan-annex.docx" + this.fixture.query(LocalDate.of(2026, 1, 31)) + "&lang=en"))) {
			XWPFTable table = doc.getTables().get(1);
			assertThat(cells(table.getRow(0)).get(7)).isEqualTo("Difficulties and proposals");
			List<String> a2 = cells(table.getRow(3));
			assertThat(a2.get(4)).isEqualTo("30/06/2026 (*)");
			assertThat(a2.get(8)).isEqualTo("Provisional deadline (*)");
			assertThat(cells(table.getRow(2)).get(2)).isEqualTo(
					"Annex Test Department One; Annex Test Department Two; 5 ward and commune People's Committees");
			assertThat(new XWPFWordExtractor(doc).getText())
				.contains("(Annexed to the report on the implementation of Plan No. 999/KH-UBND of 1 June 2024");
		}
	}

	@Test
	void userTextWithMarkupQuotesAndAControlCharacterComesOutEscapedAndTheAnnexStaysValid(@TempDir Path dir)
			throws Exception {
		long plan = this.fixture.awkwardPlan();
		byte[] file = download("leader", "/reports/plan-annex.docx?plan=" + plan);
		// a strict XML parser: a raw control character or an unescaped < or & is fatal
		try (ZipInputStream parts = new ZipInputStream(new ByteArrayInputStream(file))) {
			for (ZipEntry part = parts.getNextEntry(); part != null; part = parts.getNextEntry()) {
				if (part.getName().endsWith(".xml") || part.getName().endsWith(".rels")) {
					DocumentBuilderFactory.newInstance()
						.newDocumentBuilder()
						.parse(new InputSource(new ByteArrayInputStream(parts.readAllBytes())));
				}
			}
		}
		// U+0001 cannot be carried by XML 1.0: it becomes "?", everything else is kept
		String shown = AnnexFixture.AWKWARD.replace('\u0001', '?');
		try (XWPFDocument doc = open(file)) {
			XWPFTable table = doc.getTables().get(1);
			assertThat(table.getRows()).hasSize(3);
			assertThat(cells(table.getRow(1))).containsExactly("I. LĨNH VỰC CÓ KÝ TỰ <ĐẶC BIỆT> & \"TRÍCH DẪN\"");
			List<String> row = cells(table.getRow(2));
			assertThat(row.get(1)).isEqualTo(shown);
			assertThat(row.get(6)).endsWith("\nSở Kiểm thử Phụ lục Một: Ghi chú " + shown);
			assertThat(row.get(7)).isEqualTo("Sở Kiểm thử Phụ lục Một: Khó khăn, vướng mắc: Khó khăn " + shown + ".");
		}
		requireLibreOffice();
		Path docx = dir.resolve("annex.docx");
		Files.write(docx, file);
		convert(dir, docx, "pdf");
		try (PDDocument pdf = Loader.loadPDF(dir.resolve("annex.pdf").toFile())) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("<b>&amp;</b>", "]]> <&>",
					"'đơn'");
		}
	}

	@Test
	void libreOfficeConvertsTheWholePlanAnnexAndRepeatsTheHeaderOnEveryPage(@TempDir Path dir) throws Exception {
		requireLibreOffice();
		Path docx = dir.resolve("annex.docx");
		Files.write(docx, download("leader", "/reports/plan-annex.docx"));
		convert(dir, docx, "pdf");
		convert(dir.resolve("docx"), docx, "docx:MS Word 2007 XML");
		try (PDDocument pdf = Loader.loadPDF(dir.resolve("annex.pdf").toFile())) {
			assertThat(pdf.getNumberOfPages()).as("the whole plan spans several pages").isGreaterThan(1);
			PDFTextStripper stripper = new PDFTextStripper();
			// words break across lines in narrow columns: compare with single spaces
			String all = stripper.getText(pdf).replaceAll("\\s+", " ");
			assertThat(all).contains("UBND 126 phường, xã", "Công an thành phố Hà Nội", "Sở Tư pháp")
				.doesNotContain("cơ quan khác");
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String text = stripper.getText(pdf).replaceAll("\\s+", " ").strip();
				if (text.replaceFirst("^\\d+ ", "").startsWith("(*) Thời hạn tạm tính")) {
					// only the footnote under the table spilled onto this page
					continue;
				}
				assertThat(text).as("page %d repeats the header row", page)
					.contains("Nội dung nhiệm vụ", "Cơ quan chủ trì");
			}
		}
		try (XWPFDocument resaved = new XWPFDocument(Files.newInputStream(dir.resolve("docx/annex.docx")))) {
			XWPFTable table = resaved.getTables().get(1);
			assertThat(table.getCTTbl().getTblGrid().sizeOfGridColArray()).isEqualTo(9);
			assertThat(table.getRow(0).isRepeatHeader()).isTrue();
			assertThat(cells(table.getRow(1)).get(0)).startsWith("I. ");
			List<String> leads = new ArrayList<>();
			for (XWPFTableRow row : table.getRows()) {
				if (row.getTableCells().size() == 9 && "1.1".equals(row.getCell(0).getText())) {
					leads.add(row.getCell(2).getText());
				}
			}
			assertThat(leads).singleElement()
				.asString()
				.startsWith("Công an thành phố Hà Nội; Sở Y tế; Sở Tư pháp")
				.endsWith("UBND 126 phường, xã");
		}
	}

	private static void requireLibreOffice() {
		if (!new File(SOFFICE).canExecute()) {
			String message = "LibreOffice (" + SOFFICE + ", Debian package libreoffice-writer-nogui) is not installed";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(message + ": it is missing in CI, where this check must run.");
			}
			Assumptions.abort(message + "; skipping the LibreOffice conversion check.");
		}
	}

	private static void convert(Path outDir, Path docx, String format) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(SOFFICE,
				"-env:UserInstallation=file://" + outDir.getParent().resolve("lo-profile").toAbsolutePath(),
				"--headless", "--convert-to", format, "--outdir", outDir.toString(), docx.toString())
			.redirectErrorStream(true)
			.redirectOutput(outDir.getParent().resolve("soffice.log").toFile())
			.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice finished in time").isTrue();
		assertThat(process.exitValue()).isZero();
	}

	private byte[] download(String username, String url) throws Exception {
		return this.mvc.perform(get(url).with(this.users.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static XWPFDocument open(byte[] file) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(file));
	}

	private static boolean hasRule(XWPFParagraph paragraph) {
		return paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getPBdr() != null
				&& paragraph.getCTP().getPPr().getPBdr().getTop() != null;
	}

	private static long twips(Object value) {
		return new BigInteger(value.toString()).longValue();
	}

	private static double millimetres(Object twips) {
		return twips(twips) * 25.4 / 1440;
	}

	/** Each cell's text, one line per paragraph. */
	static List<String> cells(XWPFTableRow row) {
		return row.getTableCells()
			.stream()
			.map((cell) -> String.join("\n", cell.getParagraphs().stream().map(XWPFParagraph::getText).toList()))
			.toList();
	}

}
