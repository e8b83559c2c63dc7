package vn.hanoi.plantracker.system;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import vn.hanoi.plantracker.assignment.AssignmentReading;
import vn.hanoi.plantracker.assignment.AssignmentStatus;
import vn.hanoi.plantracker.assignment.SiblingAssignment;
import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.Files;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Agency confidentiality (ASVS 8.2.2, 8.3.x): for an officer, a record of another agency
 * answers exactly like one that does not exist, on every object URL an officer can reach,
 * so ids cannot be probed; and on a shared task only the lead agency reads its supporting
 * agencies' notes.
 */
@IntegrationTest
class AgencyConfidentialityTests {

	/** No record of any kind has this id. */
	private static final long UNKNOWN = 987_654_321L;

	/** The object kinds an id in a URL names. */
	enum Kind {

		ASSIGNMENT, EVIDENCE, NOTIFICATION, AGENCY

	}

	/**
	 * One object URL; {@code status} is what an officer gets: 404 where officers use the
	 * URL (the object decides), 403 where the role never may (the same for any id).
	 */
	record Probe(String method, String url, Kind kind, int status) {

		@Override
		public String toString() {
			return this.method + " " + this.url;
		}

	}

	static Stream<Probe> probes() {
		return Stream.of(new Probe("GET", "/assignments/{id}", Kind.ASSIGNMENT, 404),
				new Probe("GET", "/assignments/{id}?siblings=2", Kind.ASSIGNMENT, 404),
				new Probe("MULTIPART", "/assignments/{id}/progress", Kind.ASSIGNMENT, 404),
				new Probe("POST", "/assignments/{id}/extension", Kind.ASSIGNMENT, 404),
				new Probe("POST", "/assignments/{id}/due-date", Kind.ASSIGNMENT, 403),
				new Probe("POST", "/assignments/{id}/accept", Kind.ASSIGNMENT, 403),
				new Probe("POST", "/assignments/{id}/return", Kind.ASSIGNMENT, 403),
				new Probe("GET", "/evidence/{id}", Kind.EVIDENCE, 404),
				new Probe("GET", "/notifications/{id}", Kind.NOTIFICATION, 404),
				new Probe("POST", "/notifications/{id}/read", Kind.NOTIFICATION, 404),
				new Probe("GET", "/reports/departments/{id}", Kind.AGENCY, 404),
				new Probe("GET", "/reports/assignments?agency={id}", Kind.AGENCY, 404),
				new Probe("GET", "/reports/assignments.xlsx?agency={id}", Kind.AGENCY, 404),
				new Probe("GET", "/coordinator/overdue/group/{id}", Kind.AGENCY, 403),
				new Probe("GET", "/rounds/{round}/reports/{id}", Kind.AGENCY, 404),
				new Probe("POST", "/rounds/{round}/reports/{id}", Kind.AGENCY, 404),
				new Probe("POST", "/rounds/{round}/reports/{id}/decision", Kind.AGENCY, 403),
				new Probe("MULTIPART", "/rounds/{round}/reports/{id}/files", Kind.AGENCY, 404),
				new Probe("GET", "/rounds/{round}/reports/{id}/files/1", Kind.AGENCY, 404),
				new Probe("GET", "/rounds/{round}/reports/{id}/report.docx", Kind.AGENCY, 404));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DemoUsers demo;

	@Autowired
	AssignmentReading reading;

	private static Map<Kind, Long> othersObjects;

	private static long openRound;

	/**
	 * Another agency's records of each kind, made once: an assignment, an evidence file
	 * and a notification of the Department of Justice, and the agency itself; the officer
	 * asking is the Department of Health's.
	 */
	@BeforeEach
	void othersRecords() throws Exception {
		if (othersObjects != null) {
			return;
		}
		long justice = agencyId("STP");
		long assignment = this.fixtures.jdbc()
			.sql("select min(id) from assignment where agency_id = ?")
			.param(justice)
			.query(Long.class)
			.single();
		String commune = this.fixtures.unusedCommune();
		PlanUser communeOfficer = this.fixtures.officerOf(commune);
		long communeAssignment = this.fixtures.freshAssignment(commune);
		this.mvc
			.perform(multipart("/assignments/{id}/progress", communeAssignment)
				.file(Files.part("minh-chung.pdf", "application/pdf", Files.pdf("bí mật")))
				.param("version", "" + this.fixtures.version(communeAssignment))
				.param("status", "IN_PROGRESS")
				.param("percent", "20")
				.param("note", "Ghi chú")
				.with(csrf())
				.with(this.fixtures.as(communeOfficer)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isFound());
		long evidence = this.fixtures.jdbc().sql("""
				select e.id from evidence_file e join progress_update u on u.id = e.progress_update_id
				where u.assignment_id = ?""").param(communeAssignment).query(Long.class).single();
		long notification = this.fixtures.jdbc().sql("""
				insert into notification (recipient_id, kind, assignment_id, subject, created_at)
				select id, 'REMINDER', ?, 'Nhắc việc', now() from app_user where username = 'officer.justice'
				returning id""").param(assignment).query(Long.class).single();
		openRound = this.fixtures.jdbc()
			.sql("select id from reporting_round where status = 'OPEN' order by id limit 1")
			.query(Long.class)
			.single();
		othersObjects = Map.of(Kind.ASSIGNMENT, assignment, Kind.EVIDENCE, evidence, Kind.NOTIFICATION, notification,
				Kind.AGENCY, justice);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("probes")
	void anotherAgencysRecordAnswersLikeOneThatDoesNotExist(Probe probe) throws Exception {
		long others = othersObjects.get(probe.kind());
		Map<String, Object> before = tables();
		MockHttpServletResponse theirs = perform(probe, others);
		MockHttpServletResponse missing = perform(probe, UNKNOWN);
		assertThat(tables()).as("nothing changed").isEqualTo(before);
		assertThat(theirs.getStatus()).as("another agency's").isEqualTo(probe.status());
		assertThat(missing.getStatus()).as("unknown").isEqualTo(probe.status());
		assertThat(normalised(theirs, others)).isEqualTo(normalised(missing, UNKNOWN));
	}

	@Test
	void onASharedTaskOnlyTheLeadAgencyReadsItsSupportingAgenciesNotes() throws Exception {
		String commune = this.fixtures.unusedCommune();
		Map<String, Object> shared = this.fixtures.jdbc().sql("""
				select s2.id as writer, s1.id as peer, s1ag.code as peer_code, l.id as lead, lag.code as lead_code
				from assignment s2
				join agency a2 on a2.id = s2.agency_id
				join assignment l on l.task_id = s2.task_id and l.period = s2.period and l.role = 'LEAD'
				join agency lag on lag.id = l.agency_id
				join assignment s1 on s1.task_id = s2.task_id and s1.period = s2.period and s1.role = 'SUPPORT'
				  and s1.id <> s2.id
				join agency s1ag on s1ag.id = s1.agency_id
				where a2.code = ? and s2.role = 'SUPPORT' and lag.kind <> 'LOCAL_AUTHORITY'
				  and s1ag.kind <> 'LOCAL_AUTHORITY'
				  and s2.closed_at is null and s1.closed_at is null and l.closed_at is null
				  and not exists (select 1 from progress_update u where u.assignment_id = s2.id)
				  and (select count(*) from assignment x where x.task_id = s2.task_id and x.period = s2.period
				       and x.role = 'LEAD') = 1
				order by s2.id, s1.id limit 1""").param(commune).query().singleRow();
		long writer = ((Number) shared.get("writer")).longValue();
		this.mvc
			.perform(post("/assignments/{id}/progress", writer).param("version", "" + this.fixtures.version(writer))
				.param("status", "IN_PROGRESS")
				.param("percent", "35")
				.param("note", "Ghi chú nội bộ của phường")
				.param("documentRef", "CV-777/NB")
				.with(csrf())
				.with(this.fixtures.as(this.fixtures.officerOf(commune))))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isFound());

		PlanUser lead = this.fixtures.officerOf((String) shared.get("lead_code"));
		SiblingAssignment seenByLead = sibling(lead, ((Number) shared.get("lead")).longValue(), writer);
		assertThat(seenByLead.lastNote()).isEqualTo("Ghi chú nội bộ của phường");
		assertThat(seenByLead.lastDocumentRef()).isEqualTo("CV-777/NB");

		PlanUser peer = this.fixtures.officerOf((String) shared.get("peer_code"));
		long peerAssignment = ((Number) shared.get("peer")).longValue();
		SiblingAssignment seenByPeer = sibling(peer, peerAssignment, writer);
		assertThat(seenByPeer.status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
		assertThat(seenByPeer.percent()).isEqualTo(35);
		assertThat(seenByPeer.lastNote()).isNull();
		assertThat(seenByPeer.lastDocumentRef()).isNull();
		assertThat(seenByPeer.lastUpdateAt()).isNull();
		// and on the page, whichever page of the list the row is on
		int pages = (int) Math.ceil(this.reading.page(peer, peerAssignment).siblings().size() / 10.0);
		for (int page = 1; page <= pages; page++) {
			String html = this.mvc
				.perform(get("/assignments/{id}", peerAssignment).param("siblings", "" + page)
					.with(this.fixtures.as(peer)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).doesNotContain("Ghi chú nội bộ của phường").doesNotContain("CV-777/NB");
		}
		// the coordinator reads everything
		assertThat(sibling(this.fixtures.user("coordinator"), peerAssignment, writer).lastNote())
			.isEqualTo("Ghi chú nội bộ của phường");
	}

	private SiblingAssignment sibling(PlanUser viewer, long viewed, long sibling) {
		return this.reading.page(viewer, viewed)
			.siblings()
			.stream()
			.filter((s) -> s.id() == sibling)
			.findFirst()
			.orElseThrow();
	}

	private MockHttpServletResponse perform(Probe probe, long id) throws Exception {
		String url = probe.url().replace("{round}", "" + openRound).replace("{id}", "" + id);
		AbstractMockHttpServletRequestBuilder<?> request = switch (probe.method()) {
			case "GET" -> get(url);
			case "POST" -> post(url).with(csrf());
			default -> multipart(url).file(new MockMultipartFile("files", "a.pdf", "application/pdf", Files.pdf("x")))
				.with(csrf());
		};
		request.param("version", "0")
			.param("status", "IN_PROGRESS")
			.param("percent", "10")
			.param("note", "x")
			.param("reason", "x")
			.param("results", "x")
			.param("decision", "accept")
			.param("requestedDueDate", "2031-01-01")
			.param("newDueDate", "2031-01-01");
		return this.mvc.perform(request.with(this.demo.as("officer.health"))).andReturn().getResponse();
	}

	private static final Pattern CSRF = Pattern
		.compile("(name=\"_csrf\" (?:content|value)=\")[^\"]*|(value=\")[^\"]*(\" name=\"_csrf\")");

	private static final Pattern CORRELATION = Pattern.compile("<p[^>]*id=\"correlation-id\"[^>]*>[^<]*</p>");

	/** The body with the id, the per-request CSRF token and correlation id taken out. */
	private static String normalised(MockHttpServletResponse response, long id) throws Exception {
		String body = response.getContentAsString();
		body = body.replaceAll("([/=])" + id + "(?!\\d)", "$1{id}");
		body = CSRF.matcher(body).replaceAll("$1$2$3");
		return CORRELATION.matcher(body).replaceAll("");
	}

	private Map<String, Object> tables() {
		return this.fixtures.jdbc()
			.sql("""
					select (select count(*) from progress_update) as progress,
					       (select count(*) from deadline_extension_request) as extensions,
					       (select count(*) from agency_report) as reports,
					       (select count(*) from agency_report_file) as report_files,
					       (select count(*) from notification where read_at is not null) as read_notifications,
					       (select coalesce(sum(version), 0) from assignment) as assignment_versions""")
			.query()
			.singleRow();
	}

	private long agencyId(String code) {
		return this.fixtures.jdbc().sql("select id from agency where code = ?").param(code).query(Long.class).single();
	}

}
