package vn.hanoi.plantracker.system;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.PlanChangingTest;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Twenty people save the same form, opened at the same version, at the same moment: one
 * save wins, the other nineteen get the conflict page (409) that shows what they typed,
 * never a 500 — whether the stale version is seen when the row is read or only when the
 * update commits. For every form that carries a version.
 */
@PlanChangingTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentSaveTests {

	private static final int SAVES = 20;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	private ExecutorService pool;

	private String agency;

	private PlanUser officer;

	@BeforeAll
	void start() {
		this.pool = Executors.newFixedThreadPool(SAVES);
		this.agency = this.fixtures.unusedCommune();
		this.officer = this.fixtures.officerOf(this.agency);
	}

	@AfterAll
	void stop() {
		this.pool.shutdownNow();
	}

	@Test
	void progress() throws Exception {
		long id = this.fixtures.freshAssignment(this.agency);
		long version = this.fixtures.version(id);
		race((i) -> multipart("/assignments/{id}/progress", id).param("version", "" + version)
			.param("status", "IN_PROGRESS")
			.param("percent", "" + (10 + i))
			.param("note", "Ghi chú số " + i)
			.with(this.fixtures.as(this.officer)), "Ghi chú số ");
		assertThat(this.fixtures.historyCount(id)).isEqualTo(1);
		assertThat(this.fixtures.version(id)).isEqualTo(version + 1);
	}

	@Test
	void acceptAndReturn() throws Exception {
		for (String decision : List.of("accept", "return")) {
			long id = submitted();
			long version = this.fixtures.version(id);
			race((i) -> post("/assignments/{id}/" + decision, id).param("version", "" + version)
				.param("note", "Nhận xét số " + i)
				.with(as("coordinator")), "Nhận xét số ");
			assertThat(this.fixtures.historyCount(id)).as(decision).isEqualTo(3);
		}
	}

	@Test
	void dueDateChange() throws Exception {
		long id = this.fixtures.freshAssignment(this.agency);
		long version = this.fixtures.version(id);
		race((i) -> post("/assignments/{id}/due-date", id).param("version", "" + version)
			.param("newDueDate", LocalDate.of(2031, 1, 1).plusDays(i).toString())
			.param("reason", "Lý do số " + i)
			.with(as("coordinator")), "Lý do số ");
		assertThat(this.fixtures.historyCount(id)).isEqualTo(1);
	}

	@Test
	void extensionDecisions() throws Exception {
		for (String decision : List.of("approve", "refuse")) {
			long id = this.fixtures.freshAssignment(this.agency);
			this.mvc
				.perform(post("/assignments/{id}/extension", id).param("requestedDueDate", "2031-06-30")
					.param("reason", "Cần thêm thời gian")
					.with(csrf())
					.with(this.fixtures.as(this.officer)))
				.andReturn();
			Map<String, Object> request = this.fixtures.jdbc()
				.sql("select id, version from deadline_extension_request where assignment_id = ? and status = 'PENDING'")
				.param(id)
				.query()
				.singleRow();
			race((i) -> post("/extensions/{rid}/" + decision, request.get("id"))
				.param("version", "" + request.get("version"))
				.param("note", "Quyết định số " + i)
				.with(as("coordinator")), "Quyết định số ");
		}
	}

	@Test
	void taskEdit() throws Exception {
		long areaId = this.fixtures.jdbc().sql("select min(id) from key_area").query(Long.class).single();
		long leadId = this.fixtures.jdbc()
			.sql("select id from agency where code = ?")
			.param(this.fixtures.unusedCommune())
			.query(Long.class)
			.single();
		String code = "R" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("areaId", "" + areaId);
		form.put("code", code);
		form.put("titleVi", "Nhiệm vụ đua " + code);
		form.put("titleEn", "Race task " + code);
		form.put("outputVi", "Báo cáo");
		form.put("outputEn", "Report");
		form.put("scheduleKind", "FIXED");
		form.put("dueDate", "2030-12-31");
		form.put("leadAgencyIds", "" + leadId);
		MockHttpServletRequestBuilder create = post("/tasks/new").with(csrf()).with(as("coordinator"));
		form.forEach(create::param);
		this.mvc.perform(create).andReturn();
		Map<String, Object> task = this.fixtures.jdbc()
			.sql("select id, version from task where code = ?")
			.param(code)
			.query()
			.singleRow();
		form.put("version", "" + task.get("version"));
		race((i) -> {
			MockHttpServletRequestBuilder edit = post("/tasks/{id}/edit", task.get("id")).with(as("coordinator"));
			Map<String, String> typed = new LinkedHashMap<>(form);
			typed.put("titleVi", "Tên mới số " + i);
			typed.forEach(edit::param);
			return edit;
		}, "Tên mới số ");
	}

	@Test
	void agencyRename() throws Exception {
		Map<String, Object> agency = this.fixtures.jdbc()
			.sql("select id, version from agency where code = ?")
			.param(this.fixtures.unusedCommune())
			.query()
			.singleRow();
		race((i) -> post("/admin/agencies/{id}/rename", agency.get("id")).param("version", "" + agency.get("version"))
			.param("nameVi", "Tên đơn vị số " + i)
			.param("nameEn", "Agency name " + i)
			.with(as("admin")), "Tên đơn vị số ");
	}

	@Test
	void accountChanges() throws Exception {
		PlanUser user = this.fixtures.freshOfficer();
		long version = this.fixtures.jdbc()
			.sql("select version from app_user where id = ?")
			.param(user.getId())
			.query(Long.class)
			.single();
		// (the password form carries the same version; its hashing makes twenty at once a
		// load test rather than a race)
		race((i) -> post("/admin/users/{id}/deactivate", user.getId()).param("version", "" + version)
			.param("reason", "Chuyển công tác " + i)
			.param("currentPassword", "demo-plan-133")
			.with(as("admin")), null);
	}

	@Test
	void oneSessionSavingInSeveralTabsAtOnce() throws Exception {
		// the session lives in PostgreSQL; every save adds the flash message to it
		PlanUser user = this.fixtures.officerOf(this.fixtures.unusedCommune());
		String agencyCode = this.fixtures.jdbc()
			.sql("select code from agency where id = ?")
			.param(user.getAgencyId())
			.query(String.class)
			.single();
		jakarta.servlet.http.Cookie session = this.mvc
			.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders
				.formLogin("/login")
				.user(user.getUsername())
				.password("test-password-1"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			ids.add(this.fixtures.freshAssignment(agencyCode));
		}
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Integer>> results = new ArrayList<>();
		for (long id : ids) {
			long version = this.fixtures.version(id);
			results.add(this.pool.submit(() -> {
				go.await();
				return this.mvc
					.perform(multipart("/assignments/{id}/progress", id).param("version", "" + version)
						.param("status", "IN_PROGRESS")
						.param("percent", "30")
						.param("note", "Cùng một phiên")
						.cookie(session)
						.with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus();
			}));
		}
		go.countDown();
		for (Future<Integer> result : results) {
			assertThat(result.get()).isEqualTo(302);
		}
	}

	/**
	 * Fires the saves together; exactly one redirects (saved) and every other is a 409
	 * that shows its own typed text.
	 */
	private void race(IntFunction<AbstractMockHttpServletRequestBuilder<?>> save, String typedPrefix) throws Exception {
		CountDownLatch ready = new CountDownLatch(SAVES);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<MockHttpServletResponse>> results = new ArrayList<>();
		for (int i = 0; i < SAVES; i++) {
			AbstractMockHttpServletRequestBuilder<?> request = save.apply(i).with(csrf());
			Callable<MockHttpServletResponse> task = () -> {
				ready.countDown();
				go.await();
				return this.mvc.perform(request).andReturn().getResponse();
			};
			results.add(this.pool.submit(task));
		}
		ready.await();
		go.countDown();
		Map<Integer, Integer> statuses = new TreeMap<>();
		int keptText = 0;
		String unexpected = "";
		for (Future<MockHttpServletResponse> result : results) {
			MockHttpServletResponse response = result.get();
			statuses.merge(response.getStatus(), 1, Integer::sum);
			if (response.getStatus() != 302 && response.getStatus() != 409) {
				unexpected = response.getContentAsString();
			}
			String page = HtmlUtils.htmlUnescape(response.getContentAsString());
			if (response.getStatus() == 409 && typedPrefix != null && page.contains(typedPrefix)) {
				keptText++;
			}
		}
		assertThat(statuses)
			.as("statuses; an unexpected answer: " + unexpected.substring(0, Math.min(unexpected.length(), 3000)))
			.isEqualTo(Map.of(302, 1, 409, SAVES - 1));
		if (typedPrefix != null) {
			assertThat(keptText).as("conflict pages that show the typed text").isEqualTo(SAVES - 1);
		}
	}

	private long submitted() throws Exception {
		long id = this.fixtures.freshAssignment(this.agency);
		for (String status : List.of("IN_PROGRESS", "SUBMITTED")) {
			this.mvc
				.perform(multipart("/assignments/{id}/progress", id).param("version", "" + this.fixtures.version(id))
					.param("status", status)
					.param("percent", "100")
					.param("note", "Đã hoàn thành")
					.with(csrf())
					.with(this.fixtures.as(this.officer)))
				.andReturn();
		}
		assertThat(this.fixtures.assignmentRow(id).get("status")).isEqualTo("SUBMITTED");
		return id;
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return this.fixtures.as(this.fixtures.user(username));
	}

}
