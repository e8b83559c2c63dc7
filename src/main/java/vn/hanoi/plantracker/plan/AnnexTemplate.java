package vn.hanoi.plantracker.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * The layout of a plan's annex table, the one the importer reads: the heading in both
 * languages (STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
 * thực hiện / hoàn thành | Sản phẩm), a row per key area (its Roman number, its title
 * over the other columns) and a row per task. The template a coordinator fills in and the
 * export of a plan ({@link PlanAnnexExport}) are both written here, as .xlsx or .docx, so
 * an export imports back as it was written ({@link AnnexSheet}, {@link AnnexDocument}).
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

	/** Word column widths in twips, landscape A4 within its margins. */
	private static final int[] TWIPS = { 700, 4300, 2300, 2500, 2000, 2300 };

	private AnnexTemplate() {
	}

	/**
	 * One row of the table: a key area's (number and title only) or a task's (six texts).
	 */
	record AnnexLine(boolean area, String[] cells) {

		static AnnexLine area(String number, String title) {
			return new AnnexLine(true, new String[] { number, title });
		}

		static AnnexLine task(String... cells) {
			return new AnnexLine(false, cells);
		}

	}

	public static byte[] xlsx() {
		return xlsx(List.of(AnnexLine.area(AREA[0], AREA[1]), AnnexLine.task(TASK)));
	}

	static byte[] xlsx(List<AnnexLine> lines) {
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
			int r = 1;
			for (AnnexLine line : lines) {
				fill(sheet.createRow(r++), line.cells(), line.area() ? heading : wrap);
			}
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

	/**
	 * The annex as a Word document: its title lines centred above the table; a key area's
	 * title spans the five columns after its number.
	 */
	static byte[] docx(List<String> titleLines, List<AnnexLine> lines) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String title : titleLines) {
				XWPFParagraph paragraph = doc.createParagraph();
				paragraph.setAlignment(ParagraphAlignment.CENTER);
				run(paragraph, title, true);
			}
			XWPFTable table = doc.createTable(1, HEADINGS.length);
			XWPFTableRow heading = table.getRow(0);
			heading.setRepeatHeader(true);
			for (int c = 0; c < HEADINGS.length; c++) {
				text(heading.getCell(c), HEADINGS[c], true);
				width(heading.getCell(c), TWIPS[c]);
			}
			for (AnnexLine line : lines) {
				XWPFTableRow row = table.createRow();
				if (line.area()) {
					// a fresh row has a cell per column: keep two, the second spanning
					// five
					while (row.getTableCells().size() > 2) {
						row.removeCell(row.getTableCells().size() - 1);
					}
					text(row.getCell(0), line.cells()[0], true);
					text(row.getCell(1), line.cells()[1], true);
					CTTcPr props = props(row.getCell(1));
					props.addNewGridSpan().setVal(BigInteger.valueOf(HEADINGS.length - 1L));
				}
				else {
					for (int c = 0; c < HEADINGS.length; c++) {
						text(row.getCell(c), line.cells()[c], false);
					}
				}
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** One paragraph per line of the text. */
	private static void text(XWPFTableCell cell, String text, boolean bold) {
		String[] lines = ((text != null) ? text : "").split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			XWPFParagraph paragraph = (i == 0) ? cell.getParagraphs().get(0) : cell.addParagraph();
			run(paragraph, lines[i], bold);
		}
	}

	private static void run(XWPFParagraph paragraph, String text, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily("Times New Roman");
		run.setFontSize(12);
		run.setBold(bold);
		run.setText(text);
	}

	private static void width(XWPFTableCell cell, int twips) {
		CTTcPr props = props(cell);
		(props.isSetTcW() ? props.getTcW() : props.addNewTcW()).setW(BigInteger.valueOf(twips));
	}

	private static CTTcPr props(XWPFTableCell cell) {
		return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
	}

	private static void fill(Row row, String[] values, CellStyle style) {
		for (int c = 0; c < values.length; c++) {
			row.createCell(c).setCellValue(values[c]);
			row.getCell(c).setCellStyle(style);
		}
	}

}
