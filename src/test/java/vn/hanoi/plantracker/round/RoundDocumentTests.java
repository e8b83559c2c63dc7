package vn.hanoi.plantracker.round;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import vn.hanoi.plantracker.report.Reports;
import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The round's Word documents: the agency report and the consolidated report in the Decree
 * 30/2020 layout, read back with POI and opened by LibreOffice; agency passages labelled;
 * leadership's approval recorded; and a closed round giving the same documents after the
 * tracker's data changes.
 */
@IntegrationTest
class RoundDocumentTests {

	@Autowired
	Rounds rounds;

	@Autowired
	AgencyReports agencyReports;

	@Autowired
	ConsolidatedReports consolidated;

	@Autowired
	RoundDossiers dossiers;

	@Autowired
	RoundDocuments documents;

	@Autowired
	tools.jackson.databind.json.JsonMapper json;

	@Autowired
	Reports reports;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DemoUsers demo;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	private RoundSupport support;

	@BeforeEach
	void support() {
		this.support = new RoundSupport(this.rounds, this.reports, this.fixtures);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theConsolidatedReportQuotesTheAgenciesOpensInLibreOfficeAndIsFrozenWhenTheRoundCloses() throws Exception {
		this.clock.setHanoiTime(LocalDateTime.of(2026, 11, 2, 9, 0));
		long round = this.support.open(2045, LocalDate.of(2026, 11, 10));
		long health = this.support.agencyId("SYT");
		long justice = this.support.agencyId("STP");
		long firstHealthLine = this.agencyReports.view(this.support.coordinator(), round, health)
			.lines()
			.get(0)
			.assignmentId();
		this.agencyReports.submit(this.fixtures.user("officer.health"), new ReportCommand(round, health, 0,
				new Sections("Tập huấn 420 lượt cán bộ", "Thiếu cán bộ chuyên trách", "Chưa có hướng dẫn định mức",
						"Bố trí kinh phí tập huấn", "Hoàn thành quy chế phối hợp"),
				java.util.Map.of(firstHealthLine, "Đã tập huấn cho 120 cán bộ")));
		this.agencyReports.submit(this.fixtures.user("officer.justice"),
				RoundSupport.command(round, justice, 0, "Rà soát 48 văn bản"));
		this.agencyReports.accept(this.support.coordinator(), round, health, this.support.version(round, health));

		this.consolidated.generate(this.support.coordinator(), round);
		ConsolidatedReport first = this.consolidated.view(this.support.coordinator(), round);
		assertThat(first.dossier().revision()).isEqualTo(1);
		// only an accepted report is the agency's word: Justice's is still awaiting
		// review
		assertThat(first.dossier().consolidated().results()).contains("- Sở Y tế: Tập huấn 420 lượt cán bộ")
			.doesNotContain("Sở Tư pháp");
		assertThat(first.outdated()).isFalse();
		// accepted after the draft was made: the draft says so, and cannot be approved
		this.agencyReports.accept(this.support.coordinator(), round, justice, this.support.version(round, justice));
		ConsolidatedReport outdated = this.consolidated.view(this.support.leader(), round);
		assertThat(outdated.outdated()).isTrue();
		assertThatThrownBy(() -> this.consolidated.approve(this.support.leader(), round, outdated.version()))
			.isInstanceOf(RoundWorkflowException.class)
			.hasMessageContaining("round.consolidated.error.outdated");
		this.consolidated.generate(this.support.coordinator(), round);
		ConsolidatedReport draft = this.consolidated.view(this.support.coordinator(), round);
		assertThat(draft.outdated()).isFalse();
		assertThat(draft.dossier().revision()).isEqualTo(2);
		assertThat(draft.dossier().consolidated().results()).contains("- Sở Y tế: Tập huấn 420 lượt cán bộ",
				"- Sở Tư pháp: Rà soát 48 văn bản");
		Sections edited = new Sections(draft.dossier().consolidated().results() + "\nNhận xét chung của Thành phố.",
				draft.dossier().consolidated().shortcomings(), draft.dossier().consolidated().difficulties(),
				draft.dossier().consolidated().proposals(), draft.dossier().consolidated().nextTasks());
		this.consolidated.save(this.support.coordinator(), round, draft.version(), edited);
		assertThatThrownBy(() -> this.consolidated.save(this.support.coordinator(), round, draft.version(), edited))
			.as("a stale edit")
			.isInstanceOf(StaleReportException.class);
		assertThat(this.support.jdbc()
			.sql("select count(*) from consolidated_revision where round_id = :r")
			.param("r", round)
			.query(Long.class)
			.single()).as("each generation and save is a revision").isEqualTo(3);

		String draftText = text(docx("/rounds/" + round + "/consolidated.docx", "coordinator"));
		assertThat(draftText).contains("DỰ THẢO", "ỦY BAN NHÂN DÂN", "Số: …/BC-UBND",
				"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
				"Kết quả thực hiện Kế hoạch số 133/KH-UBND ngày 14/05/2025", "Báo cáo năm 2045",
				"I. SỐ LIỆU CHUNG CỦA THÀNH PHỐ", "II. KẾT QUẢ ĐẠT ĐƯỢC", "III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
				"IV. KHÓ KHĂN, VƯỚNG MẮC", "V. KIẾN NGHỊ, ĐỀ XUẤT", "VI. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
				"- Sở Y tế: Tập huấn 420 lượt cán bộ", "- Sở Y tế: Thiếu cán bộ chuyên trách",
				"Nhận xét chung của Thành phố.", "PHỤ LỤC", "Nơi nhận:", "Số cơ quan, đơn vị phải báo cáo");
		RoundDossier live = this.dossiers.live(round);
		long tasks = live.agencies()
			.stream()
			.flatMap((p) -> p.lines().stream())
			.map(RoundDossier.Line::taskCode)
			.distinct()
			.count();
		try (XWPFDocument doc = new XWPFDocument(
				new ByteArrayInputStream(docx("/rounds/" + round + "/consolidated.docx", "coordinator")))) {
			assertThat(doc.getTables()).as("letterhead, annex, signature").hasSize(3);
			assertThat(doc.getTables().get(2).getNumberOfRows()).as("one row per task").isEqualTo(tasks + 1);
			assertThat(doc.getTables().get(2).getText()).contains("Sở Y tế: Đã tập huấn cho 120 cán bộ");
			assertThat(doc.getTables().get(2).getRow(0).getCell(4).getText()).isEqualTo("Tình trạng");
		}
		assertThat(opensInLibreOffice(docx("/rounds/" + round + "/consolidated.docx", "coordinator"))).isTrue();

		String agencyText = text(docx("/rounds/" + round + "/reports/" + health + "/report.docx", "officer.health"));
		assertThat(agencyText).contains("Đã tập huấn cho 120 cán bộ", "SỞ Y TẾ", "Số: …/BC-SYT", "BÁO CÁO",
				"I. KẾT QUẢ ĐẠT ĐƯỢC", "Tập huấn 420 lượt cán bộ", "V. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI", "PHỤ LỤC",
				"Hà Nội, ngày 2 tháng 11 năm 2026");
		assertThat(
				opensInLibreOffice(docx("/rounds/" + round + "/reports/" + health + "/report.docx", "officer.health")))
			.isTrue();

		// leadership approves; the coordinator cannot
		long version = this.consolidated.view(this.support.coordinator(), round).version();
		assertThatThrownBy(() -> this.consolidated.approve(this.support.coordinator(), round, version))
			.isInstanceOf(AccessDeniedException.class);
		this.consolidated.approve(this.support.leader(), round, version);
		ConsolidatedReport approved = this.consolidated.view(this.support.leader(), round);
		assertThat(approved.approved()).isTrue();
		assertThat(approved.approvedBy()).isEqualTo(this.support.leader().getFullName());
		assertThatThrownBy(() -> this.consolidated.generate(this.support.coordinator(), round))
			.isInstanceOf(RoundWorkflowException.class);

		this.rounds.close(this.support.coordinator(), round, this.rounds.version(round));
		String frozenCity = text(docx("/rounds/" + round + "/consolidated.docx", "leader"));
		String frozenAgency = text(docx("/rounds/" + round + "/reports/" + health + "/report.docx", "officer.health"));
		assertThat(frozenCity).doesNotContain("DỰ THẢO").contains("Hà Nội, ngày 2 tháng 11 năm 2026");

		// later changes in the tracker: due dates move, texts are rewritten behind the
		// round's back
		List<Long> healthAssignments = live.part(health).lines().stream().map(RoundDossier.Line::assignmentId).toList();
		shiftDueDates(healthAssignments, 400);
		try {
			this.support.jdbc()
				.sql("update agency_report set results = 'Viết lại sau khi khóa sổ' where round_id = :r")
				.param("r", round)
				.update();
			this.clock.setHanoiTime(LocalDateTime.of(2027, 3, 1, 9, 0));
			assertThat(this.dossiers.live(round).part(health).lines()).as("the live data did change")
				.extracting(RoundDossier.Line::dueDate)
				.isNotEqualTo(live.part(health).lines().stream().map(RoundDossier.Line::dueDate).toList());
			assertThat(text(docx("/rounds/" + round + "/consolidated.docx", "leader"))).isEqualTo(frozenCity);
			assertThat(text(docx("/rounds/" + round + "/reports/" + health + "/report.docx", "officer.health")))
				.isEqualTo(frozenAgency);
			assertThatThrownBy(() -> this.agencyReports.save(this.fixtures.user("officer.justice"),
					RoundSupport.command(round, justice, this.support.version(round, justice), "Sau khóa sổ")))
				.isInstanceOf(RoundWorkflowException.class)
				.hasMessage("round.error.closed");
		}
		finally {
			shiftDueDates(healthAssignments, -400);
		}
	}

	@Test
	void eachAgencyReportNamesItsOwnManagingBodyAboveItsName() throws Exception {
		this.clock.setHanoiTime(LocalDateTime.of(2026, 11, 2, 9, 0));
		long round = this.support.open(2061, LocalDate.of(2026, 11, 10));
		RoundDossier dossier = this.dossiers.live(round);
		Locale vi = Locale.forLanguageTag("vi");
		// first lines of the letterhead's left cell, down to the number
		Map<String, List<String>> expected = new LinkedHashMap<>();
		expected.put("SYT", List.of("UBND THÀNH PHỐ HÀ NỘI", "SỞ Y TẾ", "Số: …/BC-SYT"));
		expected.put("CATP", List.of("BỘ CÔNG AN", "CÔNG AN THÀNH PHỐ HÀ NỘI", "Số: …/BC-CATP"));
		expected.put("VKSND", List.of("VIỆN KIỂM SÁT NHÂN DÂN THÀNH PHỐ HÀ NỘI", "Số: …/BC-VKSND"));
		expected.put("TAND", List.of("TÒA ÁN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "Số: …/BC-TAND"));
		expected.put("UBMTTQ", List.of("ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HÀ NỘI", "Số: …/BC-UBMTTQ"));
		expected.put("HLHPN",
				List.of("ỦY BAN MTTQ VIỆT NAM THÀNH PHỐ HÀ NỘI", "HỘI LIÊN HIỆP PHỤ NỮ THÀNH PHỐ", "Số: …/BC-HLHPN"));
		for (Map.Entry<String, List<String>> e : expected.entrySet()) {
			RoundDossier.Part part = dossier.part(this.support.agencyId(e.getKey()));
			assertThat(part).as(e.getKey() + " is named in the round").isNotNull();
			assertThat(letterhead(this.documents.agencyReport(dossier, part, vi))).as(e.getKey())
				.isEqualTo(e.getValue());
		}
		assertThat(letterhead(
				this.documents.agencyReport(dossier, dossier.part(this.support.agencyId("CATP")), Locale.ENGLISH)))
			.containsExactly("MINISTRY OF PUBLIC SECURITY", "HANOI CITY POLICE", "No.: …/BC-CATP");
		// a round frozen before the letterhead lines were kept has none in its snapshot:
		// its documents keep the line they were printed with
		tools.jackson.databind.JsonNode tree = this.json.valueToTree(dossier);
		for (tools.jackson.databind.JsonNode p : tree.get("agencies")) {
			((tools.jackson.databind.node.ObjectNode) p)
				.remove(List.of("superiorVi", "superiorEn", "issuerVi", "issuerEn"));
		}
		RoundDossier frozenBefore = this.json.treeToValue(tree, RoundDossier.class);
		RoundDossier.Part procuracy = frozenBefore.part(this.support.agencyId("VKSND"));
		assertThat(procuracy.hasLetterhead()).isFalse();
		assertThat(letterhead(this.documents.agencyReport(frozenBefore, procuracy, vi)))
			.containsExactly("UBND THÀNH PHỐ HÀ NỘI", "VIỆN KIỂM SÁT NHÂN DÂN THÀNH PHỐ", "Số: …/BC-VKSND");
		// the same lines through the download an officer uses
		long health = this.support.agencyId("SYT");
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
				docx("/rounds/" + round + "/reports/" + health + "/report.docx", "officer.health")))) {
			assertThat(doc.getTables().get(0).getRow(0).getCell(0).getParagraphs().get(0).getText())
				.isEqualTo("UBND THÀNH PHỐ HÀ NỘI");
		}
	}

	@Test
	void anApprovedConsolidatedReportKeepsItsFiguresAndTextWhateverChangesAfterwards() throws Exception {
		this.clock.setHanoiTime(LocalDateTime.of(2026, 11, 2, 9, 0));
		long round = this.support.open(2053, LocalDate.of(2026, 11, 10));
		long health = this.support.agencyId("SYT");
		long justice = this.support.agencyId("STP");
		this.agencyReports.submit(this.fixtures.user("officer.health"),
				RoundSupport.command(round, health, 0, "Tập huấn 420 lượt cán bộ"));
		this.agencyReports.accept(this.support.coordinator(), round, health, this.support.version(round, health));
		this.consolidated.generate(this.support.coordinator(), round);
		this.consolidated.approve(this.support.leader(), round,
				this.consolidated.view(this.support.leader(), round).version());
		ConsolidatedReport approved = this.consolidated.view(this.support.leader(), round);
		String approvedText = text(docx("/rounds/" + round + "/consolidated.docx", "leader"));
		assertThat(approvedText).doesNotContain("DỰ THẢO", "Sở Tư pháp: Rà soát");

		// afterwards: another agency reports and is accepted, deadlines move, days pass
		long justiceLine = this.agencyReports.view(this.support.coordinator(), round, justice)
			.lines()
			.get(0)
			.assignmentId();
		this.agencyReports.submit(this.fixtures.user("officer.justice"), new ReportCommand(round, justice, 0,
				new Sections("Rà soát 48 văn bản", "", "", "", ""), Map.of(justiceLine, "Rà soát 48 văn bản")));
		this.agencyReports.accept(this.support.coordinator(), round, justice, this.support.version(round, justice));
		List<Long> healthAssignments = approved.dossier()
			.part(health)
			.lines()
			.stream()
			.map(RoundDossier.Line::assignmentId)
			.toList();
		shiftDueDates(healthAssignments, -400);
		try {
			this.clock.setHanoiTime(LocalDateTime.of(2026, 11, 5, 9, 0));
			RoundDossier live = this.dossiers.live(round);
			assertThat(live.part(justice).status()).as("the live data did change").isEqualTo(ReportStatus.ACCEPTED);
			assertThat(live.city()).as("the live figures did change").isNotEqualTo(approved.dossier().city());
			assertThat(live.part(health).lines()).extracting(RoundDossier.Line::dueDate)
				.isNotEqualTo(
						approved.dossier().part(health).lines().stream().map(RoundDossier.Line::dueDate).toList());

			ConsolidatedReport after = this.consolidated.view(this.support.leader(), round);
			assertThat(after.dossier()).as("the page shows what was approved").isEqualTo(approved.dossier());
			assertThat(after.acceptedRequired()).isEqualTo(approved.acceptedRequired());
			assertThat(after.outdated()).isFalse();
			assertThat(text(docx("/rounds/" + round + "/consolidated.docx", "leader"))).isEqualTo(approvedText);
			assertThat(text(docx("/rounds/" + round + "/consolidated.docx", "coordinator"))).isEqualTo(approvedText);

			// closing the round later keeps the approved report, not the dossier at close
			this.rounds.close(this.support.coordinator(), round, this.rounds.version(round));
			ConsolidatedReport closed = this.consolidated.view(this.support.leader(), round);
			assertThat(closed.dossier().round().open()).as("the round's status is today's").isFalse();
			assertThat(closed.dossier().city()).isEqualTo(approved.dossier().city());
			assertThat(text(docx("/rounds/" + round + "/consolidated.docx", "leader"))).isEqualTo(approvedText);
		}
		finally {
			shiftDueDates(healthAssignments, 400);
		}
	}

	/** The left cell of the letterhead, line by line. */
	private static List<String> letterhead(byte[] docx) throws Exception {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			return doc.getTables()
				.get(0)
				.getRow(0)
				.getCell(0)
				.getParagraphs()
				.stream()
				.map(XWPFParagraph::getText)
				.filter((t) -> !t.isBlank())
				.toList();
		}
	}

	private void shiftDueDates(List<Long> ids, int days) {
		this.support.jdbc()
			.sql("update assignment set due_date = due_date + :days where id = any(cast(:ids as bigint[]))")
			.param("days", days)
			.param("ids", ids.toArray(new Long[0]))
			.update();
	}

	private byte[] docx(String url, String username) throws Exception {
		return this.mvc.perform(get(url).with(this.demo.as(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static String text(byte[] docx) throws Exception {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			return extractor.getText();
		}
	}

	/** LibreOffice headless converts the file to PDF (it fails on a broken document). */
	private static boolean opensInLibreOffice(byte[] docx) throws Exception {
		Path dir = Files.createTempDirectory("round-docx");
		Path file = dir.resolve("report.docx");
		Files.write(file, docx);
		Process soffice = new ProcessBuilder("/usr/bin/soffice", "-env:UserInstallation=file://" + dir.resolve("lo"),
				"--headless", "--convert-to", "pdf", "--outdir", dir.toString(), file.toString())
			.redirectErrorStream(true)
			.start();
		soffice.getInputStream().readAllBytes();
		assertThat(soffice.waitFor(180, TimeUnit.SECONDS)).isTrue();
		Path pdf = dir.resolve("report.pdf");
		return soffice.exitValue() == 0 && Files.exists(pdf) && Files.size(pdf) > 1000;
	}

}
