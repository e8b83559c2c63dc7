package vn.hanoi.plantracker.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.IServletWebExchange;

/**
 * The rendered HTML of a page's main section (its figures, tables and forms), kept under
 * the {@link DataVersion} its data was read at, so that a page viewed again before the
 * data changes costs no template rendering. A template that uses it keeps its section in
 * a {@code th:fragment="content"} block and shows {@code <section pt:cached="its/name">}
 * ({@link SectionCacheDialect}).
 * <p>
 * The key is everything a section can depend on: the template, the path and query string
 * (filters, page, as-of day), the language, the viewer's scope (role, and agency for an
 * officer, and agency for a coordinator: {@link ViewerScope}) with the granted
 * authorities, and today's date (what is overdue changes at midnight without a data
 * change). The data versions are those read before the page's controller ran
 * ({@link VersionSnapshotConfig}), so a section is never older than its key; a page no
 * controller answered is not kept. Two things are never cached: a page shown after a
 * redirect with a message (flash attributes), and the session's CSRF token: the section
 * is rendered with a placeholder token, replaced with the viewer's own on every view.
 * Switched off with the read caches ({@code plantracker.read-cache.enabled=false}): then
 * nothing is kept, but views of one section at the same moment (same key, same data
 * version) still share one rendering.
 */
@Component
public class SectionCache {

	/**
	 * Stands for the viewer's CSRF token in a cached section (letters only: never
	 * escaped).
	 */
	static final String TOKEN_PLACEHOLDER = "PlanTrackerSectionCacheCsrfTokenPlaceholder";

	private static final String FRAGMENT = "content";

	/**
	 * A request attribute naming what a page shows that its address does not say (the
	 * plan remembered in the session): part of the key.
	 */
	public static final String SHOWN = SectionCache.class.getName() + ".shown";

	private final ObjectProvider<ITemplateEngine> engine;

	private final DataVersion dataVersion;

	private final Today today;

	private final boolean enabled;

	private final VersionedCache<List<Object>, String> cache;

	/** Sections that show the viewer's own name and counts (the navigation bar). */
	private final VersionedCache<List<Object>, String> personal;

	/**
	 * Sections shown, and sections rendered (the difference: views served from the
	 * cache).
	 */
	private final Counter[] views;

	private final Counter[] renders;

	SectionCache(ObjectProvider<ITemplateEngine> engine, DataVersion dataVersion, Today today,
			ObjectProvider<MeterRegistry> meterRegistry,
			@Value("${plantracker.read-cache.enabled:true}") boolean enabled,
			@Value("${plantracker.section-cache.max-entries:64}") int maxEntries) {
		this.engine = engine;
		this.dataVersion = dataVersion;
		this.today = today;
		this.enabled = enabled;
		this.cache = new VersionedCache<>("sections", maxEntries, enabled, null);
		this.personal = new VersionedCache<>("personal-sections", maxEntries * 4, enabled, null);
		MeterRegistry meters = meterRegistry.getIfAvailable(SimpleMeterRegistry::new);
		this.views = new Counter[] { counter(meters, "plantracker.sections.viewed", "shared", "Page sections shown"),
				counter(meters, "plantracker.sections.viewed", "personal", "Page sections shown") };
		this.renders = new Counter[] {
				counter(meters, "plantracker.sections.rendered", "shared",
						"Page sections rendered (not from the cache)"),
				counter(meters, "plantracker.sections.rendered", "personal",
						"Page sections rendered (not from the cache)") };
	}

	/**
	 * The {@code content} fragment of {@code template}, rendered with the page's model
	 * (the page's context: a web context, with the model in the request's attributes). A
	 * personal section (the navigation bar: the viewer's name, unread count) is kept for
	 * the viewer alone, and varies with {@code vary} (what else it shows that the key
	 * does not hold). {@code scope} is what the section's data is read from (a
	 * {@link DataVersion.Scope}; null: the city's).
	 */
	String render(String template, ITemplateContext context, boolean personal, Object vary, Object scope) {
		IWebContext page = (IWebContext) context;
		IServletWebExchange exchange = (IServletWebExchange) page.getExchange();
		HttpServletRequest request = (HttpServletRequest) exchange.getNativeRequestObject();
		this.views[personal ? 1 : 0].increment();
		String html;
		// the versions read before the controller read the page's data (a slice test has
		// none; neither has a page no controller answered): nothing else may key it
		DataVersion.Reading versions = (this.dataVersion != null) ? DataVersion.snapshotTaken(request) : null;
		// with the caches off nothing is kept, but views of one section at the same
		// moment still share one rendering (VersionedCache)
		if (versions == null || !"GET".equals(request.getMethod()) || hasFlashAttributes(request)
				|| (personal && !signedIn())) {
			// (a visitor's navigation bar is empty: nothing to keep)
			html = renderNow(template, exchange, page.getLocale(), request, personal);
		}
		else {
			List<Object> key = key(template, page.getLocale(), request, personal);
			key.add(String.valueOf(vary));
			// what the section reads: the page says (an agency's report: its agency's);
			// the navigation bar shows the viewer and the structure only; otherwise the
			// city's, which every change changes
			DataVersion.Scope data = (scope instanceof DataVersion.Scope named) ? named
					: personal ? DataVersion.Scope.STRUCTURE : DataVersion.Scope.CITY;
			html = (personal ? this.personal : this.cache).get(versions.stamp(data), key,
					() -> renderNow(template, exchange, page.getLocale(), request, personal));
		}
		return withToken(html, request);
	}

	private List<Object> key(String template, Locale locale, HttpServletRequest request, boolean personal) {
		List<Object> key = new ArrayList<>(10);
		key.add(template);
		key.add(request.getRequestURI());
		// the parameters, not the query string: the same whether they came in the URL or
		// not
		key.add(parameters(request));
		key.add(locale.toLanguageTag());
		key.add(viewer(personal));
		key.add(this.today.date());
		key.add(String.valueOf(request.getAttribute(SHOWN)));
		return key;
	}

	/**
	 * Whose view ({@link ViewerScope}, or for {@code personal} sections the viewer's own
	 * identity) and the granted authorities.
	 */
	private static String viewer(boolean personal) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return "";
		}
		Set<String> authorities = new TreeSet<>();
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			authorities.add(authority.getAuthority());
		}
		String who = (personal && authentication.getPrincipal() instanceof ViewerScope.Viewer viewer)
				? viewer.identity() : ViewerScope.of(authentication).toString();
		return who + authorities;
	}

	private static Counter counter(MeterRegistry meters, String name, String kind, String description) {
		return Counter.builder(name).tag("kind", kind).description(description).register(meters);
	}

	private static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
	}

	private static String parameters(HttpServletRequest request) {
		StringBuilder parameters = new StringBuilder();
		new java.util.TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
			for (String value : values) {
				parameters.append(name.length()).append(':').append(name).append('=');
				parameters.append(value.length()).append(':').append(value).append('&');
			}
		});
		return parameters.toString();
	}

	private static boolean hasFlashAttributes(HttpServletRequest request) {
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		return flash != null && !flash.isEmpty();
	}

	/**
	 * Renders the fragment in this request with the placeholder standing for the CSRF
	 * token (forms take it from the request attribute while they render), then puts the
	 * request's own token back.
	 */
	private String renderNow(String template, IServletWebExchange exchange, Locale locale, HttpServletRequest request,
			boolean personal) {
		Object token = request.getAttribute(CsrfToken.class.getName());
		Object parameterToken = request.getAttribute("_csrf");
		CsrfToken placeholder = (token instanceof CsrfToken real)
				? new DefaultCsrfToken(real.getHeaderName(), real.getParameterName(), TOKEN_PLACEHOLDER) : null;
		this.renders[personal ? 1 : 0].increment();
		try {
			if (placeholder != null) {
				request.setAttribute(CsrfToken.class.getName(), placeholder);
				request.setAttribute("_csrf", placeholder);
			}
			return this.engine.getObject().process(template, Set.of(FRAGMENT), new WebContext(exchange, locale));
		}
		finally {
			if (placeholder != null) {
				request.setAttribute(CsrfToken.class.getName(), token);
				request.setAttribute("_csrf", parameterToken);
			}
		}
	}

	private static String withToken(String html, HttpServletRequest request) {
		if (!html.contains(TOKEN_PLACEHOLDER)) {
			return html;
		}
		Object token = request.getAttribute(CsrfToken.class.getName());
		return html.replace(TOKEN_PLACEHOLDER, (token instanceof CsrfToken real) ? real.getToken() : "");
	}

}
