package vn.hanoi.plantracker.system;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.annotation.AnnotationTemplateExpressionDefaults;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Coarse URL rules only: who is signed in, and the role families of whole areas
 * ({@code /admin}, {@code /coordinator}, {@code /my}). Each handler carries its own,
 * finer rule as a meta-annotation of {@code system.access} or of the object's access
 * component (a test lists them and checks that no URL rule refuses a role its method
 * admits). Every change is a POST with a CSRF token; logout is a POST.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AccountStatus accounts, RefusedRequests refusals,
			ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions,
			@Value("${plantracker.session.absolute-timeout:12h}") Duration absoluteTimeout,
			@Value("${plantracker.session.max-per-user:3}") int maxSessions) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/favicon.svg", "/error")
			.permitAll()
			.requestMatchers(HealthPaths.PUBLIC)
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole("ADMIN")
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/coordinator/**")
			.hasAnyRole("COORDINATOR", "ADMIN", "LEADER")
			.requestMatchers("/my/**")
			.hasRole("OFFICER")
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			// Scripts only from this server. Style attributes are allowed (not <style>
			// blocks): the chart
			// library sizes and positions its canvas and tooltips with them.
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
						+ "style-src 'self'; style-src-attr 'unsafe-inline'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
						+ "base-uri 'self'; form-action 'self'"))
				.referrerPolicy((referrer) -> referrer.policy(
						org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		// at most three sessions per user (the oldest ends), counted in the shared
		// session store
		FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
		if (repository != null) {
			http.sessionManagement((session) -> session.maximumSessions(maxSessions)
				.sessionRegistry(new SpringSessionBackedSessionRegistry<>(repository))
				.expiredUrl("/login?expired"));
		}
		http.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(refusals));
		http.addFilterBefore(new DisabledAccountFilter(accounts, absoluteTimeout), AuthorizationFilter.class);
		http.addFilterAfter(new SecondFactorFilter(), DisabledAccountFilter.class);
		return http.build();
	}

	/** CSRF refusals, 403s of services and probes of ids, for the security log. */
	@Bean
	RefusedRequests refusedRequests(ApplicationEventPublisher publisher) {
		return new RefusedRequests(publisher);
	}

	/** Refused access becomes an event the security log records. */
	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}

	/**
	 * New passwords are hashed as {@code {bcrypt-sha256}} (any length); existing
	 * {@code {bcrypt}} hashes stay valid.
	 */
	/**
	 * Only the host names of {@code plantracker.allowed-hosts} (when set) are answered;
	 * any other Host header is refused before it can reach a redirect.
	 */
	@Bean
	WebSecurityCustomizer allowedHosts(@Value("${plantracker.allowed-hosts:}") List<String> hosts) {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		List<String> allowed = hosts.stream().map(String::strip).filter((h) -> !h.isEmpty()).toList();
		if (!allowed.isEmpty()) {
			firewall.setAllowedHostnames(allowed::contains);
		}
		return (web) -> web.httpFirewall(firewall);
	}

	/**
	 * Lets an object rule's meta-annotation name the parameter that holds the id
	 * ({@code @ReporterOfAssignment(id = "id")}).
	 */
	@Bean
	static AnnotationTemplateExpressionDefaults annotationTemplateExpressionDefaults() {
		return new AnnotationTemplateExpressionDefaults();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder(PreHashedBcrypt.ID,
				java.util.Map.of(PreHashedBcrypt.ID, new PreHashedBcrypt(), "bcrypt", new PreHashedBcrypt.Legacy()));
	}

}
