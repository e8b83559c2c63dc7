package vn.hanoi.plantracker.system;

import org.junit.jupiter.api.Test;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class DemoProfileActivatorTests {

	private final DemoProfileActivator activator = new DemoProfileActivator();

	@Test
	void aLocalRunOnTheEmbeddedDatabaseTurnsTheDemoProfileOn() {
		MockEnvironment env = new MockEnvironment();
		this.activator.postProcessEnvironment(env, new SpringApplication());
		assertThat(env.getActiveProfiles()).containsExactly("demo");
		assertThat(NoDatasourceConfigured.matches(env)).isTrue();
	}

	@Test
	void anExternalDatabaseNeverGetsDemoAccountsOrTheEmbeddedServer() {
		MockEnvironment env = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db:5432/plantracker");
		this.activator.postProcessEnvironment(env, new SpringApplication());
		assertThat(env.getActiveProfiles()).isEmpty();
		assertThat(NoDatasourceConfigured.matches(env)).isFalse();
	}

	@Test
	void aProfileChosenExplicitlyIsLeftAlone() {
		MockEnvironment env = new MockEnvironment();
		env.setActiveProfiles("prod");
		this.activator.postProcessEnvironment(env, new SpringApplication());
		assertThat(env.getActiveProfiles()).containsExactly("prod");
	}

	// The environment a real start gets (config data, then this activator), without the
	// application's beans: an empty context, no web server, no embedded database.

	@Test
	void aStartWithNoDatasourceGetsTheDemoPropertiesPlainCookieAndLocalAddress() {
		try (ConfigurableApplicationContext context = start()) {
			Environment env = context.getEnvironment();
			assertThat(env.getActiveProfiles()).containsExactly("demo");
			assertThat(env.getProperty("server.servlet.session.cookie.name")).isEqualTo("SESSION");
			assertThat(env.getProperty("server.servlet.session.cookie.secure")).isEqualTo("false");
			assertThat(env.getProperty("server.address")).isEqualTo("127.0.0.1");
		}
	}

	@Test
	void anAddressGivenOnTheCommandLineStillOpensTheDemoOnPurpose() {
		try (ConfigurableApplicationContext context = start("--server.address=0.0.0.0")) {
			Environment env = context.getEnvironment();
			assertThat(env.getActiveProfiles()).containsExactly("demo");
			assertThat(env.getProperty("server.address")).isEqualTo("0.0.0.0");
			assertThat(env.getProperty("server.servlet.session.cookie.name")).isEqualTo("SESSION");
		}
	}

	@Test
	void aStartWithAnExternalDatabaseKeepsTheProductionCookieAndNoDemo() {
		try (ConfigurableApplicationContext context = start(
				"--spring.datasource.url=jdbc:postgresql://db:5432/plantracker")) {
			Environment env = context.getEnvironment();
			assertThat(env.getActiveProfiles()).isEmpty();
			assertThat(env.getProperty("server.servlet.session.cookie.name")).isEqualTo("__Host-SESSION");
			assertThat(env.getProperty("server.servlet.session.cookie.secure")).isEqualTo("true");
			assertThat(env.getProperty("server.address")).isNull();
		}
	}

	private static ConfigurableApplicationContext start(String... args) {
		return new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(args);
	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

}
