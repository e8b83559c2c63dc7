package vn.hanoi.plantracker.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The .xlsx a coordinator fills in to import a plan: the annex table's heading in both
 * languages, a key-area row and a task row as examples. {@link AnnexSheet} reads it.
 */
public final class AnnexTemplate {

	static final String[] HEADINGS = { "STT\n(No.)", "Nội dung nhiệm vụ\n(Task)", "Cơ quan chủ trì\n(Lead agency)",
			"Cơ quan phối hợp\n(Supporting agencies)", "Thời gian thực hiện / hoàn thành\n(Deadline)",
			"Sản phẩm\n(Output)" };

	private static final String[] AREA = { "I", "Rà soát, hoàn thiện văn bản (Reviewing documents)" };

	private static final String[] TASK = { "1",
			"Rà soát văn bản quy phạm pháp luật thuộc thẩm quyền (Review the legal documents within remit)",
			"Công an Thành phố", "Sở Tư pháp; UBND các phường, xã", "Trước ngày 30/6/2026",
			"Báo cáo kết quả rà soát (Review report)" };

	private static final int[] WIDTHS = { 8, 60, 28, 34, 26, 30 };

	private AnnexTemplate() {
	}

	public static byte[] xlsx() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Phu luc");
			CellStyle wrap = workbook.createCellStyle();
			wrap.setWrapText(true);
			wrap.setVerticalAlignment(VerticalAlignment.TOP);
			CellStyle heading = workbook.createCellStyle();
			heading.cloneStyleFrom(wrap);
			Font bold = workbook.createFont();
			bold.setBold(true);
			heading.setFont(bold);
			fill(sheet.createRow(0), HEADINGS, heading);
			fill(sheet.createRow(1), AREA, heading);
			fill(sheet.createRow(2), TASK, wrap);
			for (int c = 0; c < WIDTHS.length; c++) {
				sheet.setColumnWidth(c, WIDTHS[c] * 256);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void fill(Row row, String[] values, CellStyle style) {
		for (int c = 0; c < values.length; c++) {
			row.createCell(c).setCellValue(values[c]);
			row.getCell(c).setCellStyle(style);
		}
	}

}
