package vn.hanoi.plantracker.system;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.hanoi.plantracker.support.DemoUsers;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.SignInThrottle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Hostile values in every parameter (ASVS 1.x/2.x input handling, issue 11 point 7): NUL
 * and other control characters, a bidi override, a URI template, a lone {@code %}, 1 MB,
 * empty, negative, non-numeric, dates at +99999 and 0001, and a parameter sent twice.
 * Never a 5xx; a refused change changes nothing in the database. The forms that change
 * data are listed with valid values around the hostile one (on assignments of a commune
 * no other test uses); every query parameter of every page without a path variable is
 * found by scanning the controllers' mappings, so a new filter is covered without editing
 * this test. One context, MockMvc.
 */
@IntegrationTest
class HostileInputTests {

	private static final String MEGABYTE = "x".repeat(1024 * 1024);

	/** Every hostile value; {@code null} stands for the parameter sent twice. */
	private static final List<String> VALUES = List.of("\u0000", "a\u0007b\u001Bc", "report\u202Egnp.pdf", "{x}", "%",
			"100%zz", MEGABYTE, "", "-1", "abc", "+99999-01-01", "0001-01-01", "2026-02-30");

	/** For the page sweep: fewer, the ones that reach parsers and redirects. */
	private static final List<String> QUERY_VALUES = List.of("\u0000", "{x}", "+99999-01-01");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DemoUsers demo;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void noFormAnswersAHostileValueWithAServerErrorOrAChange() throws Exception {
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		long assignment = this.fixtures.freshAssignment(commune);
		long other = this.fixtures.freshAssignment(commune);
		RequestPostProcessor coordinator = this.demo.as("coordinator");
		List<Form> forms = List.of(new Form("/assignments/" + assignment + "/progress", true, this.fixtures.as(officer),
				() -> Map.of("version", "" + this.fixtures.version(assignment), "status", "IN_PROGRESS", "percent",
						"30", "note", "Ghi chú", "documentRef", "CV-1", "difficulties", "", "proposals", "")),
				new Form("/assignments/" + assignment + "/extension", false, this.fixtures.as(officer),
						() -> Map.of("requestedDueDate", "2031-06-30", "reason", "Cần thêm thời gian")),
				new Form("/assignments/" + other + "/due-date", false, coordinator,
						() -> Map.of("version", "" + this.fixtures.version(other), "newDueDate", "2031-06-30", "reason",
								"Điều chỉnh")),
				new Form("/assignments/" + other + "/return", false, coordinator,
						() -> Map.of("version", "" + this.fixtures.version(other), "note", "Bổ sung")),
				new Form("/coordinator/reminders", false, coordinator,
						() -> Map.of("agencyId", "" + officer.getAgencyId(), "assignmentIds", "" + other, "message",
								"Nhắc", "returnTo", "/coordinator/overdue")),
				new Form("/coordinator/review/accept-selected", false, coordinator,
						() -> Map.of("selected", other + ":0", "returnTo", "/coordinator/review")));
		List<String> failures = new ArrayList<>();
		for (Form form : forms) {
			for (String name : form.params().get().keySet()) {
				for (String value : withDuplicate(VALUES)) {
					// a change accepted just before may still be notifying (after commit)
					awaitEventsDone();
					Map<String, Object> before = tables();
					Map<String, String> params = new LinkedHashMap<>(form.params().get());
					AbstractMockHttpServletRequestBuilder<?> request = form.multipart() ? multipart(form.url())
							: post(form.url());
					params.forEach((param, base) -> {
						if (!param.equals(name)) {
							request.param(param, base);
						}
					});
					if (value == null) {
						request.param(name, params.get(name), params.get(name) + "1");
					}
					else {
						request.param(name, value);
					}
					MockHttpServletResponse response = this.mvc.perform(request.with(csrf()).with(form.user()))
						.andReturn()
						.getResponse();
					String what = "POST " + form.url() + " " + name + "=" + describe(value) + " -> "
							+ response.getStatus();
					if (response.getStatus() >= 500) {
						failures.add(what);
					}
					else if (response.getStatus() >= 400 && !tables().equals(before)) {
						failures.add(what + " refused but changed the database");
					}
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	@Test
	void overRangeIndexesNulAndControlCharactersInNamesFieldsAndFileNamesAreNeverA5xx() throws Exception {
		List<String> failures = new ArrayList<>();
		// the sign-in name: the same "wrong name or password" as any other
		for (String name : List.of("\u0000", "admin\u0000", "a\u0007b\u001Bc", "x\u202Ey")) {
			MockHttpServletResponse response = this.mvc
				.perform(post("/login").param("username", name).param("password", "wrong-password").with(csrf()))
				.andReturn()
				.getResponse();
			if (response.getStatus() >= 500 || !"/login?error".equals(response.getRedirectedUrl())) {
				failures.add("sign-in as " + describe(name) + " -> " + response.getStatus());
			}
		}
		// "admin\u0000" counted a failed password for the demo administrator: lifted, as
		// an
		// administrator would, so that the test clock (which stands still) does not leave
		// the account waiting for the rest of the suite
		this.throttle.unlock("admin");
		// a round report's lines: the form comes back with what was typed and a message
		Map<String, Object> report = this.fixtures.jdbc().sql("""
				select ra.round_id, ra.code from round_agency ra join reporting_round r on r.id = ra.round_id
				where r.status = 'OPEN' and ra.required and not exists (select 1 from agency_report ar
				      where ar.round_id = ra.round_id and ar.agency_id = ra.agency_id and ar.status <> 'DRAFT')
				order by r.id, ra.position limit 1""").query().singleRow();
		PlanUser officer = this.fixtures.officerOf((String) report.get("code"));
		String url = "/rounds/" + report.get("round_id") + "/reports/" + officer.getAgencyId();
		String page = this.mvc.perform(get(url).with(this.fixtures.as(officer)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher version = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
			.matcher(page);
		assertThat(version.find()).as("the report form").isTrue();
		for (String field : List.of("lines[256].result", "lines[1000].result", "lines[99999999999].result",
				"lines[-1].result", "lines[x].result", "lines[0].assignmentId")) {
			for (String value : List.of("kết quả", "\u0000", "abc")) {
				MvcResult result = this.mvc
					.perform(post(url).param("version", version.group(1))
						.param("results", "Kết quả đã gõ 42")
						.param(field, value)
						.with(csrf())
						.with(this.fixtures.as(officer)))
					.andReturn();
				MockHttpServletResponse response = result.getResponse();
				String what = "POST " + url + " " + field + "=" + describe(value) + " -> " + response.getStatus();
				if (response.getStatus() >= 500) {
					failures.add(what);
				}
				else if ((response.getStatus() == 200 || response.getStatus() == 302)
						&& !landing(result, officer).contains("Kết quả đã gõ 42")) {
					failures.add(what + " lost the typed text");
				}
			}
		}
		// a failed save goes back to the report's own page (GET) with what was typed
		MvcResult refused = this.mvc
			.perform(post(url).param("version", version.group(1))
				.param("results", "Kết quả đã gõ 42")
				.param("lines[256].result", "x")
				.with(csrf())
				.with(this.fixtures.as(officer)))
			.andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(url);
		assertThat(landing(refused, officer)).contains("Kết quả đã gõ 42").contains("Những gì đã nhập vẫn được giữ");
		// file names, as the application's own rules see them (the real-HTTP case is in
		// OversizeUploadTests)
		String commune = this.fixtures.unusedCommune();
		PlanUser uploader = this.fixtures.officerOf(commune);
		long assignment = this.fixtures.freshAssignment(commune);
		for (String fileName : List.of("a\u0000.pdf", "\u0000", "b\u0007\u001B.pdf", "c\u202Efdp.exe")) {
			int status = this.mvc.perform(multipart("/assignments/" + assignment + "/progress")
				.file(new org.springframework.mock.web.MockMultipartFile("files", fileName, "application/pdf",
						"%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
				.param("version", "" + this.fixtures.version(assignment))
				.param("status", "IN_PROGRESS")
				.param("percent", "10")
				.param("note", "Ghi chú")
				.with(csrf())
				.with(this.fixtures.as(uploader))).andReturn().getResponse().getStatus();
			if (status >= 500) {
				failures.add("upload named " + describe(fileName) + " -> " + status);
			}
		}
		assertThat(this.fixtures.historyCount(assignment)).isZero();
		assertThat(failures).isEmpty();
	}

	@Test
	void aBadReturnToIsSettledBeforeTheSaveSoTheDecisionIsSavedOnceAndRedirectsSafely() throws Exception {
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		for (String returnTo : List.of("/coordinator/review?{x}", "/coordinator/%zz", "https://evil.example/",
				"/coordinator/../admin/users")) {
			long id = this.fixtures.freshAssignment(commune);
			this.mvc
				.perform(post("/assignments/{id}/progress", id).param("version", "" + this.fixtures.version(id))
					.param("status", "SUBMITTED")
					.param("percent", "100")
					.param("note", "Hoàn thành")
					.with(csrf())
					.with(this.fixtures.as(officer)))
				.andExpect(status().isFound());
			long history = this.fixtures.historyCount(id);
			this.mvc
				.perform(post("/assignments/{id}/return", id).param("version", "" + this.fixtures.version(id))
					.param("note", "Bổ sung")
					.param("returnTo", returnTo)
					.with(csrf())
					.with(this.demo.as("coordinator")))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/assignments/" + id));
			assertThat(this.fixtures.historyCount(id)).as(returnTo).isEqualTo(history + 1);
			assertThat(this.fixtures.assignmentRow(id)).containsEntry("status", "RETURNED");
		}
		// a control character is refused by the input rules before the handler: 400,
		// nothing saved
		long id = this.fixtures.freshAssignment(commune);
		this.mvc
			.perform(post("/assignments/{id}/progress", id).param("version", "" + this.fixtures.version(id))
				.param("status", "SUBMITTED")
				.param("percent", "100")
				.param("note", "Hoàn thành")
				.with(csrf())
				.with(this.fixtures.as(officer)))
			.andExpect(status().isFound());
		Map<String, Object> submitted = this.fixtures.assignmentRow(id);
		this.mvc
			.perform(post("/assignments/{id}/return", id).param("version", "" + this.fixtures.version(id))
				.param("note", "Bổ sung")
				.param("returnTo", "/coordinator/review\u0000")
				.with(csrf())
				.with(this.demo.as("coordinator")))
			.andExpect(status().isBadRequest());
		assertThat(this.fixtures.assignmentRow(id)).isEqualTo(submitted);
	}

	@Test
	void noPageAnswersAHostileQueryParameterWithAServerError() throws Exception {
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!(methods.isEmpty() || methods.contains(RequestMethod.GET))) {
				continue;
			}
			for (String path : info.getPatternValues()) {
				if (path.contains("{") || path.matches(".*\\.(xlsx|pdf|docx|zip)$") || path.startsWith("/error")
						|| path.startsWith("/actuator")) {
					continue;
				}
				RequestPostProcessor user = this.demo.as(userFor(path));
				for (String name : queryParameters(entry.getValue())) {
					for (String value : withDuplicate(QUERY_VALUES)) {
						AbstractMockHttpServletRequestBuilder<?> request = get(path);
						if (value == null) {
							request.param(name, "1", "2");
						}
						else {
							request.param(name, value);
						}
						int status = this.mvc.perform(request.with(user)).andReturn().getResponse().getStatus();
						requests++;
						if (status >= 500) {
							failures.add("GET " + path + "?" + name + "=" + describe(value) + " -> " + status);
						}
					}
				}
			}
		}
		assertThat(requests).as("the sweep found the filters (four values each)").isGreaterThan(60);
		assertThat(failures).isEmpty();
	}

	/**
	 * The names a handler reads from the query: request parameters and form properties.
	 */
	private static Set<String> queryParameters(HandlerMethod handler) {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (parameter.hasParameterAnnotation(PathVariable.class)) {
				continue;
			}
			if (requestParam != null) {
				String name = requestParam.name().isEmpty() ? requestParam.value() : requestParam.name();
				names.add(name.isEmpty() ? parameter.getParameterName() : name);
			}
			else if (!BeanUtils.isSimpleProperty(type) && type.getName().startsWith("vn.hanoi.plantracker")
					&& !PlanUser.class.isAssignableFrom(type)) {
				for (var property : BeanUtils.getPropertyDescriptors(type)) {
					Method setter = property.getWriteMethod();
					if (setter != null) {
						names.add(property.getName());
					}
				}
			}
		}
		return names;
	}

	private static String userFor(String path) {
		if (path.startsWith("/admin")) {
			return "admin";
		}
		if (path.startsWith("/my") || path.startsWith("/account")) {
			return "officer.health";
		}
		return "coordinator";
	}

	private static List<String> withDuplicate(List<String> values) {
		List<String> all = new ArrayList<>(values);
		all.add(null);
		return all;
	}

	/**
	 * The page an answer shows: its own body, or the page it redirects to, opened as the
	 * browser's next request would be (the same session, its cookie), where the flash
	 * attributes wait.
	 */
	private String landing(MvcResult result, PlanUser user) throws Exception {
		String location = result.getResponse().getRedirectedUrl();
		if (location == null) {
			return result.getResponse().getContentAsString();
		}
		var get = get(location).with(this.fixtures.as(user))
			.session((org.springframework.mock.web.MockHttpSession) result.getRequest().getSession());
		if (result.getResponse().getCookies().length > 0) {
			get.cookie(result.getResponse().getCookies());
		}
		return this.mvc.perform(get).andReturn().getResponse().getContentAsString();
	}

	private static String describe(String value) {
		if (value == null) {
			return "(sent twice)";
		}
		String shown = (value.length() > 20) ? value.length() + " characters" : value;
		StringBuilder escaped = new StringBuilder();
		shown.codePoints()
			.forEach((c) -> escaped.append(Character.isISOControl(c) || c == 0x202E ? String.format("\\u%04X", c)
					: new String(Character.toChars(c))));
		return escaped.toString();
	}

	private void awaitEventsDone() {
		Awaitility.await()
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(20))
			.atMost(Duration.ofSeconds(15))
			.until(() -> this.fixtures.jdbc()
				.sql("select count(*) from event_publication where completion_date is null")
				.query(Long.class)
				.single() == 0);
	}

	private Map<String, Object> tables() {
		return this.fixtures.jdbc()
			.sql("""
					select (select count(*) from progress_update) as progress,
					       (select count(*) from evidence_file) as evidence,
					       (select count(*) from deadline_extension_request) as extensions,
					       (select count(*) from notification) as notifications,
					       (select coalesce(sum(version), 0) from assignment) as assignment_versions,
					       (select string_agg(password_hash, ',' order by id) from app_user) as passwords""")
			.query()
			.singleRow();
	}

	record Form(String url, boolean multipart, RequestPostProcessor user, Supplier<Map<String, String>> params) {

	}

}
