package vn.hanoi.plantracker.user;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who must use a second factor: every ADMIN, COORDINATOR and LEADER, and the officers of
 * agencies an administrator has marked. The only exception is the demo accounts while the
 * demo profile is on (their password is published anyway; the sign-in page says so).
 */
@Component
class SecondFactorRule {

	private final JdbcClient jdbc;

	private final boolean demo;

	SecondFactorRule(JdbcClient jdbc, Environment environment) {
		this.jdbc = jdbc;
		this.demo = environment.acceptsProfiles(Profiles.of("demo"));
	}

	boolean required(UserAccount account) {
		if (this.demo && account.isDemoAccount()) {
			return false;
		}
		return account.getRole() != Role.OFFICER || agencyRequires(account.getAgency().getId());
	}

	boolean agencyRequires(Long agencyId) {
		return this.jdbc.sql("select exists (select 1 from agency_second_factor where agency_id = ?)")
			.param(agencyId)
			.query(Boolean.class)
			.single();
	}

}
