package vn.hanoi.plantracker.round;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.round.RoundDashboard.Row;
import vn.hanoi.plantracker.round.RoundDashboard.View;
import vn.hanoi.plantracker.system.Today;

/** The coordinator's view of a round as an Excel workbook: one row per agency. */
@Component
class RoundDashboardWorkbook {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Today.ZONE);

	private final MessageSource messages;

	RoundDashboardWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] xlsx(View view, Locale locale) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(get("round.dashboard.sheet", locale));
			sheet.createRow(0).createCell(0).setCellValue(view.round().title());
			sheet.createRow(1)
				.createCell(0)
				.setCellValue(get("round.dashboard.due", locale, view.round().dueOn().format(RoundDocuments.DATE)));
			cells(sheet, 3, get("round.col.agency", locale), get("round.col.required", locale),
					get("round.col.status", locale), get("round.col.submittedAt", locale),
					get("round.col.onTime", locale));
			int i = 4;
			for (Row r : view.rows()) {
				cells(sheet, i++, "en".equals(locale.getLanguage()) ? r.nameEn() : r.nameVi(),
						get(r.required() ? "round.required" : "round.invited", locale),
						get("round.report.status." + r.status(), locale),
						(r.submittedAt() != null) ? TIME.format(r.submittedAt()) : "",
						r.sent() ? get(r.onTime() ? "round.onTime" : "round.late", locale) : "");
			}
			for (int c = 0; c < 5; c++) {
				sheet.setColumnWidth(c, (c == 0) ? 60 * 256 : 20 * 256);
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void cells(Sheet sheet, int index, String... values) {
		org.apache.poi.ss.usermodel.Row row = sheet.createRow(index);
		for (int c = 0; c < values.length; c++) {
			row.createCell(c).setCellValue(values[c]);
		}
	}

	private String get(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
