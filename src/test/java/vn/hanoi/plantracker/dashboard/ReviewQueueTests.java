package vn.hanoi.plantracker.dashboard;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.MutableClock;
import vn.hanoi.plantracker.support.StatementCounter;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review queue read from the assignments' {@code submitted_at} (the instant of the
 * latest submission, written with it): oldest latest submission first, ties by id, paged
 * across pages; a return or an acceptance takes the assignment out and keeps the instant;
 * a resubmission moves it to the back; a page is read once per data version.
 */
@IntegrationTest
class ReviewQueueTests {

	private static final Pattern ITEM = Pattern.compile("<article[^>]*id=\"review-(\\d+)\"");

	@Autowired
	jakarta.persistence.EntityManagerFactory entities;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MutableClock clock;

	@Autowired
	ReviewQueue queue;

	@Autowired
	StatementCounter statements;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void theQueueIsInOrderOfTheLatestSubmissionAcrossItsPages() throws Exception {
		// more than a page of new submissions, from as many fresh communes as it takes
		int count = ReviewQueue.PAGE_SIZE + 2;
		List<Long> ids = new ArrayList<>();
		Map<Long, PlanUser> officers = new HashMap<>();
		while (ids.size() < count) {
			String commune = this.fixtures.unusedCommune();
			PlanUser officer = this.fixtures.officerOf(commune);
			for (int i = 0; i < 10 && ids.size() < count; i++) {
				long id = this.fixtures.freshAssignment(commune);
				ids.add(id);
				officers.put(id, officer);
			}
		}
		Instant base = this.clock.start().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
		// the later in the list, the earlier the submission; the first two at one instant
		for (int i = count - 1; i >= 0; i--) {
			long id = ids.get(i);
			submit(officers.get(id), id, base.plus(Duration.ofMinutes(count - 1 - Math.max(i, 1))));
		}
		List<Long> expected = new ArrayList<>(ids.subList(2, count));
		Collections.reverse(expected);
		expected.add(Math.min(ids.get(0), ids.get(1)));
		expected.add(Math.max(ids.get(0), ids.get(1)));
		for (long id : ids) {
			assertThat(submittedAt(id)).isEqualTo(latestSubmitEntry(id));
		}

		// page after page, the queue is the waiting assignments in the order of their
		// latest submission entry in the history (the definition before submitted_at)
		List<Long> waiting = this.fixtures.jdbc().sql("""
				select a.id from assignment a
				join lateral (select u.created_at from progress_update u
				              where u.assignment_id = a.id and u.kind = 'SUBMIT'
				              order by u.created_at desc, u.id desc limit 1) s on true
				where a.status = 'SUBMITTED' and a.closed_at is null
				order by s.created_at, a.id""").query(Long.class).list();
		assertThat(waiting.size()).isGreaterThan(ReviewQueue.PAGE_SIZE + 1);
		ReviewPage first = this.queue.page(admin(), null, 1);
		assertThat(first.total()).isEqualTo(waiting.size());
		int pages = first.totalPages();
		assertThat(pages).isEqualTo((waiting.size() + ReviewQueue.PAGE_SIZE - 1) / ReviewQueue.PAGE_SIZE);
		List<Long> shown = new ArrayList<>();
		for (int p = 1; p <= pages; p++) {
			String html = page(null, p);
			List<Long> items = itemsOf(html);
			assertThat(items)
				.hasSize((p < pages) ? ReviewQueue.PAGE_SIZE : waiting.size() - (pages - 1) * ReviewQueue.PAGE_SIZE);
			if (p < pages) {
				assertThat(html).contains("/coordinator/review?page=" + (p + 1));
			}
			shown.addAll(items);
		}
		assertThat(shown).containsExactlyElementsOf(waiting);
		assertThat(shown.stream().filter(ids::contains).toList()).containsExactlyElementsOf(expected);
		// beyond the last page: nothing shown, the total still told
		ReviewPage beyond = this.queue.page(admin(), null, pages + 1);
		assertThat(beyond.items()).isEmpty();
		assertThat(beyond.total()).isEqualTo(waiting.size());
		assertThat(this.queue.page(admin(), null, 0).page()).isEqualTo(1);

		// one agency's queue: the same order, its assignments only
		long agency = agencyOf(ids.get(count - 1));
		assertThat(itemsOf(page(agency, 1)))
			.containsExactlyElementsOf(expected.stream().filter((id) -> agencyOf(id) == agency).toList());
	}

	@Test
	void aSubmissionSetsItsInstantAndAReturnOrAnAcceptanceTakesItOutOfTheQueue() throws Exception {
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		long first = this.fixtures.freshAssignment(commune);
		long second = this.fixtures.freshAssignment(commune);
		long agency = agencyOf(first);
		Instant t1 = this.clock.start().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
		Instant t2 = t1.plus(Duration.ofMinutes(10));
		Instant t3 = t1.plus(Duration.ofMinutes(20));
		assertThat(submittedAt(first)).isNull();

		submit(officer, first, t1);
		submit(officer, second, t2);
		assertThat(submittedAt(first)).isEqualTo(t1).isEqualTo(latestSubmitEntry(first));
		assertThat(submittedAt(second)).isEqualTo(t2);
		assertThat(itemsOf(page(agency, 1))).containsExactly(first, second);

		decide("return", first, "Bổ sung số liệu");
		assertThat(this.fixtures.assignmentRow(first)).containsEntry("status", "RETURNED");
		assertThat(submittedAt(first)).isEqualTo(t1);
		assertThat(itemsOf(page(agency, 1))).containsExactly(second);

		// sent again: its latest submission is now the newest of the two
		submit(officer, first, t3);
		assertThat(submittedAt(first)).isEqualTo(t3).isEqualTo(latestSubmitEntry(first));
		assertThat(itemsOf(page(agency, 1))).containsExactly(second, first);
		ReviewItem resent = this.queue.page(admin(), agency, 1).items().get(1);
		assertThat(resent.submittedAt()).isEqualTo(t3);
		assertThat(resent.returns()).extracting(ReviewItem.ReturnReason::reason).containsExactly("Bổ sung số liệu");

		decide("accept", second, "");
		assertThat(this.fixtures.assignmentRow(second)).containsEntry("status", "COMPLETED");
		assertThat(submittedAt(second)).isEqualTo(t2);
		assertThat(itemsOf(page(agency, 1))).containsExactly(first);
		assertThat(this.queue.page(admin(), agency, 1).total()).isEqualTo(1);
		assertThat(waitingOutsideTheIndexPredicate()).isZero();
	}

	@Test
	void eachItemIsOneLineSayingHowLateItWasSentItsFilesAndAResubmissionWithTheDecisionInsideIt() throws Exception {
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		long late = this.fixtures.freshAssignment(commune);
		long agency = agencyOf(late);
		// one not due before tomorrow, sent now: on time
		long onTime = this.fixtures.jdbc().sql("""
				select a.id from assignment a where a.agency_id = :agency and a.status = 'NOT_STARTED'
				  and a.id <> :late and a.due_date > current_date + 1
				  and not exists (select 1 from progress_update u where u.assignment_id = a.id)
				order by a.id limit 1""").param("agency", agency).param("late", late).query(Long.class).single();
		Instant now = this.clock.start().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
		submit(officer, onTime, now);
		// the other sent five days after its due date (never before now: time only goes
		// forward)
		Instant fiveDaysLate = dueDate(late).plusDays(5).atTime(10, 0).atZone(Today.ZONE).toInstant();
		Instant sent = fiveDaysLate.isAfter(now) ? fiveDaysLate : now;
		long daysLate = ChronoUnit.DAYS.between(dueDate(late), sent.atZone(Today.ZONE).toLocalDate());
		assertThat(daysLate).isGreaterThanOrEqualTo(5);
		submit(officer, late, sent);
		String html = page(agency, 1);
		assertThat(line(html, onTime)).contains("gửi đúng hạn", "0 tệp").doesNotContain("gửi trễ", "Gửi lại");
		assertThat(line(html, late)).contains("gửi trễ " + daysLate + " ngày")
			.doesNotContain("Gửi lại sau khi bị trả lại");

		// returned, then sent again a day later: marked as resubmitted, one more day late
		decide("return", late, "Thiếu minh chứng");
		submit(officer, late, sent.plus(Duration.ofDays(1)));
		html = page(agency, 1);
		assertThat(line(html, late)).contains("gửi trễ " + (daysLate + 1) + " ngày", "Gửi lại sau khi bị trả lại");
		// the decision is inside the opened item: one check box outside, the forms within
		String item = item(html, late);
		assertThat(item.indexOf("<details")).isLessThan(item.indexOf("class=\"col-md-6 accept-form\""))
			.isLessThan(item.indexOf("class=\"col-md-6 return-form\""))
			.isGreaterThan(item.indexOf("id=\"select-" + late + "\""));
		assertThat(item).contains("Thiếu minh chứng")
			.contains("name=\"returnTo\" value=\"/coordinator/review?agency=" + agency + "\"");
		// bulk acceptance stays
		assertThat(html).contains("id=\"bulk-accept\"").contains("form=\"bulk-accept\"");
		String english = this.mvc
			.perform(get("/coordinator/review").param("agency", "" + agency)
				.param("lang", "en")
				.with(this.fixtures.as(this.fixtures.user("coordinator"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(line(english, late)).contains("sent " + (daysLate + 1) + " days late", "Resubmitted after return");
	}

	private LocalDate dueDate(long id) {
		return this.fixtures.jdbc()
			.sql("select due_date from assignment where id = :id")
			.param("id", id)
			.query(LocalDate.class)
			.single();
	}

	/** The item's one line: its summary. */
	private static String line(String html, long id) {
		String item = item(html, id);
		return item.substring(item.indexOf("<summary"), item.indexOf("</summary>"));
	}

	private static String item(String html, long id) {
		int from = html.indexOf("id=\"review-" + id + "\"");
		assertThat(from).as("item " + id + " listed").isPositive();
		return html.substring(from, html.indexOf("</article>", from));
	}

	@Test
	void aSubmissionWrittenWithSqlAloneSetsItsInstantToo() {
		String commune = this.fixtures.unusedCommune();
		long id = this.fixtures.freshAssignment(commune);
		Instant at = this.clock.start().minus(Duration.ofHours(4)).truncatedTo(ChronoUnit.SECONDS);
		// a data fix or a loader that writes the history with SQL, not through the
		// workflow
		insertSubmitEntry(id, at);
		this.fixtures.jdbc()
			.sql("update assignment set status = 'SUBMITTED', percent_complete = 100 where id = :id")
			.param("id", id)
			.update();
		assertThat(submittedAt(id)).isEqualTo(at);
		// an older entry written late does not move it back
		insertSubmitEntry(id, at.minus(Duration.ofDays(1)));
		assertThat(submittedAt(id)).isEqualTo(at).isEqualTo(latestSubmitEntry(id));
		assertThat(this.queue.page(admin(), agencyOf(id), 1).items()).extracting(ReviewItem::id).containsExactly(id);
	}

	@Test
	void theSubmissionInstantHasOneWriterTheDatabase() {
		// the application does not map the column, so it can never write it (nor write
		// back a value older than the trigger's); the history's trigger is its one writer
		assertThat(
				this.entities.getMetamodel().entity(vn.hanoi.plantracker.assignment.Assignment.class).getAttributes())
			.extracting(jakarta.persistence.metamodel.Attribute::getName)
			.contains("submittedOn")
			.doesNotContain("submittedAt");
		assertThat(this.fixtures.jdbc().sql("""
				select count(*) from pg_trigger
				where tgname = 'assignment_submitted_at_track' and tgrelid = 'progress_update'::regclass
				  and tgenabled = 'O'""").query(Long.class).single()).isEqualTo(1);
	}

	private void insertSubmitEntry(long id, Instant at) {
		this.fixtures.jdbc().sql("""
				insert into progress_update (assignment_id, author_id, created_at, kind, status_before, status_after,
				                             percent, note)
				values (:id, (select min(id) from app_user where role = 'OFFICER'), :at, 'SUBMIT', 'IN_PROGRESS',
				        'SUBMITTED', 100, 'Gửi bằng SQL')""").param("id", id).param("at", Timestamp.from(at)).update();
	}

	@Test
	void aPageIsReadOncePerDataVersion() throws Exception {
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		long id = this.fixtures.freshAssignment(commune);
		long agency = agencyOf(id);
		submit(officer, id, this.clock.start().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS));

		admin();
		this.statements.reset();
		assertThat(this.queue.page(admin(), agency, 1).items()).extracting(ReviewItem::id).containsExactly(id);
		// the version, the page with its total, the files, the returns
		assertThat(this.statements.count()).isEqualTo(4);
		this.statements.reset();
		assertThat(this.queue.page(admin(), agency, 1).items()).extracting(ReviewItem::id).containsExactly(id);
		assertThat(this.statements.count()).isEqualTo(1);

		// a change (here the acceptance) is seen at once
		decide("accept", id, "");
		assertThat(this.queue.page(admin(), agency, 1).items()).isEmpty();
	}

	/**
	 * The queue as the administrator sees it: every plan's (a coordinator's holds only
	 * the plans their agency runs), loaded once so that it costs no statement above.
	 */
	private PlanUser admin() {
		if (this.admin == null) {
			this.admin = this.fixtures.user("admin");
		}
		return this.admin;
	}

	private PlanUser admin;

	private void submit(PlanUser officer, long id, Instant at) throws Exception {
		this.clock.setInstant(at);
		try {
			this.mvc
				.perform(multipart("/assignments/{id}/progress", id).param("version", "" + this.fixtures.version(id))
					.param("status", "SUBMITTED")
					.param("percent", "100")
					.param("note", "Đã hoàn thành, gửi xem xét")
					.with(csrf())
					.with(this.fixtures.as(officer)))
				.andExpect(redirectedUrl("/assignments/" + id));
		}
		finally {
			this.clock.reset();
		}
	}

	private void decide(String decision, long id, String note) throws Exception {
		this.mvc
			.perform(post("/assignments/" + id + "/" + decision).param("version", "" + this.fixtures.version(id))
				.param("note", note)
				.param("returnTo", "/coordinator/review")
				.with(csrf())
				.with(this.fixtures.as(this.fixtures.user("coordinator"))))
			.andExpect(status().is3xxRedirection());
	}

	/** The page as a browser asks for it: the filter and page in the query string. */
	private String page(Long agency, int page) throws Exception {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/coordinator/review");
		if (agency != null) {
			uri.queryParam("agency", agency);
		}
		String url = uri.queryParam("page", page).build().toUriString();
		return this.mvc.perform(get(url).with(this.fixtures.as(this.fixtures.user("coordinator"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<Long> itemsOf(String html) {
		List<Long> ids = new ArrayList<>();
		Matcher m = ITEM.matcher(html);
		while (m.find()) {
			ids.add(Long.parseLong(m.group(1)));
		}
		return ids;
	}

	private Instant submittedAt(long id) {
		Timestamp at = (Timestamp) this.fixtures.assignmentRow(id).get("submitted_at");
		return (at != null) ? at.toInstant() : null;
	}

	private Instant latestSubmitEntry(long id) {
		return this.fixtures.jdbc()
			.sql("select max(created_at) from progress_update where assignment_id = :id and kind = 'SUBMIT'")
			.param("id", id)
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	/** Waiting assignments the queue's partial index would miss: none may exist. */
	private long waitingOutsideTheIndexPredicate() {
		return this.fixtures.jdbc()
			.sql("select count(*) from assignment where status = 'SUBMITTED' and closed_at is null"
					+ " and submitted_at is null")
			.query(Long.class)
			.single();
	}

	private long agencyOf(long assignmentId) {
		return this.fixtures.jdbc()
			.sql("select agency_id from assignment where id = :id")
			.param("id", assignmentId)
			.query(Long.class)
			.single();
	}

}
