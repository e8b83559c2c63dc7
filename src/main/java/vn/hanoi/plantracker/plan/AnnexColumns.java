package vn.hanoi.plantracker.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.hanoi.plantracker.system.SearchTerms;

/**
 * The heading of a plan annex's table, whatever file it comes in: the row whose first
 * cell reads "STT", and under it the six columns found by their headings (folded, so "Cơ
 * quan chủ trì", "Đơn vị chủ trì" and "Lead agency" are the same column). Both readers
 * ({@link AnnexSheet}, {@link AnnexDocument}) take the columns from here, so a table
 * missing a column is refused with the same message, naming the column (and how many are
 * missing), and a table with its columns in another order or with more columns still
 * reads.
 */
final class AnnexColumns {

	/**
	 * STT, content, lead, support, schedule, output: the order of
	 * {@link AnnexSheet.Line}.
	 */
	static final int COUNT = 6;

	/** The rows at the top of a table or sheet searched for the heading. */
	static final int HEADING_SEARCH = 30;

	/** Columns looked at in a row: more than any annex has. */
	static final int MAX_COLUMNS = 40;

	private static final Pattern[] HEADINGS = { Pattern.compile("^(?:stt|tt|so thu tu|no)\\b"),
			Pattern.compile("noi dung|nhiem vu|cong viec|\\btask"), Pattern.compile("chu tri|\\blead"),
			Pattern.compile("phoi hop|\\bsupport"), Pattern.compile("thoi gian|thoi han|tien do|\\bdeadline"),
			Pattern.compile("san pham|ket qua|hinh thuc|\\boutput") };

	/** The message key of each column's name, for the missing-column message. */
	private static final String[] NAMES = { "plans.import.col.stt", "plans.import.col.content", "plans.import.col.lead",
			"plans.import.col.support", "plans.import.col.schedule", "plans.import.col.output" };

	private AnnexColumns() {
	}

	/** Whether a row whose first cell reads this is the table's heading. */
	static boolean isHeading(String firstCell) {
		String first = SearchTerms.fold(firstCell).replaceAll("[^a-z]", "");
		return first.equals("stt") || first.equals("tt") || first.startsWith("sttno") || first.startsWith("sothutu");
	}

	/**
	 * Where each of the six columns is in the heading row's cells (by grid column); the
	 * first heading that fits a column takes it.
	 * @throws PlanImportException naming the columns not found
	 */
	static int[] locate(List<String> heading) {
		int[] columns = new int[COUNT];
		List<String> missing = new ArrayList<>();
		boolean[] taken = new boolean[heading.size()];
		for (int c = 0; c < COUNT; c++) {
			columns[c] = -1;
			for (int i = 0; i < heading.size() && columns[c] < 0; i++) {
				String folded = SearchTerms.fold(heading.get(i)).replaceAll("\\s+", " ").strip();
				if (!taken[i] && HEADINGS[c].matcher(folded).find()) {
					columns[c] = i;
					taken[i] = true;
				}
			}
			if (columns[c] < 0) {
				missing.add(NAMES[c]);
			}
		}
		if (!missing.isEmpty()) {
			// the first column missing, named in the reader's language
			throw new PlanImportException("plans.import.file.missingColumn",
					new DefaultMessageSourceResolvable(missing.get(0)), missing.size());
		}
		return columns;
	}

}
