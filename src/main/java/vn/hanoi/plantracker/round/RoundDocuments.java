package vn.hanoi.plantracker.round;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.standing.Standing;

/**
 * A round's reports as Word documents in the layout of Decree 30/2020/ND-CP
 * ({@link OfficialDocument}): issuing body and number ("Số: …/BC-…") on the left,
 * national name and motto on the right, place and date, the title, the numbered sections,
 * where it goes and who signs (the agency's own signer), then the annex table on
 * landscape pages. Everything comes from the {@link RoundDossier}, so a closed round, or
 * an approved consolidated report, gives the same file every time.
 */
@Component
class RoundDocuments {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** More agencies than this on a task are shown as the first few and a count. */
	private static final int MAX_NAMES = 6;

	/** Task codes in plan order: 1.2 before 1.10. */
	private static final Comparator<String> TASK_ORDER = Comparator.comparing((String code) -> {
		StringBuilder key = new StringBuilder();
		for (String part : code.split("\\.")) {
			key.append(String.format("%05d",
					part.chars().allMatch(Character::isDigit) && !part.isEmpty() ? Integer.parseInt(part) : 0))
				.append(part);
		}
		return key.toString();
	});

	private static final String[] ROMAN = { "I", "II", "III", "IV", "V", "VI", "VII" };

	private final MessageSource messages;

	RoundDocuments(MessageSource messages) {
		this.messages = messages;
	}

	byte[] agencyReport(RoundDossier dossier, RoundDossier.Part part, Locale locale) {
		OfficialDocument w = new OfficialDocument(this.messages, locale);
		RoundDossier.Heading round = dossier.round();
		// the lines kept when the round named the agency; a round frozen before they were
		// kept prints what it printed then
		String superior = part.hasLetterhead() ? w.pick(part.superiorVi(), part.superiorEn())
				: w.get("round.doc.superior");
		String issuer = part.hasLetterhead() ? w.pick(part.issuerVi(), part.issuerEn())
				: w.pick(part.nameVi(), part.nameEn());
		w.letterhead(superior, List.of(issuer.toUpperCase(locale)), w.get("round.doc.number", part.code()),
				signedOn(part.submittedAt()));
		title(w, round, dossier.asOf());
		int n = 0;
		for (Section section : Section.values()) {
			w.heading(ROMAN[n++] + ". " + w.get("round.section." + section).toUpperCase(locale));
			w.body(part.sections().of(section));
		}
		w.signature(w.get("round.doc.recipients.agency"), signer(w, part.signer()));
		annex(w, w.get("round.doc.annex.agency", w.pick(part.nameVi(), part.nameEn())), dossier.asOf(), part);
		return w.bytes();
	}

	byte[] consolidated(ConsolidatedReport report, Locale locale) {
		OfficialDocument w = new OfficialDocument(this.messages, locale);
		RoundDossier dossier = report.dossier();
		RoundDossier.Heading round = dossier.round();
		if (!report.approved()) {
			w.paragraph(w.get("round.doc.draft"), ParagraphAlignment.RIGHT, true, 13);
		}
		// the People's Committee is the issuing body itself: both lines of its name in
		// bold
		w.letterhead("", List.of(w.get("round.doc.city"), w.get("round.doc.cityName")),
				w.get("round.doc.number", "UBND"), signedOn(report.approvedAt()));
		title(w, round, dossier.asOf());
		w.heading("I. " + w.get("round.doc.figures").toUpperCase(locale));
		RoundDossier.Figures c = dossier.city();
		w.body(w.get("round.doc.figures.city", c.total(), c.dueSet(), c.onTime(), c.late(), c.awaitingReview(),
				c.overdue(), c.doneEarly(), c.inProgress(), c.notYetDue(),
				(c.onTimeRate() != null) ? c.onTimeRate() + "%" : "—"));
		RoundDossier.Figures r = dossier.requested();
		if (r.total() > 0) {
			w.body(w.get("round.doc.figures.requested", r.total(), r.dueSet(), r.onTime(), r.late(), r.awaitingReview(),
					r.overdue(), (r.onTimeRate() != null) ? r.onTimeRate() + "%" : "—"));
		}
		long required = dossier.agencies().stream().filter(RoundDossier.Part::required).count();
		long sent = dossier.agencies().stream().filter((p) -> p.required() && p.status().sent()).count();
		long onTime = dossier.agencies()
			.stream()
			.filter((p) -> p.required() && p.status().sent() && p.submittedOnTime())
			.count();
		w.body(w.get("round.doc.figures.reports", required, sent, onTime));
		int n = 1;
		for (Section section : Section.values()) {
			w.heading(ROMAN[n++] + ". " + w.get("round.section." + section).toUpperCase(locale));
			w.body(dossier.consolidated().of(section));
		}
		w.signature(w.get("round.doc.recipients.city"), List.of(w.get("round.doc.signer.city").split("\\|")));
		taskAnnex(w, w.get("round.doc.annex.city"), dossier.asOf(), dossier.agencies());
		return w.bytes();
	}

	/**
	 * The agency's signer as the round named it: the authority line if it signs as a
	 * collective, its head's title, how to sign; a placeholder title where none is known.
	 */
	private static List<String> signer(OfficialDocument w, RoundDossier.Signer signer) {
		if (signer == null || !signer.known()) {
			return List.of(w.get("round.doc.signer.agency").split("\\|"));
		}
		List<String> lines = new ArrayList<>();
		String authority = w.pick(signer.authorityVi(), signer.authorityEn());
		if (authority != null && !authority.isBlank()) {
			lines.add(authority);
		}
		lines.add(w.pick(signer.titleVi(), signer.titleEn()));
		lines.add(w.get("round.doc.signer.sign"));
		return lines;
	}

	private static LocalDate signedOn(Instant instant) {
		return (instant != null) ? instant.atZone(Today.ZONE).toLocalDate() : null;
	}

	private static void title(OfficialDocument w, RoundDossier.Heading round, LocalDate asOf) {
		w.paragraph("", ParagraphAlignment.CENTER, false, 13);
		w.paragraph(w.get("round.doc.title"), ParagraphAlignment.CENTER, true, 14);
		w.paragraph(w.get("round.doc.subtitle", round.planNumber(), round.planIssuedOn().format(DATE),
				w.pick(round.titleVi(), round.titleEn())), ParagraphAlignment.CENTER, true, 14);
		w.paragraph(w.get("round.doc.period", round.periodStart().format(DATE), round.periodEnd().format(DATE),
				asOf.format(DATE)), ParagraphAlignment.CENTER, false, 13)
			.setItalic(true);
	}

	private static void annex(OfficialDocument w, String title, LocalDate asOf, RoundDossier.Part part) {
		XWPFTable table = w.annex(title, w.get("round.doc.asOf", asOf.format(DATE)),
				columns(w, "no", "task", "role", "due", "standing", "result"), new int[] { 5, 37, 9, 11, 12, 26 },
				part.lines().size());
		int i = 1;
		for (RoundDossier.Line line : part.lines()) {
			var row = table.getRow(i);
			OfficialDocument.cell(row.getCell(0), String.valueOf(i), false);
			OfficialDocument.cell(row.getCell(1), line.taskCode() + ". " + w.pick(line.taskVi(), line.taskEn()), false);
			OfficialDocument.cell(row.getCell(2), w.get("round.role." + line.role()), false);
			OfficialDocument.cell(row.getCell(3), line.dueDate().format(DATE), false);
			OfficialDocument.cell(row.getCell(4), w.get("round.standing." + line.standing()), false);
			OfficialDocument.cell(row.getCell(5), line.result(), false);
			i++;
		}
	}

	/**
	 * One row per task: the agencies doing it, its deadlines, how many of its assignments
	 * stand where, and the agencies' result lines, each labelled.
	 */
	private static void taskAnnex(OfficialDocument w, String title, LocalDate asOf, List<RoundDossier.Part> parts) {
		Map<String, List<Map.Entry<RoundDossier.Part, RoundDossier.Line>>> byTask = new TreeMap<>(TASK_ORDER);
		for (RoundDossier.Part part : parts) {
			for (RoundDossier.Line line : part.lines()) {
				byTask.computeIfAbsent(line.taskCode(), (k) -> new ArrayList<>()).add(Map.entry(part, line));
			}
		}
		XWPFTable table = w.annex(title, w.get("round.doc.asOf", asOf.format(DATE)),
				columns(w, "no", "task", "agency", "due", "standing", "result"), new int[] { 5, 28, 18, 12, 14, 23 },
				byTask.size());
		int i = 1;
		for (List<Map.Entry<RoundDossier.Part, RoundDossier.Line>> task : byTask.values()) {
			RoundDossier.Line first = task.get(0).getValue();
			List<String> agencies = task.stream()
				.map((e) -> w.pick(e.getKey().nameVi(), e.getKey().nameEn()))
				.distinct()
				.toList();
			LocalDate from = task.stream().map((e) -> e.getValue().dueDate()).min(LocalDate::compareTo).get();
			LocalDate to = task.stream().map((e) -> e.getValue().dueDate()).max(LocalDate::compareTo).get();
			Map<Standing, Long> standings = new EnumMap<>(Standing.class);
			task.forEach((e) -> standings.merge(e.getValue().standing(), 1L, Long::sum));
			// only an accepted report is the agency's word: a returned or unreviewed one
			// never reaches the city's annex
			List<String> results = task.stream()
				.filter((e) -> e.getKey().status() == ReportStatus.ACCEPTED && !e.getValue().result().isBlank())
				.map((e) -> w.pick(e.getKey().nameVi(), e.getKey().nameEn()) + ": " + e.getValue().result())
				.toList();
			var row = table.getRow(i);
			OfficialDocument.cell(row.getCell(0), String.valueOf(i), false);
			OfficialDocument.cell(row.getCell(1), first.taskCode() + ". " + w.pick(first.taskVi(), first.taskEn()),
					false);
			OfficialDocument.cell(row.getCell(2),
					(agencies.size() <= MAX_NAMES) ? String.join("; ", agencies)
							: String.join("; ", agencies.subList(0, 3)) + "; "
									+ w.get("round.doc.andMore", agencies.size() - 3),
					false);
			OfficialDocument.cell(row.getCell(3),
					from.equals(to) ? from.format(DATE) : from.format(DATE) + " – " + to.format(DATE), false);
			OfficialDocument.cell(row.getCell(4),
					String.join("\n",
							standings.entrySet()
								.stream()
								.map((e) -> w.get("round.standing." + e.getKey()) + ": " + e.getValue())
								.toList()),
					false);
			OfficialDocument.cell(row.getCell(5), String.join("\n", results), false);
			i++;
		}
	}

	private static String[] columns(OfficialDocument w, String... keys) {
		return java.util.Arrays.stream(keys).map((k) -> w.get("round.doc.col." + k)).toArray(String[]::new);
	}

}
