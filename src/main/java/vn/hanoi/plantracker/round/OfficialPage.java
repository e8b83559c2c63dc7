package vn.hanoi.plantracker.round;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The page of an official document under Decree 30/2020/ND-CP: A4 with the decree's
 * margins, portrait for the letter and landscape for its annex, and tables of fixed
 * column widths within the text width.
 */
final class OfficialPage {

	/** A4 in twentieths of a point. */
	private static final int A4_SHORT = 11906;

	private static final int A4_LONG = 16838;

	/** Decree 30: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm. */
	private static final int TOP = 1134;

	private static final int BOTTOM = 1134;

	private static final int LEFT = 1701;

	private static final int RIGHT = 1077;

	/** The page number stands 10 mm from the top edge. */
	private static final int HEADER = 567;

	/** The width of the text on a portrait page. */
	static final int PORTRAIT_TEXT_WIDTH = A4_SHORT - LEFT - RIGHT;

	private OfficialPage() {
	}

	/** Portrait or landscape A4 with the decree's margins. */
	static void set(CTSectPr section, boolean landscape) {
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
		size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
		size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(TOP));
		margins.setBottom(BigInteger.valueOf(BOTTOM));
		margins.setLeft(BigInteger.valueOf(LEFT));
		margins.setRight(BigInteger.valueOf(RIGHT));
		margins.setHeader(BigInteger.valueOf(HEADER));
		margins.setFooter(BigInteger.valueOf(HEADER));
		margins.setGutter(BigInteger.ZERO);
	}

	/** The page number at the top of every page but the first. */
	static void numberFromPageTwo(XWPFDocument doc, CTSectPr section, String font) {
		// the first page carries no number (its header is empty); the others do
		doc.createHeader(HeaderFooterType.FIRST).createParagraph();
		XWPFParagraph number = doc.createHeader(HeaderFooterType.DEFAULT).createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		CTSimpleField field = number.getCTP().addNewFldSimple();
		field.setInstr(" PAGE ");
		CTR shown = field.addNewR();
		CTRPr size = shown.addNewRPr();
		CTFonts family = size.addNewRFonts();
		family.setAscii(font);
		family.setHAnsi(font);
		size.addNewSz().setVal(BigInteger.valueOf(26));
		shown.addNewT().setStringValue("2");
		if (!section.isSetTitlePg()) {
			section.addNewTitlePg();
		}
	}

	/**
	 * Column widths in twips across a landscape page's text, in proportion to the
	 * weights; the last column takes what rounding leaves.
	 */
	static int[] landscapeColumns(int[] weights) {
		int width = A4_LONG - LEFT - RIGHT;
		int total = java.util.Arrays.stream(weights).sum();
		int[] twips = new int[weights.length];
		int used = 0;
		for (int c = 0; c < weights.length - 1; c++) {
			twips[c] = width * weights[c] / total;
			used += twips[c];
		}
		twips[weights.length - 1] = width - used;
		return twips;
	}

	/** Fixed column widths (in twips) that Word and LibreOffice keep as given. */
	static void widths(XWPFTable table, int cellMargin, int... twips) {
		CTTblPr properties = table.getCTTbl().getTblPr();
		CTTblWidth total = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
		total.setType(STTblWidth.DXA);
		total.setW(BigInteger.valueOf(java.util.Arrays.stream(twips).sum()));
		(properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
			.setType(STTblLayoutType.FIXED);
		var margins = properties.isSetTblCellMar() ? properties.getTblCellMar() : properties.addNewTblCellMar();
		margins.addNewLeft().setW(BigInteger.valueOf(cellMargin));
		margins.getLeft().setType(STTblWidth.DXA);
		margins.addNewRight().setW(BigInteger.valueOf(cellMargin));
		margins.getRight().setType(STTblWidth.DXA);
		CTTblGrid grid = (table.getCTTbl().getTblGrid() != null) ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : twips) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		for (XWPFTableRow row : table.getRows()) {
			for (int c = 0; c < twips.length; c++) {
				var cell = row.getCell(c).getCTTc();
				var props = cell.isSetTcPr() ? cell.getTcPr() : cell.addNewTcPr();
				CTTblWidth w = props.isSetTcW() ? props.getTcW() : props.addNewTcW();
				w.setType(STTblWidth.DXA);
				w.setW(BigInteger.valueOf(twips[c]));
			}
		}
	}

}
