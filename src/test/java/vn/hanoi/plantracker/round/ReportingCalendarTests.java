package vn.hanoi.plantracker.round;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reporting calendar page: leadership reads it, only the coordinator edits it; a bad
 * day gets a message in the user's language with what was typed kept; a stale form gets a
 * 409 that keeps the typed values and shows the saved ones; each saved edit is recorded
 * with who made it, and the calendar job uses the new day. The entry is put back after
 * each test.
 */
@IntegrationTest
class ReportingCalendarTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcClient jdbc;

	private long id;

	private int[] original;

	@BeforeEach
	void remember() {
		this.id = this.jdbc.sql("select min(id) from reporting_calendar where kind = 'HALF_YEAR'")
			.query(Long.class)
			.single();
		this.original = this.jdbc
			.sql("select due_month, due_day, open_days_before from reporting_calendar where id = :id")
			.param("id", this.id)
			.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2), rs.getInt(3) })
			.single();
	}

	@AfterEach
	void putBack() {
		this.jdbc.sql("""
				update reporting_calendar set due_month = :m, due_day = :d, open_days_before = :o where id = :id""")
			.param("m", this.original[0])
			.param("d", this.original[1])
			.param("o", this.original[2])
			.param("id", this.id)
			.update();
	}

	@Test
	void theCoordinatorEditsAnEntryAndTheChangeIsRecordedWithWhoMadeIt() throws Exception {
		this.mvc.perform(get("/rounds/calendar").with(this.demo.as("leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lịch báo cáo định kỳ")))
			.andExpect(content().string(containsString("15/06")));
		this.mvc.perform(get("/rounds/calendar").with(this.demo.as("officer.health")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/rounds/calendar/" + this.id).param("version", "" + version())
				.param("dueDay", "10")
				.param("dueMonth", "6")
				.param("openDaysBefore", "20")
				.with(csrf())
				.with(this.demo.as("leader")))
			.andExpect(status().isForbidden());

		long before = version();
		this.mvc
			.perform(post("/rounds/calendar/" + this.id).param("version", "" + before)
				.param("dueDay", "10")
				.param("dueMonth", "6")
				.param("openDaysBefore", "20")
				.with(csrf())
				.with(this.demo.as("coordinator")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/rounds/calendar"));
		assertThat(this.jdbc
			.sql("select due_month || '/' || due_day || '/' || open_days_before from reporting_calendar where id = :id")
			.param("id", this.id)
			.query(String.class)
			.single()).isEqualTo("6/10/20");
		assertThat(version()).isEqualTo(before + 1);
		assertThat(this.jdbc.sql("""
				select u.username || ' ' || c.old_due_day || '/' || c.old_due_month || ' ' || c.old_open_days
				       || ' -> ' || c.new_due_day || '/' || c.new_due_month || ' ' || c.new_open_days
				from reporting_calendar_change c join app_user u on u.id = c.changed_by
				where c.calendar_id = :id order by c.id desc limit 1""")
			.param("id", this.id)
			.query(String.class)
			.single())
			.isEqualTo("coordinator " + this.original[1] + "/" + this.original[0] + " " + this.original[2]
					+ " -> 10/6 20");
		this.mvc.perform(get("/rounds/calendar/" + this.id).with(this.demo.as("leader")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("10/06, mở trước 20 ngày")))
			.andExpect(content().string(not(containsString("id=\"calendar-form\""))));
		// the change record cannot be rewritten
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> this.jdbc.sql("update reporting_calendar_change set new_due_day = 1 where calendar_id = :id")
						.param("id", this.id)
						.update())
			.isInstanceOf(org.springframework.dao.DataAccessException.class);
	}

	@Test
	void badValuesGetAMessageInTheUsersLanguageAndKeepWhatWasTyped() throws Exception {
		long version = version();
		this.mvc
			.perform(post("/rounds/calendar/" + this.id).param("version", "" + version)
				.param("dueDay", "31")
				.param("dueMonth", "4")
				.param("openDaysBefore", "30")
				.with(csrf())
				.with(this.demo.as("coordinator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày này không có trong mọi năm")))
			.andExpect(content().string(containsString("value=\"31\"")));
		this.mvc
			.perform(post("/rounds/calendar/" + this.id + "?lang=en").param("version", "" + version)
				.param("dueDay", "0")
				.param("dueMonth", "13")
				.param("openDaysBefore", "abc")
				.with(csrf())
				.with(this.demo.as("coordinator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a day from 1 to 31.")))
			.andExpect(content().string(containsString("Enter a month from 1 to 12.")))
			.andExpect(content().string(containsString("Enter a number of days from 0 to 180.")))
			.andExpect(content().string(containsString("value=\"13\"")));
		// a six-month report due in December with a 30-day lead would open after 30 June
		this.mvc
			.perform(post("/rounds/calendar/" + this.id + "?lang=en").param("version", "" + version)
				.param("dueDay", "15")
				.param("dueMonth", "12")
				.param("openDaysBefore", "30")
				.with(csrf())
				.with(this.demo.as("coordinator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("would open only after its period has ended")));
		assertThat(version()).as("nothing saved").isEqualTo(version);
	}

	@Test
	void aStaleFormGetsA409ThatKeepsWhatWasTypedAndShowsTheSavedValues() throws Exception {
		long stale = version();
		this.mvc
			.perform(post("/rounds/calendar/" + this.id).param("version", "" + stale)
				.param("dueDay", "12")
				.param("dueMonth", "6")
				.param("openDaysBefore", "25")
				.with(csrf())
				.with(this.demo.as("coordinator")))
			.andExpect(status().isFound());
		this.mvc
			.perform(post("/rounds/calendar/" + this.id).param("version", "" + stale)
				.param("dueDay", "14")
				.param("dueMonth", "6")
				.param("openDaysBefore", "45")
				.with(csrf())
				.with(this.demo.as("coordinator")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Người khác đã sửa mục này")))
			.andExpect(content().string(containsString("hạn hiện là 12/06, mở kỳ trước 25 ngày")))
			.andExpect(content().string(containsString("value=\"14\"")))
			.andExpect(content().string(containsString("value=\"45\"")));
		assertThat(this.jdbc.sql("select due_day from reporting_calendar where id = :id")
			.param("id", this.id)
			.query(Integer.class)
			.single()).isEqualTo(12);
	}

	private long version() {
		return this.jdbc.sql("select version from reporting_calendar where id = :id")
			.param("id", this.id)
			.query(Long.class)
			.single();
	}

}
