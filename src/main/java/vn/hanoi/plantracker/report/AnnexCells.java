package vn.hanoi.plantracker.report;

import java.util.ArrayList;
import java.util.List;

import vn.hanoi.plantracker.plan.TaskProgress;

/**
 * The text of each cell of the report annex, in the user's language: the bodies named,
 * the deadline, where the task stands and the agencies' latest reports, difficulties and
 * notes. The .docx and its streamed rows ({@link AnnexTableXml}) write the same texts.
 */
final class AnnexCells {

	/** Results and difficulties beyond these are counted, not listed. */
	private static final int MAX_REPORTS = 5;

	private AnnexCells() {
	}

	static String lead(Labels labels, AnnexRow row) {
		return names(labels, labels.english() ? row.leadEn() : row.leadVi(), row.leadLocal());
	}

	static String support(Labels labels, AnnexRow row) {
		return names(labels, labels.english() ? row.supportEn() : row.supportVi(), row.supportLocal());
	}

	/** Every city body by name; the wards and communes as one group with their number. */
	private static String names(Labels labels, List<String> names, int local) {
		List<String> all = new ArrayList<>(names);
		if (local > 0) {
			all.add(labels.get("report.annex.localGroup", local));
		}
		return String.join("; ", all);
	}

	static String deadline(AnnexRow row) {
		String dates = row.firstDue().equals(row.lastDue()) ? Labels.date(row.firstDue())
				: Labels.date(row.firstDue()) + " – " + Labels.date(row.lastDue());
		return row.provisional() ? dates + " (*)" : dates;
	}

	/**
	 * Where the task stands, one line per group of agencies ("12/126 phường, xã hoàn
	 * thành; 3 quá hạn"), then the agencies' latest reports.
	 */
	static String result(Labels labels, AnnexRow row) {
		List<String> lines = new ArrayList<>();
		for (TaskProgress progress : row.progress()) {
			lines.add(progressLine(labels, progress));
		}
		lines.addAll(limited(labels, labels.english() ? row.resultsEn() : row.resultsVi()));
		return String.join("\n", lines);
	}

	static String progressLine(Labels labels, TaskProgress progress) {
		StringBuilder line = new StringBuilder(
				labels.get(progress.messageKey(), progress.completed(), progress.agencies()));
		if (progress.overdue() > 0) {
			line.append("; ").append(labels.get("taskProgress.overdue", progress.overdue()));
		}
		if (progress.awaitingReview() > 0) {
			line.append("; ").append(labels.get("taskProgress.awaitingReview", progress.awaitingReview()));
		}
		return line.toString();
	}

	static String concerns(Labels labels, List<AnnexRow.Concern> concerns) {
		List<String> lines = new ArrayList<>();
		for (AnnexRow.Concern concern : concerns) {
			List<String> parts = new ArrayList<>();
			if (concern.difficulties() != null) {
				parts.add(labels.get("report.annex.difficulties", concern.difficulties()));
			}
			if (concern.proposals() != null) {
				parts.add(labels.get("report.annex.proposals", concern.proposals()));
			}
			lines.add(concern.agency() + ": " + String.join(" ", parts));
		}
		return String.join("\n", limited(labels, lines));
	}

	static String notes(Labels labels, AnnexRow row) {
		if (row.provisional()) {
			return labels.get("report.annex.provisional");
		}
		if (row.confirmedNumber() != null) {
			return labels.get("report.annex.confirmed", row.confirmedNumber(), Labels.date(row.confirmedOn()));
		}
		return "";
	}

	private static List<String> limited(Labels labels, List<String> lines) {
		if (lines.size() <= MAX_REPORTS) {
			return lines;
		}
		List<String> shown = new ArrayList<>(lines.subList(0, MAX_REPORTS));
		shown.add(labels.get("report.annex.moreReports", lines.size() - MAX_REPORTS));
		return shown;
	}

}
