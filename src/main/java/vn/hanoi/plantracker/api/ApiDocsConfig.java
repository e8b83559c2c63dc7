package vn.hanoi.plantracker.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of {@code /api/v1} (served at {@code /v3/api-docs}, with Swagger
 * UI, to signed-in users only): generated from the controllers, checked into the
 * repository and compared by a contract test, so that a change to the API is a visible
 * diff.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

	static final String BEARER = "bearerToken";

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
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("A personal access token (pt_...)")))
			// relative to wherever the document is served, so that it is the same on
			// every
			// server (and in the contract test)
			.servers(java.util.List.of(new io.swagger.v3.oas.models.servers.Server().url("/")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

}
