package vn.hanoi.plantracker.system;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AnnotationTemplateExpressionDefaults;
import org.springframework.security.core.annotation.SecurityAnnotationScanners;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.user.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every controller handler, with the access rule it carries: a new endpoint without a
 * rule (a meta-annotation of {@code system.access} or of an object's access component, on
 * the method or its controller) fails the build, and so does a URL rule that refuses a
 * role the handler's own rule admits (the URL rules stay coarser than the method rules,
 * never finer). The listing is written to {@code target/access-rules.txt}.
 */
@IntegrationTest
class AccessRuleListingTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	FilterChainProxy filters;

	@Autowired
	ApplicationContext context;

	@Autowired(required = false)
	AnnotationTemplateExpressionDefaults templates;

	@Test
	void everyHandlerCarriesAnAccessRuleThroughAMetaAnnotation() throws IOException {
		Map<String, String> listing = new TreeMap<>();
		List<String> without = new ArrayList<>();
		List<String> raw = new ArrayList<>();
		handlers().forEach((info, handler) -> {
			String name = describe(info, handler);
			MergedAnnotation<PreAuthorize> rule = rule(handler);
			if (!rule.isPresent()) {
				without.add(name);
				return;
			}
			if (rule.getDistance() == 0) {
				raw.add(name);
			}
			listing.put(name, "@" + rule.getRoot().getType().getSimpleName() + "  " + expression(handler) + "  admits "
					+ admitted(handler));
		});
		Path file = Path.of("target", "access-rules.txt");
		Files.createDirectories(file.getParent());
		Files.writeString(file,
				listing.entrySet()
					.stream()
					.map((e) -> e.getKey() + "  ->  " + e.getValue())
					.collect(Collectors.joining("\n", "", "\n")));
		assertThat(listing).as("handlers found").hasSizeGreaterThan(80);
		assertThat(without).as("handlers without an access rule").isEmpty();
		assertThat(raw).as("handlers with a bare @PreAuthorize instead of a named rule").isEmpty();
	}

	@Test
	void noUrlRuleRefusesARoleTheHandlersOwnRuleAdmits() {
		List<String> disagreements = new ArrayList<>();
		handlers().forEach((info, handler) -> {
			Set<Role> byMethod = admitted(handler);
			for (String path : info.getPatternValues()) {
				if (path.startsWith("/api/")) {
					// the API's own chain admits any token holder; its handlers are
					// @SignedIn
					continue;
				}
				for (RequestMethod verb : verbs(info)) {
					for (Role role : byMethod) {
						if (!urlAdmits(verb.name(), path, role)) {
							disagreements.add(verb + " " + path + ": the URL rule refuses " + role
									+ " whom the handler's rule admits");
						}
					}
				}
			}
		});
		assertThat(disagreements).isEmpty();
	}

	@Test
	void theUrlRulesOfTheCoordinatorAreaAdmitItsRoleFamilyOnly() {
		for (String path : List.of("/coordinator/review", "/coordinator/review/accept-selected",
				"/coordinator/extensions", "/coordinator/overdue")) {
			assertThat(EnumSet.allOf(Role.class).stream().filter((role) -> urlAdmits("GET", path, role))).as(path)
				.containsExactlyInAnyOrder(Role.COORDINATOR, Role.LEADER, Role.ADMIN);
		}
	}

	/**
	 * The object kinds beyond assignments and plans carry the rules of their access
	 * components: an agency's report ({@code reportAccess}), a consolidated report's
	 * approval ({@code roundAccess}) and an account ({@code accountAccess}).
	 */
	@Test
	void reportsRoundsAndAccountsCarryTheirAccessComponentsRules() {
		Map<String, String> expected = Map.of("/reports/departments/{agencyId}", "ReaderOfAgencyReport",
				"/rounds/{round}/consolidated/approve", "ApproverOfConsolidatedReport", "/admin/users/{id}",
				"AdministratorOfAccount", "/admin/users/{id}/edit", "AdministratorOfAccount",
				"/admin/users/{id}/deactivate", "AdministratorOfAccount", "/admin/users/{id}/two-factor/reset",
				"AdministratorOfAccount");
		Map<String, Set<String>> found = new TreeMap<>();
		handlers().forEach((info, handler) -> {
			for (String path : info.getPatternValues()) {
				if (expected.containsKey(path)) {
					found.computeIfAbsent(path, (p) -> new java.util.TreeSet<>())
						.add(rule(handler).getRoot().getType().getSimpleName());
				}
			}
		});
		assertThat(found).containsOnlyKeys(expected.keySet());
		expected.forEach((path, rule) -> assertThat(found.get(path)).as(path).containsOnly(rule));
	}

	private Map<RequestMappingInfo, HandlerMethod> handlers() {
		Map<RequestMappingInfo, HandlerMethod> ours = new java.util.LinkedHashMap<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			if (handler.getBeanType().getPackageName().startsWith("vn.hanoi.plantracker")) {
				ours.put(info, handler);
			}
		});
		return ours;
	}

	private static String describe(RequestMappingInfo info, HandlerMethod handler) {
		return verbs(info) + " " + info.getPatternValues() + " " + handler.getBeanType().getSimpleName() + "."
				+ handler.getMethod().getName();
	}

	private static Set<RequestMethod> verbs(RequestMappingInfo info) {
		Set<RequestMethod> verbs = info.getMethodsCondition().getMethods();
		return verbs.isEmpty() ? Set.of(RequestMethod.GET) : verbs;
	}

	/** The rule method security applies: the method's own, else its class's. */
	private static MergedAnnotation<PreAuthorize> rule(HandlerMethod handler) {
		MergedAnnotation<PreAuthorize> onMethod = MergedAnnotations
			.from(handler.getMethod(), SearchStrategy.TYPE_HIERARCHY)
			.get(PreAuthorize.class);
		return onMethod.isPresent() ? onMethod
				: MergedAnnotations.from(handler.getBeanType(), SearchStrategy.TYPE_HIERARCHY).get(PreAuthorize.class);
	}

	/** The expression as method security reads it (templates resolved). */
	private String expression(HandlerMethod handler) {
		PreAuthorize found = ((this.templates != null)
				? SecurityAnnotationScanners.requireUnique(PreAuthorize.class, this.templates)
				: SecurityAnnotationScanners.requireUnique(PreAuthorize.class))
			.scan(handler.getMethod(), handler.getBeanType());
		return (found != null) ? found.value() : "";
	}

	/**
	 * The roles the handler's rule lets through. An object rule that needs the real
	 * object (it fails on the empty arguments given here) counts as admitting the role:
	 * the object decides, the role is let in.
	 */
	private Set<Role> admitted(HandlerMethod handler) {
		String text = expression(handler);
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (text.isEmpty()) {
			return roles;
		}
		DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
		expressions.setApplicationContext(this.context);
		Expression expression = expressions.getExpressionParser().parseExpression(text);
		Method method = handler.getMethod();
		Object[] arguments = new Object[method.getParameterCount()];
		for (Role role : Role.values()) {
			EvaluationContext evaluation = expressions.createEvaluationContext(() -> signedIn(role),
					new SimpleMethodInvocation(this.context.getBean((String) handler.getBean()), method, arguments));
			try {
				if (Boolean.TRUE.equals(expression.getValue(evaluation, Boolean.class))) {
					roles.add(role);
				}
			}
			catch (RuntimeException objectDecides) {
				roles.add(role);
			}
		}
		return roles;
	}

	private boolean urlAdmits(String verb, String pattern, Role role) {
		MockHttpServletRequest request = new MockHttpServletRequest(verb, pattern.replaceAll("\\{[^}]*}", "1"));
		SecurityFilterChain chain = this.filters.getFilterChains()
			.stream()
			.filter((candidate) -> candidate.matches(request))
			.findFirst()
			.orElseThrow();
		AuthorizationFilter filter = chain.getFilters()
			.stream()
			.filter(AuthorizationFilter.class::isInstance)
			.map(AuthorizationFilter.class::cast)
			.findFirst()
			.orElseThrow();
		AuthorizationResult result = filter.getAuthorizationManager().authorize(() -> signedIn(role), request);
		return result == null || result.isGranted();
	}

	private static Authentication signedIn(Role role) {
		return UsernamePasswordAuthenticationToken.authenticated("probe-" + role, null,
				Arrays.asList(new SimpleGrantedAuthority(role.authority())));
	}

}
