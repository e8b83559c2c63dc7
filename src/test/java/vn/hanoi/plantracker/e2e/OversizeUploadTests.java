package vn.hanoi.plantracker.e2e;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.HttpUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads over the limits over real HTTP (MockMvc does not parse multipart bodies, so
 * Tomcat's limits never apply there): the form comes back from the application with the
 * typed text and a message, and nothing is stored. Runs in the browser tests' server.
 */
@BrowserTest
class OversizeUploadTests {

	private static final String NOTE = "Ghi chú dài đã gõ: kết quả rà soát quý III";

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Test
	void aFileOverTheRuleComesBackWithTheTypedTextAndTheRuleNextToTheField() {
		long id = this.fixtures.freshAssignment("SYT");
		HttpResponse<String> response = upload(id, 12);
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(HtmlUtils.htmlUnescape(response.body())).contains(NOTE)
			.contains("lớn hơn 10 MB")
			.contains("progress-form");
		assertThat(this.fixtures.historyCount(id)).isZero();
	}

	@Test
	void aRequestOverTheServersLimitIsAnsweredByTheFormWithTheTypedText() {
		long id = this.fixtures.freshAssignment("SYT");
		HttpResponse<String> response = upload(id, 70);
		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(HtmlUtils.htmlUnescape(response.body())).contains(NOTE)
			.contains("Các tệp gửi lên quá lớn")
			.contains("progress-form")
			.doesNotContain("HTTP Status 413");
		assertThat(this.fixtures.historyCount(id)).isZero();
	}

	@Test
	void aFileNameWithNulIsRefusedByTheApplicationsOwnPageNeverA5xx() {
		for (String name : new String[] { "rep\u0000ort.pdf", "\u0000" }) {
			long id = this.fixtures.freshAssignment("SYT");
			HttpResponse<String> response = upload(id, 0, name);
			// Tomcat refuses a body with NUL inside a name before any form can see it:
			// the
			// application's 400 page; a name that is NUL alone reaches the form, which
			// refuses it
			assertThat(response.statusCode()).as(name).isIn(400, 422);
			assertThat(response.body()).as(name).contains("skip-link").doesNotContain("HTTP Status");
			assertThat(this.fixtures.historyCount(id)).isZero();
		}
	}

	private HttpResponse<String> upload(long id, int megabytes) {
		return upload(id, megabytes, "big.pdf");
	}

	private HttpResponse<String> upload(long id, int megabytes, String fileName) {
		HttpUser officer = new HttpUser("http://localhost:" + this.port).signIn("officer.health", "demo-plan-133");
		String token = HttpUser.csrf(officer.get("/assignments/" + id).body());
		String boundary = "----plantracker" + megabytes;
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		field(body, boundary, "_csrf", token);
		field(body, boundary, "version", "" + this.fixtures.version(id));
		field(body, boundary, "status", "IN_PROGRESS");
		field(body, boundary, "percent", "40");
		field(body, boundary, "note", NOTE);
		byte[] file = new byte[megabytes * 1024 * 1024];
		Arrays.fill(file, (byte) 'a');
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
				+ "\"\r\n" + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return officer.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/assignments/" + id + "/progress"))
					.timeout(Duration.ofSeconds(120))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.header("Accept", "text/html")
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
	}

}
