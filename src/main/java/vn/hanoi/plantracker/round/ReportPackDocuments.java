package vn.hanoi.plantracker.round;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.dashboard.AttentionRow;
import vn.hanoi.plantracker.dashboard.LeadershipAttention;
import vn.hanoi.plantracker.report.ReportExports;
import vn.hanoi.plantracker.report.ReportFilter;
import vn.hanoi.plantracker.report.Reports;
import vn.hanoi.plantracker.system.Today;

/**
 * What the leadership pack holds and how it is packed: the summary as PDF and Excel (the
 * report module's own exports, as of the day) and the list of what needs leadership's
 * attention, as one zip to download or as an email to one leader.
 */
@Component
class ReportPackDocuments {

	private static final Locale VI = Locale.forLanguageTag("vi");

	private final Reports reports;

	private final ReportExports exports;

	private final LeadershipAttention attention;

	private final MessageSource messages;

	private final Today today;

	private final String from;

	ReportPackDocuments(Reports reports, ReportExports exports, LeadershipAttention attention, MessageSource messages,
			Today today, @Value("${plantracker.mail.from:plantracker@localhost}") String from) {
		this.reports = reports;
		this.exports = exports;
		this.attention = attention;
		this.messages = messages;
		this.today = today;
		this.from = from;
	}

	Contents contents(LocalDate day, Locale locale) {
		ReportFilter filter = this.reports.filter(null, null, null, day, day);
		List<AttentionRow> rows = this.attention.rows();
		StringBuilder text = new StringBuilder(get("round.pack.intro", locale, day.format(RoundDocuments.DATE)))
			.append("\n\n")
			.append(get("round.pack.attention", locale))
			.append('\n');
		if (rows.isEmpty()) {
			text.append(get("round.pack.attention.none", locale)).append('\n');
		}
		for (AttentionRow row : rows) {
			text.append("- ")
				.append("en".equals(locale.getLanguage()) ? row.agencyNameEn() : row.agencyNameVi())
				.append(": ")
				.append(get("round.pack.attention.row", locale, row.count(), row.maxDaysOverdue()))
				.append('\n');
		}
		return new Contents(this.exports.summaryPdf(filter, locale, this.today.now()),
				this.exports.summaryXlsx(filter, locale), text.toString(), day);
	}

	/** The pack as one email (in Vietnamese) to one leader. */
	MimeMessage message(JavaMailSender mail, String to, Contents pack) {
		try {
			MimeMessage message = mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(to);
			helper.setSubject(get("round.pack.subject", VI, pack.day().format(RoundDocuments.DATE)));
			helper.setText(pack.text());
			helper.addAttachment("bao-cao-tong-hop.pdf", new ByteArrayResource(pack.pdf()), "application/pdf");
			helper.addAttachment("bao-cao-tong-hop.xlsx", new ByteArrayResource(pack.xlsx()),
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
			return message;
		}
		catch (MessagingException ex) {
			throw new IllegalStateException("Could not build the report pack email", ex);
		}
	}

	private String get(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	record Contents(byte[] pdf, byte[] xlsx, String text, LocalDate day) {

		/** The pack as one zip: the summary PDF and workbook and the attention list. */
		byte[] zip() {
			try (ByteArrayOutputStream out = new ByteArrayOutputStream();
					ZipOutputStream zip = new ZipOutputStream(out)) {
				entry(zip, "summary.pdf", this.pdf);
				entry(zip, "summary.xlsx", this.xlsx);
				entry(zip, "attention.txt", this.text.getBytes(StandardCharsets.UTF_8));
				zip.finish();
				return out.toByteArray();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(content);
			zip.closeEntry();
		}

	}

}
