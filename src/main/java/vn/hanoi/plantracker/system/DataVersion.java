package vn.hanoi.plantracker.system;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of the plan's data: a number the database changes with every committed
 * change to agencies, plans, tasks, assignments, their history and extension requests
 * (triggers of migration V50). Read it before the data it keys: what is then read is at
 * least that recent, so a result cached under it is never older than its key.
 */
@Component
public class DataVersion {

	private final JdbcClient jdbc;

	DataVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long current() {
		return this.jdbc.sql("select version from data_version").query(Long.class).single();
	}

}
