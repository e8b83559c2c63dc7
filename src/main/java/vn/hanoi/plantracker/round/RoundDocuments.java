package vn.hanoi.plantracker.round;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.standing.Standing;

/**
 * A round's reports as Word documents in the layout of Decree 30/2020/ND-CP: issuing body
 * and number ("Số: …/BC-…") on the left, national name and motto on the right, place and
 * date, the title, the numbered sections, where it goes and who signs, then the annex
 * table. Times New Roman 13–14 pt on A4 with the decree's margins. Everything comes from
 * the {@link RoundDossier}, so a closed round gives the same file every time.
 */
@Component
class RoundDocuments {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String FONT = "Times New Roman";

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
		Writer w = new Writer(this.messages, locale);
		RoundDossier.Heading round = dossier.round();
		// the lines kept when the round named the agency; a round frozen before they were
		// kept prints what it printed then
		String superior = part.hasLetterhead() ? w.pick(part.superiorVi(), part.superiorEn())
				: w.get("round.doc.superior");
		String issuer = part.hasLetterhead() ? w.pick(part.issuerVi(), part.issuerEn())
				: w.pick(part.nameVi(), part.nameEn());
		w.letterhead(superior, issuer.toUpperCase(locale), w.get("round.doc.number", part.code()),
				signedOn(part.submittedAt()));
		w.title(round, dossier.asOf());
		int n = 0;
		for (Section section : Section.values()) {
			w.heading(ROMAN[n++] + ". " + w.get("round.section." + section).toUpperCase(locale));
			w.body(part.sections().of(section));
		}
		w.signature(w.get("round.doc.recipients.agency"), w.get("round.doc.signer.agency"));
		w.annex(w.get("round.doc.annex.agency", w.pick(part.nameVi(), part.nameEn())), dossier.asOf(), part);
		return w.bytes();
	}

	byte[] consolidated(ConsolidatedReport report, Locale locale) {
		Writer w = new Writer(this.messages, locale);
		RoundDossier dossier = report.dossier();
		RoundDossier.Heading round = dossier.round();
		if (!report.approved()) {
			w.paragraph(w.get("round.doc.draft"), ParagraphAlignment.RIGHT, true, false, 13);
		}
		w.letterhead(w.get("round.doc.city"), w.get("round.doc.cityName"), w.get("round.doc.number", "UBND"),
				signedOn(report.approvedAt()));
		w.title(round, dossier.asOf());
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
		w.signature(w.get("round.doc.recipients.city"), w.get("round.doc.signer.city"));
		w.taskAnnex(w.get("round.doc.annex.city"), dossier.asOf(), dossier.agencies());
		return w.bytes();
	}

	private static LocalDate signedOn(Instant instant) {
		return (instant != null) ? instant.atZone(Today.ZONE).toLocalDate() : null;
	}

	/** One document being written. */
	private static final class Writer {

		private final MessageSource messages;

		private final Locale locale;

		private final XWPFDocument doc = new XWPFDocument();

		Writer(MessageSource messages, Locale locale) {
			this.messages = messages;
			this.locale = locale;
			CTSectPr section = this.doc.getDocument().getBody().addNewSectPr();
			CTPageSz size = section.addNewPgSz();
			size.setW(BigInteger.valueOf(11906));
			size.setH(BigInteger.valueOf(16838));
			// Decree 30: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm
			CTPageMar margins = section.addNewPgMar();
			margins.setTop(BigInteger.valueOf(1134));
			margins.setBottom(BigInteger.valueOf(1134));
			margins.setLeft(BigInteger.valueOf(1701));
			margins.setRight(BigInteger.valueOf(1077));
		}

		String get(String key, Object... args) {
			return this.messages.getMessage(key, args, this.locale);
		}

		String pick(String vi, String en) {
			return "en".equals(this.locale.getLanguage()) ? en : vi;
		}

		void letterhead(String superior, String issuer, String number, LocalDate signedOn) {
			XWPFTable header = this.doc.createTable(1, 2);
			header.removeBorders();
			header.setWidth("100%");
			XWPFTableCell left = header.getRow(0).getCell(0);
			if (superior.isBlank()) {
				// no managing body: the issuer stands on the first line
				run(left.getParagraphs().get(0), issuer, ParagraphAlignment.CENTER, true, true, 13);
			}
			else {
				run(left.getParagraphs().get(0), superior, ParagraphAlignment.CENTER, false, false, 13);
				run(left.addParagraph(), issuer, ParagraphAlignment.CENTER, true, true, 13);
			}
			run(left.addParagraph(), number, ParagraphAlignment.CENTER, false, false, 13);
			XWPFTableCell right = header.getRow(0).getCell(1);
			run(right.getParagraphs().get(0), get("round.doc.nation"), ParagraphAlignment.CENTER, true, false, 12);
			run(right.addParagraph(), get("round.doc.motto"), ParagraphAlignment.CENTER, true, true, 13);
			XWPFRun date = run(right.addParagraph(),
					(signedOn != null) ? get("round.doc.placeDate", signedOn.getDayOfMonth(), signedOn.getMonthValue(),
							String.valueOf(signedOn.getYear())) : get("round.doc.placeDateBlank"),
					ParagraphAlignment.CENTER, false, false, 13);
			date.setItalic(true);
		}

		void title(RoundDossier.Heading round, LocalDate asOf) {
			paragraph("", ParagraphAlignment.CENTER, false, false, 13);
			paragraph(get("round.doc.title"), ParagraphAlignment.CENTER, true, false, 14);
			paragraph(get("round.doc.subtitle", round.planNumber(), round.planIssuedOn().format(DATE),
					pick(round.titleVi(), round.titleEn())), ParagraphAlignment.CENTER, true, false, 14);
			XWPFRun period = run(
					this.doc.createParagraph(), get("round.doc.period", round.periodStart().format(DATE),
							round.periodEnd().format(DATE), asOf.format(DATE)),
					ParagraphAlignment.CENTER, false, false, 13);
			period.setItalic(true);
		}

		void heading(String text) {
			paragraph(text, ParagraphAlignment.BOTH, true, false, 14);
		}

		void body(String text) {
			if (text == null || text.isBlank()) {
				XWPFRun none = run(this.doc.createParagraph(), get("round.doc.nothing"), ParagraphAlignment.BOTH, false,
						false, 14);
				none.setItalic(true);
				return;
			}
			for (String line : text.split("\\R")) {
				if (!line.isBlank()) {
					XWPFParagraph p = this.doc.createParagraph();
					p.setIndentationFirstLine(567);
					p.setSpacingAfter(60);
					run(p, line.strip(), ParagraphAlignment.BOTH, false, false, 14);
				}
			}
		}

		void signature(String recipients, String signer) {
			paragraph("", ParagraphAlignment.LEFT, false, false, 13);
			XWPFTable table = this.doc.createTable(1, 2);
			table.removeBorders();
			table.setWidth("100%");
			XWPFTableCell left = table.getRow(0).getCell(0);
			XWPFRun to = run(left.getParagraphs().get(0), get("round.doc.recipientsLabel"), ParagraphAlignment.LEFT,
					true, false, 12);
			to.setItalic(true);
			for (String line : recipients.split("\\|")) {
				run(left.addParagraph(), line, ParagraphAlignment.LEFT, false, false, 11);
			}
			XWPFTableCell right = table.getRow(0).getCell(1);
			String[] lines = signer.split("\\|");
			run(right.getParagraphs().get(0), lines[0], ParagraphAlignment.CENTER, true, false, 13);
			for (int i = 1; i < lines.length; i++) {
				run(right.addParagraph(), lines[i], ParagraphAlignment.CENTER, i < lines.length - 1, false, 13)
					.setItalic(i == lines.length - 1);
			}
		}

		void annex(String title, LocalDate asOf, RoundDossier.Part part) {
			String[] columns = { "no", "task", "role", "due", "standing", "result" };
			XWPFTable table = annexTable(title, asOf, columns, part.lines().size());
			int i = 1;
			for (RoundDossier.Line line : part.lines()) {
				var row = table.getRow(i);
				cell(row.getCell(0), String.valueOf(i), false);
				cell(row.getCell(1), line.taskCode() + ". " + pick(line.taskVi(), line.taskEn()), false);
				cell(row.getCell(2), get("round.role." + line.role()), false);
				cell(row.getCell(3), line.dueDate().format(DATE), false);
				cell(row.getCell(4), get("round.standing." + line.standing()), false);
				cell(row.getCell(5), line.result(), false);
				i++;
			}
		}

		/**
		 * One row per task: the agencies doing it, its deadlines, how many of its
		 * assignments stand where, and the agencies' result lines, each labelled.
		 */
		void taskAnnex(String title, LocalDate asOf, List<RoundDossier.Part> parts) {
			Map<String, List<Map.Entry<RoundDossier.Part, RoundDossier.Line>>> byTask = new TreeMap<>(TASK_ORDER);
			for (RoundDossier.Part part : parts) {
				for (RoundDossier.Line line : part.lines()) {
					byTask.computeIfAbsent(line.taskCode(), (k) -> new ArrayList<>()).add(Map.entry(part, line));
				}
			}
			String[] columns = { "no", "task", "agency", "due", "standing", "result" };
			XWPFTable table = annexTable(title, asOf, columns, byTask.size());
			int i = 1;
			for (List<Map.Entry<RoundDossier.Part, RoundDossier.Line>> task : byTask.values()) {
				RoundDossier.Line first = task.get(0).getValue();
				List<String> agencies = task.stream()
					.map((e) -> pick(e.getKey().nameVi(), e.getKey().nameEn()))
					.distinct()
					.toList();
				LocalDate from = task.stream().map((e) -> e.getValue().dueDate()).min(LocalDate::compareTo).get();
				LocalDate to = task.stream().map((e) -> e.getValue().dueDate()).max(LocalDate::compareTo).get();
				Map<Standing, Long> standings = new EnumMap<>(Standing.class);
				task.forEach((e) -> standings.merge(e.getValue().standing(), 1L, Long::sum));
				// only an accepted report is the agency's word: a returned or unreviewed
				// one
				// never reaches the city's annex
				List<String> results = task.stream()
					.filter((e) -> e.getKey().status() == ReportStatus.ACCEPTED && !e.getValue().result().isBlank())
					.map((e) -> pick(e.getKey().nameVi(), e.getKey().nameEn()) + ": " + e.getValue().result())
					.toList();
				var row = table.getRow(i);
				cell(row.getCell(0), String.valueOf(i), false);
				cell(row.getCell(1), first.taskCode() + ". " + pick(first.taskVi(), first.taskEn()), false);
				cell(row.getCell(2),
						(agencies.size() <= MAX_NAMES) ? String.join("; ", agencies)
								: String.join("; ", agencies.subList(0, 3)) + "; "
										+ get("round.doc.andMore", agencies.size() - 3),
						false);
				cell(row.getCell(3), from.equals(to) ? from.format(DATE) : from.format(DATE) + " – " + to.format(DATE),
						false);
				cell(row.getCell(4),
						String.join("\n",
								standings.entrySet()
									.stream()
									.map((e) -> get("round.standing." + e.getKey()) + ": " + e.getValue())
									.toList()),
						false);
				cell(row.getCell(5), String.join("\n", results), false);
				i++;
			}
		}

		private XWPFTable annexTable(String title, LocalDate asOf, String[] columns, int rows) {
			XWPFParagraph pageBreak = this.doc.createParagraph();
			pageBreak.createRun().addBreak(BreakType.PAGE);
			paragraph(get("round.doc.annex"), ParagraphAlignment.CENTER, true, false, 14);
			paragraph(title, ParagraphAlignment.CENTER, true, false, 13);
			XWPFRun as = run(this.doc.createParagraph(), get("round.doc.asOf", asOf.format(DATE)),
					ParagraphAlignment.CENTER, false, false, 13);
			as.setItalic(true);
			XWPFTable table = this.doc.createTable(rows + 1, columns.length);
			table.setWidth("100%");
			for (int c = 0; c < columns.length; c++) {
				cell(table.getRow(0).getCell(c), get("round.doc.col." + columns[c]), true);
			}
			return table;
		}

		void paragraph(String text, ParagraphAlignment alignment, boolean bold, boolean underline, int size) {
			run(this.doc.createParagraph(), text, alignment, bold, underline, size);
		}

		private static XWPFRun run(XWPFParagraph paragraph, String text, ParagraphAlignment alignment, boolean bold,
				boolean underline, int size) {
			paragraph.setAlignment(alignment);
			XWPFRun run = paragraph.createRun();
			run.setFontFamily(FONT);
			run.setFontSize(size);
			run.setBold(bold);
			if (underline) {
				run.setUnderline(UnderlinePatterns.SINGLE);
			}
			run.setText(text);
			return run;
		}

		private static void cell(XWPFTableCell cell, String text, boolean bold) {
			XWPFParagraph paragraph = cell.getParagraphs().get(0);
			XWPFRun run = paragraph.createRun();
			run.setFontFamily(FONT);
			run.setFontSize(11);
			run.setBold(bold);
			String[] lines = (text != null) ? text.split("\\R", -1) : new String[] { "" };
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					run.addBreak();
				}
				run.setText(lines[i]);
			}
		}

		byte[] bytes() {
			try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				this.doc.write(out);
				this.doc.close();
				return out.toByteArray();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
