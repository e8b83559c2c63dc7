package vn.hanoi.plantracker.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.StatementCounter;
import vn.hanoi.plantracker.system.ReadCaches;
import vn.hanoi.plantracker.user.PlanUser;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page (every GET mapping whose path variables the test can fill) as one viewer
 * sees it, each viewed after a new data version so that every cache it consults reads
 * again: a page that then reads into a read cache or renders a cached section is a cached
 * page. No list of pages is kept: the mappings are the application's own.
 */
final class CachedPages {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final StatementCounter statements;

	private final ReadCaches caches;

	private final MeterRegistry meters;

	private final RequestMappingHandlerMapping mappings;

	CachedPages(MockMvc mvc, Fixtures fixtures, StatementCounter statements, ReadCaches caches, MeterRegistry meters,
			RequestMappingHandlerMapping mappings) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.statements = statements;
		this.caches = caches;
		this.meters = meters;
		this.mappings = mappings;
	}

	/** The GET addresses, path variables filled from {@code values}; others left out. */
	List<String> addresses(Map<String, String> values) {
		Set<String> addresses = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			Set<?> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && methods.stream().noneMatch((m) -> m.toString().equals(HttpMethod.GET.name()))) {
				return;
			}
			for (String pattern : info.getPatternValues()) {
				String address = fill(pattern, values);
				if (address != null && !address.startsWith("/login") && !address.startsWith("/error")) {
					addresses.add(address);
				}
			}
		});
		return new ArrayList<>(addresses);
	}

	private static String fill(String pattern, Map<String, String> values) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			String value = values.get(matcher.group(1));
			if (value == null) {
				return null;
			}
			matcher.appendReplacement(filled, value);
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	/** The page at {@code address} as {@code viewer} sees it after a new data version. */
	View view(PlanUser viewer, String address) throws Exception {
		newDataVersion();
		return viewCached(viewer, address);
	}

	/**
	 * The page as {@code viewer} is served it now, from the caches where they hold it.
	 */
	View viewCached(PlanUser viewer, String address) throws Exception {
		long loads = totalLoads();
		double rendered = rendered();
		this.statements.reset();
		MockHttpServletResponse response = this.mvc.perform(get(address).with(this.fixtures.as(viewer)))
			.andReturn()
			.getResponse();
		List<StatementCounter.Read> reads = this.statements.reads();
		String type = String.valueOf(response.getContentType());
		boolean text = type.startsWith("text/") || type.contains("json");
		return new View(address, response.getStatus(), text ? response.getContentAsString() : null,
				totalLoads() > loads, rendered() > rendered, reads);
	}

	/** Every version changes: whatever is cached is read again. */
	void newDataVersion() {
		this.fixtures.jdbc()
			.sql("update data_version set version = nextval('data_version_seq'), structure = nextval('data_version_seq')")
			.update();
	}

	long totalLoads() {
		return this.caches.loads().values().stream().mapToLong(Long::longValue).sum();
	}

	private double rendered() {
		return this.meters.get("plantracker.sections.rendered").tag("kind", "shared").counter().count();
	}

	/**
	 * One view of a page: its text (null for a file: a workbook, a PDF, a zip, made anew
	 * each time from the cached data), whether it read into a read cache or rendered a
	 * shared section, and where each statement was read.
	 */
	record View(String address, int status, String body, boolean loadedACache, boolean renderedASection,
			List<StatementCounter.Read> reads) {

		boolean cached() {
			return this.loadedACache || this.renderedASection;
		}

		/**
		 * The statements whose results are kept: those of a read cache's loaders and,
		 * when a section was rendered, all that the controller read for it.
		 */
		List<String> keptStatements() {
			return this.reads.stream()
				.filter((read) -> read.cacheLoading() != null || (this.renderedASection && read.inController()))
				.map(StatementCounter.Read::sql)
				.toList();
		}

	}

}
