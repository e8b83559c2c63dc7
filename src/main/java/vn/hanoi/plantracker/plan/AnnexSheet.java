package vn.hanoi.plantracker.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of a plan annex's table, from the first sheet of an .xlsx: the row whose first
 * cell reads "STT" is the heading, the rows below it are the table (columns STT, content,
 * lead, support, schedule, output, found by their headings: {@link AnnexColumns}). A cell
 * merged over several rows (one lead agency for a run of tasks) counts in each of them; a
 * merge across columns (a key area's title over the whole row) only in its first cell.
 */
final class AnnexSheet {

	/** More rows than any plan's annex has. */
	static final int MAX_ROWS = 2000;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

	private AnnexSheet() {
	}

	/**
	 * One row of the table as text: STT, content, lead, support, schedule, output;
	 * {@code spansColumns} when one cell of the row is merged over several of these
	 * columns (right for a key area's title, wrong for a task).
	 */
	record Line(int row, String stt, String content, String lead, String support, String schedule, String output,
			boolean spansColumns) {

		Line(int row, String stt, String content, String lead, String support, String schedule, String output) {
			this(row, stt, content, lead, support, schedule, output, false);
		}

		boolean isBlank() {
			return this.stt.isEmpty() && this.content.isEmpty() && this.lead.isEmpty() && this.support.isEmpty()
					&& this.schedule.isEmpty() && this.output.isEmpty();
		}

		/** Only the title is filled: a key area with no number. */
		boolean isTitleOnly() {
			return this.stt.isEmpty() && !this.content.isEmpty() && this.lead.isEmpty() && this.support.isEmpty()
					&& this.schedule.isEmpty() && this.output.isEmpty();
		}

		/** The column numbers under the heading: (1) (2) (3)… */
		boolean isColumnNumbers() {
			List<String> cells = List.of(this.stt, this.content, this.lead, this.support, this.schedule, this.output);
			return cells.stream().filter((c) -> !c.isEmpty()).count() >= 4
					&& cells.stream().allMatch((c) -> c.isEmpty() || c.matches("\\(?\\d{1,2}\\)?"));
		}

	}

	static List<Line> read(byte[] content) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new PlanImportException("plans.import.file.noHeading");
			}
			Sheet sheet = workbook.getSheetAt(0);
			Map<Long, String> merged = mergedDown(sheet);
			int heading = -1;
			for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(),
					AnnexColumns.HEADING_SEARCH); r++) {
				if (AnnexColumns.isHeading(text(sheet.getRow(r), 0, merged, r))) {
					heading = r;
					break;
				}
			}
			if (heading < 0) {
				throw new PlanImportException("plans.import.file.noHeading");
			}
			if (sheet.getLastRowNum() - heading > MAX_ROWS) {
				throw new PlanImportException("plans.import.file.tooManyRows", MAX_ROWS);
			}
			List<String> headings = new ArrayList<>();
			for (int c = 0; c < AnnexColumns.MAX_COLUMNS; c++) {
				headings.add(text(sheet.getRow(heading), c, merged, heading));
			}
			int[] columns = AnnexColumns.locate(headings);
			Set<Integer> spanning = mergedAcross(sheet, columns);
			List<Line> lines = new ArrayList<>();
			for (int r = heading + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				String[] cells = new String[AnnexColumns.COUNT];
				for (int c = 0; c < AnnexColumns.COUNT; c++) {
					cells[c] = text(row, columns[c], merged, r);
				}
				Line line = new Line(r + 1, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5],
						spanning.contains(r));
				if (!line.isBlank() && !line.isColumnNumbers()) {
					lines.add(line);
				}
			}
			return lines;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof PlanImportException refused) {
				throw refused;
			}
			// not a workbook POI can read (damaged, encrypted, or a bomb it refuses)
			throw new PlanImportException("plans.import.file.unreadable");
		}
	}

	/** The rows where a merge across columns covers more than one of the six columns. */
	private static Set<Integer> mergedAcross(Sheet sheet, int[] columns) {
		Set<Integer> rows = new HashSet<>();
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			long covered = Arrays.stream(columns)
				.filter((c) -> c >= region.getFirstColumn() && c <= region.getLastColumn())
				.count();
			if (covered > 1) {
				for (int r = region.getFirstRow(); r <= Math.min(region.getLastRow(),
						region.getFirstRow() + MAX_ROWS); r++) {
					rows.add(r);
				}
			}
		}
		return rows;
	}

	/** The values of cells merged over several rows, for each row of the merge. */
	private static Map<Long, String> mergedDown(Sheet sheet) {
		Map<Long, String> values = new HashMap<>();
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			if (region.getLastRow() > region.getFirstRow() && region.getFirstColumn() < AnnexColumns.MAX_COLUMNS) {
				String value = text(sheet.getRow(region.getFirstRow()), region.getFirstColumn(), Map.of(),
						region.getFirstRow());
				for (int r = region.getFirstRow() + 1; r <= Math.min(region.getLastRow(),
						region.getFirstRow() + MAX_ROWS); r++) {
					values.put(key(r, region.getFirstColumn()), value);
				}
			}
		}
		return values;
	}

	private static long key(int row, int column) {
		return ((long) row << 16) | column;
	}

	private static String text(Row row, int column, Map<Long, String> merged, int r) {
		String inherited = merged.get(key(r, column));
		if (inherited != null) {
			return inherited;
		}
		Cell cell = (row != null) ? row.getCell(column) : null;
		if (cell == null) {
			return "";
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType()
				: cell.getCellType();
		String value = switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? DAY.format(cell.getLocalDateTimeCellValue())
					: new DataFormatter().formatRawCellContents(cell.getNumericCellValue(), -1, "General");
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			default -> "";
		};
		return value.replace('\u00a0', ' ').strip();
	}

}
