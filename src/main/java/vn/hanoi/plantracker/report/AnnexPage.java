package vn.hanoi.plantracker.report;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The page of the report annex in the layout of Decree 30/2020/ND-CP: landscape A4 with
 * the decree's margins, Times New Roman, the page number at the top from page two, and
 * the runs, rules and fixed table grids the document is made of.
 */
final class AnnexPage {

	private static final int PAGE_WIDTH = 16838;

	private static final int PAGE_HEIGHT = 11906;

	/** 20 mm, 30 mm and 15 mm in twentieths of a point. */
	private static final int MARGIN_TOP_BOTTOM = 1134;

	private static final int MARGIN_LEFT = 1701;

	private static final int MARGIN_RIGHT = 851;

	private AnnexPage() {
	}

	/** A header cell: centred, bold, table size. */
	static void cell(XWPFTableCell cell, String text) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setSpacingAfter(0);
		run(paragraph, text, PlanAnnexDocument.TABLE_PT, true);
	}

	static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(PlanAnnexDocument.FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setText(text);
		return run;
	}

	static void centred(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setSpacingAfter(0);
		run(paragraph, text, size, bold).setItalic(italic);
	}

	/** A short horizontal rule, centred: the top border of an empty paragraph. */
	static void rule(XWPFParagraph paragraph, int indent) {
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setSpacingAfter(0);
		paragraph.setIndentationLeft(indent);
		paragraph.setIndentationRight(indent);
		CTPPr props = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
		CTBorder top = props.addNewPBdr().addNewTop();
		top.setVal(STBorder.SINGLE);
		top.setSz(BigInteger.valueOf(6));
		top.setSpace(BigInteger.ONE);
		top.setColor("000000");
		run(paragraph, "", 2, false);
	}

	/** The table grid python-docx and LibreOffice need, fixed column widths. */
	static void grid(XWPFTable table, int[] widths) {
		CTTblGrid grid = (table.getCTTbl().getTblGrid() != null) ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		var props = table.getCTTbl().getTblPr();
		CTTblWidth tableWidth = props.isSetTblW() ? props.getTblW() : props.addNewTblW();
		tableWidth.setType(STTblWidth.DXA);
		tableWidth.setW(BigInteger.valueOf(PlanAnnexDocument.total(widths)));
		(props.isSetTblLayout() ? props.getTblLayout() : props.addNewTblLayout()).setType(STTblLayoutType.FIXED);
		for (int c = 0; c < widths.length; c++) {
			XWPFTableCell cell = table.getRow(0).getCell(c);
			width(cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr(), widths[c]);
		}
	}

	private static void width(CTTcPr props, int width) {
		CTTblWidth cellWidth = props.isSetTcW() ? props.getTcW() : props.addNewTcW();
		cellWidth.setType(STTblWidth.DXA);
		cellWidth.setW(BigInteger.valueOf(width));
	}

	static void defaultFont(XWPFDocument doc) {
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(PlanAnnexDocument.FONT);
		fonts.setHAnsi(PlanAnnexDocument.FONT);
		fonts.setCs(PlanAnnexDocument.FONT);
		fonts.setEastAsia(PlanAnnexDocument.FONT);
		doc.createStyles().setDefaultFonts(fonts);
	}

	/**
	 * Landscape A4 with the decree's margins; the page number centred at the top of every
	 * page but the first.
	 */
	static void section(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
				: doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setOrient(STPageOrientation.LANDSCAPE);
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PAGE_HEIGHT));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN_TOP_BOTTOM));
		margins.setBottom(BigInteger.valueOf(MARGIN_TOP_BOTTOM));
		margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
		margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
		margins.setHeader(BigInteger.valueOf(567));
		margins.setFooter(BigInteger.valueOf(567));
		margins.setGutter(BigInteger.ZERO);
		section.addNewTitlePg();
		doc.createHeader(HeaderFooterType.FIRST).createParagraph();
		XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph number = header.createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		var field = number.getCTP().addNewFldSimple();
		field.setInstr("PAGE");
		var run = field.addNewR();
		var props = run.addNewRPr();
		CTFonts fonts = props.addNewRFonts();
		fonts.setAscii(PlanAnnexDocument.FONT);
		fonts.setHAnsi(PlanAnnexDocument.FONT);
		props.addNewSz().setVal(BigInteger.valueOf(2L * 13));
		run.addNewT().setStringValue("1");
	}

}
