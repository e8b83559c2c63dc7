package vn.hanoi.plantracker.api;

import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of {@code /api/v1} (served at {@code /v3/api-docs}, with Swagger
 * UI, to signed-in users only): generated from the controllers, checked into the
 * repository and compared by a contract test, so that a change to the API is a visible
 * diff. Every operation lists the problem details it may answer with.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

	static final String BEARER = "bearerToken";

	static final String PROBLEM = "Problem";

	@Bean
	OpenAPI planTrackerOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Plan Tracker API")
				.version("v1")
				.description("Plans, assignments, their history and figures; progress reports from an agency's own "
						+ "systems. Authenticate with a personal access token made on /account/tokens: "
						+ "`Authorization: Bearer pt_...`. Errors are RFC 9457 problem details in the language of "
						+ "`Accept-Language` (vi or en). Each token may make a limited number of requests a minute "
						+ "(429 with Retry-After beyond it)."))
			.components(new Components()
				.addSecuritySchemes(BEARER,
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("A personal access token (pt_...)"))
				.addSchemas(PROBLEM, problemSchema()))
			// relative to wherever the document is served, so that it is the same on
			// every
			// server (and in the contract test)
			.servers(java.util.List.of(new Server().url("/")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	/** The problems every operation may answer with, by method and path. */
	@Bean
	OpenApiCustomizer problemResponses() {
		return (openApi) -> openApi.getPaths().forEach((path, item) -> {
			for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> entry : item.readOperationsMap()
				.entrySet()) {
				var responses = entry.getValue().getResponses();
				responses.addApiResponse("401", problem("No token, or one unknown, revoked or expired"));
				responses.addApiResponse("429", problem("Over the token's rate limit: wait Retry-After seconds"));
				io.swagger.v3.oas.models.Operation operation = entry.getValue();
				if ((operation.getParameters() != null && !operation.getParameters().isEmpty())
						|| operation.getRequestBody() != null) {
					responses.addApiResponse("400", problem("A parameter or the body is not valid"));
				}
				if (path.contains("{")) {
					responses.addApiResponse("404",
							problem("No such record, or one the token's owner may not read (another agency's)"));
				}
				if (entry.getKey() == PathItem.HttpMethod.POST) {
					responses.addApiResponse("403", problem("A read-only token, or a role that does not report"));
					responses.addApiResponse("409",
							problem("The version sent is not the current one: read the assignment again"));
					responses.addApiResponse("415", problem("The body is not application/json"));
					responses.addApiResponse("422", problem("The workflow refuses the step (the detail says why)"));
				}
			}
		});
	}

	/**
	 * An example for every operation, from {@code openapi/examples.json} (by method and
	 * path): the answer of {@code 200} and, for a write, the JSON body. Kept apart from
	 * the controllers so that an example reads as the JSON a caller sends and gets;
	 * {@code OpenApiContractTests} checks that every operation has one and that each
	 * names only properties the schema has.
	 */
	@Bean
	OpenApiCustomizer operationExamples() {
		Map<String, Map<String, Object>> examples = readExamples();
		return (openApi) -> openApi.getPaths().forEach((path, item) -> {
			for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> entry : item.readOperationsMap()
				.entrySet()) {
				Map<String, Object> example = examples.get(entry.getKey() + " " + path);
				if (example == null) {
					continue;
				}
				io.swagger.v3.oas.models.Operation operation = entry.getValue();
				ApiResponse ok = operation.getResponses().get("200");
				if (ok != null && ok.getContent() != null && example.containsKey("200")) {
					ok.getContent().values().forEach((media) -> media.setExample(example.get("200")));
				}
				if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
						&& example.containsKey("request")) {
					MediaType json = operation.getRequestBody().getContent().get("application/json");
					if (json != null) {
						json.setExample(example.get("request"));
					}
				}
			}
		});
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> readExamples() {
		try (java.io.InputStream in = ApiDocsConfig.class.getResourceAsStream("/openapi/examples.json")) {
			if (in == null) {
				throw new IllegalStateException("openapi/examples.json is missing");
			}
			// swagger's own mapper: the document is written by it, and plain maps and
			// lists
			// are what it writes as they are
			return io.swagger.v3.core.util.Json.mapper().readValue(in, java.util.LinkedHashMap.class);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		return new ObjectSchema().description("An RFC 9457 problem detail, in the language of Accept-Language")
			.addProperty("type", new StringSchema().example("about:blank"))
			.addProperty("title", new StringSchema().example("Not found"))
			.addProperty("status", new IntegerSchema().example(404))
			.addProperty("detail", new StringSchema().example("There is no such record, or it is not one you may see."))
			.addProperty("instance", new StringSchema().example("/api/v1/assignments/42"))
			.addProperty("code",
					new StringSchema().description("The message key of the detail").example("api.error.notFound"))
			.addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema()
				.description("For 400: each refused field and why")
				.items(new ObjectSchema().addProperty("field", new StringSchema().example("percent"))
					.addProperty("message",
							new StringSchema().example("Percent complete must be a whole number from 0 to 100."))));
	}

}
