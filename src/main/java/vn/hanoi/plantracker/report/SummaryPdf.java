package vn.hanoi.plantracker.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import vn.hanoi.plantracker.plan.ProvisionalTasks;
import vn.hanoi.plantracker.system.Today;

/**
 * The leadership summary as an A4 PDF, with DejaVu Sans embedded so that Vietnamese
 * diacritics print right on any machine.
 */
final class SummaryPdf {

	private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(Today.ZONE);

	private static volatile BaseFont font;

	private SummaryPdf() {
	}

	static byte[] write(Labels labels, SummaryReport report, String[] heading, Instant generatedAt,
			ProvisionalTasks provisional) {
		Font normal = new Font(font(), 9);
		Font bold = new Font(font(), 9, Font.BOLD);
		Font title = new Font(font(), 14, Font.BOLD);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Document document = new Document(PageSize.A4, 36, 36, 36, 36);
			PdfWriter.getInstance(document, out);
			document.open();
			Paragraph head = new Paragraph(labels.get("report.summary.title"), title);
			head.setAlignment(Element.ALIGN_CENTER);
			document.add(head);
			for (String line : heading) {
				document.add(new Paragraph(line, normal));
			}
			document.add(new Paragraph(labels.get("report.export.generatedAt", GENERATED.format(generatedAt)), normal));
			if (provisional.any()) {
				document.add(new Paragraph(
						labels.get("report.export.provisionalNote", provisional.provisional(), provisional.tasks()),
						normal));
			}
			document.add(new Paragraph(" ", normal));
			document.add(table(bold, normal,
					List.of(labels.get("report.export.indicator"), labels.get("report.export.value")),
					ExportRows.indicators(labels, report)
						.stream()
						.map((row) -> row.stream()
							.map((v) -> (v instanceof Long l) ? labels.number(l) : String.valueOf(v))
							.toList())
						.toList()));
			document.add(new Paragraph(labels.get("report.summary.byArea"), bold));
			document.add(table(bold, normal,
					List.of(labels.get("filter.area"), labels.get("metrics.col.TOTAL"), labels.get("metrics.col.DUE"),
							labels.get("metrics.col.ON_TIME"), labels.get("metrics.col.LATE"),
							labels.get("metrics.col.AWAITING_REVIEW"), labels.get("metrics.col.OVERDUE"),
							labels.get("metrics.col.ON_TIME_RATE")),
					report.areas()
						.stream()
						.map((a) -> List.of(a.ordinal() + ". " + labels.pick(a.titleVi(), a.titleEn()),
								labels.number(a.counts().total()), labels.number(a.counts().due()),
								labels.number(a.counts().onTime()), labels.number(a.counts().late()),
								labels.number(a.counts().awaitingReview()), labels.number(a.counts().overdue()),
								percent(a.counts().onTimeRate())))
						.toList()));
			document.add(new Paragraph(labels.get("report.summary.monthly"), bold));
			document.add(table(bold, normal, List.of(labels.get("report.summary.month"), labels
				.get("report.summary.completedInMonth"), labels.get("report.summary.dueInMonth")), report.months()
					.stream()
					.map((m) -> List.of(Labels.month(m.month()), labels.number(m.completed()), labels.number(m.due())))
					.toList()));
			document.add(new Paragraph(labels.get("report.summary.upcoming", SummaryReport.UPCOMING_DAYS), bold));
			document.add(table(bold, normal, List.of(labels.get("assignment.dueDate"), labels.get("task.code"), labels
				.get("task.title"), labels.get("assignment.agency")), report.upcoming()
					.stream()
					.map((l) -> List.of(
							Labels.date(l.dueDate())
									+ (provisional.isProvisional(report.plan().number(), l.taskCode()) ? " (*)" : ""),
							l.taskCode(), labels.pick(l.taskVi(), l.taskEn()), labels.pick(l.agencyVi(), l.agencyEn())))
					.toList()));
			if (report.upcomingCut()) {
				document.add(new Paragraph(
						labels.get("metrics.upcoming.cut", report.upcoming().size(), report.total().dueSoon()),
						normal));
			}
			document.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static PdfPTable table(Font bold, Font normal, List<String> header, List<List<String>> rows) {
		PdfPTable table = new PdfPTable(header.size());
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		table.setSpacingAfter(10);
		table.setHeaderRows(1);
		for (String text : header) {
			table.addCell(new PdfPCell(new Phrase(text, bold)));
		}
		for (List<String> row : rows) {
			for (String text : row) {
				table.addCell(new PdfPCell(new Phrase(text, normal)));
			}
		}
		return table;
	}

	private static String percent(Integer value) {
		return (value != null) ? value + "%" : "—";
	}

	private static BaseFont font() {
		if (font == null) {
			try (InputStream in = SummaryPdf.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
				font = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
						in.readAllBytes(), null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return font;
	}

}
