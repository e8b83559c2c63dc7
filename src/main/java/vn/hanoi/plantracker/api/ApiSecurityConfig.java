package vn.hanoi.plantracker.api;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The API's own filter chain, ahead of the browser's: bearer tokens only, stateless (no
 * session, no cookie), no CSRF (there is no cookie to ride on), no form login or
 * redirects; refusals are problem details. Reads need any valid token; changes need a
 * read-write one. The browser chain knows nothing of tokens, so a token opens no page.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfig {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokens tokens, ApiRateLimits limits, ApiProblems problems)
			throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/api/**")
				.authenticated()
				.anyRequest()
				.hasAuthority(TokenScope.READ_WRITE.authority()))
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext(
					(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Bearer");
				problems.write(response, problems.problem(request, HttpStatus.UNAUTHORIZED, "api.error.noToken"));
			})
				.accessDeniedHandler((request, response, ex) -> problems.write(response,
						problems.problem(request, HttpStatus.FORBIDDEN, "api.error.scope"))))
			.addFilterBefore(new BearerTokenFilter(tokens, limits, problems), AuthorizationFilter.class);
		return http.build();
	}

}
