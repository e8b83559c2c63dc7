package vn.hanoi.plantracker.cache;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.hanoi.plantracker.support.Fixtures;
import vn.hanoi.plantracker.support.IntegrationTest;
import vn.hanoi.plantracker.support.StatementCounter;
import vn.hanoi.plantracker.system.ReadCaches;
import vn.hanoi.plantracker.user.PlanUser;
import vn.hanoi.plantracker.user.Role;
import vn.hanoi.plantracker.user.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No cached page reaches a viewer of another scope: for two viewers of different scopes
 * (two officers of different agencies, the coordinators of two plans, leadership and an
 * officer) and every cached page (found as {@link CacheCoverageTests} finds them), what
 * the second viewer is served right after the first viewed the page is what the second
 * sees when nothing is cached.
 */
@IntegrationTest
class CacheScopeTests {

	/** Plan numbers of this test (831–839/KH-UBND). */
	private static final String PLAN = "831/KH-UBND";

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
	UserAccounts accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void noCachedPageIsServedToAViewerOfAnotherScope() throws Exception {
		CachedPages pages = new CachedPages(this.mvc, this.fixtures, this.statements, this.caches, this.meters,
				this.mappings);
		PlanUser officerA = this.fixtures.officerOf(this.fixtures.unusedCommune());
		PlanUser officerB = this.fixtures.officerOf(this.fixtures.unusedCommune());
		List<PlanUser[]> pairs = List.of(new PlanUser[] { officerA, officerB },
				new PlanUser[] { this.fixtures.user("coordinator"), coordinatorOfAnotherPlan() },
				new PlanUser[] { this.fixtures.user("leader"), officerA });
		List<String> leaks = new ArrayList<>();
		for (PlanUser[] pair : pairs) {
			Map<String, String> values = Map.of("agencyId", String.valueOf(pair[0].getAgencyId()), "planId",
					String.valueOf(plan133()));
			Set<String> cached = new LinkedHashSet<>();
			for (String address : pages.addresses(values)) {
				if (pages.view(pair[0], address).cached() || pages.view(pair[1], address).cached()) {
					cached.add(address);
				}
			}
			assertThat(cached).as("cached pages of %s and %s", pair[0].getUsername(), pair[1].getUsername())
				.isNotEmpty();
			int differing = 0;
			for (String address : cached) {
				for (int first = 0; first < 2; first++) {
					PlanUser one = pair[first];
					PlanUser other = pair[1 - first];
					CachedPages.View fresh = pages.view(other, address);
					if (fresh.body() == null) {
						// a file is made anew each time (its date, its archive's times):
						// its data is the report cache's, keyed as the pages are
						continue;
					}
					String own = main(fresh.body());
					String ones = main(pages.view(one, address).body());
					// right after the first viewer, nothing changed in between: the cache
					// answers, with the other's own page or with none
					String served = main(pages.viewCached(other, address).body());
					if (!served.equals(own)) {
						leaks.add(address + " served to " + other.getUsername() + " after " + one.getUsername());
					}
					differing += ones.equals(own) ? 0 : 1;
				}
			}
			assertThat(differing)
				.as("pages %s and %s see differently (else the pair proves nothing)", pair[0].getUsername(),
						pair[1].getUsername())
				.isPositive();
		}
		assertThat(leaks).as("cached pages served to a viewer of another scope").isEmpty();
	}

	/** A coordinator of the standing body of another plan than Plan 133's. */
	private PlanUser coordinatorOfAnotherPlan() {
		String agency = this.fixtures.jdbc()
			.sql("""
					select code from agency where kind = 'DEPARTMENT'
					  and id not in (select standing_body_agency_id from plan) order by sort_order limit 1""")
			.query(String.class)
			.optional()
			.orElseGet(() -> this.fixtures.jdbc()
				.sql("select a.code from agency a join plan p on p.standing_body_agency_id = a.id where p.number = :n")
				.param("n", PLAN)
				.query(String.class)
				.single());
		// a draft: no list but its coordinators' shows it, and it is no page's default
		// plan
		this.fixtures.jdbc()
			.sql("""
					insert into plan (number, issued_on, title_vi, title_en, signer, legal_basis_vi, legal_basis_en,
					                  standing_body_agency_id, status)
					select :n, date '2025-01-03', 'Kế hoạch kiểm thử bộ nhớ đệm', 'Cache test plan', 'Người ký kiểm thử',
					       'Kiểm thử', 'Testing', ag.id, 'DRAFT'
					from agency ag where ag.code = :code and not exists (select 1 from plan where number = :n)""")
			.param("n", PLAN)
			.param("code", agency)
			.update();
		this.fixtures.jdbc()
			.sql("""
					insert into key_area (plan_id, ordinal, title_vi, title_en)
					select p.id, 1, 'Lĩnh vực kiểm thử', 'Test area' from plan p
					where p.number = :n and not exists (select 1 from key_area k where k.plan_id = p.id)""")
			.param("n", PLAN)
			.update();
		String username = "test.coordinator.831";
		if (!this.accounts.exists(username)) {
			this.accounts.create(username, "test-password-1", "Điều phối kiểm thử 831", Role.COORDINATOR, agency);
		}
		return this.fixtures.user(username);
	}

	private long plan133() {
		return this.fixtures.jdbc()
			.sql("select id from plan where number = '133/KH-UBND' order by issued_on limit 1")
			.query(Long.class)
			.single();
	}

	/** The page's main content, without the session's CSRF tokens. */
	private static String main(String body) {
		if (body == null) {
			return "";
		}
		int start = body.indexOf("<main");
		int end = body.lastIndexOf("</main>");
		String main = (start >= 0 && end > start) ? body.substring(start, end) : body;
		return main.replaceAll("(name=\"_csrf\"[^>]*value=\")[^\"]*\"", "$1\"")
			.replaceAll("value=\"[^\"]*\"(\\s+name=\"_csrf\")", "value=\"\"$1");
	}

}
