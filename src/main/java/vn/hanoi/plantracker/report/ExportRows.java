package vn.hanoi.plantracker.report;

import java.util.ArrayList;
import java.util.List;
import vn.hanoi.plantracker.plan.ProvisionalTasks;
import vn.hanoi.plantracker.standing.Counts;

/**
 * The rows of the report exports' tables: the counts of a figure line, its header, the
 * summary's indicators and the provisional-deadline footnote.
 */
final class ExportRows {

	private ExportRows() {
	}

	/**
	 * The headline figures of the summary, as label and value, for the xlsx and the PDF.
	 */
	static List<List<Object>> indicators(Labels labels, SummaryReport report) {
		Counts t = report.total();
		Counts r = report.requestedTotal();
		return List.of(List.of(labels.get("metrics.col.TOTAL"), t.total()),
				List.of(labels.get("metrics.col.DUE"), t.due()), List.of(labels.get("metrics.col.ON_TIME"), t.onTime()),
				List.of(labels.get("metrics.col.LATE"), t.late()),
				List.of(labels.get("metrics.col.AWAITING_REVIEW"), t.awaitingReview()),
				List.of(labels.get("metrics.col.OVERDUE"), t.overdue()),
				List.of(labels.get("metrics.col.NOT_DUE"), t.notDue()),
				List.of(labels.get("metrics.col.ON_TIME_RATE"), orBlank(t.onTimeRate())),
				List.of(labels.get("report.export.maxDaysOverdue"), t.maxDaysOverdue()),
				List.of(labels.get("report.col.RAG"), labels.get("report.rag." + report.totalRag())),
				List.of(labels.get("metrics.requested.total"),
						labels.get("metrics.requested.line", r.total(), r.due(), r.onTime(), r.late(),
								r.awaitingReview(), r.overdue(), r.notDue(),
								(r.onTimeRate() != null) ? r.onTimeRate() + "%" : "—")));
	}

	static List<String> countsHeader(Labels labels, String firstKey, boolean rag) {
		List<String> header = new ArrayList<>();
		header.add(labels.get(firstKey));
		for (String key : List.of("TOTAL", "DUE", "ON_TIME", "LATE", "AWAITING_REVIEW", "OVERDUE", "NOT_DUE",
				"COMPLETION", "ON_TIME_RATE")) {
			header.add(labels.get("metrics.col." + key));
		}
		header.add(labels.get("report.export.maxDaysOverdue"));
		if (rag) {
			header.add(labels.get("report.col.RAG"));
		}
		return header;
	}

	static List<Object> countsRow(String name, Counts c, String rag) {
		List<Object> row = new ArrayList<>(
				List.of(name, c.total(), c.due(), c.onTime(), c.late(), c.awaitingReview(), c.overdue(), c.notDue()));
		row.add(orBlank(c.completionPercent()));
		row.add(orBlank(c.onTimeRate()));
		row.add(c.maxDaysOverdue());
		row.add(rag);
		return row;
	}

	/** A last line under the rows when the selection holds provisional deadlines. */
	static void provisionalFootnote(Labels labels, ProvisionalTasks provisional, List<List<Object>> rows) {
		if (provisional.any()) {
			rows.add(List
				.of(labels.get("report.export.provisionalNote", provisional.provisional(), provisional.tasks())));
		}
	}

	static Object orBlank(Integer value) {
		return (value != null) ? value : "";
	}

}
