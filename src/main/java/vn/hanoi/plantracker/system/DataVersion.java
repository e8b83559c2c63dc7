package vn.hanoi.plantracker.system;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The version of the plan's data: a number the database changes with every committed
 * change to agencies, plans, tasks, assignments, their history and extension requests
 * (triggers of migration V50). Read it before the data it keys: what is then read is at
 * least that recent, so a result cached under it is never older than its key.
 * <p>
 * A page view (a GET request) reads it once: every cache the page consults (the report,
 * the attention list, the dashboard's tallies) is keyed by the same version, which keeps
 * the rule above since the version is read before any of them. Other requests (a form
 * that changes the data and then reads) and work outside a request read it every time.
 */
@Component
public class DataVersion {

	private static final String ATTRIBUTE = DataVersion.class.getName();

	private final JdbcClient jdbc;

	DataVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long current() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes request)
				|| !"GET".equals(request.getRequest().getMethod())) {
			return read();
		}
		if (request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Long seen) {
			return seen;
		}
		long version = read();
		request.setAttribute(ATTRIBUTE, version, RequestAttributes.SCOPE_REQUEST);
		return version;
	}

	private long read() {
		return this.jdbc.sql("select version from data_version").query(Long.class).single();
	}

}
