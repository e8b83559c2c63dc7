package vn.hanoi.plantracker.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The report annex in the administrative layout of Decree 30/2020/ND-CP: issuing body and
 * national motto side by side, the title, then one row per task, on landscape A4.
 */
final class PlanAnnexDocument {

	/** More agencies than this are shown as the first few and a count. */
	private static final int MAX_NAMES = 6;

	private static final int MAX_RESULTS = 5;

	private static final String FONT = "Times New Roman";

	private PlanAnnexDocument() {
	}

	static byte[] write(Labels labels, PlanHeading plan, ReportFilter filter, List<AnnexRow> rows) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			landscape(doc);
			XWPFTable header = doc.createTable(1, 2);
			header.removeBorders();
			XWPFTableCell left = header.getRow(0).getCell(0);
			centred(left.getParagraphs().get(0), labels.get("report.annex.issuer1"), false, false);
			centred(left.addParagraph(), labels.get("report.annex.issuer2"), true, true);
			XWPFTableCell right = header.getRow(0).getCell(1);
			centred(right.getParagraphs().get(0), labels.get("report.annex.nation"), true, false);
			centred(right.addParagraph(), labels.get("report.annex.motto"), true, true);
			centred(doc.createParagraph(), "", false, false);
			centred(doc.createParagraph(), labels.get("report.annex.title"), true, false);
			centred(doc.createParagraph(),
					labels.get("report.annex.subtitle", plan.number(), Labels.date(plan.issuedOn())), true, false);
			centred(doc.createParagraph(), labels.get("report.annex.asOf", Labels.date(filter.asOf())), false, false);

			String[] columns = { "stt", "task", "lead", "support", "deadline", "result", "status", "difficulties" };
			XWPFTable table = doc.createTable(rows.size() + 1, columns.length);
			table.setWidth("100%");
			for (int c = 0; c < columns.length; c++) {
				text(table.getRow(0).getCell(c), labels.get("report.annex.col." + columns[c]), true);
			}
			int number = 1;
			for (AnnexRow row : rows) {
				XWPFTableRow line = table.getRow(number);
				text(line.getCell(0), String.valueOf(number), false);
				text(line.getCell(1), row.code() + ". " + labels.pick(row.titleVi(), row.titleEn()), false);
				text(line.getCell(2), names(labels, labels.english() ? row.leadEn() : row.leadVi()), false);
				text(line.getCell(3), names(labels, labels.english() ? row.supportEn() : row.supportVi()), false);
				text(line.getCell(4), row.firstDue().equals(row.lastDue()) ? Labels.date(row.firstDue())
						: Labels.date(row.firstDue()) + " – " + Labels.date(row.lastDue()), false);
				text(line.getCell(5), results(labels, labels.english() ? row.resultsEn() : row.resultsVi()), false);
				text(line.getCell(6), labels.get("report.annex.status." + row.standing()), false);
				text(line.getCell(7), results(labels, labels.english() ? row.difficultiesEn() : row.difficultiesVi()),
						false);
				number++;
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String names(Labels labels, List<String> names) {
		if (names.size() <= MAX_NAMES) {
			return String.join("; ", names);
		}
		return String.join("; ", names.subList(0, 3)) + "; " + labels.get("report.annex.andMore", names.size() - 3);
	}

	private static String results(Labels labels, List<String> results) {
		if (results.size() <= MAX_RESULTS) {
			return String.join("\n", results);
		}
		return String.join("\n", results.subList(0, MAX_RESULTS)) + "\n"
				+ labels.get("report.annex.moreReports", results.size() - MAX_RESULTS);
	}

	private static void text(XWPFTableCell cell, String text, boolean bold) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		String[] lines = text.split("\n", -1);
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(10);
		run.setBold(bold);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i]);
		}
	}

	private static void centred(XWPFParagraph paragraph, String text, boolean bold, boolean underline) {
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(13);
		run.setBold(bold);
		if (underline) {
			run.setUnderline(UnderlinePatterns.SINGLE);
		}
		run.setText(text);
	}

	private static void landscape(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setOrient(STPageOrientation.LANDSCAPE);
		size.setW(BigInteger.valueOf(16838));
		size.setH(BigInteger.valueOf(11906));
	}

}
