package vn.hanoi.plantracker.notification;

import java.time.Duration;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.hanoi.plantracker.assignment.AssignmentSubmitted;
import vn.hanoi.plantracker.assignment.ReminderSent;
import vn.hanoi.plantracker.round.ConsolidatedReportDrafted;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With SMTP configured, a notification also goes by email, in Vietnamese, to the agency's
 * officers that have an address; a real SMTP server (GreenMail) receives it.
 */
@IntegrationTest
// Events other test contexts left outstanding in the shared database are not republished
// here: their mail would queue ahead of the one each test waits for.
@TestPropertySource(properties = { "spring.mail.host=localhost", "spring.mail.port=3025",
		"plantracker.base-url=https://kehoach.hanoi.gov.vn/",
		"spring.modulith.events.republish-outstanding-events-on-restart=false" })
class EmailNotificationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	Fixtures fixtures;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Test
	void aReminderIsEmailedInVietnameseToTheAgencysOfficersOnly() throws Exception {
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		PlanUser other = this.fixtures.freshOfficer();
		setEmail(officer, "canbo@phuong.hanoi.gov.vn");
		setEmail(other, "khac@phuong.hanoi.gov.vn");
		long assignment = this.fixtures.freshAssignment(commune);

		this.transactions.executeWithoutResult((status) -> this.events
			.publishEvent(new ReminderSent(officer.getAgencyId(), List.of(assignment), "Đề nghị báo cáo ngay")));

		// other work of the shared test database may be mailed too (events republished at
		// start): look only at what reaches these two officers
		await().atMost(Duration.ofSeconds(30)).until(() -> to("canbo@phuong.hanoi.gov.vn").size() > 0);
		List<MimeMessage> received = to("canbo@phuong.hanoi.gov.vn");
		assertThat(received).hasSize(1);
		assertThat(received.get(0).getAllRecipients()).extracting(Object::toString)
			.containsExactly("canbo@phuong.hanoi.gov.vn");
		assertThat(received.get(0).getSubject()).contains("nhắc");
		assertThat(GreenMailUtil.getBody(received.get(0))).isNotBlank();
		assertThat(to("khac@phuong.hanoi.gov.vn")).isEmpty();
	}

	@Test
	void aSubmissionIsEmailedToTheCoordinatorsAndNotToTheAgency() throws Exception {
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		PlanUser coordinator = this.fixtures.user("coordinator");
		setEmail(officer, "canbo.gui@phuong.hanoi.gov.vn");
		setEmail(coordinator, "dieuphoi@congan.hanoi.gov.vn");
		try {
			long assignment = this.fixtures.freshAssignment(commune);
			long task = ((Number) this.fixtures.assignmentRow(assignment).get("task_id")).longValue();
			String code = this.fixtures.jdbc()
				.sql("select code from task where id = :id")
				.param("id", task)
				.query(String.class)
				.single();

			this.transactions.executeWithoutResult((status) -> this.events
				.publishEvent(new AssignmentSubmitted(assignment, officer.getAgencyId(), task)));

			await().atMost(Duration.ofSeconds(30)).until(() -> to("dieuphoi@congan.hanoi.gov.vn").size() > 0);
			List<MimeMessage> received = to("dieuphoi@congan.hanoi.gov.vn");
			assertThat(received).hasSize(1);
			assertThat(received.get(0).getAllRecipients()).extracting(Object::toString)
				.containsExactly("dieuphoi@congan.hanoi.gov.vn");
			assertThat(received.get(0).getSubject()).contains("gửi duyệt").contains(code);
			// the link leads to the place to act, absolute from the configured address
			assertThat(received.get(0).getContent().toString())
				.contains("https://kehoach.hanoi.gov.vn/assignments/" + assignment);
			assertThat(to("canbo.gui@phuong.hanoi.gov.vn")).isEmpty();
		}
		finally {
			setEmail(coordinator, null);
		}
	}

	@Test
	void aDraftAwaitingApprovalIsEmailedToTheLeadersWithTheLinkToApproveIt() throws Exception {
		PlanUser leader = this.fixtures.user("leader");
		setEmail(leader, "lanhdao@hanoi.gov.vn");
		try {
			this.transactions.executeWithoutResult((status) -> this.events
				.publishEvent(new ConsolidatedReportDrafted(424242L, "Báo cáo năm 2134", 2)));
			await().atMost(Duration.ofSeconds(30)).until(() -> to("lanhdao@hanoi.gov.vn").size() > 0);
			MimeMessage received = to("lanhdao@hanoi.gov.vn").get(0);
			assertThat(received.getSubject()).contains("Báo cáo năm 2134");
			assertThat(received.getContent().toString())
				.contains("https://kehoach.hanoi.gov.vn/rounds/424242/consolidated");
		}
		finally {
			setEmail(leader, null);
		}
	}

	private static List<MimeMessage> to(String address) throws Exception {
		List<MimeMessage> messages = new java.util.ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients() != null && java.util.Arrays.stream(message.getAllRecipients())
				.anyMatch((recipient) -> recipient.toString().equals(address))) {
				messages.add(message);
			}
		}
		return messages;
	}

	private void setEmail(PlanUser user, String email) {
		this.fixtures.jdbc()
			.sql("update app_user set email = :email where id = :id")
			.param("email", email)
			.param("id", user.getId())
			.update();
	}

}
