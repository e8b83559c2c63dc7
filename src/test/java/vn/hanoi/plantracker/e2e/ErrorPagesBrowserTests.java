package vn.hanoi.plantracker.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.hanoi.plantracker.support.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every 4xx has a page in the application's style and the user's language (405 included:
 * a form's address opened directly), whose reference is the id on the request's log line;
 * and a refused progress form leaves the browser on an address that a language switch and
 * a reload answer with the form, not with an error.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	private Browser officer;

	@BeforeAll
	void signIn() {
		this.officer = new Browser("http://localhost:" + this.port);
		LoginPage.open(this.officer).signIn("officer.health", "demo-plan-133");
	}

	@AfterAll
	void close() {
		if (this.officer != null) {
			this.officer.close();
		}
	}

	@Test
	void aFormsAddressOpenedDirectlyShowsTheStyledPageWithTheLogLinesReference(CapturedOutput output) {
		int from = output.getOut().length();
		this.officer.open("/rounds/1/remind");
		assertThat(this.officer.text("h1")).isEqualTo("Không thể hiển thị trang theo cách này");
		assertThat(this.officer.findAll("nav")).as("the application's layout").isNotEmpty();
		String reference = this.officer.text("#correlation-id").replaceAll(".*\\b([0-9a-f]{8})\\b.*", "$1");
		assertThat(reference).matches("[0-9a-f]{8}");
		assertThat(output.getOut().substring(from).lines())
			.anySatisfy((line) -> assertThat(line).contains("[" + reference + "]")
				.contains("GET /rounds/1/remind answered 405"));
		this.officer.checkPage("90-error-405", "vi");

		this.officer.openUserMenu();
		this.officer.click("#user-menu a[lang=en]");
		assertThat(this.officer.text("h1")).isEqualTo("This page cannot be shown this way");
		assertThat(this.officer.pageSource()).doesNotContain("Whitelabel");
		this.officer.open("/rounds/1/remind?lang=vi");
	}

	@Test
	void aRefusedProgressFormSurvivesALanguageSwitchAndAReload() {
		long id = this.fixtures.freshAssignment("SYT");
		this.officer.open("/assignments/" + id);
		WebElement reference = this.officer.find("#documentRef");
		reference.sendKeys("Công văn 77/SYT");
		this.officer.click("#submit-for-review");
		assertThat(this.officer.path()).isEqualTo("/assignments/" + id + "/progress");
		assertThat(this.officer.text("#progress-form")).contains("Để gửi duyệt, hãy nêu kết quả thực hiện");

		this.officer.openUserMenu();
		this.officer.click("#user-menu a[lang=en]");
		assertThat(this.officer.findAll("#error-page")).isEmpty();
		assertThat(this.officer.text("#progress-form")).contains("To submit for review, fill in");
		assertThat(this.officer.find("#documentRef").getAttribute("value")).isEqualTo("Công văn 77/SYT");

		this.officer.reload();
		assertThat(this.officer.findAll("#error-page")).isEmpty();
		assertThat(this.officer.find("#documentRef").getAttribute("value")).isEqualTo("Công văn 77/SYT");
		this.officer.open("/assignments/" + id + "?lang=vi");
		assertThat(this.fixtures.historyCount(id)).as("nothing was saved").isZero();
	}

}
