package vn.hanoi.plantracker.system;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the pages say, read as the users read them: no page of any role, in either
 * language, shows a missing message ({@code ??key_vi??}); submitted work shows no
 * countdown and is not overdue, on its page and in the list alike; the City Police's role
 * has one name.
 */
@IntegrationTest
class PageTextTests {

	private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[\\w.\\-]+\\?\\?");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoUsers users;

	@Autowired
	JdbcClient jdbc;

	private String page(String url, String user) throws Exception {
		return HtmlUtils.htmlUnescape(this.mvc.perform(get(url).with(this.users.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void noPageOfAnyRoleShowsAMissingMessageInEitherLanguage() throws Exception {
		long round = this.jdbc.sql("select min(id) from reporting_round where status = 'OPEN'")
			.query(Long.class)
			.single();
		long submitted = submittedOverdue().get("id") instanceof Number n ? n.longValue() : 0;
		Map<String, List<String>> pages = Map.of("officer.health", List
			.of("/my/assignments", "/search?q=y+t%E1%BA%BF", "/search?q=1.1", "/notifications", "/rounds", "/plans"),
				"coordinator",
				List.of("/coordinator/overdue", "/coordinator/review", "/coordinator/attention",
						"/coordinator/extensions", "/search?q=t%E1%BA%ADp+hu%E1%BA%A5n", "/rounds/" + round,
						"/rounds/" + round + "/consolidated", "/rounds/" + round + "/close",
						"/assignments/" + submitted),
				"leader", List.of("/reports/summary", "/reports/departments", "/search?q=ph%C6%B0%E1%BB%9Dng",
						"/rounds/" + round, "/notifications"),
				"admin", List.of("/admin/users", "/admin/agencies"));
		for (var entry : pages.entrySet()) {
			for (String url : entry.getValue()) {
				for (String lang : List.of("vi", "en")) {
					String html = page(url + (url.contains("?") ? "&" : "?") + "lang=" + lang, entry.getKey());
					assertThat(html).as("%s as %s in %s", url, entry.getKey(), lang)
						.doesNotContainPattern(MISSING_MESSAGE)
						.doesNotContain("status.null");
				}
			}
		}
	}

	@Test
	void submittedWorkShowsNoCountdownAndAgreesWithTheList() throws Exception {
		Map<String, Object> row = submittedOverdue();
		long id = ((Number) row.get("id")).longValue();
		String officer = (String) row.get("username");
		String show = page("/assignments/" + id, officer);
		assertThat(show).contains("Đã gửi, chờ duyệt — không tính quá hạn")
			.doesNotContainPattern("Còn -\\d")
			.doesNotContainPattern("Quá hạn \\d+ ngày");
		assertThat(page("/assignments/" + id + "?lang=en", officer))
			.contains("Sent, awaiting review — not counted as overdue");
		String list = page("/my/assignments?status=SUBMITTED", officer);
		assertThat(list).contains("Đã gửi, chờ duyệt — không tính quá hạn").doesNotContainPattern("Còn -\\d");
	}

	@Test
	void theCityPolicesRoleHasOneName() throws Exception {
		String show = page("/plans", "officer.health");
		assertThat(show).doesNotContain("cơ quan điều phối").doesNotContain("Cơ quan điều phối");
		java.util.Properties vi = new java.util.Properties();
		try (var in = new java.io.InputStreamReader(getClass().getResourceAsStream("/messages_vi.properties"),
				java.nio.charset.StandardCharsets.UTF_8)) {
			vi.load(in);
		}
		assertThat(vi.values()).noneMatch((text) -> String.valueOf(text).toLowerCase().contains("cơ quan điều phối"));
	}

	/** A submitted assignment past its due date, of an agency with a demo officer. */
	private Map<String, Object> submittedOverdue() {
		return this.jdbc.sql("""
				select a.id, u.username from assignment a join app_user u on u.agency_id = a.agency_id
				where a.status = 'SUBMITTED' and a.due_date < current_date - 30 and u.role = 'OFFICER'
				  and u.username like 'officer.%' and a.closed_at is null
				order by a.due_date, a.id limit 1""").query().singleRow();
	}

}
