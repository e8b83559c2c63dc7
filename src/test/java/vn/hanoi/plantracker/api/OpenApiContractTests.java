package vn.hanoi.plantracker.api;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.hanoi.plantracker.e2e.ServerTest;
import vn.hanoi.plantracker.support.HttpUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract: the OpenAPI document generated from the code is the one checked into the
 * repository ({@value #SPEC}), so every change to the API is a visible diff. After a
 * deliberate change, run this test with {@code -Dopenapi.update=true} to rewrite the
 * checked-in document, and commit it. The document is served to signed-in users only.
 */
@ServerTest
class OpenApiContractTests {

	static final String SPEC = "src/test/resources/openapi/v1.json";

	@LocalServerPort
	int port;

	@Test
	void theGeneratedDocumentIsTheCheckedInOne() throws IOException {
		HttpUser browser = new HttpUser("http://localhost:" + this.port).signIn("leader", "demo-plan-133");
		HttpResponse<String> served = browser.get("/v3/api-docs");
		assertThat(served.statusCode()).isEqualTo(200);
		JsonNode generated = ApiClient.json(served);
		Path spec = Path.of(SPEC);
		if (Boolean.getBoolean("openapi.update")) {
			Files.createDirectories(spec.getParent());
			Files.writeString(spec, generated.toPrettyString() + "\n", StandardCharsets.UTF_8);
		}
		assertThat(spec).as("the checked-in API document (write it with -Dopenapi.update=true)").exists();
		JsonNode checkedIn = ApiClient.json(Files.readString(spec, StandardCharsets.UTF_8));
		if (!checkedIn.equals(generated)) {
			Path actual = Path.of("target", "openapi-v1.generated.json");
			Files.writeString(actual, generated.toPrettyString() + "\n", StandardCharsets.UTF_8);
			throw new AssertionError("The API changed: " + actual + " differs from " + SPEC
					+ ". If the change is meant, run with -Dopenapi.update=true and commit the document.");
		}
		assertThat(generated.get("paths").has("/api/v1/assignments/{assignmentId}/progress")).isTrue();
	}

	/**
	 * Every operation shows an example of its answer, and a write of its body; an example
	 * names only properties its schema has (so a renamed field cannot leave a stale
	 * example behind).
	 */
	@Test
	void everyOperationHasAnExampleThatFitsItsSchema() {
		HttpUser browser = new HttpUser("http://localhost:" + this.port).signIn("leader", "demo-plan-133");
		JsonNode document = ApiClient.json(browser.get("/v3/api-docs"));
		JsonNode schemas = document.get("components").get("schemas");
		int operations = 0;
		for (var path : document.get("paths").properties()) {
			for (var operation : path.getValue().properties()) {
				String name = operation.getKey().toUpperCase() + " " + path.getKey();
				JsonNode ok = operation.getValue().get("responses").get("200").get("content").get("application/json");
				assertThat(ok.has("example")).as("an example answer of %s", name).isTrue();
				fits(name, ok.get("example"), ok.get("schema"), schemas);
				JsonNode body = operation.getValue().get("requestBody");
				if (body != null) {
					JsonNode json = body.get("content").get("application/json");
					assertThat(json.has("example")).as("an example body of %s", name).isTrue();
					fits(name, json.get("example"), json.get("schema"), schemas);
				}
				operations++;
			}
		}
		assertThat(operations).isGreaterThanOrEqualTo(12);
	}

	private static void fits(String where, JsonNode example, JsonNode schema, JsonNode schemas) {
		if (schema == null || example == null || example.isNull()) {
			return;
		}
		if (schema.has("$ref")) {
			String ref = schema.get("$ref").asString();
			fits(where, example, schemas.get(ref.substring(ref.lastIndexOf('/') + 1)), schemas);
			return;
		}
		if (example.isArray()) {
			assertThat(schema.has("items")).as("%s: a list where the schema has none", where).isTrue();
			example.forEach((element) -> fits(where, element, schema.get("items"), schemas));
			return;
		}
		if (example.isObject() && schema.has("properties")) {
			JsonNode properties = schema.get("properties");
			for (var field : example.properties()) {
				assertThat(properties.has(field.getKey()))
					.as("%s: the example's %s is not in the schema", where, field.getKey())
					.isTrue();
				fits(where + "." + field.getKey(), field.getValue(), properties.get(field.getKey()), schemas);
			}
		}
		if (schema.has("enum") && example.isString()) {
			assertThat(schema.get("enum").values()).as("%s: a value the schema does not list", where)
				.extracting(JsonNode::asString)
				.contains(example.asString());
		}
	}

	@Test
	void theDocumentAndSwaggerUiAreForSignedInUsersOnly() {
		HttpUser anonymous = new HttpUser("http://localhost:" + this.port);
		for (String path : new String[] { "/v3/api-docs", "/swagger-ui/index.html" }) {
			HttpResponse<String> response = anonymous.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).contains("/login"));
		}
		HttpUser browser = new HttpUser("http://localhost:" + this.port).signIn("officer.health", "demo-plan-133");
		assertThat(browser.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

}
