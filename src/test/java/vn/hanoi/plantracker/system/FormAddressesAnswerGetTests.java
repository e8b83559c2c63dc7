package vn.hanoi.plantracker.system;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A form refused at its POST address leaves the browser there: reloading it or switching
 * the language asks for that address with GET, which leads back to the form's own page
 * instead of a 405 page. Nobody is let in by it: the page it leads to checks the role.
 */
@IntegrationTest
class FormAddressesAnswerGetTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void theAdministratorsRefusedFormsAnswerAGetWithTheirPage() throws Exception {
		long user = this.fixtures.user("officer.health").getId();
		long agency = this.fixtures.jdbc().sql("select id from agency where code = 'SYT'").query(Long.class).single();
		var admin = this.fixtures.as(this.fixtures.user("admin"));
		this.mvc.perform(get("/admin/users/" + user + "/edit").param("lang", "en").with(admin))
			.andExpect(redirectedUrl("/admin/users/" + user));
		this.mvc.perform(get("/admin/users/" + user + "/password").with(admin))
			.andExpect(redirectedUrl("/admin/users/" + user));
		this.mvc.perform(get("/admin/agencies/" + agency + "/rename").with(admin))
			.andExpect(redirectedUrl("/admin/agencies/" + agency));
		this.mvc.perform(get("/admin/agencies/" + agency + "/end").with(admin))
			.andExpect(redirectedUrl("/admin/agencies/" + agency));
		this.mvc
			.perform(get("/admin/agencies/" + agency + "/rename").with(this.fixtures.as(this.fixtures.user("leader"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRefusedImportConfirmationAnswersAGetWithTheImportPage() throws Exception {
		this.mvc.perform(get("/plans/import/confirm").with(this.fixtures.as(this.fixtures.user("coordinator"))))
			.andExpect(redirectedUrl("/plans/import"));
		this.mvc.perform(get("/plans/import/confirm").with(this.fixtures.as(this.fixtures.user("officer.health"))))
			.andExpect(status().isForbidden());
	}

}
