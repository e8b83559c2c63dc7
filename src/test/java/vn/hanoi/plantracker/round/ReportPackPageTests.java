package vn.hanoi.plantracker.round;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The leadership pack's page on an install that has not sent a pack yet (email off, as in
 * this context): it says so and what to do, in both languages, instead of failing.
 */
@IntegrationTest
class ReportPackPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcClient jdbc;

	private List<LocalDate> sentBefore;

	@BeforeEach
	void noPackSentYet() {
		this.sentBefore = this.jdbc.sql("select pack_date from report_pack_sent").query(LocalDate.class).list();
		this.jdbc.sql("delete from report_pack_sent").update();
	}

	@AfterEach
	void restore() {
		this.jdbc.sql("delete from report_pack_sent").update();
		for (LocalDate day : this.sentBefore) {
			this.jdbc.sql("insert into report_pack_sent (pack_date, sent_at, recipients) values (:d, now(), 1)")
				.param("d", day)
				.update();
		}
	}

	@Test
	void thePackPageSaysNoPackHasBeenSentYetAndWhatToDoInBothLanguages() throws Exception {
		this.mvc.perform(get("/rounds/pack").with(this.demo.as("leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"pack-never-sent\"")))
			.andExpect(content().string(containsString("Chưa có gói báo cáo nào được gửi")))
			.andExpect(content().string(containsString("spring.mail.host")))
			.andExpect(content().string(containsString("id=\"pack-zip\"")))
			.andExpect(content().string(not(containsString("id=\"pack-last-sent\""))));
		this.mvc.perform(get("/rounds/pack").param("lang", "en").with(this.demo.as("coordinator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No pack has been emailed to leadership yet.")))
			.andExpect(content().string(containsString("Email is not set up on this server")));
	}

	@Test
	void oncePackHasBeenSentThePageShowsTheDay() throws Exception {
		this.jdbc.sql("insert into report_pack_sent (pack_date, sent_at, recipients) values (:d, now(), 1)")
			.param("d", LocalDate.of(2026, 3, 2))
			.update();
		this.mvc.perform(get("/rounds/pack").with(this.demo.as("leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("02/03/2026")))
			.andExpect(content().string(not(containsString("id=\"pack-never-sent\""))));
	}

}
