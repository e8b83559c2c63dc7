package vn.hanoi.plantracker.report;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import vn.hanoi.plantracker.plan.TaskProgress;

/**
 * The report annex in the layout of Decree 30/2020/ND-CP on landscape A4: the issuing
 * body in bold with its short rule beside the national motto and its rule; "PHỤ LỤC", the
 * title and the "(Kèm theo …)" line; then one heading row per key area and one row per
 * task, with the header row repeated on every page and page numbers at the top from page
 * two. Times New Roman, 13-14 pt in the body and 12 pt in the table; margins 20 mm top
 * and bottom, 30 mm left, 15 mm right. Every lead and supporting city body is named;
 * wards and communes are counted ("UBND 126 phường, xã").
 */
final class PlanAnnexDocument {

	static final String FONT = "Times New Roman";

	static final int BODY_PT = 14;

	static final int TABLE_PT = 12;

	private static final String DOCUMENT = "word/document.xml";

	/** Results and difficulties beyond these are counted, not listed. */
	private static final int MAX_REPORTS = 5;

	private static final int PAGE_WIDTH = 16838;

	private static final int PAGE_HEIGHT = 11906;

	/** 20 mm, 30 mm and 15 mm in twentieths of a point. */
	private static final int MARGIN_TOP_BOTTOM = 1134;

	private static final int MARGIN_LEFT = 1701;

	private static final int MARGIN_RIGHT = 851;

	/** Column widths in twips, adding up to the text width (16838 - 1701 - 851). */
	static final int[] COLUMNS = { 800, 2500, 1900, 1700, 1500, 1300, 2100, 1600, 886 };

	private static final String[] COLUMN_KEYS = { "stt", "task", "lead", "support", "deadline", "output", "result",
			"difficulties", "notes" };

	private static final int[] HEADER_COLUMNS = { 5200, 9086 };

	private PlanAnnexDocument() {
	}

	/**
	 * Writes the annex to {@code out} as a .docx, reading the rows as they come: memory
	 * stays the same whatever the number of rows. Everything but the table body (styles,
	 * page setup, page-number header, heading, the table's grid and header row, the
	 * footnote) is built with POI as a small skeleton; its {@code word/document.xml} is
	 * then copied up to the end of the header row, the rows are written as they are read
	 * ({@link AnnexTableXml}), and the rest follows. The other parts are copied as they
	 * are. {@code out} is left open.
	 */
	static void write(Labels labels, PlanHeading plan, ReportFilter filter, Rows rows, OutputStream out)
			throws IOException {
		Skeleton skeleton = Skeleton.of(skeleton(labels, plan, filter));
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		try (ZipInputStream parts = new ZipInputStream(new ByteArrayInputStream(skeleton.docx()),
				StandardCharsets.UTF_8)) {
			for (ZipEntry part = parts.getNextEntry(); part != null; part = parts.getNextEntry()) {
				zip.putNextEntry(new ZipEntry(part.getName()));
				if (DOCUMENT.equals(part.getName())) {
					// not closed: closing would close the zip stream
					Writer xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 14);
					xml.write(skeleton.beforeRows());
					AnnexTableXml table = new AnnexTableXml(xml);
					boolean[] provisional = { false };
					try {
						rows.forEach((row) -> {
							provisional[0] |= row.provisional();
							table.row(labels, row);
						});
					}
					catch (UncheckedIOException ex) {
						// e.g. the client went away: an I/O failure, not a failure of the
						// annex
						throw ex.getCause();
					}
					if (table.isEmpty()) {
						table.emptyRow(labels.get("report.annex.empty"));
					}
					xml.write(provisional[0] ? skeleton.afterRows() : skeleton.afterRowsWithoutFootnote());
					xml.flush();
				}
				else {
					parts.transferTo(zip);
				}
				zip.closeEntry();
			}
		}
		zip.finish();
	}

	/** The annex's rows in order, handed one at a time. */
	@FunctionalInterface
	interface Rows {

		void forEach(Consumer<AnnexRow> row);

	}

	/**
	 * The document without its rows: what the annex was before its table body was
	 * streamed, built the same way, with the provisional footnote always present (it is
	 * dropped when no row turns out provisional).
	 */
	private static byte[] skeleton(Labels labels, PlanHeading plan, ReportFilter filter) throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			defaultFont(doc);
			heading(doc, labels);
			centred(doc.createParagraph(), "", BODY_PT, false, false);
			centred(doc.createParagraph(), labels.get("report.annex.title"), BODY_PT, true, false);
			centred(doc.createParagraph(),
					labels.upper(labels.get("report.annex.subtitle", labels.pick(plan.titleVi(), plan.titleEn()))),
					BODY_PT, true, false);
			centred(doc.createParagraph(),
					labels.get("report.annex.accompanies", plan.number(), labels.longDate(plan.issuedOn())), BODY_PT,
					false, true);
			centred(doc.createParagraph(), labels.get("report.annex.asOf", Labels.date(filter.asOf())), BODY_PT, false,
					true);
			table(doc, labels);
			XWPFParagraph note = doc.createParagraph();
			note.setSpacingBefore(120);
			run(note, labels.get("report.annex.provisionalFootnote"), BODY_PT - 1, false).setItalic(true);
			section(doc);
			doc.write(out);
			return out.toByteArray();
		}
	}

	/**
	 * The skeleton's parts, its {@code word/document.xml} cut where the rows go: after
	 * the header row of the last table (the annex's), before its {@code </w:tbl>}; and
	 * the footnote paragraph, between that and the section properties.
	 */
	private record Skeleton(byte[] docx, String beforeRows, String afterRows, String afterRowsWithoutFootnote) {

		private static final String MAIN_NAMESPACE = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

		static Skeleton of(byte[] docx) throws IOException {
			String document = null;
			try (ZipInputStream parts = new ZipInputStream(new ByteArrayInputStream(docx), StandardCharsets.UTF_8)) {
				for (ZipEntry part = parts.getNextEntry(); part != null; part = parts.getNextEntry()) {
					if (DOCUMENT.equals(part.getName())) {
						document = new String(parts.readAllBytes(), StandardCharsets.UTF_8);
					}
				}
			}
			// the rows are written with the w: prefix: the skeleton must bind it
			if (document == null || !document.contains(MAIN_NAMESPACE)) {
				throw new IllegalStateException("unexpected annex skeleton: no w: document.xml");
			}
			int tableEnd = document.lastIndexOf("</w:tbl>");
			int section = document.indexOf("<w:sectPr", tableEnd);
			if (tableEnd < 0 || section < 0 || !document.substring(tableEnd, section).contains("<w:p>")) {
				throw new IllegalStateException("unexpected annex skeleton: no table, footnote or section");
			}
			return new Skeleton(docx, document.substring(0, tableEnd), document.substring(tableEnd),
					"</w:tbl>" + document.substring(section));
		}

	}

	/** Issuing body and national motto side by side, each with its rule underneath. */
	private static void heading(XWPFDocument doc, Labels labels) {
		XWPFTable header = doc.createTable(1, 2);
		header.removeBorders();
		grid(header, HEADER_COLUMNS);
		XWPFTableCell left = header.getRow(0).getCell(0);
		centred(left.getParagraphs().get(0), labels.get("report.annex.issuer1"), 13, true, false);
		centred(left.addParagraph(), labels.get("report.annex.issuer2"), 13, true, false);
		rule(left.addParagraph(), 1800);
		XWPFTableCell right = header.getRow(0).getCell(1);
		centred(right.getParagraphs().get(0), labels.get("report.annex.nation"), 13, true, false);
		centred(right.addParagraph(), labels.get("report.annex.motto"), BODY_PT, true, false);
		rule(right.addParagraph(), 2500);
	}

	/**
	 * The annex table with its grid and its header row, repeated on every page; the rows
	 * are streamed after it.
	 */
	private static void table(XWPFDocument doc, Labels labels) {
		XWPFTable table = doc.createTable(1, COLUMNS.length);
		table.setTableAlignment(TableRowAlign.CENTER);
		grid(table, COLUMNS);
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		header.setCantSplitRow(true);
		for (int c = 0; c < COLUMNS.length; c++) {
			cell(header.getCell(c), labels.get("report.annex.col." + COLUMN_KEYS[c]));
		}
	}

	/** One row's nine texts, a line break where a cell has several lines. */
	static String[] texts(Labels labels, AnnexRow row) {
		return new String[] { row.code(), labels.pick(row.titleVi(), row.titleEn()), lead(labels, row),
				support(labels, row), deadline(row), labels.pick(row.outputVi(), row.outputEn()), result(labels, row),
				concerns(labels, labels.english() ? row.concernsEn() : row.concernsVi()), notes(labels, row) };
	}

	/** The area heading row's text: "II. PHÒNG NGỪA". */
	static String area(Labels labels, AnnexRow row) {
		return Roman.of(row.areaOrdinal()) + ". " + labels.upper(labels.pick(row.areaVi(), row.areaEn()));
	}

	static String lead(Labels labels, AnnexRow row) {
		return names(labels, labels.english() ? row.leadEn() : row.leadVi(), row.leadLocal());
	}

	static String support(Labels labels, AnnexRow row) {
		return names(labels, labels.english() ? row.supportEn() : row.supportVi(), row.supportLocal());
	}

	/** Every city body by name; the wards and communes as one group with their number. */
	private static String names(Labels labels, List<String> names, int local) {
		List<String> all = new ArrayList<>(names);
		if (local > 0) {
			all.add(labels.get("report.annex.localGroup", local));
		}
		return String.join("; ", all);
	}

	private static String deadline(AnnexRow row) {
		String dates = row.firstDue().equals(row.lastDue()) ? Labels.date(row.firstDue())
				: Labels.date(row.firstDue()) + " – " + Labels.date(row.lastDue());
		return row.provisional() ? dates + " (*)" : dates;
	}

	/**
	 * Where the task stands, one line per group of agencies ("12/126 phường, xã hoàn
	 * thành; 3 quá hạn"), then the agencies' latest reports.
	 */
	static String result(Labels labels, AnnexRow row) {
		List<String> lines = new ArrayList<>();
		for (TaskProgress progress : row.progress()) {
			lines.add(progressLine(labels, progress));
		}
		lines.addAll(limited(labels, labels.english() ? row.resultsEn() : row.resultsVi()));
		return String.join("\n", lines);
	}

	static String progressLine(Labels labels, TaskProgress progress) {
		StringBuilder line = new StringBuilder(
				labels.get(progress.messageKey(), progress.completed(), progress.agencies()));
		if (progress.overdue() > 0) {
			line.append("; ").append(labels.get("taskProgress.overdue", progress.overdue()));
		}
		if (progress.awaitingReview() > 0) {
			line.append("; ").append(labels.get("taskProgress.awaitingReview", progress.awaitingReview()));
		}
		return line.toString();
	}

	private static String concerns(Labels labels, List<AnnexRow.Concern> concerns) {
		List<String> lines = new ArrayList<>();
		for (AnnexRow.Concern concern : concerns) {
			List<String> parts = new ArrayList<>();
			if (concern.difficulties() != null) {
				parts.add(labels.get("report.annex.difficulties", concern.difficulties()));
			}
			if (concern.proposals() != null) {
				parts.add(labels.get("report.annex.proposals", concern.proposals()));
			}
			lines.add(concern.agency() + ": " + String.join(" ", parts));
		}
		return String.join("\n", limited(labels, lines));
	}

	private static String notes(Labels labels, AnnexRow row) {
		if (row.provisional()) {
			return labels.get("report.annex.provisional");
		}
		if (row.confirmedNumber() != null) {
			return labels.get("report.annex.confirmed", row.confirmedNumber(), Labels.date(row.confirmedOn()));
		}
		return "";
	}

	private static List<String> limited(Labels labels, List<String> lines) {
		if (lines.size() <= MAX_REPORTS) {
			return lines;
		}
		List<String> shown = new ArrayList<>(lines.subList(0, MAX_REPORTS));
		shown.add(labels.get("report.annex.moreReports", lines.size() - MAX_REPORTS));
		return shown;
	}

	/** A header cell: centred, bold, table size. */
	private static void cell(XWPFTableCell cell, String text) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setSpacingAfter(0);
		run(paragraph, text, TABLE_PT, true);
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setText(text);
		return run;
	}

	private static void centred(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setSpacingAfter(0);
		run(paragraph, text, size, bold).setItalic(italic);
	}

	/** A short horizontal rule, centred: the top border of an empty paragraph. */
	private static void rule(XWPFParagraph paragraph, int indent) {
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setSpacingAfter(0);
		paragraph.setIndentationLeft(indent);
		paragraph.setIndentationRight(indent);
		CTPPr props = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
		CTBorder top = props.addNewPBdr().addNewTop();
		top.setVal(STBorder.SINGLE);
		top.setSz(BigInteger.valueOf(6));
		top.setSpace(BigInteger.ONE);
		top.setColor("000000");
		run(paragraph, "", 2, false);
	}

	/** The table grid python-docx and LibreOffice need, fixed column widths. */
	private static void grid(XWPFTable table, int[] widths) {
		CTTblGrid grid = (table.getCTTbl().getTblGrid() != null) ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		var props = table.getCTTbl().getTblPr();
		CTTblWidth tableWidth = props.isSetTblW() ? props.getTblW() : props.addNewTblW();
		tableWidth.setType(STTblWidth.DXA);
		tableWidth.setW(BigInteger.valueOf(total(widths)));
		(props.isSetTblLayout() ? props.getTblLayout() : props.addNewTblLayout()).setType(STTblLayoutType.FIXED);
		for (int c = 0; c < widths.length; c++) {
			XWPFTableCell cell = table.getRow(0).getCell(c);
			width(cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr(), widths[c]);
		}
	}

	private static void width(CTTcPr props, int width) {
		CTTblWidth cellWidth = props.isSetTcW() ? props.getTcW() : props.addNewTcW();
		cellWidth.setType(STTblWidth.DXA);
		cellWidth.setW(BigInteger.valueOf(width));
	}

	static int total(int[] widths) {
		int sum = 0;
		for (int width : widths) {
			sum += width;
		}
		return sum;
	}

	private static void defaultFont(XWPFDocument doc) {
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		doc.createStyles().setDefaultFonts(fonts);
	}

	/**
	 * Landscape A4 with the decree's margins; the page number centred at the top of every
	 * page but the first.
	 */
	private static void section(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
				: doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setOrient(STPageOrientation.LANDSCAPE);
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PAGE_HEIGHT));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN_TOP_BOTTOM));
		margins.setBottom(BigInteger.valueOf(MARGIN_TOP_BOTTOM));
		margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
		margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
		margins.setHeader(BigInteger.valueOf(567));
		margins.setFooter(BigInteger.valueOf(567));
		margins.setGutter(BigInteger.ZERO);
		section.addNewTitlePg();
		doc.createHeader(HeaderFooterType.FIRST).createParagraph();
		XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph number = header.createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		var field = number.getCTP().addNewFldSimple();
		field.setInstr("PAGE");
		var run = field.addNewR();
		var props = run.addNewRPr();
		CTFonts fonts = props.addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		props.addNewSz().setVal(BigInteger.valueOf(2L * 13));
		run.addNewT().setStringValue("1");
	}

	/** Roman numerals for the key areas (I, II, … as the plan numbers them). */
	static final class Roman {

		private static final int[] VALUES = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };

		private static final String[] SYMBOLS = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV",
				"I" };

		private Roman() {
		}

		static String of(int number) {
			StringBuilder roman = new StringBuilder();
			int rest = number;
			for (int i = 0; i < VALUES.length; i++) {
				while (rest >= VALUES[i]) {
					roman.append(SYMBOLS[i]);
					rest -= VALUES[i];
				}
			}
			return roman.toString();
		}

	}

}
