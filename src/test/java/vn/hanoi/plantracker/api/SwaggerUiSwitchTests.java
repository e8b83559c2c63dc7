package vn.hanoi.plantracker.api;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI is on by default (for signed-in users: {@code OpenApiContractTests} shows
 * the page to one and sends anyone else to sign in) and
 * {@code plantracker.api.swagger-ui} ({@code PLANTRACKER_SWAGGER_UI}) switches it off:
 * the application's own configuration, read as a start-up reads it, hands the switch to
 * springdoc. No Spring context of the application is started for this.
 */
class SwaggerUiSwitchTests {

	private final ApplicationContextRunner configuration = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer());

	@Test
	void onByDefault() {
		this.configuration.run((context) -> assertThat(
				context.getEnvironment().getProperty("springdoc.swagger-ui.enabled", Boolean.class))
			.isTrue());
	}

	@Test
	void offWithTheSwitch() {
		this.configuration.withPropertyValues("plantracker.api.swagger-ui=false")
			.run((context) -> assertThat(
					context.getEnvironment().getProperty("springdoc.swagger-ui.enabled", Boolean.class))
				.isFalse());
	}

}
