package vn.hanoi.plantracker.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Excel sheets in one shape: the title, plan, as-of date and filters at the top, then a
 * table with a bold, frozen, filterable header and numbers as numbers.
 * <p>
 * Streamed (SXSSF): only a window of rows is kept in memory and strings are written
 * inline, so a sheet of tens of thousands of rows costs neither a DOM per cell nor a
 * shared-strings lookup per value.
 */
final class Workbooks implements AutoCloseable {

	/** Rows kept in memory per sheet before they are flushed to the temporary file. */
	private static final int WINDOW = 200;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true, false);

	private final CellStyle bold;

	Workbooks() {
		Font font = this.workbook.createFont();
		font.setBold(true);
		this.bold = this.workbook.createCellStyle();
		this.bold.setFont(font);
	}

	/** A sheet with its heading lines and table; each row a list of String or Number. */
	void sheet(String name, String title, String[] filterLines, List<String> header, List<List<Object>> rows) {
		Sheet sheet = this.workbook.createSheet(name);
		int r = 0;
		cell(sheet.createRow(r++), 0, title).setCellStyle(this.bold);
		for (String line : filterLines) {
			cell(sheet.createRow(r++), 0, line);
		}
		r++;
		int headerRow = r;
		Row head = sheet.createRow(r++);
		for (int c = 0; c < header.size(); c++) {
			cell(head, c, header.get(c)).setCellStyle(this.bold);
		}
		for (List<Object> values : rows) {
			Row row = sheet.createRow(r++);
			for (int c = 0; c < values.size(); c++) {
				cell(row, c, values.get(c));
			}
		}
		sheet.createFreezePane(0, headerRow + 1);
		sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, r - 1), 0, header.size() - 1));
		for (int c = 0; c < header.size(); c++) {
			sheet.setColumnWidth(c, (c == 0) ? 40 * 256 : 16 * 256);
		}
	}

	byte[] bytes() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			this.workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		// the streamed rows' temporary files
		this.workbook.dispose();
		this.workbook.close();
	}

	private static Cell cell(Row row, int column, Object value) {
		Cell cell = row.createCell(column);
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value != null) {
			cell.setCellValue(value.toString());
		}
		return cell;
	}

}
