package vn.hanoi.plantracker.support;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.hanoi.plantracker.user.PlanUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test data support itself: {@link Fixtures#unusedCommune} keeps handing out communes
 * when the city's are all used, so that a test never fails for running after many others.
 * Run on the plan-changing database, where the new communes it makes disturb no test of
 * the reference plan.
 */
@PlanChangingTest
class FixturesTests {

	@Autowired
	Fixtures fixtures;

	@Test
	void unusedCommuneMakesAFreshCommuneWhenEveryCommuneIsUsed() {
		long communes = this.fixtures.jdbc()
			.sql("select count(*) from agency where kind = 'LOCAL_AUTHORITY'")
			.query(Long.class)
			.single();
		Set<String> handedOut = new HashSet<>();
		String made = null;
		for (long i = 0; i <= communes && made == null; i++) {
			String code = this.fixtures.unusedCommune();
			assertThat(handedOut.add(code)).as("handed out twice: " + code).isTrue();
			if (code.startsWith("TX-KT-")) {
				made = code;
			}
		}
		assertThat(made).as("a commune made when the city's ran out").isNotNull();
		String next = this.fixtures.unusedCommune();
		assertThat(next).isNotEqualTo(made).startsWith("TX-KT-");

		// each a ward with work of its own and no account, as the real ones handed out
		for (String code : new String[] { made, next }) {
			assertThat(this.fixtures.jdbc()
				.sql("""
						select count(*) from assignment a join agency ag on ag.id = a.agency_id
						where ag.code = ? and ag.kind = 'LOCAL_AUTHORITY' and a.status = 'NOT_STARTED'""")
				.param(code)
				.query(Long.class)
				.single()).isGreaterThanOrEqualTo(Fixtures.NEW_COMMUNE_WORK);
			assertThat(this.fixtures.jdbc()
				.sql("select count(*) from app_user u join agency ag on ag.id = u.agency_id where ag.code = ?")
				.param(code)
				.query(Long.class)
				.single()).isZero();
		}
		PlanUser officer = this.fixtures.officerOf(made);
		assertThat(this.fixtures.freshAssignment(made)).isPositive();
		assertThat(officer.getAgencyId()).isNotNull();
	}

}
