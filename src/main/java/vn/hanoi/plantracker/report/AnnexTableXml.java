package vn.hanoi.plantracker.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The body of the annex table as WordprocessingML, written row by row as the rows are
 * read: nothing of a row is kept once it is written. The markup is the one POI's object
 * model wrote for these rows: one paragraph per line of a cell, no space after it, the
 * code and the deadline centred, every run Times New Roman 12 pt, bold in the area rows;
 * each area row one cell spanning the nine columns.
 */
final class AnnexTableXml {

	private static final String FONTS = "<w:rFonts w:ascii=\"%1$s\" w:hAnsi=\"%1$s\" w:cs=\"%1$s\" w:eastAsia=\"%1$s\"/>"
		.formatted(PlanAnnexDocument.FONT);

	private static final String RUN = "<w:r><w:rPr>" + FONTS + "<w:sz w:val=\"" + 2 * PlanAnnexDocument.TABLE_PT
			+ "\"/><w:b w:val=\"%s\"/></w:rPr>";

	private static final String RUN_PLAIN = RUN.formatted("off");

	private static final String RUN_BOLD = RUN.formatted("on");

	private static final String PARAGRAPH = "<w:p><w:pPr><w:spacing w:after=\"0\"/><w:jc w:val=\"%s\"/></w:pPr>";

	private static final String PARAGRAPH_LEFT = PARAGRAPH.formatted("left");

	private static final String PARAGRAPH_CENTRED = PARAGRAPH.formatted("center");

	private static final String AREA_CELL = "<w:tc><w:tcPr><w:tcW w:type=\"dxa\" w:w=\""
			+ PlanAnnexDocument.total(PlanAnnexDocument.COLUMNS) + "\"/><w:gridSpan w:val=\""
			+ PlanAnnexDocument.COLUMNS.length + "\"/></w:tcPr>";

	private static final String EMPTY_CELL = "<w:tc><w:p/></w:tc>";

	private final Writer out;

	private Integer area;

	private boolean empty = true;

	AnnexTableXml(Writer out) {
		this.out = out;
	}

	/**
	 * The task's row, after its key area's heading row when it is the area's first task
	 * (the rows come ordered by area).
	 */
	void row(Labels labels, AnnexRow row) {
		try {
			if (this.area == null || this.area != row.areaOrdinal()) {
				this.area = row.areaOrdinal();
				this.out.write("<w:tr>");
				this.out.write(AREA_CELL);
				paragraphs(PlanAnnexDocument.area(labels, row), true, false);
				this.out.write("</w:tc></w:tr>");
			}
			String[] texts = PlanAnnexDocument.texts(labels, row);
			this.out.write("<w:tr>");
			for (int c = 0; c < texts.length; c++) {
				this.out.write("<w:tc>");
				paragraphs(texts[c], false, c == 0 || c == 4);
				this.out.write("</w:tc>");
			}
			this.out.write("</w:tr>");
			this.empty = false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	boolean isEmpty() {
		return this.empty;
	}

	/** The one row of a selection without tasks: the message in the task column. */
	void emptyRow(String message) throws IOException {
		this.out.write("<w:tr>");
		this.out.write(EMPTY_CELL);
		this.out.write("<w:tc>");
		paragraphs(message, false, false);
		this.out.write("</w:tc>");
		for (int c = 2; c < PlanAnnexDocument.COLUMNS.length; c++) {
			this.out.write(EMPTY_CELL);
		}
		this.out.write("</w:tr>");
	}

	/** One paragraph per line, each with one run. */
	private void paragraphs(String text, boolean bold, boolean centred) throws IOException {
		for (String line : ((text != null) ? text : "").split("\n", -1)) {
			this.out.write(centred ? PARAGRAPH_CENTRED : PARAGRAPH_LEFT);
			this.out.write(bold ? RUN_BOLD : RUN_PLAIN);
			if (line.isEmpty()) {
				this.out.write("<w:t/>");
			}
			else {
				// as POI does: spaces at either end would otherwise be dropped by a
				// reader
				boolean preserve = Character.isWhitespace(line.charAt(0))
						|| Character.isWhitespace(line.charAt(line.length() - 1));
				this.out.write(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>");
				escape(line, this.out);
				this.out.write("</w:t>");
			}
			this.out.write("</w:r></w:p>");
		}
	}

	/**
	 * Text content as XML 1.0 allows it: {@code <} and {@code &} escaped ({@code >} after
	 * {@code ]]}), a carriage return as a character reference (a reader would turn a raw
	 * one into a line feed), and each character XML cannot carry (control characters,
	 * U+FFFE, U+FFFF, a surrogate without its pair) replaced by "?", as POI's XmlBeans
	 * does.
	 */
	static void escape(String text, Writer out) throws IOException {
		int start = 0;
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char ch = text.charAt(i);
			String replacement;
			if (ch == '<') {
				replacement = "&lt;";
			}
			else if (ch == '&') {
				replacement = "&amp;";
			}
			else if (ch == '>' && i >= 2 && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']') {
				// only where it would close a CDATA section, as XmlBeans writes it
				replacement = "&gt;";
			}
			else if (ch == '\r') {
				replacement = "&#13;";
			}
			else if (ch < 0x20) {
				replacement = (ch == '\t' || ch == '\n') ? null : "?";
			}
			else if (Character.isHighSurrogate(ch)) {
				if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				replacement = "?";
			}
			else if (Character.isLowSurrogate(ch) || ch == '\uFFFE' || ch == '\uFFFF') {
				replacement = "?";
			}
			else {
				replacement = null;
			}
			if (replacement != null) {
				out.write(text, start, i - start);
				out.write(replacement);
				start = i + 1;
			}
		}
		out.write(text, start, length - start);
	}

}
