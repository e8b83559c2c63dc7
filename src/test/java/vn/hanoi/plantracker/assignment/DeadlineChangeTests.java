package vn.hanoi.plantracker.assignment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Extension requests and direct due-date changes through the web layer on real
 * PostgreSQL: the original due date is kept for ever, every change is in the history, and
 * only the right people may ask or decide.
 */
@IntegrationTest
class DeadlineChangeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	private String agency;

	private PlanUser officer;

	@BeforeEach
	void takeAnUnusedCommune() {
		this.agency = this.fixtures.unusedCommune();
		this.officer = this.fixtures.officerOf(this.agency);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void approvedExtensionMovesTheDueDateKeepsTheOriginalAndWritesHistory() throws Exception {
		long id = this.fixtures.freshAssignment(this.agency);
		setToday(id, -10);
		LocalDate original = due(id);
		LocalDate wanted = original.plusDays(30);
		ask(this.officer, id, wanted, "Chờ số liệu của Công an xã").andExpect(redirectedUrl("/assignments/" + id));
		assertThat(due(id)).isEqualTo(original);
		Map<String, Object> request = pendingRequest(id);
		this.mvc.perform(get("/coordinator/extensions").with(as("coordinator")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chờ số liệu của Công an xã")));
		decide("approve", request, "", false).andExpect(redirectedUrl("/assignments/" + id));
		Map<String, Object> row = this.fixtures.assignmentRow(id);
		assertThat(row.get("due_date")).hasToString(wanted.toString());
		assertThat(row.get("original_due_date")).hasToString(original.toString());
		Map<String, Object> entry = lastHistory(id);
		assertThat(entry.get("kind")).isEqualTo("DEADLINE_CHANGE");
		assertThat(entry.get("due_date_before")).hasToString(original.toString());
		assertThat(entry.get("due_date_after")).hasToString(wanted.toString());
		assertThat(entry.get("note")).isEqualTo("Chờ số liệu của Công an xã");
		assertThat(requestStatus(request)).isEqualTo("APPROVED");
	}

	@Test
	void refusedExtensionKeepsTheDueDateAndTheOfficerSeesTheReason() throws Exception {
		long id = this.fixtures.freshAssignment(this.agency);
		setToday(id, -5);
		LocalDate original = due(id);
		ask(this.officer, id, original.plusDays(10), "Thiếu cán bộ").andExpect(status().isFound());
		Map<String, Object> request = pendingRequest(id);
		decide("refuse", request, "  ", true).andExpect(redirectedUrl("/coordinator/extensions"));
		assertThat(requestStatus(request)).isEqualTo("PENDING");
		decide("refuse", request, "Nhiệm vụ trọng tâm, không lùi hạn", true)
			.andExpect(redirectedUrl("/coordinator/extensions"));
		assertThat(requestStatus(request)).isEqualTo("REFUSED");
		assertThat(due(id)).isEqualTo(original);
		assertThat(this.fixtures.historyCount(id)).isZero();
		this.mvc.perform(get("/assignments/" + id).with(this.fixtures.as(this.officer)))
			.andExpect(content().string(containsString("Nhiệm vụ trọng tâm, không lùi hạn")))
			.andExpect(content().string(containsString("Không chấp thuận gia hạn")));
	}

	@Test
	void onlyOnePendingRequestAndTheDateMustBeAfterTodayAndTheCurrentDueDate() throws Exception {
		long id = this.fixtures.freshAssignment(this.agency);
		setToday(id, -3);
		LocalDate original = due(id);
		ask(this.officer, id, original.minusDays(1), "Lý do").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("muộn hơn hạn hiện tại")));
		ask(this.officer, id, this.clock.instant().atZone(Today()).toLocalDate(), "Lý do")
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("sau ngày hôm nay")));
		ask(this.officer, id, original.plusDays(5), " ").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Hãy nêu lý do")));
		ask(this.officer, id, original.plusDays(5), "Lần một").andExpect(status().isFound());
		ask(this.officer, id, original.plusDays(9), "Lần hai").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("đang chờ")));
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from deadline_extension_request where assignment_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aCompletedAssignmentCannotBeExtendedOrMoved() throws Exception {
		long id = completed(this.fixtures.freshAssignment(this.agency));
		ask(this.officer, id, due(id).plusYears(1), "Muộn").andExpect(status().isUnprocessableContent());
		change(id, due(id).plusDays(3), "Điều chỉnh").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("đã hoàn thành")));
	}

	@Test
	void directChangeNeedsAReasonAndIsRecorded() throws Exception {
		long id = this.fixtures.freshAssignment(this.agency);
		LocalDate original = due(id);
		change(id, original.plusDays(14), "   ").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("lý do thay đổi hạn")));
		assertThat(due(id)).isEqualTo(original);
		assertThat(this.fixtures.historyCount(id)).isZero();
		change(id, original.plusDays(14), "Theo chỉ đạo của UBND Thành phố")
			.andExpect(redirectedUrl("/assignments/" + id));
		Map<String, Object> row = this.fixtures.assignmentRow(id);
		assertThat(row.get("due_date")).hasToString(original.plusDays(14).toString());
		assertThat(row.get("original_due_date")).hasToString(original.toString());
		assertThat(lastHistory(id).get("note")).isEqualTo("Theo chỉ đạo của UBND Thành phố");
		this.mvc.perform(get("/assignments/" + id).with(this.fixtures.as(this.officer)))
			.andExpect(content().string(containsString("Theo chỉ đạo của UBND Thành phố")))
			.andExpect(content().string(containsString("ban đầu")));
	}

	@Test
	void aStaleDueDateChangeIsAConflictAndChangesNothing() throws Exception {
		long id = this.fixtures.freshAssignment(this.agency);
		long version = this.fixtures.version(id);
		change(id, due(id).plusDays(7), "Lần đầu").andExpect(status().isFound());
		LocalDate afterFirst = due(id);
		this.mvc
			.perform(post("/assignments/{id}/due-date", id).param("version", "" + version)
				.param("newDueDate", afterFirst.plusDays(30).toString())
				.param("reason", "Lần hai")
				.with(csrf())
				.with(as("coordinator")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("người khác thay đổi")));
		assertThat(due(id)).isEqualTo(afterFirst);
	}

	@Test
	void completedLateIsJudgedAgainstTheApprovedDate() throws Exception {
		long id = this.fixtures.freshAssignment(this.agency);
		LocalDate original = due(id);
		setToday(id, -1);
		ask(this.officer, id, original.plusDays(20), "Cần thêm thời gian").andExpect(status().isFound());
		decide("approve", pendingRequest(id), "Đồng ý", false).andExpect(status().isFound());
		// completed after the original date but before the approved one: on time
		this.clock.setHanoiTime(original.plusDays(10).atTime(10, 0));
		completed(id);
		Map<String, Object> row = this.fixtures.assignmentRow(id);
		assertThat(row.get("completed_on")).hasToString(original.plusDays(10).toString());
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from assignment a where a.id = :id and "
					+ vn.hanoi.plantracker.standing.Deadlines.COMPLETED_LATE_SQL)
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
		this.mvc.perform(get("/assignments/" + id).with(this.fixtures.as(this.officer)))
			.andExpect(content().string(not(containsString("Hoàn thành quá hạn"))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "leader", "admin", "officer.health" })
	void onlyTheCoordinatorChangesDatesAndDecides(String username) throws Exception {
		long id = this.fixtures.freshAssignment(this.agency);
		setToday(id, -2);
		ask(this.officer, id, due(id).plusDays(9), "Lý do").andExpect(status().isFound());
		Map<String, Object> request = pendingRequest(id);
		Map<String, Object> before = this.fixtures.assignmentRow(id);
		this.mvc
			.perform(post("/assignments/{id}/due-date", id).param("version", "" + this.fixtures.version(id))
				.param("newDueDate", due(id).plusDays(40).toString())
				.param("reason", "x")
				.with(csrf())
				.with(as(username)))
			.andExpect(status().isForbidden());
		for (String decision : new String[] { "approve", "refuse" }) {
			this.mvc
				.perform(post("/extensions/{rid}/" + decision, request.get("id")).param("version", "0")
					.param("note", "x")
					.with(csrf())
					.with(as(username)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/coordinator/extensions").with(as(username))).andExpect(status().isForbidden());
		assertThat(this.fixtures.assignmentRow(id)).isEqualTo(before);
		assertThat(requestStatus(request)).isEqualTo("PENDING");
	}

	@ParameterizedTest
	@ValueSource(strings = { "leader", "coordinator", "admin" })
	void onlyTheAgencysOfficersAskForMoreTime(String username) throws Exception {
		long id = this.fixtures.freshAssignment(this.agency);
		ask(this.fixtures.user(username), id, due(id).plusYears(1), "x").andExpect(status().isForbidden());
		ask(this.fixtures.officerOf("XA-KIM-ANH"), id, due(id).plusYears(1), "x").andExpect(status().isNotFound());
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from deadline_extension_request where assignment_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theAssignmentPageOffersEachRoleOnlyItsOwnForms() throws Exception {
		long id = this.fixtures.freshAssignment(this.agency);
		this.mvc.perform(get("/assignments/" + id).with(this.fixtures.as(this.officer)))
			.andExpect(content().string(containsString("id=\"extension-request-form\"")))
			.andExpect(content().string(not(containsString("id=\"due-date-change-form\""))));
		this.mvc.perform(get("/assignments/" + id).with(as("coordinator")))
			.andExpect(content().string(containsString("id=\"due-date-change-form\"")))
			.andExpect(content().string(not(containsString("id=\"extension-request-form\""))));
		this.mvc.perform(get("/assignments/" + id).with(as("leader")))
			.andExpect(content().string(not(containsString("id=\"due-date-change-form\""))))
			.andExpect(content().string(not(containsString("id=\"extension-request-form\""))));
	}

	private static java.time.ZoneId Today() {
		return vn.hanoi.plantracker.system.Today.ZONE;
	}

	/** Sets today relative to the assignment's due date. */
	private void setToday(long id, int daysFromDue) {
		this.clock.setHanoiTime(LocalDateTime.of(due(id).plusDays(daysFromDue), java.time.LocalTime.of(9, 0)));
	}

	private long completed(long id) throws Exception {
		for (String target : new String[] { "IN_PROGRESS", "SUBMITTED" }) {
			this.mvc
				.perform(multipart("/assignments/{id}/progress", id).param("version", "" + this.fixtures.version(id))
					.param("status", target)
					.param("percent", target.equals("SUBMITTED") ? "100" : "50")
					.param("note", "Đã thực hiện")
					.with(csrf())
					.with(this.fixtures.as(this.officer)))
				.andExpect(status().isFound());
		}
		this.mvc
			.perform(post("/assignments/{id}/accept", id).param("version", "" + this.fixtures.version(id))
				.param("note", "")
				.with(csrf())
				.with(as("coordinator")))
			.andExpect(status().isFound());
		assertThat(this.fixtures.assignmentRow(id).get("status")).isEqualTo("COMPLETED");
		return id;
	}

	private ResultActions ask(PlanUser user, long id, LocalDate date, String reason) throws Exception {
		return this.mvc.perform(post("/assignments/{id}/extension", id).param("requestedDueDate", date.toString())
			.param("reason", reason)
			.with(csrf())
			.with(this.fixtures.as(user)));
	}

	private ResultActions change(long id, LocalDate date, String reason) throws Exception {
		return this.mvc.perform(post("/assignments/{id}/due-date", id).param("version", "" + this.fixtures.version(id))
			.param("newDueDate", date.toString())
			.param("reason", reason)
			.with(csrf())
			.with(as("coordinator")));
	}

	private ResultActions decide(String decision, Map<String, Object> request, String note, boolean fromList)
			throws Exception {
		return this.mvc.perform(
				post("/extensions/{rid}/" + decision, request.get("id")).param("version", "" + request.get("version"))
					.param("note", note)
					.param("fromList", "" + fromList)
					.with(csrf())
					.with(as("coordinator")));
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return this.fixtures.as(this.fixtures.user(username));
	}

	private LocalDate due(long id) {
		return LocalDate.parse(this.fixtures.assignmentRow(id).get("due_date").toString());
	}

	private Map<String, Object> pendingRequest(long id) {
		return this.fixtures.jdbc()
			.sql("select id, version from deadline_extension_request where assignment_id = ? and status = 'PENDING'")
			.param(id)
			.query()
			.singleRow();
	}

	private String requestStatus(Map<String, Object> request) {
		return this.fixtures.jdbc()
			.sql("select status from deadline_extension_request where id = ?")
			.param(request.get("id"))
			.query(String.class)
			.single();
	}

	private Map<String, Object> lastHistory(long id) {
		return this.fixtures.jdbc()
			.sql("select * from progress_update where assignment_id = ? order by id desc limit 1")
			.param(id)
			.query()
			.singleRow();
	}

}
