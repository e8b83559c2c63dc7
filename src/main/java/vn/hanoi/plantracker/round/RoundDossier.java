package vn.hanoi.plantracker.round;

import java.time.LocalDate;
import java.util.List;

import vn.hanoi.plantracker.standing.Counts;
import vn.hanoi.plantracker.standing.Metric;
import vn.hanoi.plantracker.system.Localized;
import vn.hanoi.plantracker.standing.Standing;

/**
 * Everything a round's documents are made of: the round and its plan, the city's figures
 * at the as-of day, each named agency's report with its task table, and the consolidated
 * text. Built live while the round is open; stored as JSON when it closes, so that its
 * documents come out the same afterwards, whatever changes in the tracker.
 */
public record RoundDossier(Heading round, LocalDate asOf, Figures city, Figures requested, List<Part> agencies,
		Sections consolidated, int revision) {

	public Part part(long agencyId) {
		return this.agencies.stream().filter((p) -> p.agencyId() == agencyId).findFirst().orElse(null);
	}

	/**
	 * The same dossier with the round's status as it is now (frozen dossiers keep
	 * theirs).
	 */
	RoundDossier withStatus(RoundStatus status) {
		Heading r = this.round;
		return new RoundDossier(
				new Heading(r.id(), r.planId(), r.planNumber(), r.planIssuedOn(), r.planTitleVi(), r.planTitleEn(),
						r.kind(), r.year(), r.titleVi(), r.titleEn(), r.periodStart(), r.periodEnd(), r.cutoffOn(),
						r.dueOn(), status),
				this.asOf, this.city, this.requested, this.agencies, this.consolidated, this.revision);
	}

	/** The round and its plan, as the documents name them. */
	public record Heading(long id, long planId, String planNumber, LocalDate planIssuedOn, String planTitleVi,
			String planTitleEn, RoundKind kind, int year, String titleVi, String titleEn, LocalDate periodStart,
			LocalDate periodEnd, LocalDate cutoffOn, LocalDate dueOn, RoundStatus status) {

		public String title() {
			return Localized.pick(this.titleVi, this.titleEn);
		}

		public boolean open() {
			return this.status == RoundStatus.OPEN;
		}

	}

	/**
	 * The figure owner's counts as of the round's day ({@link Counts}), as the documents
	 * print them and as a closed round keeps them: the due set is on time, late, awaiting
	 * review and overdue; the on-time rate is on time over the due set. {@code doneEarly}
	 * is null in snapshots taken before it was recorded (it was then part of none).
	 */
	public record Figures(long onTime, long late, long awaitingReview, long overdue, long inProgress, long notYetDue,
			Long doneEarly) {

		public Figures {
			doneEarly = (doneEarly != null) ? doneEarly : 0L;
		}

		public long dueSet() {
			return this.onTime + this.late + this.awaitingReview + this.overdue;
		}

		public long total() {
			return dueSet() + this.doneEarly + this.inProgress + this.notYetDue;
		}

		public Integer onTimeRate() {
			return Metric.onTimeRate(this.onTime, dueSet());
		}

		static Figures of(Counts counts) {
			return new Figures(counts.onTime(), counts.late(), counts.awaitingReview(), counts.overdue(),
					counts.inProgressOnTime(), counts.notYetDue(), counts.doneEarly());
		}

	}

	/** One named agency's report. */
	public record Part(long agencyId, String code, String nameVi, String nameEn, boolean required, ReportStatus status,
			long version, java.time.Instant submittedAt, boolean submittedOnTime, Sections sections, List<Line> lines,
			List<String> attachments, String superiorVi, String superiorEn, String issuerVi, String issuerEn,
			Signer signer) {

		public String name() {
			return Localized.pick(this.nameVi, this.nameEn);
		}

		/**
		 * Whether the letterhead lines were recorded: a round frozen before they were
		 * (V141) has none in its snapshot and keeps the letterhead it was printed with.
		 */
		public boolean hasLetterhead() {
			return this.superiorVi != null && this.issuerVi != null;
		}

	}

	/**
	 * Who signs an agency's report: the title of its head ({@code GIÁM ĐỐC}) and, for a
	 * collective body, the line above it ({@code TM. ỦY BAN NHÂN DÂN}), empty when the
	 * head signs alone. A null title is not known (the report keeps a placeholder); a
	 * null signer is a round frozen before signers were kept (V190).
	 */
	public record Signer(String authorityVi, String authorityEn, String titleVi, String titleEn) {

		public boolean known() {
			return this.titleVi != null && this.titleEn != null;
		}

	}

	/** One assignment of an agency's table, with the officer's result line. */
	public record Line(long assignmentId, String taskCode, String taskVi, String taskEn, String role, LocalDate dueDate,
			Standing standing, int percent, LocalDate completedOn, String result) {

		public String task() {
			return Localized.pick(this.taskVi, this.taskEn);
		}

	}

}
