package vn.hanoi.plantracker.system;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Each handled error (404, 400, 409, 422, 403) is one line of the application log, with
 * the request's correlation id (the one the error page and the response header show), its
 * status and no stack trace.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HandledErrorLogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void eachHandledErrorIsOneLineWithItsCorrelationIdAndNoStackTrace(CapturedOutput output) throws Exception {
		String agency = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(agency);
		long id = this.fixtures.freshAssignment(agency);
		long version = this.fixtures.version(id);
		int from = output.getOut().length();

		expectOneLine(output, get("/assignments/999999999").with(this.fixtures.as(officer)), 404);
		expectOneLine(output, get("/assignments/not-a-number").with(this.fixtures.as(officer)), 404);
		// a form with a value out of range: refused with the form again
		expectOneLine(output,
				post("/assignments/{id}/progress", id).param("version", "" + version)
					.param("status", "IN_PROGRESS")
					.param("percent", "250")
					.param("note", "Phần trăm sai")
					.with(csrf())
					.with(this.fixtures.as(officer)),
				422);
		// a version someone else has already saved over
		expectOneLine(output,
				post("/assignments/{id}/progress", id).param("version", "" + (version - 1))
					.param("status", "IN_PROGRESS")
					.param("percent", "20")
					.param("note", "Bản cũ")
					.with(csrf())
					.with(this.fixtures.as(officer)),
				409);
		expectOneLine(output, get("/admin/security-events").with(this.fixtures.as(officer)), 403);

		String log = output.getOut().substring(from);
		assertThat(log).doesNotContain("\tat ").doesNotContain("Caused by:");
	}

	private void expectOneLine(CapturedOutput output, RequestBuilder request, int status) throws Exception {
		int from = output.getOut().length();
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(status);
		String id = result.getResponse().getHeader("X-Correlation-Id");
		assertThat(id).matches("[0-9a-f]{8}");
		List<String> lines = output.getOut().substring(from).lines().toList();
		List<String> answered = lines.stream().filter((line) -> line.contains(" answered ")).toList();
		assertThat(answered).as("the request's lines: %s", lines).hasSize(1);
		assertThat(answered.get(0)).contains("[" + id + "]")
			.containsPattern(Pattern.quote(result.getRequest().getRequestURI()) + ".* answered " + status);
		assertThat(lines).as("every line of the request carries its id")
			.filteredOn((line) -> line.contains(" answered ") || line.contains("WARN") || line.contains("ERROR"))
			.allSatisfy((line) -> assertThat(line).contains("[" + id + "]"));
	}

}
