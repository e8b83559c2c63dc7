package vn.hanoi.plantracker.user;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * One browser's session in MockMvc: sessions live in PostgreSQL (Spring Session JDBC), so
 * a browser holds only its SESSION cookie, which changes when the session id does.
 */
final class BrowserSession {

	private final MockMvc mvc;

	private Cookie cookie;

	private BrowserSession(MockMvc mvc, Cookie cookie) {
		this.mvc = mvc;
		this.cookie = cookie;
	}

	static BrowserSession signIn(MockMvc mvc, String username, String password) throws Exception {
		Cookie cookie = mvc.perform(formLogin("/login").user(username).password(password))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		if (cookie == null) {
			throw new AssertionError("no session for " + username);
		}
		return new BrowserSession(mvc, cookie);
	}

	ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		ResultActions result = this.mvc.perform(request.cookie(this.cookie));
		Cookie renewed = result.andReturn().getResponse().getCookie("SESSION");
		if (renewed != null && renewed.getMaxAge() != 0) {
			this.cookie = renewed;
		}
		return result;
	}

	String sessionId() {
		return this.cookie.getValue();
	}

}
