package vn.hanoi.plantracker.e2e;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.HttpUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A multipart body that cannot be parsed at all — {@code multipart/form-data} without a
 * boundary — sent by a signed-in user's browser path, over real HTTP (MockMvc parses no
 * multipart body): the application's own 400 page in the user's language, and one log
 * line for the request, not the error page failing in its turn (Tomcat's bare page and
 * "Exception Processing ErrorPage" with a stack trace).
 */
@ServerTest
@ExtendWith(OutputCaptureExtension.class)
class MalformedMultipartTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Test
	void aMultipartBodyWithoutABoundaryIsAnsweredByTheApplicationsOwnPageInTheUsersLanguage(CapturedOutput output) {
		long id = this.fixtures.freshAssignment("SYT");
		HttpUser officer = new HttpUser("http://localhost:" + this.port).signIn("officer.health", "demo-plan-133");
		String token = HttpUser.csrf(officer.get("/assignments/" + id).body());
		int logged = output.getAll().length();

		HttpResponse<String> vietnamese = officer.send(withoutBoundary(id, token));
		assertThat(vietnamese.statusCode()).isEqualTo(400);
		assertThat(HtmlUtils.htmlUnescape(vietnamese.body())).contains("skip-link")
			.contains("Yêu cầu không hợp lệ")
			.doesNotContain("HTTP Status");

		java.net.HttpCookie language = new java.net.HttpCookie("plantracker-lang", "en");
		language.setPath("/");
		language.setVersion(0);
		officer.cookies().getCookieStore().add(URI.create("http://localhost:" + this.port + "/"), language);
		HttpResponse<String> english = officer.send(withoutBoundary(id, token));
		assertThat(english.statusCode()).isEqualTo(400);
		assertThat(english.body()).contains("skip-link")
			.contains("This request is not valid")
			.doesNotContain("HTTP Status");

		String log = output.getAll().substring(logged);
		assertThat(log).contains("multipart body refused")
			.doesNotContain("Exception Processing")
			.doesNotContain("MultipartException")
			.doesNotContain("\tat ");
		assertThat(this.fixtures.historyCount(id)).isZero();
	}

	private HttpRequest.Builder withoutBoundary(long id, String token) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/assignments/" + id + "/progress"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "multipart/form-data")
			.header("Accept", "text/html")
			.header("X-CSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers
				.ofString("--x\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nGhi chú\r\n--x--\r\n"));
	}

}
