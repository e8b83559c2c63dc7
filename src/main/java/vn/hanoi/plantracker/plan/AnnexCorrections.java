package vn.hanoi.plantracker.plan;

import java.util.Map;

import vn.hanoi.plantracker.plan.AnnexSheet.Line;

/**
 * What the coordinator typed over the cells of the preview the importer did not
 * understand, by the row of the file: the lead and supporting agencies and the deadline
 * as they should have been written. They travel with the preview form (nothing is kept of
 * them until the plan is created) and are read in place of the file's cells each time the
 * kept file is analysed, the confirmation included.
 */
public record AnnexCorrections(Map<Integer, String> lead, Map<Integer, String> support, Map<Integer, String> schedule) {

	/** No corrections: the file as written. */
	public static final AnnexCorrections NONE = new AnnexCorrections(Map.of(), Map.of(), Map.of());

	public AnnexCorrections {
		lead = Map.copyOf(lead);
		support = Map.copyOf(support);
		schedule = Map.copyOf(schedule);
	}

	/** The line with the cells corrected on its row. */
	Line apply(Line line) {
		int row = line.row();
		if (!this.lead.containsKey(row) && !this.support.containsKey(row) && !this.schedule.containsKey(row)) {
			return line;
		}
		return new Line(row, line.stt(), line.content(), typed(this.lead, row, line.lead()),
				typed(this.support, row, line.support()), typed(this.schedule, row, line.schedule()), line.output(),
				line.spansColumns());
	}

	/** Whether any cell of the row was corrected. */
	public boolean corrects(int row) {
		return this.lead.containsKey(row) || this.support.containsKey(row) || this.schedule.containsKey(row);
	}

	private static String typed(Map<Integer, String> cells, int row, String written) {
		String value = cells.get(row);
		return (value != null) ? value.strip() : written;
	}

}
