package vn.hanoi.plantracker.api;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.hanoi.plantracker.e2e.ServerTest;
import vn.hanoi.plantracker.support.Files;
import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence files through the API (multipart/form-data) over real HTTP: real PDFs and
 * Office files are checked by the same rules as the progress form (type by content,
 * active content found by parsing) and stored with the report in one transaction; a
 * refused file saves nothing and is named in a 400 problem in the caller's language;
 * another agency's assignment is 404 whatever the files.
 */
@ServerTest
class ApiEvidenceUploadTests {

	private static final String JSON = "application/json";

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Today today;

	private ApiClient as(PlanUser user, TokenScope scope) {
		String secret = this.tokens
			.create(user, "upload " + UUID.randomUUID(), scope, this.today.date().plusDays(30), null, "127.0.0.1")
			.secret();
		return new ApiClient("http://localhost:" + this.port, secret);
	}

	private String report(long assignmentId, int percent) {
		return "{\"version\":" + this.fixtures.version(assignmentId) + ",\"status\":\"IN_PROGRESS\",\"percent\":"
				+ percent + ",\"note\":\"Kèm minh chứng\",\"documentRef\":\"7/BC-UBND\"}";
	}

	private List<Map<String, Object>> storedFiles(long assignmentId) {
		return this.fixtures.jdbc()
			.sql("""
					select e.original_name, e.content_type, e.sha256, e.size_bytes from evidence_file e
					join progress_update p on p.id = e.progress_update_id where p.assignment_id = :a order by e.id""")
			.param("a", assignmentId)
			.query()
			.listOfRows();
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	private static byte[] pdfWithJavaScript() throws Exception {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1)"));
			return Files.save(document, CompressParameters.DEFAULT_COMPRESSION);
		}
	}

	@Test
	void realFilesUploadedThroughTheApiAreStoredWithTheReport() throws Exception {
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		long id = this.fixtures.freshAssignment(commune);
		ApiClient api = as(officer, TokenScope.READ_WRITE);
		byte[] pdf = Files.pdf("Báo cáo kết quả " + UUID.randomUUID());
		byte[] docx = Files.docx();
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("bao-cao.pdf", pdf);
		files.put("phu-luc.docx", docx);

		HttpResponse<String> response = api.postMultipart("/api/v1/assignments/" + id + "/progress", report(id, 45),
				JSON, files);

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(ApiClient.json(response).get("percent").asInt()).isEqualTo(45);
		List<Map<String, Object>> stored = storedFiles(id);
		assertThat(stored).hasSize(2);
		assertThat(stored.get(0)).containsEntry("original_name", "bao-cao.pdf")
			.containsEntry("content_type", "application/pdf")
			.containsEntry("sha256", sha256(pdf));
		assertThat(stored.get(1)).containsEntry("original_name", "phu-luc.docx").containsEntry("sha256", sha256(docx));
		JsonNode history = ApiClient.json(api.get("/api/v1/assignments/" + id + "/history"));
		assertThat(history.get(0).toString()).contains("bao-cao.pdf").contains("phu-luc.docx");
		assertThat(history.get(0).get("note").asString()).isEqualTo("Kèm minh chứng");
	}

	@Test
	void aRefusedFileSavesNothingAndIsNamedInTheCallersLanguage() throws Exception {
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		long id = this.fixtures.freshAssignment(commune);
		ApiClient api = as(officer, TokenScope.READ_WRITE);
		String path = "/api/v1/assignments/" + id + "/progress";
		long version = this.fixtures.version(id);
		long entries = this.fixtures.historyCount(id);

		Map<String, String> refusedEnglish = new LinkedHashMap<>();
		refusedEnglish.put("mo-ra.pdf", "contains active content");
		refusedEnglish.put("anh.pdf", "is not a PDF, DOCX, XLSX, ODT, ODS, JPG or PNG file");
		refusedEnglish.put("nen.docx", "is not a PDF, DOCX, XLSX, ODT, ODS, JPG or PNG file");
		Map<String, byte[]> contents = Map.of("mo-ra.pdf", pdfWithJavaScript(), "anh.pdf", Files.png(), "nen.docx",
				Files.plainZip());
		for (Map.Entry<String, String> refused : refusedEnglish.entrySet()) {
			Map<String, byte[]> files = new LinkedHashMap<>();
			files.put("tot.pdf", Files.pdf("tốt"));
			files.put(refused.getKey(), contents.get(refused.getKey()));
			HttpResponse<String> response = api.postMultipart(path, report(id, 50), JSON, files);
			assertThat(response.statusCode()).as(refused.getKey() + ": " + response.body()).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			JsonNode error = ApiClient.json(response).get("errors").get(0);
			assertThat(error.get("field").asString()).isEqualTo("files");
			assertThat(error.get("message").asString()).contains(refused.getKey()).contains(refused.getValue());
		}
		Map<String, byte[]> six = new LinkedHashMap<>();
		for (int i = 1; i <= 6; i++) {
			six.put("tep-" + i + ".pdf", Files.pdf("tệp " + i));
		}
		HttpResponse<String> tooMany = api.in("vi").postMultipart(path, report(id, 50), JSON, six);
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(tooMany).get("errors").get(0).get("message").asString()).contains("5")
			.doesNotContain("Attach");

		assertThat(this.fixtures.version(id)).isEqualTo(version);
		assertThat(this.fixtures.historyCount(id)).isEqualTo(entries);
		assertThat(storedFiles(id)).isEmpty();
	}

	@Test
	void anotherAgencysAssignmentIs404AndOnlyItsOfficersUploadWithAReadWriteToken() {
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		long id = this.fixtures.freshAssignment(commune);
		Map<String, byte[]> files = Map.of("bao-cao.pdf", Files.pdf("Báo cáo"));
		String path = "/api/v1/assignments/" + id + "/progress";

		HttpResponse<String> other = as(this.fixtures.user("officer.health"), TokenScope.READ_WRITE).postMultipart(path,
				report(id, 10), JSON, files);
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(as(this.fixtures.user("coordinator"), TokenScope.READ_WRITE)
			.postMultipart(path, report(id, 10), JSON, files)
			.statusCode()).isEqualTo(403);
		assertThat(as(officer, TokenScope.READ).postMultipart(path, report(id, 10), JSON, files).statusCode())
			.isEqualTo(403);
		assertThat(new ApiClient("http://localhost:" + this.port, null).postMultipart(path, report(id, 10), JSON, files)
			.statusCode()).isEqualTo(401);
		assertThat(storedFiles(id)).isEmpty();
	}

	@Test
	void aMalformedUploadIsA4xxProblemNeverA500() {
		String commune = this.fixtures.unusedCommune();
		PlanUser officer = this.fixtures.officerOf(commune);
		long id = this.fixtures.freshAssignment(commune);
		ApiClient api = as(officer, TokenScope.READ_WRITE);
		String path = "/api/v1/assignments/" + id + "/progress";
		Map<String, byte[]> files = Map.of("bao-cao.pdf", Files.pdf("Báo cáo"));
		List<HttpResponse<String>> responses = new ArrayList<>();
		Map<HttpResponse<String>, Integer> expected = new LinkedHashMap<>();
		expected.put(api.postMultipart(path, null, null, files), 400);
		expected.put(api.postMultipart(path, "{not json", JSON, files), 400);
		expected.put(api.postMultipart(path, "{\"version\":0,\"status\":\"IN_PROGRESS\",\"percent\":101}", JSON, files),
				400);
		expected.put(api.postMultipart(path, report(id, 10), "text/plain", files), 415);
		expected.put(api.send(api.request(path)
			.header("Content-Type", "multipart/form-data; boundary=nothing")
			.POST(HttpRequest.BodyPublishers.ofString("garbage"))), 400);
		expected.put(api.send(api.request(path)
			.header("Content-Type", "multipart/form-data")
			.POST(HttpRequest.BodyPublishers.ofString("--x\r\n"))), 400);
		expected.forEach((response, status) -> {
			responses.add(response);
			assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
		});
		assertThat(responses).hasSize(6);
		assertThat(this.fixtures.historyCount(id)).isZero();
	}

}
