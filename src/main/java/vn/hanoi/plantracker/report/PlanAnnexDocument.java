package vn.hanoi.plantracker.report;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

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
			AnnexPage.defaultFont(doc);
			heading(doc, labels);
			AnnexPage.centred(doc.createParagraph(), "", BODY_PT, false, false);
			AnnexPage.centred(doc.createParagraph(), labels.get("report.annex.title"), BODY_PT, true, false);
			AnnexPage.centred(doc.createParagraph(),
					labels.upper(labels.get("report.annex.subtitle", labels.pick(plan.titleVi(), plan.titleEn()))),
					BODY_PT, true, false);
			AnnexPage.centred(doc.createParagraph(),
					labels.get("report.annex.accompanies", plan.number(), labels.longDate(plan.issuedOn())), BODY_PT,
					false, true);
			AnnexPage.centred(doc.createParagraph(), labels.get("report.annex.asOf", Labels.date(filter.asOf())),
					BODY_PT, false, true);
			table(doc, labels);
			XWPFParagraph note = doc.createParagraph();
			note.setSpacingBefore(120);
			AnnexPage.run(note, labels.get("report.annex.provisionalFootnote"), BODY_PT - 1, false).setItalic(true);
			AnnexPage.section(doc);
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
		AnnexPage.grid(header, HEADER_COLUMNS);
		XWPFTableCell left = header.getRow(0).getCell(0);
		AnnexPage.centred(left.getParagraphs().get(0), labels.get("report.annex.issuer1"), 13, true, false);
		AnnexPage.centred(left.addParagraph(), labels.get("report.annex.issuer2"), 13, true, false);
		AnnexPage.rule(left.addParagraph(), 1800);
		XWPFTableCell right = header.getRow(0).getCell(1);
		AnnexPage.centred(right.getParagraphs().get(0), labels.get("report.annex.nation"), 13, true, false);
		AnnexPage.centred(right.addParagraph(), labels.get("report.annex.motto"), BODY_PT, true, false);
		AnnexPage.rule(right.addParagraph(), 2500);
	}

	/**
	 * The annex table with its grid and its header row, repeated on every page; the rows
	 * are streamed after it.
	 */
	private static void table(XWPFDocument doc, Labels labels) {
		XWPFTable table = doc.createTable(1, COLUMNS.length);
		table.setTableAlignment(TableRowAlign.CENTER);
		AnnexPage.grid(table, COLUMNS);
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		header.setCantSplitRow(true);
		for (int c = 0; c < COLUMNS.length; c++) {
			AnnexPage.cell(header.getCell(c), labels.get("report.annex.col." + COLUMN_KEYS[c]));
		}
	}

	static int total(int[] widths) {
		int sum = 0;
		for (int width : widths) {
			sum += width;
		}
		return sum;
	}

	/** One row's nine texts, a line break where a cell has several lines. */
	static String[] texts(Labels labels, AnnexRow row) {
		return new String[] { row.code(), labels.pick(row.titleVi(), row.titleEn()), AnnexCells.lead(labels, row),
				AnnexCells.support(labels, row), AnnexCells.deadline(row), labels.pick(row.outputVi(), row.outputEn()),
				AnnexCells.result(labels, row),
				AnnexCells.concerns(labels, labels.english() ? row.concernsEn() : row.concernsVi()),
				AnnexCells.notes(labels, row) };
	}

	/** The area heading row's text: "II. PHÒNG NGỪA". */
	static String area(Labels labels, AnnexRow row) {
		return vn.hanoi.plantracker.plan.RomanNumeral.of(row.areaOrdinal()) + ". "
				+ labels.upper(labels.pick(row.areaVi(), row.areaEn()));
	}

}
