package vn.hanoi.plantracker.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The People's Committee leadership reads the plan, switches to English, and finds
 * nothing that changes data.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LeaderJourneyBrowserTests {

	@LocalServerPort
	int port;

	private Browser leader;

	@BeforeAll
	void openBrowser() {
		this.leader = new Browser("http://localhost:" + this.port);
	}

	@AfterAll
	void closeBrowser() {
		if (this.leader != null) {
			this.leader.close();
		}
	}

	@Test
	@Order(1)
	void leaderSignsInAndReadsPlan133InVietnamese() {
		LoginPage.open(this.leader).signIn("leader", "demo-plan-133");
		this.leader.open("/plans");
		this.leader.click("a.list-group-item");
		assertThat(this.leader.text("h1")).isEqualTo("Kế hoạch số 133/KH-UBND ngày 14/05/2025");
		assertThat(this.leader.findAll("table.table-plan tbody tr")).hasSizeGreaterThanOrEqualTo(15);
		assertThat(this.leader.text("body")).contains("Cơ quan chủ trì").contains("Công an thành phố Hà Nội");
		this.leader.checkPage("20-leader-plan", "vi");
	}

	@Test
	@Order(2)
	void leaderSwitchesToEnglishAndTheChoiceIsRemembered() {
		this.leader.click("a[lang=en]");
		assertThat(this.leader.text("h1")).isEqualTo("Plan No. 133/KH-UBND of 14/05/2025");
		assertThat(this.leader.text("body")).contains("Lead agency").contains("Hanoi City Police");
		this.leader.checkPage("21-leader-plan-english", "en");
		this.leader.click("table.table-plan tbody tr a");
		assertThat(this.leader.text("body")).contains("Expected output").contains("Assignments");
		this.leader.checkPage("22-leader-task-english", "en");
	}

	@Test
	@Order(3)
	void leaderFindsNoButtonThatChangesData() {
		this.leader.open("/tasks/1");
		assertThat(this.leader.findAll("form[method=post]:not([action='/logout'])")).isEmpty();
		this.leader.open("/plans");
		assertThat(this.leader.findAll("form[method=post]:not([action='/logout'])")).isEmpty();
	}

}
