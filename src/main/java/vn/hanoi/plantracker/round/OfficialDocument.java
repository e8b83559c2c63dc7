package vn.hanoi.plantracker.round;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

import org.springframework.context.MessageSource;

/**
 * A Word document in the presentation of Decree 30/2020/ND-CP (Appendix I): A4 portrait
 * with the decree's margins, Times New Roman; the letterhead as a two-column table of
 * fixed widths (the issuing body, bold, with a short rule under it, on the left; the
 * national name and the motto, each on one line, a rule under the motto, on the right);
 * page numbers at the top from the second page; the signature block; and an annex in a
 * landscape section whose table repeats its header row on every page.
 */
final class OfficialDocument {

	private static final String FONT = "Times New Roman";

	/** The letterhead's columns: about 6 cm and 10 cm, the width of the text together. */
	static final int LETTERHEAD_LEFT = 3402;

	static final int LETTERHEAD_RIGHT = OfficialPage.PORTRAIT_TEXT_WIDTH - LETTERHEAD_LEFT;

	/** A letterhead cell's own margin on each side. */
	static final int LETTERHEAD_MARGIN = 57;

	/** The rule under the issuing body: a third to a half of its line. */
	private static final int ISSUER_RULE = 1247;

	/** The rule under the motto: as long as the motto in 13 pt bold. */
	private static final int MOTTO_RULE = 3260;

	private final MessageSource messages;

	private final Locale locale;

	private final XWPFDocument doc = new XWPFDocument();

	OfficialDocument(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		CTSectPr section = this.doc.getDocument().getBody().addNewSectPr();
		OfficialPage.set(section, false);
		OfficialPage.numberFromPageTwo(this.doc, section, FONT);
	}

	String get(String key, Object... args) {
		return this.messages.getMessage(key, args, this.locale);
	}

	String pick(String vi, String en) {
		return "en".equals(this.locale.getLanguage()) ? en : vi;
	}

	/**
	 * The issuing body (the managing body above it in regular capitals, if any; its own
	 * name in bold capitals, a line each; a short rule) and the number on the left; the
	 * national name, the motto and its rule, and the place and date on the right.
	 */
	void letterhead(String superior, List<String> issuer, String number, LocalDate signedOn) {
		XWPFTable header = this.doc.createTable(1, 2);
		header.removeBorders();
		OfficialPage.widths(header, LETTERHEAD_MARGIN, LETTERHEAD_LEFT, LETTERHEAD_RIGHT);
		XWPFTableCell left = header.getRow(0).getCell(0);
		XWPFParagraph line = left.getParagraphs().get(0);
		if (!superior.isBlank()) {
			run(line, superior, ParagraphAlignment.CENTER, false, 13);
			line = left.addParagraph();
		}
		for (String name : issuer) {
			run(line, name, ParagraphAlignment.CENTER, true, 13);
			line = left.addParagraph();
		}
		rule(line, LETTERHEAD_LEFT - 2 * LETTERHEAD_MARGIN, ISSUER_RULE);
		run(left.addParagraph(), number, ParagraphAlignment.CENTER, false, 13);
		XWPFTableCell right = header.getRow(0).getCell(1);
		run(right.getParagraphs().get(0), get("round.doc.nation"), ParagraphAlignment.CENTER, true, 12);
		run(right.addParagraph(), get("round.doc.motto"), ParagraphAlignment.CENTER, true, 13);
		rule(right.addParagraph(), LETTERHEAD_RIGHT - 2 * LETTERHEAD_MARGIN, MOTTO_RULE);
		run(right.addParagraph(),
				(signedOn != null) ? get("round.doc.placeDate", signedOn.getDayOfMonth(), signedOn.getMonthValue(),
						String.valueOf(signedOn.getYear())) : get("round.doc.placeDateBlank"),
				ParagraphAlignment.CENTER, false, 13)
			.setItalic(true);
	}

	/** A drawn horizontal line of this length, centred in a space this wide. */
	private static void rule(XWPFParagraph paragraph, int space, int length) {
		int indent = Math.max(0, (space - length) / 2);
		paragraph.setIndentationLeft(indent);
		paragraph.setIndentationRight(indent);
		paragraph.setSpacingBefore(0);
		paragraph.setSpacingAfter(60);
		CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
		// under an empty line a few points high: just clear of the letters above
		CTBorder border = properties.addNewPBdr().addNewBottom();
		border.setVal(STBorder.SINGLE);
		border.setSz(BigInteger.valueOf(6));
		border.setSpace(BigInteger.ZERO);
		border.setColor("000000");
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(3);
	}

	void heading(String text) {
		paragraph(text, ParagraphAlignment.BOTH, true, 14);
	}

	void body(String text) {
		if (text == null || text.isBlank()) {
			run(this.doc.createParagraph(), get("round.doc.nothing"), ParagraphAlignment.BOTH, false, 14)
				.setItalic(true);
			return;
		}
		for (String line : text.split("\\R")) {
			if (!line.isBlank()) {
				XWPFParagraph p = this.doc.createParagraph();
				p.setIndentationFirstLine(567);
				p.setSpacingAfter(60);
				run(p, line.strip(), ParagraphAlignment.BOTH, false, 14);
			}
		}
	}

	/**
	 * Where the document goes, on the left; who signs, on the right: the lines of the
	 * signer's authority and title in bold, the last line (how to sign) in italics.
	 */
	void signature(String recipients, List<String> signer) {
		paragraph("", ParagraphAlignment.LEFT, false, 13);
		XWPFTable table = this.doc.createTable(1, 2);
		table.removeBorders();
		OfficialPage.widths(table, LETTERHEAD_MARGIN, LETTERHEAD_LEFT, LETTERHEAD_RIGHT);
		XWPFTableCell left = table.getRow(0).getCell(0);
		run(left.getParagraphs().get(0), get("round.doc.recipientsLabel"), ParagraphAlignment.LEFT, true, 12)
			.setItalic(true);
		for (String line : recipients.split("\\|")) {
			run(left.addParagraph(), line, ParagraphAlignment.LEFT, false, 11);
		}
		XWPFTableCell right = table.getRow(0).getCell(1);
		XWPFParagraph line = right.getParagraphs().get(0);
		for (int i = 0; i < signer.size(); i++) {
			boolean last = i == signer.size() - 1;
			run(line, signer.get(i), ParagraphAlignment.CENTER, !last, 13).setItalic(last);
			if (!last) {
				line = right.addParagraph();
			}
		}
	}

	/**
	 * Starts the annex on a new landscape page: its heading, then a table with the given
	 * columns, their widths in proportion to the weights, the header row repeated on
	 * every page, and this many empty rows below it.
	 */
	XWPFTable annex(String title, String asOf, String[] columns, int[] weights, int rows) {
		landscapeFromHere();
		paragraph(get("round.doc.annex"), ParagraphAlignment.CENTER, true, 14);
		paragraph(title, ParagraphAlignment.CENTER, true, 13);
		run(this.doc.createParagraph(), asOf, ParagraphAlignment.CENTER, false, 13).setItalic(true);
		XWPFTable table = this.doc.createTable(rows + 1, columns.length);
		OfficialPage.widths(table, 85, OfficialPage.landscapeColumns(weights));
		XWPFTableRow head = table.getRow(0);
		head.setRepeatHeader(true);
		head.setCantSplitRow(true);
		for (int c = 0; c < columns.length; c++) {
			cell(head.getCell(c), columns[c], true);
			head.getCell(c).getParagraphs().get(0).setAlignment(ParagraphAlignment.CENTER);
		}
		return table;
	}

	/**
	 * Ends the portrait section here (a paragraph carrying its properties, the page
	 * numbers included) and turns the document's last section, which follows on a new
	 * page, to landscape, numbered on from the portrait pages.
	 */
	private void landscapeFromHere() {
		CTSectPr last = this.doc.getDocument().getBody().getSectPr();
		XWPFParagraph end = this.doc.createParagraph();
		end.getCTP().addNewPPr().setSectPr((CTSectPr) last.copy());
		OfficialPage.set(last, true);
		if (last.isSetTitlePg()) {
			last.unsetTitlePg();
		}
	}

	XWPFRun paragraph(String text, ParagraphAlignment alignment, boolean bold, int size) {
		return run(this.doc.createParagraph(), text, alignment, bold, size);
	}

	static XWPFRun run(XWPFParagraph paragraph, String text, ParagraphAlignment alignment, boolean bold, int size) {
		paragraph.setAlignment(alignment);
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setText(text);
		return run;
	}

	static void cell(XWPFTableCell cell, String text, boolean bold) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(11);
		run.setBold(bold);
		String[] lines = (text != null) ? text.split("\\R", -1) : new String[] { "" };
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i]);
		}
	}

	byte[] bytes() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			this.doc.write(out);
			this.doc.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
