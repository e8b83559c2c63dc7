package vn.hanoi.plantracker.plan;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A "Kế hoạch" as a Word document for the tests, written the way the city's plans are:
 * the issuing body and the national motto side by side in a borderless table, the title,
 * a paragraph, then the annex table. A row is a list of cells; a cell starting with "↓"
 * begins a vertical merge that a cell {@code "^"} below it continues, and a row of one or
 * two cells spans the rest of the six columns with its last cell (a key area's row).
 */
final class WordAnnex {

	static final String[] HEADING = { "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
			"Thời gian thực hiện / hoàn thành", "Sản phẩm" };

	/** The cell that continues the one above it. */
	static final String MERGED = "^";

	private final List<String[]> rows = new ArrayList<>();

	private String[] heading = HEADING;

	WordAnnex heading(String... heading) {
		this.heading = heading;
		return this;
	}

	WordAnnex row(String... cells) {
		this.rows.add(cells);
		return this;
	}

	byte[] docx() throws Exception {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFTable motto = doc.createTable(1, 2);
			motto.removeBorders();
			motto.getRow(0).getCell(0).setText("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI");
			motto.getRow(0).getCell(1).setText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
			doc.createParagraph().createRun().setText("KẾ HOẠCH");
			doc.createParagraph().createRun().setText("Các cơ quan, đơn vị tổ chức thực hiện theo phụ lục kèm theo.");
			doc.createParagraph().createRun().setText("PHỤ LỤC");
			int columns = this.heading.length;
			XWPFTable table = doc.createTable(1, columns);
			for (int c = 0; c < columns; c++) {
				table.getRow(0).getCell(c).setText(this.heading[c]);
			}
			for (String[] cells : this.rows) {
				XWPFTableRow row = table.createRow();
				int kept = (cells.length < columns) ? cells.length : columns;
				while (row.getTableCells().size() > kept) {
					row.removeCell(row.getTableCells().size() - 1);
				}
				for (int c = 0; c < kept; c++) {
					XWPFTableCell cell = row.getCell(c);
					CTTcPr props = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
					if (MERGED.equals(cells[c])) {
						props.addNewVMerge();
						continue;
					}
					if (cells[c].startsWith("↓")) {
						props.addNewVMerge().setVal(STMerge.RESTART);
					}
					String[] lines = cells[c].replace("↓", "").split("\n");
					cell.setText(lines[0]);
					for (int l = 1; l < lines.length; l++) {
						cell.addParagraph().createRun().setText(lines[l]);
					}
				}
				if (kept < columns) {
					XWPFTableCell last = row.getCell(kept - 1);
					last.getCTTc().getTcPr().addNewGridSpan().setVal(BigInteger.valueOf(columns - kept + 1L));
				}
			}
			doc.write(out);
			return out.toByteArray();
		}
	}

}
