package vn.hanoi.plantracker.notification;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The email channel: a notice that went to the bell ({@link NoticeSent}) is mailed, in
 * Vietnamese, to the same recipients, those that have an address, when SMTP is configured
 * ({@code spring.mail.host}); otherwise the application says once, at start, that email
 * is off. It decides no recipient of its own. It runs after the bell's transaction
 * commits, from the event publication registry, which retries a mail that did not go.
 */
@Component
class EmailNotifications {

	private static final Logger log = LoggerFactory.getLogger(EmailNotifications.class);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MailSender mail;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final String from;

	/**
	 * The application's address as its users reach it ({@code plantracker.base-url}), for
	 * the link to the place to act; without it the email says to sign in.
	 */
	private final String baseUrl;

	EmailNotifications(ObjectProvider<MailSender> mail, JdbcClient jdbc, MessageSource messages,
			@Value("${plantracker.mail.from:plantracker@localhost}") String from,
			@Value("${plantracker.base-url:}") String baseUrl) {
		this.mail = mail.getIfAvailable();
		this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
		this.jdbc = jdbc;
		this.messages = messages;
		this.from = from;
		if (this.mail == null) {
			log.info("Email is off (spring.mail.host is not set): notifications are shown in the application only");
		}
	}

	/** Whether email is configured: without it, no notice is handed to this channel. */
	boolean isOn() {
		return this.mail != null;
	}

	@ApplicationModuleListener
	void on(NoticeSent sent) {
		if (this.mail == null) {
			return;
		}
		List<String> addresses = addressesOf(sent.recipientIds());
		if (addresses.isEmpty()) {
			return;
		}
		Notice notice = sent.notice();
		String subject = this.messages.getMessage("notification.kind." + notice.kind(),
				new Object[] { notice.subject(), notice.itemCount() }, VIETNAMESE);
		StringBuilder body = new StringBuilder(subject).append("\n\n");
		if (notice.detail() != null) {
			body.append(notice.detail()).append("\n\n");
		}
		if (!this.baseUrl.isEmpty()) {
			// the place to act, as the bell's entry leads there
			body.append(this.messages.getMessage("notification.email.link",
					new Object[] { this.baseUrl + notice.target() }, VIETNAMESE))
				.append("\n\n");
		}
		body.append(this.messages.getMessage("notification.email.footer", null, VIETNAMESE));
		// one message per recipient: nobody sees another's address
		SimpleMailMessage[] perRecipient = addresses.stream().map((address) -> {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.from);
			message.setTo(address);
			message.setSubject(
					this.messages.getMessage("notification.email.subjectPrefix", null, VIETNAMESE) + " " + subject);
			message.setText(body.toString());
			return message;
		}).toArray(SimpleMailMessage[]::new);
		this.mail.send(perRecipient);
	}

	/**
	 * The addresses of the recipients still enabled that have one: a user without an
	 * address hears in the application only.
	 */
	private List<String> addressesOf(List<Long> recipientIds) {
		return this.jdbc.sql("""
				select email from app_user
				where id = any(cast(:ids as bigint[])) and enabled and email is not null and email <> ''
				order by id""").param("ids", recipientIds.toArray(new Long[0])).query(String.class).list();
	}

}
