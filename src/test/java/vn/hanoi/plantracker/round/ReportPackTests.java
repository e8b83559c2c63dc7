package vn.hanoi.plantracker.round;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The leadership pack: two schedulers firing together on one database send each leader
 * one email with the summary PDF and workbook attached, received by a real SMTP server;
 * the same pack downloads in the application.
 */
@IntegrationTest
// the runs and the retry check are driven by the test, not by the minute hand (scheduling
// is off in the tests: application-test.properties)
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025" })
class ReportPackTests {

	private static final String LEADER = "lanhdao@hanoi.gov.vn";

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	ReportPack pack;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	DemoUsers demo;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void reset() {
		this.clock.reset();
		this.fixtures.jdbc().sql("update app_user set email = null where username = 'leader'").update();
	}

	@Test
	void twoSchedulersSendEachLeaderOnePackWithThePdfAndTheWorkbook() throws Exception {
		this.fixtures.jdbc()
			.sql("update app_user set email = :e where username = 'leader'")
			.param("e", LEADER)
			.update();
		this.clock.setHanoiTime(LocalDateTime.of(2026, 12, 7, 8, 0));
		CyclicBarrier start = new CyclicBarrier(2);
		Runnable scheduler = () -> {
			try {
				start.await();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			this.pack.run();
		};
		// both runs are over: a run sends before it returns (JavaMail hands the messages
		// to
		// the SMTP server, which stores them before it answers), so whatever either sent
		// is
		// on the server now, with nothing left to wait for
		CompletableFuture.allOf(CompletableFuture.runAsync(scheduler), CompletableFuture.runAsync(scheduler)).get();
		assertThat(this.pack.sendFor(LocalDate.of(2026, 12, 7))).as("a late second run sends nothing").isZero();
		// the day's idempotency key: claimed once, in the transaction that sent the pack
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from report_pack_sent where pack_date = date '2026-12-07'")
			.query(Long.class)
			.single()).as("claims of the day").isEqualTo(1);
		List<MimeMessage> received = toLeader();
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getSubject()).contains("07/12/2026");
		List<String> attachments = new ArrayList<>();
		Multipart parts = (Multipart) received.get(0).getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			Part part = parts.getBodyPart(i);
			if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
				attachments.add(part.getFileName());
				byte[] bytes = part.getInputStream().readAllBytes();
				if (part.getFileName().endsWith(".pdf")) {
					assertThat(new String(bytes, 0, 4)).isEqualTo("%PDF");
				}
			}
		}
		assertThat(attachments).containsExactlyInAnyOrder("bao-cao-tong-hop.pdf", "bao-cao-tong-hop.xlsx");
		assertThat(this.fixtures.jdbc()
			.sql("select recipients from report_pack_sent where pack_date = date '2026-12-07'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aPackThatFailedIsTriedOnceMoreAnHourLaterAndOnlyOnce() throws Exception {
		this.fixtures.jdbc()
			.sql("update app_user set email = :e where username = 'leader'")
			.param("e", LEADER)
			.update();
		forgetPacks();
		try {
			// Monday 21/12 08:00: the mail server is down, the run fails
			this.clock.setHanoiTime(LocalDateTime.of(2026, 12, 21, 8, 0));
			smtp.stop();
			assertThatThrownBy(this.pack::run).isInstanceOf(RuntimeException.class);
			assertThat(packsSent()).isEmpty();
			// too early for the retry; an hour later it is tried, and fails again
			this.clock.setHanoiTime(LocalDateTime.of(2026, 12, 21, 8, 40));
			this.pack.retryMissed();
			this.clock.setHanoiTime(LocalDateTime.of(2026, 12, 21, 9, 5));
			assertThatThrownBy(this.pack::retryMissed).isInstanceOf(RuntimeException.class);
			// the mail server is back: no third try before the next scheduled time
			smtp.start();
			this.clock.setHanoiTime(LocalDateTime.of(2026, 12, 21, 9, 30));
			this.pack.retryMissed();
			this.clock.setHanoiTime(LocalDateTime.of(2026, 12, 27, 23, 0));
			this.pack.retryMissed();
			assertThat(packsSent()).isEmpty();
			assertThat(toLeader()).isEmpty();

			// Monday 28/12: the run fails again, and the retry an hour later sends it
			releaseLocks();
			this.clock.setHanoiTime(LocalDateTime.of(2026, 12, 28, 8, 0));
			smtp.stop();
			assertThatThrownBy(this.pack::run).isInstanceOf(RuntimeException.class);
			smtp.start();
			this.clock.setHanoiTime(LocalDateTime.of(2026, 12, 28, 9, 1));
			this.pack.retryMissed();
			assertThat(packsSent()).containsExactly(LocalDate.of(2026, 12, 28));
			await().atMost(Duration.ofSeconds(10)).until(() -> toLeader().size() >= 1);
			assertThat(toLeader()).hasSize(1);
			assertThat(toLeader().get(0).getSubject()).contains("28/12/2026");
		}
		finally {
			forgetPacks();
		}
	}

	private void forgetPacks() {
		releaseLocks();
		this.fixtures.jdbc()
			.sql("delete from report_pack_sent where pack_date between date '2026-12-21' and date '2026-12-28'")
			.update();
	}

	/**
	 * Ends the pack's locks (ShedLock keeps its rows and updates them: a deleted row
	 * would never be taken again).
	 */
	private void releaseLocks() {
		this.fixtures.jdbc()
			.sql("update shedlock set lock_until = now() - interval '1 second'"
					+ " where name like 'leadership-report-pack%'")
			.update();
	}

	private List<LocalDate> packsSent() {
		return this.fixtures.jdbc()
			.sql("select pack_date from report_pack_sent where pack_date between date '2026-12-21'"
					+ " and date '2026-12-28' order by 1")
			.query(LocalDate.class)
			.list();
	}

	@Test
	void thePackDownloadsForLeadershipAndNotForOfficers() throws Exception {
		byte[] zip = this.mvc.perform(get("/rounds/pack.zip").with(this.demo.as("leader")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		assertThat(names).containsExactly("summary.pdf", "summary.xlsx", "attention.txt");
		this.mvc.perform(get("/rounds/pack").with(this.demo.as("leader"))).andExpect(status().isOk());
		this.mvc.perform(get("/rounds/pack.zip").with(this.demo.as("officer.health")))
			.andExpect(status().isForbidden());
	}

	@Test
	void beforeTheFirstPackThePageSaysWhenItGoesOut() throws Exception {
		List<LocalDate> sent = this.fixtures.jdbc()
			.sql("select pack_date from report_pack_sent")
			.query(LocalDate.class)
			.list();
		this.fixtures.jdbc().sql("delete from report_pack_sent").update();
		try {
			// a Wednesday: the next run is Monday 08:00
			this.clock.setHanoiTime(LocalDateTime.of(2026, 12, 9, 10, 0));
			this.mvc.perform(get("/rounds/pack").with(this.demo.as("leader")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"pack-never-sent\"")))
				.andExpect(content().string(containsString("08:00 14/12/2026")));
		}
		finally {
			for (LocalDate day : sent) {
				this.fixtures.jdbc()
					.sql("insert into report_pack_sent (pack_date, sent_at, recipients) values (:d, now(), 1)"
							+ " on conflict do nothing")
					.param("d", day)
					.update();
			}
		}
	}

	private static List<MimeMessage> toLeader() {
		return Arrays.stream(smtp.getReceivedMessages()).filter((m) -> {
			try {
				return Arrays.stream(m.getAllRecipients()).anyMatch((a) -> a.toString().equals(LEADER));
			}
			catch (Exception ex) {
				return false;
			}
		}).toList();
	}

}
