package vn.hanoi.plantracker.cache;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.StatementCounter;
import vn.hanoi.plantracker.system.DataVersion;
import vn.hanoi.plantracker.system.ReadCaches;
import vn.hanoi.plantracker.system.Today;
import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table a cached page's kept results are read from changes a data version when it
 * changes, or a cached page could be served after its data changed. The pages are the
 * application's GET mappings, the cached ones those that read into a read cache or render
 * a cached section; the tables are those their kept statements name (through views and
 * functions); the triggers are the database's own: nothing here is a list kept by hand,
 * and a new table read by a cached page without a trigger fails it.
 */
@IntegrationTest
class CacheCoverageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StatementCounter statements;

	@Autowired
	ReadCaches caches;

	@Autowired
	MeterRegistry meters;

	@Autowired
	DataVersion dataVersion;

	@Autowired
	Today today;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyTableACachedPageKeepsChangesADataVersion() throws Exception {
		// two published plans at least, for this test alone: every plan's figures are
		// shown only then (and other tests count the summary's statements with one)
		this.fixtures.jdbc().sql("""
				insert into plan (number, issued_on, title_vi, title_en, signer, legal_basis_vi, legal_basis_en,
				                  standing_body_agency_id, status, published_at)
				select '832/KH-UBND', date '2025-01-04', 'Kế hoạch kiểm thử bộ nhớ đệm', 'Cache test plan',
				       'Người ký kiểm thử', 'Kiểm thử', 'Testing', standing_body_agency_id, 'PUBLISHED', now()
				from plan where number = '133/KH-UBND' order by issued_on limit 1""").update();
		try {
			everyTableKeptChangesAVersion();
		}
		finally {
			this.fixtures.jdbc().sql("delete from plan where number = '832/KH-UBND'").update();
		}
	}

	private void everyTableKeptChangesAVersion() throws Exception {
		CachedPages pages = new CachedPages(this.mvc, this.fixtures, this.statements, this.caches, this.meters,
				this.mappings);
		ReadTables catalog = new ReadTables(this.fixtures.jdbc());
		Set<String> versionTables = versionTables(catalog);
		Set<String> bumping = catalog.bumpingFunctions(versionTables);
		Map<String, Long> loadsBefore = this.caches.loads();
		Map<String, Set<String>> pagesByTable = new TreeMap<>();
		Set<String> cachedPages = new TreeSet<>();
		for (String username : List.of("coordinator", "leader", "officer.health")) {
			PlanUser viewer = this.fixtures.user(username);
			Map<String, String> values = Map.of("agencyId", String.valueOf(viewer.getAgencyId()), "planId",
					String.valueOf(plan133()));
			List<String> addresses = new java.util.ArrayList<>(pages.addresses(values));
			// the reports as of a day that has ended, kept apart (under the structure's
			// version)
			addresses.add("/reports/summary?asOf=" + this.today.date().minusDays(1));
			for (String address : addresses) {
				CachedPages.View view = pages.view(viewer, address);
				if (!view.cached()) {
					continue;
				}
				cachedPages.add(address);
				for (String sql : view.keptStatements()) {
					for (String table : catalog.readBy(sql)) {
						pagesByTable.computeIfAbsent(table, (t) -> new TreeSet<>()).add(address);
					}
				}
			}
		}
		Map<String, Set<String>> uncovered = new TreeMap<>(pagesByTable);
		uncovered.keySet().removeIf((table) -> versionTables.contains(table) || catalog.bumpsVersion(table, bumping));
		System.out.printf("Cached pages: %s%nTables they keep: %s%nVersion functions: %s%n", cachedPages,
				pagesByTable.keySet(), bumping);
		assertThat(cachedPages).as("cached pages found among the mappings")
			.contains("/coordinator/overdue", "/coordinator/review", "/reports/summary", "/reports/departments");
		assertThat(pagesByTable).as("tables cached pages keep").containsKeys("assignment", "agency", "plan");
		Map<String, Long> loadsAfter = this.caches.loads();
		assertThat(loadsAfter.keySet().stream().filter((name) -> loadsAfter.get(name) <= loadsBefore.get(name)))
			.as("read caches no page reached (a cached page this test cannot name the path variables of?)")
			.isEmpty();
		assertThat(uncovered).as("tables a cached page keeps, with no trigger that changes a data version").isEmpty();
	}

	/** The tables the application reads its versions from. */
	private Set<String> versionTables(ReadTables catalog) {
		this.statements.reset();
		this.dataVersion.of(DataVersion.Scope.agency(1));
		Set<String> tables = new TreeSet<>();
		this.statements.reads().forEach((read) -> tables.addAll(catalog.readBy(read.sql())));
		assertThat(tables).as("the version tables").isNotEmpty();
		return tables;
	}

	private long plan133() {
		return this.fixtures.jdbc()
			.sql("select id from plan where number = '133/KH-UBND' order by issued_on limit 1")
			.query(Long.class)
			.single();
	}

}
