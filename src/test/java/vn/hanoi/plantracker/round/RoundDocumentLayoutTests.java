package vn.hanoi.plantracker.round;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import org.springframework.beans.factory.annotation.Autowired;

import vn.hanoi.plantracker.report.Reports;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The presentation Decree 30/2020/ND-CP asks of both round documents, read back with POI:
 * the letterhead's fixed columns, the issuing body in bold with a short rule under it,
 * the national name and the motto each on one line with a rule under the motto, page
 * numbers from the second page, the annex on landscape pages with its header row
 * repeated, and the agency's own signer. (That LibreOffice opens both documents is proven
 * in {@link RoundDocumentTests}.)
 */
@IntegrationTest
class RoundDocumentLayoutTests {

	private static final Locale VI = Locale.forLanguageTag("vi");

	@Autowired
	Rounds rounds;

	@Autowired
	RoundDossiers dossiers;

	@Autowired
	RoundDocuments documents;

	@Autowired
	ConsolidatedReports consolidated;

	@Autowired
	tools.jackson.databind.json.JsonMapper json;

	@Autowired
	Reports reports;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void bothReportsHaveTheDecreesLetterheadPageNumbersAndALandscapeAnnex() throws Exception {
		this.clock.setHanoiTime(LocalDateTime.of(2026, 11, 2, 9, 0));
		RoundSupport support = new RoundSupport(this.rounds, this.reports, this.fixtures);
		long round = support.open(2052, LocalDate.of(2026, 11, 10));
		this.consolidated.generate(support.coordinator(), round);
		RoundDossier dossier = this.dossiers.live(round);
		byte[] health = this.documents.agencyReport(dossier, dossier.part(support.agencyId("SYT")), VI);
		byte[] city = this.documents.consolidated(this.consolidated.view(support.leader(), round), VI);

		try (XWPFDocument doc = read(health)) {
			XWPFTable letterhead = doc.getTables().get(0);
			assertFixedColumns(letterhead, OfficialDocument.LETTERHEAD_LEFT, OfficialDocument.LETTERHEAD_RIGHT);
			assertThat(OfficialDocument.LETTERHEAD_LEFT + OfficialDocument.LETTERHEAD_RIGHT)
				.as("the letterhead is as wide as the text between the margins")
				.isEqualTo(11906 - 1701 - 1077);
			XWPFTableCell left = letterhead.getRow(0).getCell(0);
			assertThat(paragraph(left, "UBND THÀNH PHỐ HÀ NỘI").getRuns()).as("the managing body in regular capitals")
				.allMatch((r) -> !r.isBold());
			XWPFParagraph issuer = paragraph(left, "SỞ Y TẾ");
			assertThat(issuer.getRuns()).as("the issuing body in bold capitals").allMatch(XWPFRun::isBold);
			assertShortRuleUnder(left, issuer, OfficialDocument.LETTERHEAD_LEFT);
			assertNationalNameAndMotto(letterhead.getRow(0).getCell(1));
			assertNumberedFromThePageAfterTheFirst(doc);
			assertLandscapeAnnexWithRepeatedHeader(doc, doc.getTables().get(2));
			assertThat(signer(doc)).as("a department is signed by its director")
				.containsExactly("GIÁM ĐỐC", "(Ký, ghi rõ họ tên, đóng dấu)");
		}
		try (XWPFDocument doc = read(city)) {
			XWPFTable letterhead = doc.getTables().get(0);
			assertFixedColumns(letterhead, OfficialDocument.LETTERHEAD_LEFT, OfficialDocument.LETTERHEAD_RIGHT);
			XWPFTableCell left = letterhead.getRow(0).getCell(0);
			XWPFParagraph name = paragraph(left, "THÀNH PHỐ HÀ NỘI");
			assertThat(paragraph(left, "ỦY BAN NHÂN DÂN").getRuns())
				.as("the People's Committee is the issuing body: its whole name in bold")
				.allMatch(XWPFRun::isBold);
			assertThat(name.getRuns()).allMatch(XWPFRun::isBold);
			assertShortRuleUnder(left, name, OfficialDocument.LETTERHEAD_LEFT);
			assertNationalNameAndMotto(letterhead.getRow(0).getCell(1));
			assertNumberedFromThePageAfterTheFirst(doc);
			assertLandscapeAnnexWithRepeatedHeader(doc, doc.getTables().get(2));
			assertThat(signer(doc)).containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
					"(Ký, ghi rõ họ tên, đóng dấu)");
		}
	}

	@Test
	void eachAgencyReportIsSignedByTheTitleOfItsHead() throws Exception {
		this.clock.setHanoiTime(LocalDateTime.of(2026, 11, 2, 9, 0));
		RoundSupport support = new RoundSupport(this.rounds, this.reports, this.fixtures);
		long round = support.open(2054, LocalDate.of(2026, 11, 10));
		RoundDossier dossier = this.dossiers.live(round);
		String sign = "(Ký, ghi rõ họ tên, đóng dấu)";
		assertThat(signer(dossier, "SYT", VI)).containsExactly("GIÁM ĐỐC", sign);
		assertThat(signer(dossier, "CATP", VI)).containsExactly("GIÁM ĐỐC", sign);
		assertThat(signer(dossier, "VKSND", VI)).containsExactly("VIỆN TRƯỞNG", sign);
		assertThat(signer(dossier, "TAND", VI)).containsExactly("CHÁNH ÁN", sign);
		assertThat(signer(dossier, "UBMTTQ", VI)).containsExactly("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", sign);
		assertThat(signer(dossier, "TTTP", VI)).containsExactly("CHÁNH THANH TRA", sign);
		assertThat(signer(dossier, "SYT", Locale.ENGLISH)).containsExactly("DIRECTOR", "(signature, full name, seal)");
		RoundDossier.Part ward = dossier.agencies()
			.stream()
			.filter((p) -> p.code().startsWith("PH-"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no ward is named in the round"));
		assertThat(signer(this.documents.agencyReport(dossier, ward, VI)))
			.as("a ward's People's Committee signs as a collective, by its chair")
			.containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", sign);
		// a round frozen before signers were kept keeps the placeholder it was printed
		// with
		tools.jackson.databind.JsonNode tree = this.json.valueToTree(dossier);
		for (tools.jackson.databind.JsonNode p : tree.get("agencies")) {
			((tools.jackson.databind.node.ObjectNode) p).remove("signer");
		}
		RoundDossier frozenBefore = this.json.treeToValue(tree, RoundDossier.class);
		assertThat(signer(frozenBefore, "SYT", VI)).containsExactly("THỦ TRƯỞNG CƠ QUAN", sign);
	}

	private List<String> signer(RoundDossier dossier, String code, Locale locale) throws Exception {
		long agency = dossier.agencies()
			.stream()
			.filter((p) -> p.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError(code + " is not named in the round"))
			.agencyId();
		return signer(this.documents.agencyReport(dossier, dossier.part(agency), locale));
	}

	private static List<String> signer(byte[] docx) throws Exception {
		try (XWPFDocument doc = read(docx)) {
			return signer(doc);
		}
	}

	/** The right cell of the signature block, line by line. */
	private static List<String> signer(XWPFDocument doc) {
		return doc.getTables()
			.get(1)
			.getRow(0)
			.getCell(1)
			.getParagraphs()
			.stream()
			.map(XWPFParagraph::getText)
			.filter((t) -> !t.isBlank())
			.toList();
	}

	private static void assertFixedColumns(XWPFTable table, int... twips) {
		assertThat(table.getCTTbl().getTblPr().getTblLayout().getType()).isEqualTo(STTblLayoutType.FIXED);
		assertThat(table.getCTTbl().getTblGrid().getGridColList()).extracting(CTTblGridCol::getW)
			.extracting((w) -> ((BigInteger) w).intValue())
			.containsExactly(java.util.Arrays.stream(twips).boxed().toArray(Integer[]::new));
		for (int c = 0; c < twips.length; c++) {
			assertThat(((BigInteger) table.getRow(0).getCell(c).getCTTc().getTcPr().getTcW().getW()).intValue())
				.isEqualTo(twips[c]);
		}
	}

	/**
	 * The rule under the issuing body: the next paragraph draws a line, centred, shorter
	 * than half the column.
	 */
	private static void assertShortRuleUnder(XWPFTableCell cell, XWPFParagraph above, int column) {
		XWPFParagraph rule = cell.getParagraphs().get(cell.getParagraphs().indexOf(above) + 1);
		assertThat(rule.getText()).isEmpty();
		assertThat(rule.getCTP().getPPr().getPBdr().getBottom()).as("a drawn line").isNotNull();
		int length = column - 2 * OfficialDocument.LETTERHEAD_MARGIN - rule.getIndentationLeft()
				- rule.getIndentationRight();
		assertThat(rule.getIndentationLeft()).isEqualTo(rule.getIndentationRight());
		assertThat(length).as("a third to a half of the line").isBetween(column / 4, column / 2);
	}

	/**
	 * The national name and the motto, bold, a paragraph each, narrow enough for one line
	 * of the column in Times New Roman, and a line drawn under the motto.
	 */
	private static void assertNationalNameAndMotto(XWPFTableCell right) throws Exception {
		XWPFParagraph nation = paragraph(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
		XWPFParagraph motto = paragraph(right, "Độc lập - Tự do - Hạnh phúc");
		assertThat(nation.getRuns()).allMatch(XWPFRun::isBold);
		assertThat(motto.getRuns()).allMatch(XWPFRun::isBold);
		double room = (OfficialDocument.LETTERHEAD_RIGHT - 2 * OfficialDocument.LETTERHEAD_MARGIN) / 20.0;
		assertThat(widthInTimesBold(nation)).as("the national name fits on one line").isLessThan(room);
		assertThat(widthInTimesBold(motto)).as("the motto fits on one line").isLessThan(room);
		XWPFParagraph rule = right.getParagraphs().get(right.getParagraphs().indexOf(motto) + 1);
		assertThat(rule.getCTP().getPPr().getPBdr().getBottom()).as("a line under the motto").isNotNull();
	}

	/**
	 * The paragraph's width in points in Times New Roman Bold at its run's size; the
	 * Vietnamese marks sit over or under their letter and leave its width as it is.
	 */
	private static double widthInTimesBold(XWPFParagraph paragraph) throws Exception {
		String plain = Normalizer.normalize(paragraph.getText(), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replace('Đ', 'D')
			.replace('đ', 'd');
		double size = paragraph.getRuns().get(0).getFontSizeAsDouble();
		return new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD).getStringWidth(plain) / 1000 * size;
	}

	private static void assertNumberedFromThePageAfterTheFirst(XWPFDocument doc) {
		CTSectPr first = sectionBreak(doc).getCTP().getPPr().getSectPr();
		assertThat(first.isSetTitlePg()).as("the first page has a header of its own").isTrue();
		var policy = doc.getHeaderFooterPolicy();
		assertThat(policy.getFirstPageHeader().getText()).as("no number on the first page").isBlank();
		assertThat(policy.getDefaultHeader().getParagraphs().get(0).getCTP().getFldSimpleList())
			.as("the page number on the others")
			.anyMatch((f) -> f.getInstr().contains("PAGE"));
		assertThat(first.getHeaderReferenceList()).hasSize(2);
	}

	private static void assertLandscapeAnnexWithRepeatedHeader(XWPFDocument doc, XWPFTable annex) {
		XWPFParagraph end = sectionBreak(doc);
		CTSectPr portrait = end.getCTP().getPPr().getSectPr();
		assertThat(portrait.getPgSz().getOrient()).isEqualTo(STPageOrientation.PORTRAIT);
		CTSectPr last = doc.getDocument().getBody().getSectPr();
		assertThat(last.getPgSz().getOrient()).as("the annex's section").isEqualTo(STPageOrientation.LANDSCAPE);
		assertThat(((BigInteger) last.getPgSz().getW()).intValue())
			.isGreaterThan(((BigInteger) last.getPgSz().getH()).intValue());
		List<IBodyElement> body = doc.getBodyElements();
		assertThat(body.indexOf(annex)).as("the annex table is in the landscape section")
			.isGreaterThan(body.indexOf(end));
		assertThat(annex.getRow(0).isRepeatHeader()).as("the header row repeats on every page").isTrue();
		assertThat(annex.getRow(1).isRepeatHeader()).isFalse();
		assertThat(annex.getCTTbl().getTblPr().getTblLayout().getType()).isEqualTo(STTblLayoutType.FIXED);
		List<Integer> widths = annex.getCTTbl()
			.getTblGrid()
			.getGridColList()
			.stream()
			.map((c) -> ((BigInteger) c.getW()).intValue())
			.toList();
		assertThat(widths.stream().mapToInt(Integer::intValue).sum()).as("as wide as a landscape page's text")
			.isEqualTo(16838 - 1701 - 1077);
		assertThat(widths.get(1)).as("the task column is wide, the number column narrow")
			.isGreaterThan(5 * widths.get(0));
	}

	/** The one paragraph that ends a section before the last (the portrait pages). */
	private static XWPFParagraph sectionBreak(XWPFDocument doc) {
		List<XWPFParagraph> ends = doc.getParagraphs()
			.stream()
			.filter((p) -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr())
			.toList();
		assertThat(ends).hasSize(1);
		return ends.get(0);
	}

	private static XWPFParagraph paragraph(XWPFTableCell cell, String text) {
		return cell.getParagraphs()
			.stream()
			.filter((p) -> p.getText().equals(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no paragraph reads exactly " + text + " in " + cell.getText()));
	}

	private static XWPFDocument read(byte[] docx) throws Exception {
		return new XWPFDocument(new ByteArrayInputStream(docx));
	}

}
