package vn.hanoi.plantracker.user;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.web.servlet.MockMvc;

import vn.hanoi.plantracker.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * As in production: an external database and no demo profile. Only the plan is loaded,
 * there are no demo accounts, and the first administrator comes from
 * PLANTRACKER_ADMIN_USERNAME / PASSWORD.
 */
@SpringBootTest(properties = { "plantracker.embedded-db.enabled=false", "plantracker.admin.username=chief",
		"plantracker.admin.password=Chief-secret-2025" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(WithoutDemoProfileTests.OwnDatabase.class)
class WithoutDemoProfileTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void onlyThePlanIsLoadedAndNoDemoAccountsExist() {
		assertThat(this.jdbc.sql("select count(*) from task").query(Long.class).single()).isGreaterThanOrEqualTo(15);
		assertThat(this.jdbc.sql("select username from app_user").query(String.class).list()).containsExactly("chief");
		assertThat(this.jdbc.sql("select count(*) from progress_update").query(Long.class).single()).isZero();
	}

	@Test
	void theFirstAdministratorMustChooseTheirOwnPasswordAfterSettingUpTheSecondFactor() throws Exception {
		assertThat(this.jdbc.sql("select must_change_password from app_user where username = 'chief'")
			.query(Boolean.class)
			.single()).isTrue();
		// outside the demo the cookie is __Host-SESSION
		jakarta.servlet.http.Cookie session = java.util.Arrays
			.stream(this.mvc.perform(formLogin("/login").user("chief").password("Chief-secret-2025"))
				.andReturn()
				.getResponse()
				.getCookies())
			.filter((cookie) -> cookie.getName().endsWith("SESSION"))
			.findFirst()
			.orElseThrow();
		this.mvc.perform(get("/admin/users").cookie(session).secure(true))
			.andExpect(redirectedUrl("/account/password"));
		// an administrator sets up the second factor first; the two redirects never loop
		this.mvc.perform(get("/account/password").cookie(session).secure(true))
			.andExpect(redirectedUrl("/account/two-factor"));
		this.mvc.perform(get("/account/two-factor").cookie(session).secure(true)).andExpect(status().isOk());
	}

	@Test
	void theFirstAdministratorComesFromTheEnvironmentAndDemoPasswordsDoNotWork() throws Exception {
		this.mvc.perform(formLogin("/login").user("chief").password("Chief-secret-2025"))
			.andExpect(authenticated().withRoles("ADMIN"));
		this.mvc.perform(formLogin("/login").user("coordinator").password("demo-plan-133"))
			.andExpect(unauthenticated());
		String hash = this.jdbc.sql("select password_hash from app_user where username = 'chief'")
			.query(String.class)
			.single();
		// bcrypt over an HMAC-SHA-256 of the password, so that any length counts (issue
		// 11)
		assertThat(hash).startsWith("{bcrypt-sha256}$2a$").doesNotContain("Chief-secret-2025");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class OwnDatabase {

		@Bean
		DynamicPropertyRegistrar plainDatabase() {
			return (registry) -> {
				registry.add("spring.datasource.url", () -> TestDatabase.url("plantracker_plain"));
				registry.add("spring.datasource.username", TestDatabase::username);
				registry.add("spring.datasource.password", TestDatabase::password);
			};
		}

	}

}
