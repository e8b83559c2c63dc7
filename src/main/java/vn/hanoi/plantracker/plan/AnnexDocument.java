package vn.hanoi.plantracker.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import vn.hanoi.plantracker.plan.AnnexSheet.Line;

/**
 * The rows of a plan annex's table, from a .docx (a "Kế hoạch … /KH-UBND" with its annex,
 * or the annex alone): the first table of the document with a row whose first cell reads
 * "STT" (within its first rows) is the annex; its columns are found by their headings
 * ({@link AnnexColumns}), as in a workbook ({@link AnnexSheet}), and its rows become the
 * same {@link Line}s, read by the same importer. Cells are placed by grid column: a cell
 * spanning columns ({@code gridSpan}) counts in its first column, and a row that spans
 * several of the six columns in one cell is marked so the importer can say so; a cell
 * merged down ({@code vMerge}) counts in each row it covers, as a merged cell of a sheet
 * does. Before POI builds the document in memory, its rows are counted as they stream
 * past, so a table of ten thousand rows is refused without being built.
 */
final class AnnexDocument {

	private static final String DOCUMENT = "word/document.xml";

	private static final String MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	/** Rows outside the annex: the heading table, a signature table. */
	private static final int OTHER_ROWS = 100;

	/** A span wider than any table's grid is taken as this. */
	private static final int MAX_SPAN = AnnexColumns.MAX_COLUMNS;

	private AnnexDocument() {
	}

	static List<Line> read(byte[] content) {
		try {
			if (rowCount(content) > AnnexSheet.MAX_ROWS + OTHER_ROWS) {
				throw new PlanImportException("plans.import.file.tooManyRows", AnnexSheet.MAX_ROWS);
			}
			try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
				for (XWPFTable table : document.getTables()) {
					List<Line> lines = lines(table);
					if (lines != null) {
						return lines;
					}
				}
				throw new PlanImportException("plans.import.file.noTable");
			}
		}
		catch (IOException | XMLStreamException | RuntimeException ex) {
			if (ex instanceof PlanImportException refused) {
				throw refused;
			}
			// not a document POI can read (damaged, encrypted, or a bomb it refuses)
			throw new PlanImportException("plans.import.file.unreadable");
		}
	}

	/** The table's rows under its heading, or null when it has no heading. */
	private static List<Line> lines(XWPFTable table) {
		List<XWPFTableRow> rows = table.getRows();
		Map<Integer, String> mergedDown = new HashMap<>();
		int heading = -1;
		List<String> headings = null;
		for (int r = 0; r < Math.min(rows.size(), AnnexColumns.HEADING_SEARCH); r++) {
			Cells cells = cells(rows.get(r), mergedDown);
			if (AnnexColumns.isHeading(cells.text(0))) {
				heading = r;
				headings = cells.texts();
				break;
			}
		}
		if (heading < 0) {
			return null;
		}
		if (rows.size() - heading - 1 > AnnexSheet.MAX_ROWS) {
			throw new PlanImportException("plans.import.file.tooManyRows", AnnexSheet.MAX_ROWS);
		}
		int[] columns = AnnexColumns.locate(headings);
		List<Line> lines = new ArrayList<>();
		for (int r = heading + 1; r < rows.size(); r++) {
			Cells cells = cells(rows.get(r), mergedDown);
			String[] texts = new String[AnnexColumns.COUNT];
			for (int c = 0; c < AnnexColumns.COUNT; c++) {
				texts[c] = cells.text(columns[c]);
			}
			Line line = new Line(r + 1, texts[0], texts[1], texts[2], texts[3], texts[4], texts[5],
					cells.spansSeveralOf(columns));
			if (!line.isBlank() && !line.isColumnNumbers()) {
				lines.add(line);
			}
		}
		return lines;
	}

	/**
	 * One row's texts by grid column, and the spans of its cells. {@code mergedDown}
	 * carries, by grid column, the text of a cell that starts a vertical merge into the
	 * rows that continue it.
	 */
	private static Cells cells(XWPFTableRow row, Map<Integer, String> mergedDown) {
		Map<Integer, String> texts = new HashMap<>();
		List<int[]> spans = new ArrayList<>();
		int column = gridBefore(row);
		for (XWPFTableCell cell : row.getTableCells()) {
			if (column >= AnnexColumns.MAX_COLUMNS) {
				break;
			}
			CTTcPr props = cell.getCTTc().getTcPr();
			int span = 1;
			if (props != null && props.isSetGridSpan() && props.getGridSpan().getVal() != null) {
				span = (int) Math.max(1, Math.min(MAX_SPAN, props.getGridSpan().getVal().longValue()));
			}
			String text;
			if (props != null && props.isSetVMerge()
					&& (props.getVMerge().getVal() == null || props.getVMerge().getVal() == STMerge.CONTINUE)) {
				text = mergedDown.getOrDefault(column, "");
			}
			else {
				text = text(cell);
				if (props != null && props.isSetVMerge()) {
					mergedDown.put(column, text);
				}
				else {
					mergedDown.remove(column);
				}
			}
			texts.put(column, text);
			spans.add(new int[] { column, column + span - 1 });
			column += span;
		}
		return new Cells(texts, spans);
	}

	private record Cells(Map<Integer, String> byColumn, List<int[]> spans) {

		String text(int column) {
			return this.byColumn.getOrDefault(column, "");
		}

		List<String> texts() {
			List<String> all = new ArrayList<>();
			int last = this.byColumn.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
			for (int c = 0; c <= last; c++) {
				all.add(text(c));
			}
			return all;
		}

		boolean spansSeveralOf(int[] columns) {
			for (int[] span : this.spans) {
				int covered = 0;
				for (int column : columns) {
					if (column >= span[0] && column <= span[1]) {
						covered++;
					}
				}
				if (covered > 1) {
					return true;
				}
			}
			return false;
		}

	}

	private static int gridBefore(XWPFTableRow row) {
		CTTrPr props = row.getCtRow().getTrPr();
		if (props == null || props.sizeOfGridBeforeArray() == 0) {
			return 0;
		}
		BigInteger before = props.getGridBeforeArray(0).getVal();
		return (before == null) ? 0 : (int) Math.max(0, Math.min(MAX_SPAN, before.longValue()));
	}

	/**
	 * The cell's paragraphs, one line each, without the spaces Word leaves around them.
	 */
	private static String text(XWPFTableCell cell) {
		List<String> lines = new ArrayList<>();
		for (XWPFParagraph paragraph : cell.getParagraphs()) {
			String line = paragraph.getText().replace('\u00a0', ' ').strip();
			if (!line.isEmpty()) {
				lines.add(line);
			}
		}
		return String.join("\n", lines);
	}

	/**
	 * The table rows in the main document part, counted as the XML streams past (no DTD,
	 * no external entities).
	 */
	private static long rowCount(byte[] content) throws IOException, XMLStreamException {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (DOCUMENT.equals(entry.getName())) {
					return rowCount((InputStream) zip);
				}
			}
		}
		return 0;
	}

	private static long rowCount(InputStream xml) throws XMLStreamException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		XMLStreamReader reader = factory.createXMLStreamReader(xml);
		long rows = 0;
		try {
			while (reader.hasNext()) {
				if (reader.next() == XMLStreamConstants.START_ELEMENT && "tr".equals(reader.getLocalName())
						&& MAIN.equals(reader.getNamespaceURI())) {
					rows++;
				}
			}
		}
		finally {
			reader.close();
		}
		return rows;
	}

}
