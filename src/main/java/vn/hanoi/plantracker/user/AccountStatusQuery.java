package vn.hanoi.plantracker.user;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.hanoi.plantracker.system.AccountStatus;

/**
 * The per-request account check in one indexed row read (no entity, no agency join): the
 * credential stamp is computed exactly as {@link PlanUser} computes it at sign-in.
 */
@Component
class AccountStatusQuery implements AccountStatus {

	private final JdbcClient jdbc;

	AccountStatusQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public State of(String username) {
		return this.jdbc.sql("""
				select password_hash, role, agency_id, enabled, must_change_password
				from app_user where username = :username""")
			.param("username", username)
			.query((rs, n) -> new State(rs.getBoolean("enabled"),
					PlanUser.credentialStampOf(rs.getString("password_hash"), Role.valueOf(rs.getString("role")),
							rs.getLong("agency_id")),
					rs.getBoolean("must_change_password")))
			.optional()
			.orElse(null);
	}

}
